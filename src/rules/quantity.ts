import { findOffer } from './offers'
import { canManageSubscriptions, type PartnerRole } from './roles'
import type { ReportedStatus } from './subscription-status'

/**
 * "Add licenses" (the article's title): raise a subscription's quantity within its offer's
 * limits. Only an active subscription's quantity can change.
 */
export type QuantityCheck =
  | { readonly ok: true; readonly quantity: number }
  | { readonly ok: false; readonly reason: 'role_forbidden' }
  | { readonly ok: false; readonly reason: 'not_active'; readonly status: ReportedStatus }
  | { readonly ok: false; readonly reason: 'unknown_offer' }
  | { readonly ok: false; readonly reason: 'not_whole_number' }
  | { readonly ok: false; readonly reason: 'below_minimum'; readonly minimum: number }
  | { readonly ok: false; readonly reason: 'above_maximum'; readonly maximum: number }

export interface QuantityLimits {
  readonly minimum: number
  readonly maximum: number
}

export function quantityLimits(offerId: string): QuantityLimits | undefined {
  const offer = findOffer(offerId)
  return offer ? { minimum: offer.minimumQuantity, maximum: offer.maximumQuantity } : undefined
}

export function checkQuantityChange(
  sub: { readonly offerId: string; readonly status: ReportedStatus },
  quantity: number,
  role: PartnerRole,
): QuantityCheck {
  if (!canManageSubscriptions(role)) return { ok: false, reason: 'role_forbidden' }
  if (sub.status !== 'active') return { ok: false, reason: 'not_active', status: sub.status }
  const limits = quantityLimits(sub.offerId)
  if (!limits) return { ok: false, reason: 'unknown_offer' }
  if (!Number.isInteger(quantity)) return { ok: false, reason: 'not_whole_number' }
  if (quantity < limits.minimum) return { ok: false, reason: 'below_minimum', minimum: limits.minimum }
  if (quantity > limits.maximum) return { ok: false, reason: 'above_maximum', maximum: limits.maximum }
  return { ok: true, quantity }
}

/**
 * A number of licenses as a person types it: digits only (surrounding spaces allowed), else NaN.
 * `Number()` would also take "1e1" (10), "0x10" (16), "1.0" and "+5".
 */
export function parseWholeNumber(text: string): number {
  const digits = text.trim()
  return /^\d{1,9}$/.test(digits) ? Number(digits) : Number.NaN
}
