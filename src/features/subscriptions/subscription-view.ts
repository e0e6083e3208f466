import type { Subscription } from '../../api/subscription-schemas'
import type { SubscriptionEligibility } from '../../rules/eligibility'
import { REPORTED_STATUSES, type ReportedStatus, readSubscriptionStatus } from '../../rules/subscription-status'

/**
 * How the agent looks at a customer's subscriptions: search, filters and sort. It lives in the URL
 * (`#/customers/42?q=basic&status=active&eligible=1&sort=quantity&dir=desc`), so a view can be
 * shared and the back button restores the previous one.
 */
// In the table's column order: the header (subscription-head.tsx) has a column for each.
export const SORT_KEYS = ['name', 'offer', 'quantity', 'status', 'billing', 'termEnd'] as const
export type SortKey = (typeof SORT_KEYS)[number]
export type SortDirection = 'asc' | 'desc'

export interface SubscriptionView {
  readonly q: string
  readonly status: ReportedStatus | 'all'
  /** An offer id, or 'all'. */
  readonly offer: string
  readonly eligibleOnly: boolean
  readonly sort: SortKey
  readonly dir: SortDirection
}

export const DEFAULT_VIEW: SubscriptionView = {
  q: '',
  status: 'all',
  offer: 'all',
  eligibleOnly: false,
  sort: 'name',
  dir: 'asc',
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback
}

export function parseView(search: string): SubscriptionView {
  const params = new URLSearchParams(search)
  return {
    q: params.get('q') ?? '',
    status: oneOf(params.get('status'), ['all', ...REPORTED_STATUSES], 'all'),
    offer: params.get('offer') || 'all',
    eligibleOnly: params.get('eligible') === '1',
    sort: oneOf(params.get('sort'), SORT_KEYS, 'name'),
    dir: oneOf(params.get('dir'), ['asc', 'desc'], 'asc'),
  }
}

/** Only what differs from the default view goes into the URL. */
export function serializeView(view: SubscriptionView): string {
  const params = new URLSearchParams()
  if (view.q) params.set('q', view.q)
  if (view.status !== 'all') params.set('status', view.status)
  if (view.offer !== 'all') params.set('offer', view.offer)
  if (view.eligibleOnly) params.set('eligible', '1')
  if (view.sort !== DEFAULT_VIEW.sort) params.set('sort', view.sort)
  if (view.dir !== DEFAULT_VIEW.dir) params.set('dir', view.dir)
  const text = params.toString()
  return text ? `?${text}` : ''
}

export function isFiltered(view: SubscriptionView): boolean {
  return view.q !== '' || view.status !== 'all' || view.offer !== 'all' || view.eligibleOnly
}

interface Helpers {
  readonly compare: (a: string, b: string) => number
  readonly lower: (text: string) => string
}

const STATUS_ORDER: Readonly<Record<ReportedStatus, number>> = {
  active: 0,
  pending: 1,
  suspended: 2,
  expired: 3,
  disabled: 4,
  deleted: 5,
  none: 6,
  unknown: 7,
}

/** The rows to show, in order. Pure, so the page memoizes it per data and view change. */
export function applyView(
  subscriptions: readonly Subscription[],
  eligibility: ReadonlyMap<string, SubscriptionEligibility>,
  view: SubscriptionView,
  helpers: Helpers,
): Subscription[] {
  const needle = helpers.lower(view.q.trim())
  const rows = subscriptions.filter((s) => {
    if (view.status !== 'all' && readSubscriptionStatus(s.status) !== view.status) return false
    if (view.offer !== 'all' && s.offerId.toUpperCase() !== view.offer.toUpperCase()) return false
    if (view.eligibleOnly && !eligibility.get(s.id)?.canUpgrade) return false
    if (needle !== '') {
      const name = helpers.lower(s.friendlyName || s.offerName)
      if (!name.includes(needle) && !helpers.lower(s.offerName).includes(needle) && !s.id.includes(needle)) {
        return false
      }
    }
    return true
  })
  const sign = view.dir === 'asc' ? 1 : -1
  const byName = (a: Subscription, b: Subscription) =>
    helpers.compare(a.friendlyName || a.offerName, b.friendlyName || b.offerName)
  const compare = (a: Subscription, b: Subscription): number => {
    switch (view.sort) {
      case 'name':
        return byName(a, b)
      case 'offer':
        return helpers.compare(a.offerName, b.offerName) || byName(a, b)
      case 'quantity':
        return a.quantity - b.quantity || byName(a, b)
      case 'status':
        return (
          STATUS_ORDER[readSubscriptionStatus(a.status)] - STATUS_ORDER[readSubscriptionStatus(b.status)] ||
          byName(a, b)
        )
      case 'billing':
        return helpers.compare(a.billingCycle ?? '', b.billingCycle ?? '') || byName(a, b)
      case 'termEnd':
        return (a.commitmentEndDate ?? '').localeCompare(b.commitmentEndDate ?? '') || byName(a, b)
    }
  }
  return rows.sort((a, b) => sign * compare(a, b))
}
