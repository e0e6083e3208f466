import { useQueries, useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
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

// Rows mount and unmount while the agent scrolls: the answer is reused for a while. The upgrade
// dialog asks again (its own staleTime is 0) before anything is submitted.
const serviceUpgradesOptions = (customerId: string, subscriptionId: string) => ({
  ...upgradesQueryOptions(customerId, subscriptionId),
  staleTime: 60_000,
})

export function useServiceUpgrades(customerId: string, subscriptionId: string) {
  return useQuery(serviceUpgradesOptions(customerId, subscriptionId))
}

/** What the service said about one row's upgrades: still asking, or how many are eligible. */
export interface ServiceAnswer {
  readonly pending: boolean
  readonly eligible: number
}

/**
 * The service's answers for the rows in view that ask it, by subscription id. Asked by the table,
 * not by each row: a query per row (even a disabled one) put a query, its observer and a timer in
 * the cache for every one of 10,000 rows scrolled past, most of the scripting of a scroll frame.
 */
export function useServiceAnswers(
  customerId: string,
  subscriptionIds: readonly string[],
): ReadonlyMap<string, ServiceAnswer> {
  // From one scroll frame to the next the same rows ask, mostly none: the same queries then, so
  // that the observers are not set again on every frame.
  const key = JSON.stringify(subscriptionIds)
  const queries = useMemo(
    () => (JSON.parse(key) as string[]).map((id) => serviceUpgradesOptions(customerId, id)),
    [customerId, key],
  )
  const results = useQueries({ queries })
  const answers = new Map<string, ServiceAnswer>()
  subscriptionIds.forEach((id, at) => {
    const result = results[at]
    if (result) answers.set(id, { pending: result.isPending, eligible: eligibleUpgrades(result.data).length })
  })
  return answers
}

export function eligibleUpgrades(upgrades: readonly Upgrade[] | undefined): readonly Upgrade[] {
  return (upgrades ?? []).filter((upgrade) => upgrade.isEligible)
}
