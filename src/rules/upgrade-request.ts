import {
  type CustomerFacts,
  evaluateSubscription,
  indexCustomer,
  type SubscriptionFacts,
  type TargetEligibility,
  type UpgradeType,
} from './eligibility'
import { sameOffer } from './offers'
import { canManageSubscriptions, type PartnerRole } from './roles'
import type { UpgradeProblem } from './upgrade-problems'

export type UpgradeRequestCheck =
  | {
      readonly ok: true
      readonly target: TargetEligibility
      readonly quantity: number
      readonly upgradeType: UpgradeType
    }
  | { readonly ok: false; readonly reason: 'role_forbidden' }
  | { readonly ok: false; readonly reason: 'invalid_quantity'; readonly minimum: number; readonly maximum: number }
  | { readonly ok: false; readonly reason: 'invalid_upgrade_type' }
  | { readonly ok: false; readonly reason: 'ineligible'; readonly problems: readonly UpgradeProblem[] }

export interface UpgradeRequest {
  readonly targetOfferId: string
  readonly quantity: number
  readonly upgradeType: UpgradeType
}

/** What the API decides for a submitted upgrade: the same rules as the UI, re-checked at submit. */
export function checkUpgradeRequest(
  sub: SubscriptionFacts,
  facts: CustomerFacts,
  role: PartnerRole | undefined,
  request: UpgradeRequest,
): UpgradeRequestCheck {
  if (!canManageSubscriptions(role)) return { ok: false, reason: 'role_forbidden' }
  const eligibility = evaluateSubscription(sub, indexCustomer(facts), role)
  if (eligibility.targets.length === 0) return { ok: false, reason: 'ineligible', problems: eligibility.blockers }
  const target = eligibility.targets.find((t) => sameOffer(t.offer.id, request.targetOfferId))
  if (!target) {
    return {
      ok: false,
      reason: 'ineligible',
      problems: [{ kind: 'subscription_target_offer_not_found', targetOfferId: request.targetOfferId }],
    }
  }
  if (!target.isEligible) return { ok: false, reason: 'ineligible', problems: target.problems }
  if (request.upgradeType === 'none') return { ok: false, reason: 'invalid_upgrade_type' }
  const minimum = target.offer.minimumQuantity
  const maximum = target.maximumQuantity
  if (!Number.isInteger(request.quantity) || request.quantity < minimum || request.quantity > maximum) {
    return { ok: false, reason: 'invalid_quantity', minimum, maximum }
  }
  return { ok: true, target, quantity: request.quantity, upgradeType: request.upgradeType }
}
