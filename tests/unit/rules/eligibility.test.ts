import { describe, expect, it } from 'vitest'
import {
  additionalServices,
  evaluateCustomer,
  evaluateSubscription,
  indexCustomer,
  type SubscriptionFacts,
} from '../../../src/rules/eligibility'
import type { PartnerRole } from '../../../src/rules/roles'
import { readSubscriptionStatus, SUBSCRIPTION_STATUSES } from '../../../src/rules/subscription-status'
import { problemCode, UPGRADE_ERROR_CODES, type UpgradeProblem } from '../../../src/rules/upgrade-problems'
import { customer, N, offer, offerId, sortedCodes, sub, targetNamed } from './fixtures'

const ROLE: PartnerRole = 'admin_agent'

function evaluate(source: SubscriptionFacts, others: readonly SubscriptionFacts[] = [], overrides = {}) {
  return evaluateSubscription(source, indexCustomer(customer([source, ...others], overrides)), ROLE)
}

describe('Partner Center UpgradeError codes (DOMAIN.md)', () => {
  it('match the documented numbers', () => {
    // The table is written again here on purpose (duplicates pairs it with eligibility.ts): it is
    // DOMAIN.md's, and a change to the rules' copy must fail against it.
    expect(UPGRADE_ERROR_CODES).toEqual({
      other: 0,
      delegated_admin_permissions_disabled: 1,
      subscription_status_not_active: 2,
      conflicting_service_types: 3,
      concurrency_conflicts: 4,
      subscription_add_ons_present: 6,
      subscription_does_not_have_any_upgrade_paths: 7,
      subscription_target_offer_not_found: 8,
      subscription_not_provisioned: 9,
    })
  })
})

describe('evaluateSubscription: a clean subscription', () => {
  it('an active Business Basic with delegated admin and nothing else is eligible for all four targets', () => {
    const result = evaluate(sub(N.businessBasic))
    expect(result.blockers).toEqual([])
    expect(result.roleAllowed).toBe(true)
    expect(result.canUpgrade).toBe(true)
    expect(result.sourceOffer?.name).toBe(N.businessBasic)
    expect(result.targets.map((t) => t.offer.name)).toEqual([N.businessStandard, N.e1, N.e3, N.e5])
    for (const target of result.targets) {
      expect(target.isEligible).toBe(true)
      expect(target.problems).toEqual([])
      expect(target.upgradeType).toBe('upgrade_with_license_transfer')
    }
  })
})

describe('evaluateSubscription: each condition alone', () => {
  it.each([
    ['suspended', 'subscription_status_not_active', 2],
    ['deleted', 'subscription_status_not_active', 2],
    ['none', 'subscription_status_not_active', 2],
    ['expired', 'subscription_status_not_active', 2],
    ['disabled', 'subscription_status_not_active', 2],
    ['unknown', 'subscription_status_not_active', 2],
    ['pending', 'subscription_not_provisioned', 9],
  ] as const)('a %s subscription: %s (%i) on every target', (status, kind, code) => {
    const result = evaluate(sub(N.businessBasic, { status }))
    expect(result.blockers).toHaveLength(1)
    expect(result.blockers[0]?.kind).toBe(kind)
    expect(result.canUpgrade).toBe(false)
    expect(result.targets).toHaveLength(4)
    for (const target of result.targets) {
      expect(target.problems).toHaveLength(1)
      expect(target.problems.map(problemCode)).toEqual([code])
      expect(target.isEligible).toBe(false)
      expect(target.upgradeType).toBe('none')
    }
  })

  it('expired, disabled and unknown subscriptions report their status and, holding no services, block nothing', () => {
    for (const status of ['expired', 'disabled', 'unknown'] as const) {
      expect(evaluate(sub(N.businessBasic, { status })).blockers).toEqual([
        { kind: 'subscription_status_not_active', status },
      ])
      // An expired Business Standard beside an active Business Basic: the upgrade to it stays open.
      const basic = sub(N.businessBasic)
      const result = evaluate(basic, [sub(N.businessStandard, { status })])
      expect(result.targets.find((t) => t.offer.name === N.businessStandard)?.isEligible).toBe(true)
    }
  })

  it('a suspended subscription reports its status', () => {
    const result = evaluate(sub(N.businessBasic, { status: 'suspended' }))
    expect(result.blockers).toEqual([{ kind: 'subscription_status_not_active', status: 'suspended' }])
  })

  it('a deleted subscription reports its status', () => {
    const result = evaluate(sub(N.businessStandard, { status: 'deleted' }))
    expect(result.blockers).toEqual([{ kind: 'subscription_status_not_active', status: 'deleted' }])
  })

  it('delegated admin off: code 1 on every target', () => {
    const result = evaluate(sub(N.appsForBusiness), [], { allowDelegatedAccess: false })
    expect(result.blockers).toEqual([{ kind: 'delegated_admin_permissions_disabled' }])
    expect(result.canUpgrade).toBe(false)
    for (const target of result.targets) {
      expect(target.problems.map(problemCode)).toEqual([1])
      expect(target.upgradeType).toBe('none')
    }
  })

  it('a service the target adds, held by another subscription from this partner: code 3, partner', () => {
    const source = sub(N.businessBasic)
    const holder = sub(N.appsForEnterprise)
    const result = evaluate(source, [holder])
    expect(result.blockers).toEqual([])
    // Business Standard adds the desktop apps (and Bookings); Apps for enterprise already has the desktop apps.
    expect(targetNamed(result.targets, N.businessStandard).problems).toEqual([
      {
        kind: 'conflicting_service_types',
        services: ['officeDesktop'],
        heldBy: [{ offerId: holder.offerId, channel: 'partner' }],
      },
    ])
    // E1 adds only Bookings: no conflict.
    const e1 = targetNamed(result.targets, N.e1)
    expect(e1.problems).toEqual([])
    expect(e1.isEligible).toBe(true)
    expect(result.canUpgrade).toBe(true)
  })

  it('a service the target adds, held through another channel: code 3, other', () => {
    const result = evaluate(sub(N.businessBasic), [], { otherChannelOfferIds: [offerId(N.appsForEnterprise)] })
    expect(targetNamed(result.targets, N.businessStandard).problems).toEqual([
      {
        kind: 'conflicting_service_types',
        services: ['officeDesktop'],
        heldBy: [{ offerId: offerId(N.appsForEnterprise), channel: 'other' }],
      },
    ])
    expect(targetNamed(result.targets, N.e1).isEligible).toBe(true)
  })

  it('a standalone Exchange subscription conflicts with the mailbox that Apps for business -> E3 adds', () => {
    const result = evaluate(sub(N.appsForBusiness), [sub(N.exchangePlan1)])
    const e3 = targetNamed(result.targets, N.e3)
    expect(e3.problems).toHaveLength(1)
    expect(e3.problems[0]).toMatchObject({ kind: 'conflicting_service_types', services: ['exchange'] })
    // Apps for enterprise adds no mailbox.
    expect(targetNamed(result.targets, N.appsForEnterprise).isEligible).toBe(true)
  })

  it('a service the source already has does not conflict (another Business Basic holds nothing the targets add)', () => {
    const result = evaluate(sub(N.businessBasic), [sub(N.businessBasic), sub(N.exchangePlan1)])
    expect(result.targets.every((t) => t.isEligible)).toBe(true)
  })

  it('target already held from this partner: code 4, partner, and not also 3', () => {
    const result = evaluate(sub(N.businessBasic), [sub(N.e3)])
    expect(targetNamed(result.targets, N.e3).problems).toEqual([{ kind: 'concurrency_conflicts', channel: 'partner' }])
  })

  it('target already held through another channel: code 4, other, and not also 3', () => {
    const result = evaluate(sub(N.businessStandard), [], { otherChannelOfferIds: [offerId(N.e3)] })
    expect(targetNamed(result.targets, N.e3).problems).toEqual([{ kind: 'concurrency_conflicts', channel: 'other' }])
    expect(result.blockers).toEqual([])
  })

  it('target held both from this partner and through another channel is reported as other', () => {
    const result = evaluate(sub(N.businessStandard), [sub(N.e5)], { otherChannelOfferIds: [offerId(N.e5)] })
    expect(targetNamed(result.targets, N.e5).problems).toEqual([{ kind: 'concurrency_conflicts', channel: 'other' }])
  })

  it('other-channel offer ids compare case-insensitively', () => {
    const result = evaluate(sub(N.businessStandard), [], { otherChannelOfferIds: [offerId(N.e3).toLowerCase()] })
    expect(targetNamed(result.targets, N.e3).problems).toEqual([{ kind: 'concurrency_conflicts', channel: 'other' }])
  })

  it('add-ons present: code 6 on every target, naming the add-on offers', () => {
    const source = sub(N.businessStandard)
    const addOn = sub(N.audioConferencing, { parentSubscriptionId: source.id })
    const result = evaluate(source, [addOn])
    expect(result.blockers).toEqual([{ kind: 'subscription_add_ons_present', addOnOfferIds: [addOn.offerId] }])
    expect(result.targets.map((t) => t.offer.name)).toEqual([N.e3, N.e5])
    for (const target of result.targets) {
      // E5 adds audio conferencing, which the add-on holds: it is reported as 6 only, not also as 3.
      expect(target.problems.map(problemCode)).toEqual([6])
    }
    expect(result.canUpgrade).toBe(false)
  })

  it('a deleted add-on does not block', () => {
    const source = sub(N.businessStandard)
    const result = evaluate(source, [sub(N.audioConferencing, { parentSubscriptionId: source.id, status: 'deleted' })])
    expect(result.blockers).toEqual([])
    expect(result.targets.every((t) => t.isEligible)).toBe(true)
  })

  it("another subscription's add-on does not block this one with code 6", () => {
    const source = sub(N.businessStandard)
    const other = sub(N.businessBasic)
    const result = evaluate(source, [other, sub(N.exchangeArchivingAddOn, { parentSubscriptionId: other.id })])
    expect(result.blockers).toEqual([])
    // It still holds a service: archiving, which E3 adds.
    expect(targetNamed(result.targets, N.e3).problems).toMatchObject([
      { kind: 'conflicting_service_types', services: ['exchangeArchiving'] },
    ])
  })

  it.each([N.businessPremium, N.appsForEnterprise, N.e1, N.e3, N.e5, N.businessStandardIndia, N.exchangePlan1])(
    'no upgrade path (%s): code 7, no targets',
    (name) => {
      const result = evaluate(sub(name))
      expect(result.blockers).toEqual([{ kind: 'subscription_does_not_have_any_upgrade_paths' }])
      expect(result.blockers.map(problemCode)).toEqual([7])
      expect(result.targets).toEqual([])
      expect(result.canUpgrade).toBe(false)
      expect(result.sourceOffer?.name).toBe(name)
    },
  )

  it('an unknown source offer: code 7, no source offer', () => {
    const result = evaluate({ id: 'x', offerId: 'ABCDEF00-0000-0000-0000-000000000000', status: 'active', quantity: 1 })
    expect(result.sourceOffer).toBeUndefined()
    expect(result.blockers.map(problemCode)).toEqual([7])
    expect(result.targets).toEqual([])
  })
})

describe('evaluateSubscription: which subscriptions hold services', () => {
  it('suspended and deleted subscriptions hold neither services nor the target offer', () => {
    const result = evaluate(sub(N.businessBasic), [
      sub(N.e3, { status: 'suspended' }),
      sub(N.e5, { status: 'deleted' }),
      sub(N.appsForEnterprise, { status: 'deleted' }),
      sub(N.businessStandard, { status: 'suspended' }),
    ])
    expect(result.targets).toHaveLength(4)
    for (const target of result.targets) expect(target.problems).toEqual([])
    expect(result.canUpgrade).toBe(true)
  })

  it('a pending subscription of the target does hold it (code 4)', () => {
    const result = evaluate(sub(N.businessStandard), [sub(N.e3, { status: 'pending' })])
    expect(targetNamed(result.targets, N.e3).problems).toEqual([{ kind: 'concurrency_conflicts', channel: 'partner' }])
  })
})

describe('evaluateSubscription: combinations', () => {
  it('suspended + no delegated admin + add-ons: codes 2, 1 and 6 on every target', () => {
    const source = sub(N.businessBasic, { status: 'suspended' })
    const addOn = sub(N.exchangeArchivingAddOn, { parentSubscriptionId: source.id })
    const result = evaluate(source, [addOn], { allowDelegatedAccess: false })
    expect(sortedCodes(result.blockers)).toEqual([1, 2, 6])
    expect(result.targets).toHaveLength(4)
    for (const target of result.targets) {
      expect(sortedCodes(target.problems)).toEqual([1, 2, 6])
      expect(target.isEligible).toBe(false)
      expect(target.upgradeType).toBe('none')
    }
    expect(result.canUpgrade).toBe(false)
  })

  it('pending + target already held: codes 9 and 4 on that target', () => {
    const result = evaluate(sub(N.businessStandard, { status: 'pending' }), [], {
      otherChannelOfferIds: [offerId(N.e5)],
    })
    const e3 = targetNamed(result.targets, N.e3)
    const e5 = targetNamed(result.targets, N.e5)
    expect(sortedCodes(e5.problems)).toEqual([4, 9])
    // E3 is not held, but the E5 held elsewhere includes the archiving that E3 adds.
    expect(sortedCodes(e3.problems)).toEqual([3, 9])
    expect(e5.problems).toContainEqual({ kind: 'concurrency_conflicts', channel: 'other' })
  })

  it('subscription-wide problems come before the target-specific ones', () => {
    const result = evaluate(sub(N.businessStandard), [sub(N.e3)], { allowDelegatedAccess: false })
    expect(targetNamed(result.targets, N.e3).problems).toEqual([
      { kind: 'delegated_admin_permissions_disabled' },
      { kind: 'concurrency_conflicts', channel: 'partner' },
    ])
  })

  it('a mix of eligible and ineligible targets: eligible ones transfer licenses, the others are none', () => {
    const result = evaluate(sub(N.businessBasic), [sub(N.appsForEnterprise)])
    const byName = Object.fromEntries(result.targets.map((t) => [t.offer.name, [t.isEligible, t.upgradeType]]))
    expect(byName).toEqual({
      [N.businessStandard]: [false, 'none'],
      [N.e1]: [true, 'upgrade_with_license_transfer'],
      [N.e3]: [false, 'none'],
      [N.e5]: [false, 'none'],
    })
    expect(result.canUpgrade).toBe(true)
  })
})

describe('additional services and maximum quantity', () => {
  it.each([
    [N.businessBasic, N.businessStandard, ['bookings', 'officeDesktop']],
    [N.businessBasic, N.e1, ['bookings']],
    [N.businessStandard, N.e3, ['exchangeArchiving']],
    [N.appsForBusiness, N.appsForEnterprise, []],
    [N.appsForBusiness, N.e3, ['bookings', 'exchange', 'exchangeArchiving', 'sharepoint', 'teams']],
    [N.businessBasicIndia, N.businessStandardIndia, ['bookings', 'officeDesktop']],
  ])('%s -> %s adds %j', (source, target, expected) => {
    expect([...additionalServices(offer(source), offer(target))].sort()).toEqual(expected)
    const result = evaluate(sub(source))
    expect([...targetNamed(result.targets, target).additionalServices].sort()).toEqual(expected)
  })

  it.each([N.appsForBusiness, N.businessStandard, N.businessBasic, N.appsForBusinessIndia, N.businessBasicIndia])(
    'every target of %s: additional services are exactly the target minus the source',
    (source) => {
      const src = offer(source)
      for (const target of evaluate(sub(source)).targets) {
        for (const s of target.additionalServices) {
          expect(target.offer.services).toContain(s)
          expect(src.services).not.toContain(s)
        }
        for (const s of target.offer.services) {
          if (!src.services.includes(s)) expect(target.additionalServices).toContain(s)
        }
      }
    },
  )

  it('maximum quantity is the source quantity when below the target limit', () => {
    const result = evaluate(sub(N.businessBasic, { quantity: 42 }))
    expect(result.targets.map((t) => t.maximumQuantity)).toEqual([42, 42, 42, 42])
  })

  it('maximum quantity is capped at 300 for a Business target, not for enterprise ones', () => {
    const result = evaluate(sub(N.businessBasic, { quantity: 500 }))
    expect(targetNamed(result.targets, N.businessStandard).maximumQuantity).toBe(300)
    expect(targetNamed(result.targets, N.e1).maximumQuantity).toBe(500)
    expect(targetNamed(result.targets, N.e3).maximumQuantity).toBe(500)
    expect(targetNamed(result.targets, N.e5).maximumQuantity).toBe(500)
  })

  it('maximum quantity of Apps for business -> Business Premium is capped at 300', () => {
    const result = evaluate(sub(N.appsForBusiness, { quantity: 301 }))
    expect(targetNamed(result.targets, N.businessPremium).maximumQuantity).toBe(300)
    expect(targetNamed(result.targets, N.appsForEnterprise).maximumQuantity).toBe(301)
  })
})

describe('evaluateCustomer', () => {
  it('returns one entry per subscription, keyed by id, add-ons included', () => {
    const basic = sub(N.businessBasic)
    const standard = sub(N.businessStandard, { status: 'suspended' })
    const e3 = sub(N.e3)
    const addOn = sub(N.audioConferencing, { parentSubscriptionId: basic.id })
    const facts = customer([basic, standard, e3, addOn])
    const result = evaluateCustomer(facts, ROLE)
    expect(result.size).toBe(4)
    expect([...result.keys()]).toEqual([basic.id, standard.id, e3.id, addOn.id])
    for (const [id, entry] of result) expect(entry.subscriptionId).toBe(id)

    const blockerCodes = (id: string) => sortedCodes(result.get(id)?.blockers ?? ([] as UpgradeProblem[]))
    expect(blockerCodes(basic.id)).toEqual([6])
    expect(blockerCodes(standard.id)).toEqual([2])
    expect(blockerCodes(e3.id)).toEqual([7])
    expect(blockerCodes(addOn.id)).toEqual([7])
    expect(result.get(basic.id)?.canUpgrade).toBe(false)
  })

  it('agrees with evaluateSubscription for each subscription', () => {
    const subs = [sub(N.businessBasic), sub(N.appsForBusiness), sub(N.exchangePlan1)]
    const facts = customer(subs, { otherChannelOfferIds: [offerId(N.e5)] })
    const result = evaluateCustomer(facts, 'sales_agent')
    for (const s of subs) expect(result.get(s.id)).toEqual(evaluateSubscription(s, indexCustomer(facts), 'sales_agent'))
  })

  it('an empty customer gives an empty map', () => {
    expect(evaluateCustomer(customer([]), ROLE).size).toBe(0)
  })
})

describe('readSubscriptionStatus', () => {
  it('knows every status of the .NET SDK, without case, and reads anything else as unknown', () => {
    expect(SUBSCRIPTION_STATUSES).toEqual(['none', 'active', 'pending', 'suspended', 'deleted', 'expired', 'disabled'])
    for (const status of SUBSCRIPTION_STATUSES) expect(readSubscriptionStatus(status)).toBe(status)
    expect(readSubscriptionStatus('Expired')).toBe('expired')
    expect(readSubscriptionStatus(' DISABLED ')).toBe('disabled')
    for (const odd of ['frozen', '', 'unknown', 3, null, undefined, { status: 'active' }]) {
      expect(readSubscriptionStatus(odd)).toBe('unknown')
    }
  })
})
