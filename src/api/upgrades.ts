import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import type { UpgradeType } from '../rules/eligibility'
import { apiRequest } from './client'
import { queryKeys } from './query-keys'
import {
  type Subscription,
  type Upgrade,
  type UpgradeResult,
  upgradeCollectionSchema,
  upgradeResultSchema,
} from './subscription-schemas'
import { fetchSubscription } from './subscriptions'

const upgradesPath = (customerId: string, subscriptionId: string) =>
  `/customers/${encodeURIComponent(customerId)}/subscriptions/${encodeURIComponent(subscriptionId)}/upgrades`

/** Error codes come as numbers or strings ("4" or "concurrency_conflicts"). */
export function normalizeErrorCode(value: string | number): number | string {
  if (typeof value === 'number') return value
  return /^\d+$/.test(value) ? Number(value) : value
}

export async function fetchUpgrades(customerId: string, subscriptionId: string, signal?: AbortSignal) {
  const { data } = await apiRequest({
    path: upgradesPath(customerId, subscriptionId),
    schema: upgradeCollectionSchema,
    signal,
  })
  return data.items
}

export const upgradesQueryOptions = (customerId: string, subscriptionId: string) =>
  queryOptions({
    queryKey: queryKeys.upgrades(customerId, subscriptionId),
    queryFn: ({ signal }) => fetchUpgrades(customerId, subscriptionId, signal),
    // The dialog must decide on fresh data: eligibility can change while the agent looks.
    staleTime: 0,
  })

export interface UpgradeSubmission {
  readonly upgrade: Upgrade
  readonly quantity: number
  readonly upgradeType: Exclude<UpgradeType, 'none'>
  /** One id per attempt: a retry after a timeout reuses it, so the upgrade is not done twice. */
  readonly requestId: string
  /** The source subscription's ETag as the agent saw it: a source changed since is refused (412). */
  readonly sourceEtag?: string
}

export async function submitUpgrade(
  customerId: string,
  subscriptionId: string,
  submission: UpgradeSubmission,
  signal?: AbortSignal,
): Promise<UpgradeResult> {
  const { data } = await apiRequest({
    path: upgradesPath(customerId, subscriptionId),
    method: 'POST',
    schema: upgradeResultSchema,
    body: { ...submission.upgrade, quantity: submission.quantity, upgradeType: submission.upgradeType },
    requestId: submission.requestId,
    headers: submission.sourceEtag ? { 'If-Match': submission.sourceEtag } : undefined,
    signal,
  })
  return data
}

/** What an upgrade did: Partner Center's result, and the source as the service has it afterwards. */
export interface UpgradeOutcome {
  readonly result: UpgradeResult
  /** Undefined when it could not be read just after (the result view then says what was asked). */
  readonly source?: Subscription
}

export function useSubmitUpgrade(customerId: string, subscriptionId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (submission: UpgradeSubmission): Promise<UpgradeOutcome> => {
      const result = await submitUpgrade(customerId, subscriptionId, submission)
      // The UpgradeResult does not say what became of the source: read it, so that the result
      // states what happened (suspended, or the licenses it kept), never what was expected.
      const source = await fetchSubscription(customerId, subscriptionId).catch(() => undefined)
      return source ? { result, source } : { result }
    },
    // Success or failure, the server may have changed: show its current state.
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.subscriptions(customerId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.subscribedSkus(customerId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.auditRecords() }),
      ]),
  })
}
