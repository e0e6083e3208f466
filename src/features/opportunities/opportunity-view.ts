import type { UpgradeOpportunity } from '../../api/opportunities'
import type { I18n } from '../../i18n/i18n'
import { sameOffer } from '../../rules/offers'

/** What the agent narrowed the opportunities to, and their order. */
export interface OpportunityFilter {
  /** Part of the customer's name (the locale's case rules). */
  readonly customer: string
  /** Source offer id, or '' for any. */
  readonly source: string
  /** Target offer id, or '' for any. */
  readonly target: string
  /** Seats at least / at most; undefined for no bound. */
  readonly minSeats: number | undefined
  readonly maxSeats: number | undefined
}

export const NO_FILTER: OpportunityFilter = {
  customer: '',
  source: '',
  target: '',
  minSeats: undefined,
  maxSeats: undefined,
}

export type OpportunitySortKey = 'customer' | 'subscription' | 'offer' | 'seats'
export interface OpportunitySort {
  readonly key: OpportunitySortKey
  readonly dir: 'asc' | 'desc'
}

export function filterOpportunities(
  rows: readonly UpgradeOpportunity[],
  filter: OpportunityFilter,
  sort: OpportunitySort,
  i18n: Pick<I18n, 'lower' | 'compare'>,
): UpgradeOpportunity[] {
  const needle = i18n.lower(filter.customer.trim())
  const kept = rows.filter(
    (row) =>
      (needle === '' || i18n.lower(row.customerName).includes(needle)) &&
      (filter.source === '' || sameOffer(row.offerId, filter.source)) &&
      (filter.target === '' || row.targets.some((t) => sameOffer(t.offerId, filter.target))) &&
      (filter.minSeats === undefined || row.quantity >= filter.minSeats) &&
      (filter.maxSeats === undefined || row.quantity <= filter.maxSeats),
  )
  const sign = sort.dir === 'asc' ? 1 : -1
  const byName = (a: UpgradeOpportunity, b: UpgradeOpportunity) =>
    i18n.compare(a.customerName, b.customerName) || i18n.compare(a.subscriptionName, b.subscriptionName)
  const compare = (a: UpgradeOpportunity, b: UpgradeOpportunity): number => {
    switch (sort.key) {
      case 'customer':
        return sign * byName(a, b)
      case 'subscription':
        return sign * i18n.compare(a.subscriptionName, b.subscriptionName) || byName(a, b)
      case 'offer':
        return sign * i18n.compare(a.offerName, b.offerName) || byName(a, b)
      case 'seats':
        return sign * (a.quantity - b.quantity) || byName(a, b)
    }
  }
  return kept.sort(compare)
}

export function seatsOf(rows: readonly UpgradeOpportunity[]): number {
  return rows.reduce((n, row) => n + row.quantity, 0)
}

/** The offers seen among `rows`, as sources and as targets, sorted by name. */
export function offersIn(rows: readonly UpgradeOpportunity[], i18n: Pick<I18n, 'compare'>) {
  const sources = new Map<string, string>()
  const targets = new Map<string, string>()
  for (const row of rows) {
    sources.set(row.offerId.toUpperCase(), row.offerName)
    for (const t of row.targets) targets.set(t.offerId.toUpperCase(), t.offerName)
  }
  const sorted = (map: Map<string, string>) =>
    [...map].map(([id, name]) => ({ id, name })).sort((a, b) => i18n.compare(a.name, b.name))
  return { sources: sorted(sources), targets: sorted(targets) }
}

export function opportunitiesCsv(rows: readonly UpgradeOpportunity[], i18n: I18n): (string | number)[][] {
  return [
    [
      i18n.t('opportunities.col.customer'),
      i18n.t('opportunities.col.subscription'),
      i18n.t('opportunities.col.offer'),
      i18n.t('opportunities.col.seats'),
      i18n.t('opportunities.col.targets'),
      i18n.t('opportunities.csv.customerId'),
      i18n.t('opportunities.csv.subscriptionId'),
    ],
    ...rows.map((row) => [
      row.customerName,
      row.subscriptionName,
      row.offerName,
      row.quantity,
      row.targets.map((t) => t.offerName).join('; '),
      row.customerId,
      row.subscriptionId,
    ]),
  ]
}
