import type { CustomerFacts, SubscriptionFacts } from '../rules/eligibility'
import { findOfferBySku } from '../rules/offers'
import { readSubscriptionStatus } from '../rules/subscription-status'
import type { Customer } from './schemas'
import type { SubscribedSku, Subscription } from './subscription-schemas'

/**
 * What the rules need, from what Partner Center tells the partner. The partner's own subscriptions
 * come from /subscriptions; licenses bought through another partner or channel show up only in the
 * tenant's /subscribedskus, as units beyond those of the partner's own active subscriptions.
 */
export function toSubscriptionFacts(subscription: Subscription): SubscriptionFacts {
  return {
    id: subscription.id,
    offerId: subscription.offerId,
    status: readSubscriptionStatus(subscription.status),
    quantity: subscription.quantity,
    parentSubscriptionId: subscription.parentSubscriptionId ?? null,
  }
}

export function otherChannelOfferIds(subscriptions: readonly Subscription[], skus: readonly SubscribedSku[]): string[] {
  // The partner's own active units per offer, in one pass (a large customer holds thousands).
  const ownUnits = new Map<string, number>()
  for (const s of subscriptions) {
    const status = readSubscriptionStatus(s.status)
    if (status !== 'active' && status !== 'pending') continue
    const key = s.offerId.toUpperCase()
    ownUnits.set(key, (ownUnits.get(key) ?? 0) + s.quantity)
  }
  const result: string[] = []
  for (const sku of skus) {
    const offer = findOfferBySku(sku.productSku.id)
    if (!offer) continue
    if ((sku.totalUnits ?? sku.activeUnits ?? 0) > (ownUnits.get(offer.id.toUpperCase()) ?? 0)) result.push(offer.id)
  }
  return result
}

export function toCustomerFacts(
  customer: Customer,
  subscriptions: readonly Subscription[],
  skus: readonly SubscribedSku[],
): CustomerFacts {
  return {
    allowDelegatedAccess: customer.allowDelegatedAccess ?? false,
    subscriptions: subscriptions.map(toSubscriptionFacts),
    otherChannelOfferIds: otherChannelOfferIds(subscriptions, skus),
  }
}
