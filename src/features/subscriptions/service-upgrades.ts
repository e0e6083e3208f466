import { useQuery } from '@tanstack/react-query'
import type { Upgrade } from '../../api/subscription-schemas'
import { upgradesQueryOptions } from '../../api/upgrades'
import type { SubscriptionEligibility } from '../../rules/eligibility'

/**
 * A subscription whose offer the catalog does not know (a real partner sells many more offers than
 * the article's table): the local rules cannot say whether it can be upgraded, so the service is
 * asked (`GET …/upgrades`), lazily: only rows that are rendered ask, and the virtualized table
 * renders only the rows in view. Known offers are explained by the local rules and ask nothing.
 */
export function asksService(eligibility: SubscriptionEligibility | undefined, status: string): boolean {
  return eligibility !== undefined && eligibility.sourceOffer === undefined && status === 'active'
}

export function useServiceUpgrades(customerId: string, subscriptionId: string, enabled: boolean) {
  return useQuery({
    ...upgradesQueryOptions(customerId, subscriptionId),
    enabled,
    // Rows mount and unmount while the agent scrolls: the answer is reused for a while. The upgrade
    // dialog asks again (its own staleTime is 0) before anything is submitted.
    staleTime: 60_000,
  })
}

export function eligibleUpgrades(upgrades: readonly Upgrade[] | undefined): readonly Upgrade[] {
  return (upgrades ?? []).filter((upgrade) => upgrade.isEligible)
}
