import { describe, expect, it } from 'vitest'
import { createDatabase } from '../../../mocks/db'
import { validateScenario } from '../../../mocks/scenario'
import { defaultScenario } from '../../../mocks/scenarios/default-scenario'
import { evaluateCustomer, type SubscriptionEligibility } from '../../../src/rules/eligibility'
import { licenseMoveProblems } from '../../../src/rules/licenses'
import { findOffer, OFFER_IDS } from '../../../src/rules/offers'
import { upgradeSources } from '../../../src/rules/upgrade-paths'
import { problemCode, type UpgradeErrorCode, type UpgradeProblem } from '../../../src/rules/upgrade-problems'
import { customerNamed, subscriptionNamed } from './mock-api'

const db = createDatabase(defaultScenario)

interface Evaluated {
  readonly company: string
  readonly friendlyName: string
  readonly offerId: string
  readonly eligibility: SubscriptionEligibility
}

function evaluateAll(): Evaluated[] {
  return db.state.customers.flatMap((customer) => {
    const results = evaluateCustomer(db.customerFacts(customer.id), 'admin_agent')
    return db.subscriptionsOf(customer.id).map((sub) => {
      const eligibility = results.get(sub.id)
      if (!eligibility) throw new Error(`not evaluated: ${sub.id}`)
      return { company: customer.companyName, friendlyName: sub.friendlyName, offerId: sub.offerId, eligibility }
    })
  })
}

function allProblems(e: Evaluated): UpgradeProblem[] {
  return [...e.eligibility.blockers, ...e.eligibility.targets.flatMap((t) => t.problems)]
}

function evaluatedNamed(friendlyName: string): SubscriptionEligibility {
  const found = evaluateAll().find((e) => e.friendlyName === friendlyName)
  if (!found) throw new Error(`No subscription ${friendlyName}`)
  return found.eligibility
}

function targetsByName(e: SubscriptionEligibility): Record<string, number[]> {
  return Object.fromEntries(e.targets.map((t) => [t.offer.name, t.problems.map(problemCode)]))
}

describe('the default scenario', () => {
  it('is consistent (offers, licenses, parents, GUIDs)', () => {
    expect(validateScenario(defaultScenario)).toEqual({ ok: true, scenario: defaultScenario })
    expect(defaultScenario.customers.length).toBeGreaterThanOrEqual(9)
    expect(defaultScenario.signedInUser.role).toBe('admin_agent')
  })

  it('has an eligible subscription of each of the five source offers', () => {
    const eligibleOffers = new Set(
      evaluateAll()
        .filter((e) => e.eligibility.canUpgrade)
        .map((e) => e.offerId.toUpperCase()),
    )
    expect(upgradeSources()).toHaveLength(5)
    for (const source of upgradeSources()) expect(eligibleOffers, source.name).toContain(source.id.toUpperCase())
  })

  it('blocks with each condition code at least once', () => {
    const codes = new Set<UpgradeErrorCode>(evaluateAll().flatMap((e) => allProblems(e).map(problemCode)))
    for (const code of [1, 2, 3, 4, 6, 7, 9] as const) expect(codes, `code ${code}`).toContain(code)
    const otherChannel = evaluateAll().some((e) =>
      allProblems(e).some(
        (p) =>
          (p.kind === 'concurrency_conflicts' && p.channel === 'other') ||
          (p.kind === 'conflicting_service_types' && p.heldBy.some((h) => h.channel === 'other')),
      ),
    )
    expect(otherChannel).toBe(true)
  })

  it('shows each customer as designed', () => {
    expect(targetsByName(evaluatedNamed('Contoso – Business Basic'))).toEqual({
      'Microsoft 365 Business Standard': [],
      'Office 365 E1': [],
      'Office 365 E3': [],
      'Office 365 E5': [],
    })
    expect(evaluatedNamed('Contoso – Business Basic (Contractors)').blockers.map(problemCode)).toEqual([2])
    expect(evaluatedNamed('Contoso – Exchange Online (Plan 1)').blockers.map(problemCode)).toEqual([7])
    expect(targetsByName(evaluatedNamed('Fabrikam – Microsoft 365 Apps for business'))).toEqual({
      'Microsoft 365 Business Premium': [],
      'Microsoft 365 Apps for enterprise': [],
      'Office 365 E3': [],
      'Office 365 E5': [],
    })
    expect(targetsByName(evaluatedNamed('Northwind – Business Standard'))).toEqual({
      'Office 365 E3': [],
      'Office 365 E5': [],
    })
    const pending = targetsByName(evaluatedNamed('Northwind – Business Basic (Warehouse)'))
    expect(pending['Microsoft 365 Business Standard']).toEqual([9, 4])
    for (const codes of Object.values(pending)) expect(codes[0]).toBe(9)
    expect(targetsByName(evaluatedNamed('Tailspin Toys – Business Basic (India)'))).toEqual({
      'Microsoft 365 Business Standard (India)': [],
      'Office 365 E1': [],
      'Office 365 E3': [],
      'Office 365 E5': [],
    })
    expect(targetsByName(evaluatedNamed('Wingtip Toys – Microsoft 365 Apps for business (India)'))).toEqual({
      'Microsoft 365 Business Standard (India)': [],
      'Microsoft 365 Apps for enterprise': [],
      'Office 365 E3': [],
      'Office 365 E5': [],
    })
    expect(evaluatedNamed('Adventure Works – Business Basic').blockers.map(problemCode)).toEqual([1])
    const litware = evaluatedNamed('Litware – Business Basic')
    expect(targetsByName(litware)).toEqual({
      'Microsoft 365 Business Standard': [4],
      'Office 365 E1': [3],
      'Office 365 E3': [3],
      'Office 365 E5': [3],
    })
    expect(litware.targets[0]?.problems[0]).toEqual({ kind: 'concurrency_conflicts', channel: 'other' })
    expect(targetsByName(evaluatedNamed('Relecloud – Business Basic'))).toEqual({
      'Microsoft 365 Business Standard': [3],
      'Office 365 E1': [],
      'Office 365 E3': [3],
      'Office 365 E5': [3],
    })
    expect(targetsByName(evaluatedNamed('Relecloud – Microsoft 365 Apps for business'))).toEqual({
      'Microsoft 365 Business Premium': [3],
      'Microsoft 365 Apps for enterprise': [],
      'Office 365 E3': [3],
      'Office 365 E5': [3],
    })
    expect(evaluatedNamed('Woodgrove Bank – Business Basic').blockers.map(problemCode)).toEqual([6])
    expect(evaluatedNamed('Woodgrove Bank – Exchange Online Archiving').blockers.map(problemCode)).toEqual([7])
    expect(db.subscriptionsOf(customerNamed(db, 'Blue Yonder Airlines').id)).toEqual([])
  })

  it('has users whose license cannot move', () => {
    const basic = subscriptionNamed(db, 'Contoso – Business Basic')
    const source = findOffer(basic.offerId)
    const standard = findOffer(OFFER_IDS.businessStandard)
    const e1 = findOffer(OFFER_IDS.e1)
    if (!source || !standard || !e1) throw new Error('catalog')
    const users = db.usersOfSubscription(basic.customerId, basic.id)
    expect(users).toHaveLength(6)
    const blockedFor = (target: typeof standard) =>
      users.filter((u) => licenseMoveProblems(u, source, target).length > 0).map((u) => u.displayName)
    expect(blockedFor(standard)).toEqual(['Alex Wilber', 'Lee Gu'])
    expect(blockedFor(e1)).toEqual(['Lee Gu'])

    const apps = subscriptionNamed(db, 'Fabrikam – Microsoft 365 Apps for business')
    const appsOffer = findOffer(apps.offerId)
    const e5 = findOffer(OFFER_IDS.e5)
    const appsForEnterprise = findOffer(OFFER_IDS.appsForEnterprise)
    if (!appsOffer || !e5 || !appsForEnterprise) throw new Error('catalog')
    const fabrikamUsers = db.usersOfSubscription(apps.customerId, apps.id)
    const blocked = (target: typeof e5) =>
      fabrikamUsers.filter((u) => licenseMoveProblems(u, appsOffer, target).length > 0).map((u) => u.displayName)
    expect(blocked(e5)).toEqual(['Liam Carter', 'Noah Kim'])
    expect(blocked(appsForEnterprise)).toEqual([])
  })

  it('varies billing cycles, renewals and statuses', () => {
    const subs = db.state.subscriptions
    expect(new Set(subs.map((s) => s.billingCycle))).toEqual(new Set(['monthly', 'annual']))
    expect(new Set(subs.map((s) => s.autoRenewEnabled))).toEqual(new Set([true, false]))
    expect(new Set(subs.map((s) => s.status))).toEqual(new Set(['active', 'suspended', 'pending']))
    for (const s of subs) {
      expect(s.termDuration).toBe(s.billingCycle === 'annual' ? 'P1Y' : 'P1M')
      expect(s.friendlyName).toMatch(/^.+ – .+$/)
    }
  })
})
