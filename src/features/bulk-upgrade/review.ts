import type { UpgradeOpportunity } from '../../api/opportunities'
import { checkPlannedUpgrades, commonEligibleTargets } from '../../rules/bulk-plan'
import { findOffer, type OfferDefinition } from '../../rules/offers'
import type { PartnerRole } from '../../rules/roles'
import type { UpgradeProblem } from '../../rules/upgrade-problems'
import type { PlannedItem } from './bulk-run-model'

/** The selected subscriptions of one source offer, and the targets valid for every one of them. */
export interface SourceGroup {
  readonly offerId: string
  readonly offerName: string
  readonly rows: readonly UpgradeOpportunity[]
  readonly targets: readonly OfferDefinition[]
}

export function groupBySource(selected: readonly UpgradeOpportunity[]): SourceGroup[] {
  const groups = new Map<string, UpgradeOpportunity[]>()
  for (const row of selected) {
    const key = row.offerId.toUpperCase()
    const group = groups.get(key)
    if (group) group.push(row)
    else groups.set(key, [row])
  }
  return [...groups.values()].map((rows) => {
    const first = rows[0] as UpgradeOpportunity
    return {
      offerId: first.offerId,
      offerName: first.offerName,
      rows,
      targets: commonEligibleTargets(rows.map((r) => r.eligibility)),
    }
  })
}

export interface RefusedUpgrade {
  readonly row: UpgradeOpportunity
  readonly targetOfferId: string
  readonly problems: readonly UpgradeProblem[]
}

export interface Review {
  readonly items: readonly PlannedItem[]
  /** Upgrades the rules would refuse once the plan's earlier upgrades of the same customer are done. */
  readonly refused: readonly RefusedUpgrade[]
  readonly seats: number
  readonly customers: number
}

/**
 * What the plan will do to each subscription: each customer's upgrades checked together by the
 * rules module, in the order selected; those it would refuse are left out, with the reason.
 * `targets` maps a source offer id (upper case) to the chosen target offer id.
 */
export function buildReview(
  selected: readonly UpgradeOpportunity[],
  targets: ReadonlyMap<string, string>,
  role: PartnerRole,
): Review {
  const byCustomer = new Map<string, UpgradeOpportunity[]>()
  for (const row of selected) {
    if (!targets.has(row.offerId.toUpperCase())) continue
    const list = byCustomer.get(row.customerId)
    if (list) list.push(row)
    else byCustomer.set(row.customerId, [row])
  }
  const items: PlannedItem[] = []
  const refused: RefusedUpgrade[] = []
  for (const rows of byCustomer.values()) {
    const planned = rows.map((row) => ({
      subscriptionId: row.subscriptionId,
      targetOfferId: targets.get(row.offerId.toUpperCase()) ?? '',
    }))
    const checks = checkPlannedUpgrades((rows[0] as UpgradeOpportunity).facts, role, planned)
    for (const [n, row] of rows.entries()) {
      const check = checks[n]
      const targetOfferId = planned[n]?.targetOfferId ?? ''
      if (!check?.ok) {
        refused.push({ row, targetOfferId, problems: check && !check.ok ? check.problems : [] })
        continue
      }
      items.push({
        customerId: row.customerId,
        customerName: row.customerName,
        subscriptionId: row.subscriptionId,
        subscriptionName: row.subscriptionName,
        sourceOfferName: row.offerName,
        targetOfferId,
        targetOfferName: findOffer(targetOfferId)?.name ?? targetOfferId,
        quantity: row.quantity,
        etag: row.etag,
      })
    }
  }
  return {
    items,
    refused,
    seats: items.reduce((n, item) => n + item.quantity, 0),
    customers: new Set(items.map((item) => item.customerId)).size,
  }
}
