import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { apiRequest } from './client'
import { queryKeys } from './query-keys'
import {
  type SubscribedSku,
  type Subscription,
  subscribedSkuCollectionSchema,
  subscriptionCollectionSchema,
  subscriptionSchema,
} from './subscription-schemas'

const customerPath = (customerId: string) => `/customers/${encodeURIComponent(customerId)}`

export async function fetchSubscriptions(customerId: string, signal?: AbortSignal): Promise<Subscription[]> {
  const { data } = await apiRequest({
    path: `${customerPath(customerId)}/subscriptions`,
    schema: subscriptionCollectionSchema,
    signal,
  })
  return data.items
}

export const subscriptionsQueryOptions = (customerId: string) =>
  queryOptions({
    queryKey: queryKeys.subscriptions(customerId),
    queryFn: ({ signal }) => fetchSubscriptions(customerId, signal),
  })

/** The tenant's licenses from every channel: how the partner learns of multichannel holdings. */
export async function fetchSubscribedSkus(customerId: string, signal?: AbortSignal): Promise<SubscribedSku[]> {
  const { data } = await apiRequest({
    path: `${customerPath(customerId)}/subscribedskus`,
    schema: subscribedSkuCollectionSchema,
    signal,
  })
  return data.items
}

export const subscribedSkusQueryOptions = (customerId: string) =>
  queryOptions({
    queryKey: queryKeys.subscribedSkus(customerId),
    queryFn: ({ signal }) => fetchSubscribedSkus(customerId, signal),
  })

export interface QuantityChange {
  readonly subscription: Subscription
  readonly quantity: number
  /** One id per attempt: a retry of the same change reuses it, so it is not applied twice. */
  readonly requestId: string
}

/** PATCH the subscription with its new quantity; If-Match makes a stale change fail with 412. */
export async function changeQuantity(customerId: string, change: QuantityChange): Promise<Subscription> {
  const { subscription, quantity, requestId } = change
  const etag = subscription.attributes?.etag
  const { data } = await apiRequest({
    path: `${customerPath(customerId)}/subscriptions/${encodeURIComponent(subscription.id)}`,
    method: 'PATCH',
    schema: subscriptionSchema,
    body: { ...subscription, quantity },
    requestId,
    headers: etag ? { 'If-Match': etag } : undefined,
  })
  return data
}

export function useChangeQuantity(customerId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (change: QuantityChange) => changeQuantity(customerId, change),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.subscriptions(customerId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.subscribedSkus(customerId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.auditRecords() }),
      ]),
  })
}

/**
 * The latest known state of one subscription: dialogs decide on it, so that after a 409/412 and
 * the refetch that follows, the agent sees, and submits against, the fresh data and ETag.
 */
export function useLiveSubscription(customerId: string, initial: Subscription): Subscription {
  const { data } = useQuery({
    ...subscriptionsQueryOptions(customerId),
    select: (subscriptions) => subscriptions.find((s) => s.id === initial.id),
  })
  return data ?? initial
}
