/**
 * A subscription's status as Partner Center reports it. Part of the wire format (the API schemas
 * and the mock validate it) as much as of the rules, so it lives apart from the eligibility rules
 * and the offer catalog they import.
 *
 * The values the .NET SDK knows (Subscriptions/SubscriptionStatus.cs): none, active, suspended,
 * deleted, expired, pending, disabled. Listed here in the order the UI sorts them.
 */
export const SUBSCRIPTION_STATUSES = [
  'none',
  'active',
  'pending',
  'suspended',
  'deleted',
  'expired',
  'disabled',
] as const
export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number]

/**
 * A status none of the SDKs knows (a newer service's): shown as it came, never eligible. The
 * client reads it instead of refusing the whole list.
 */
export const UNKNOWN_STATUS = 'unknown'
export type ReportedStatus = SubscriptionStatus | typeof UNKNOWN_STATUS

/** Every status a row can show: the known ones, then unknown. */
export const REPORTED_STATUSES: readonly ReportedStatus[] = [...SUBSCRIPTION_STATUSES, UNKNOWN_STATUS]

/** What the rules make of a status on the wire: a known one (compared without case), else unknown. */
export function readSubscriptionStatus(value: unknown): ReportedStatus {
  if (typeof value !== 'string') return UNKNOWN_STATUS
  const lower = value.trim().toLowerCase()
  return SUBSCRIPTION_STATUSES.find((status) => status === lower) ?? UNKNOWN_STATUS
}
