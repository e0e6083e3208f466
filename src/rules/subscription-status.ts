/**
 * A subscription's status as Partner Center reports it. Part of the wire format (the API schemas
 * and the mock validate it) as much as of the rules, so it lives apart from the eligibility rules
 * and the offer catalog they import.
 */
export const SUBSCRIPTION_STATUSES = ['none', 'active', 'pending', 'suspended', 'deleted'] as const
export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number]
