import { describe, expect, it } from 'vitest'
import { checkPlannedUpgrades, commonEligibleTargets } from '../../../src/rules/bulk-plan'
import { type CustomerFacts, evaluateCustomer } from '../../../src/rules/eligibility'
import { OFFER_IDS } from '../../../src/rules/offers'

const basic = { id: 'basic', offerId: OFFER_IDS.businessBasic, status: 'active' as const, quantity: 10 }
const apps = { id: 'apps', offerId: OFFER_IDS.appsForBusiness, status: 'active' as const, quantity: 5 }
const facts: CustomerFacts = { allowDelegatedAccess: true, subscriptions: [basic, apps], otherChannelOfferIds: [] }

describe('bulk plans (rules)', () => {
  it('offers only the targets every subscription of a group may take', () => {
    const alone = evaluateCustomer({ ...facts, subscriptions: [basic] }, 'admin_agent').get('basic')
    const withApps = evaluateCustomer(facts, 'admin_agent').get('basic')
    if (!alone || !withApps) throw new Error('no eligibility')
    const each = (e: typeof alone) => e.targets.filter((t) => t.isEligible).map((t) => t.offer.id)
    const common = commonEligibleTargets([alone, withApps]).map((o) => o.id)
    expect(common).toEqual(each(alone).filter((id) => each(withApps).includes(id)))
    expect(common.length).toBeLessThan(each(alone).length)
    expect(commonEligibleTargets([])).toEqual([])
  })

  it('checks a customer’s upgrades in order: the second to the same target is refused (code 4)', () => {
    const twoBasics = { ...facts, subscriptions: [basic, { ...basic, id: 'basic-2' }] }
    const planned = [
      { subscriptionId: 'basic', targetOfferId: OFFER_IDS.e1 },
      { subscriptionId: 'basic-2', targetOfferId: OFFER_IDS.e1 },
    ]
    // Each alone is eligible…
    const each = evaluateCustomer(twoBasics, 'admin_agent')
    for (const id of ['basic', 'basic-2']) {
      expect(each.get(id)?.targets.find((t) => t.offer.id === OFFER_IDS.e1)?.isEligible).toBe(true)
    }
    // …but once the first is done the customer holds Office 365 E1.
    const checks = checkPlannedUpgrades(twoBasics, 'admin_agent', planned)
    expect(checks[0]).toEqual({ subscriptionId: 'basic', ok: true })
    expect(checks[1]?.ok).toBe(false)
    expect(checks[1]?.ok === false && checks[1].problems.map((p) => p.kind)).toContain('concurrency_conflicts')
  })

  it('a refused upgrade changes nothing for the ones after it', () => {
    const checks = checkPlannedUpgrades(facts, 'admin_agent', [
      { subscriptionId: 'basic', targetOfferId: 'not-a-target' },
      { subscriptionId: 'apps', targetOfferId: OFFER_IDS.appsForEnterprise },
    ])
    expect(checks.map((c) => c.ok)).toEqual([false, true])
  })
})
