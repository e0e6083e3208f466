/**
 * A subscription's status as Partner Center reports it. In a module of its own: the API schemas
 * need the list on the first screen, which must not pull in the eligibility rules and the offer
 * catalog behind it.
 */
export const SUBSCRIPTION_STATUSES = ['none', 'active', 'pending', 'suspended', 'deleted'] as const
export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number]
