import type { CustomerFacts, SubscriptionFacts } from '../rules/eligibility'
import { findOfferBySku, sameOffer } from '../rules/offers'
import type { Customer, SubscribedSku, Subscription } from './schemas'

/**
 * What the rules need, from what Partner Center tells the partner. The partner's own subscriptions
 * come from /subscriptions; licenses bought through another partner or channel show up only in the
 * tenant's /subscribedskus, as units beyond those of the partner's own active subscriptions.
 */
export function toSubscriptionFacts(subscription: Subscription): SubscriptionFacts {
  return {
    id: subscription.id,
    offerId: subscription.offerId,
    status: subscription.status,
    quantity: subscription.quantity,
    parentSubscriptionId: subscription.parentSubscriptionId ?? null,
  }
}

export function otherChannelOfferIds(subscriptions: readonly Subscription[], skus: readonly SubscribedSku[]): string[] {
  const result: string[] = []
  for (const sku of skus) {
    const offer = findOfferBySku(sku.productSku.id)
    if (!offer) continue
    const ownUnits = subscriptions
      .filter((s) => sameOffer(s.offerId, offer.id) && (s.status === 'active' || s.status === 'pending'))
      .reduce((sum, s) => sum + s.quantity, 0)
    if ((sku.totalUnits ?? sku.activeUnits ?? 0) > ownUnits) result.push(offer.id)
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
