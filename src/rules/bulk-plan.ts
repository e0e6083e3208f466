import {
  type CustomerFacts,
  evaluateSubscription,
  indexCustomer,
  type SubscriptionEligibility,
  type SubscriptionFacts,
} from './eligibility'
import { type OfferDefinition, sameOffer } from './offers'
import type { PartnerRole } from './roles'
import type { UpgradeProblem } from './upgrade-problems'

/**
 * Many upgrades at once: which targets every one of a group of subscriptions may take, and what a
 * whole customer's planned upgrades do to each other. Upgrades of one customer are not
 * independent: once Business Basic becomes Business Standard, the customer holds Business
 * Standard, so its Apps for business can no longer become Business Standard too (code 4), and the
 * services the first one added may conflict with another's target (code 3).
 */

/** The targets that are eligible for every one of `subscriptions` (in upgrade-path order). */
export function commonEligibleTargets(subscriptions: readonly SubscriptionEligibility[]): OfferDefinition[] {
  const [first, ...rest] = subscriptions
  if (!first) return []
  return first.targets
    .filter((t) => t.isEligible)
    .map((t) => t.offer)
    .filter((offer) => rest.every((s) => s.targets.some((t) => t.isEligible && sameOffer(t.offer.id, offer.id))))
}

export interface PlannedUpgrade {
  readonly subscriptionId: string
  readonly targetOfferId: string
}

export type PlannedUpgradeCheck =
  | { readonly subscriptionId: string; readonly ok: true }
  | { readonly subscriptionId: string; readonly ok: false; readonly problems: readonly UpgradeProblem[] }

/**
 * Checks a customer's planned upgrades in order, each against the customer as the ones before it
 * leave it (the source suspended, the target held). An upgrade that would be refused is reported
 * with its problems and does not change what follows.
 */
export function checkPlannedUpgrades(
  facts: CustomerFacts,
  role: PartnerRole,
  planned: readonly PlannedUpgrade[],
): PlannedUpgradeCheck[] {
  let subscriptions: SubscriptionFacts[] = [...facts.subscriptions]
  const results: PlannedUpgradeCheck[] = []
  for (const [n, plan] of planned.entries()) {
    const current = { ...facts, subscriptions }
    const sub = subscriptions.find((s) => s.id === plan.subscriptionId)
    if (!sub) {
      results.push({
        subscriptionId: plan.subscriptionId,
        ok: false,
        problems: [{ kind: 'subscription_does_not_have_any_upgrade_paths' }],
      })
      continue
    }
    const eligibility = evaluateSubscription(sub, indexCustomer(current), role)
    const target = eligibility.targets.find((t) => sameOffer(t.offer.id, plan.targetOfferId))
    if (!target) {
      results.push({
        subscriptionId: sub.id,
        ok: false,
        problems: [
          ...eligibility.blockers,
          { kind: 'subscription_target_offer_not_found', targetOfferId: plan.targetOfferId },
        ],
      })
      continue
    }
    if (!target.isEligible) {
      results.push({ subscriptionId: sub.id, ok: false, problems: target.problems })
      continue
    }
    results.push({ subscriptionId: sub.id, ok: true })
    // DOMAIN.md "What an upgrade does": the source is suspended and the target is held.
    subscriptions = [
      ...subscriptions.map((s) => (s.id === sub.id ? { ...s, status: 'suspended' as const } : s)),
      { id: `planned-${n}`, offerId: target.offer.id, status: 'active', quantity: sub.quantity },
    ]
  }
  return results
}
