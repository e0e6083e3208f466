import { describe, expect, it } from 'vitest'
import { licenseMoveProblems, planLicenseTransfer, type UserFacts } from '../../../src/rules/licenses'
import { N, offer } from './fixtures'

function user(id: string, selfServiceLicenses: readonly string[] = []): UserFacts {
  return { id, displayName: `User ${id}`, email: `${id}@contoso.example`, selfServiceLicenses }
}

describe('licenseMoveProblems', () => {
  it('a Teams Exploratory user moving Basic -> Standard has no problem: Basic already has Teams', () => {
    expect(
      licenseMoveProblems(user('a', ['TEAMS_EXPLORATORY']), offer(N.businessBasic), offer(N.businessStandard)),
    ).toEqual([])
  })

  it('a Teams Exploratory user moving Apps for business -> E3 conflicts on Teams, which E3 adds', () => {
    const problems = licenseMoveProblems(user('a', ['TEAMS_EXPLORATORY']), offer(N.appsForBusiness), offer(N.e3))
    expect(problems).toHaveLength(1)
    const [problem] = problems
    expect(problem).toMatchObject({
      code: 'MutuallyExclusiveViolation',
      service: 'teams',
      conflictingLicense: 'Microsoft Teams Exploratory',
    })
    expect(problem?.description).toContain('Microsoft Teams')
    expect(problem?.description).toContain('Office 365 E3')
    expect(problem?.description).toContain('Microsoft Teams Exploratory')
  })

  it('a user without self-service licenses has no problem', () => {
    expect(licenseMoveProblems(user('a'), offer(N.appsForBusiness), offer(N.e5))).toEqual([])
  })

  it('an unknown self-service license is ignored', () => {
    expect(licenseMoveProblems(user('a', ['SOMETHING_ELSE']), offer(N.appsForBusiness), offer(N.e5))).toEqual([])
  })

  it('only services the target adds count: a Power BI (free) user is blocked by E5, not by E3', () => {
    const u = user('a', ['POWER_BI_STANDARD'])
    expect(licenseMoveProblems(u, offer(N.businessBasic), offer(N.e3))).toEqual([])
    expect(licenseMoveProblems(u, offer(N.businessBasic), offer(N.e5)).map((p) => p.service)).toEqual(['powerBiPro'])
  })

  it('an Apps trial conflicts with Basic -> Standard but not with Apps for business -> E3', () => {
    const u = user('a', ['O365_APPS_TRIAL'])
    expect(licenseMoveProblems(u, offer(N.businessBasic), offer(N.businessStandard)).map((p) => p.service)).toEqual([
      'officeDesktop',
    ])
    expect(licenseMoveProblems(u, offer(N.appsForBusiness), offer(N.e3))).toEqual([])
  })

  it('reports one problem per conflicting license and service', () => {
    const problems = licenseMoveProblems(
      user('a', ['TEAMS_EXPLORATORY', 'BOOKINGS_TRIAL', 'POWER_BI_STANDARD']),
      offer(N.appsForBusiness),
      offer(N.e3),
    )
    expect(problems.map((p) => [p.conflictingLicense, p.service])).toEqual([
      ['Microsoft Teams Exploratory', 'teams'],
      ['Microsoft Bookings trial', 'bookings'],
    ])
  })
})

describe('planLicenseTransfer', () => {
  const source = offer(N.appsForBusiness)
  const target = offer(N.e3)
  const ok = (id: string) => user(id)
  const blocked = (id: string) => user(id, ['TEAMS_EXPLORATORY'])

  it('moves every user when the quantity covers them all', () => {
    const plan = planLicenseTransfer([ok('a'), ok('b'), ok('c')], source, target, 3)
    expect(plan).toEqual({ moved: ['a', 'b', 'c'], blocked: [], staying: [] })
  })

  it('moves users in order up to the quantity; the rest stay', () => {
    const plan = planLicenseTransfer([ok('a'), ok('b'), ok('c'), ok('d')], source, target, 2)
    expect(plan.moved).toEqual(['a', 'b'])
    expect(plan.blocked).toEqual([])
    expect(plan.staying).toEqual(['c', 'd'])
  })

  it('a blocked user stays, is reported with its problems, and does not use up the quantity', () => {
    const b = blocked('b')
    const plan = planLicenseTransfer([ok('a'), b, ok('c'), ok('d'), ok('e')], source, target, 3)
    expect(plan.moved).toEqual(['a', 'c', 'd'])
    expect(plan.blocked).toHaveLength(1)
    expect(plan.blocked[0]?.user).toBe(b)
    expect(plan.blocked[0]?.problems.map((p) => p.service)).toEqual(['teams'])
    expect(plan.staying).toEqual(['b', 'e'])
  })

  it('every user is accounted for exactly once', () => {
    const users = [blocked('a'), ok('b'), blocked('c'), ok('d'), ok('e'), ok('f')]
    const plan = planLicenseTransfer(users, source, target, 2)
    expect([...plan.moved, ...plan.staying].sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f'])
    expect(plan.moved).toEqual(['b', 'd'])
    expect(plan.blocked.map((x) => x.user.id)).toEqual(['a', 'c'])
  })

  it('with more quantity than movable users, blocked users still stay', () => {
    const plan = planLicenseTransfer([blocked('a'), ok('b')], source, target, 10)
    expect(plan.moved).toEqual(['b'])
    expect(plan.staying).toEqual(['a'])
    expect(plan.blocked.map((x) => x.user.id)).toEqual(['a'])
  })

  it('nobody is blocked when the target adds nothing they conflict with', () => {
    const plan = planLicenseTransfer([blocked('a'), blocked('b')], offer(N.businessBasic), offer(N.businessStandard), 2)
    expect(plan).toEqual({ moved: ['a', 'b'], blocked: [], staying: [] })
  })
})
