import {
  queryOptions,
  experimental_streamedQuery as streamedQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query'
import { useState } from 'react'
import { apiRequest } from './client'
import { apiCollectionStream, type CollectionBatch } from './collection-stream'
import { queryKeys } from './query-keys'
import {
  type SubscribedSku,
  type Subscription,
  subscribedSkuCollectionSchema,
  subscriptionCollectionSchema,
  subscriptionSchema,
} from './subscription-schemas'

const customerPath = (customerId: string) => `/customers/${encodeURIComponent(customerId)}`

/** A customer's subscriptions as far as they have arrived: a large customer's list fills in. */
export interface SubscriptionList {
  readonly items: readonly Subscription[]
  /** How many the answer says there are, once read. */
  readonly totalCount: number | undefined
  /** Every subscription has arrived and been validated. */
  readonly complete: boolean
}

const NO_SUBSCRIPTIONS: SubscriptionList = { items: [], totalCount: undefined, complete: false }

/** A customer's whole list in one read, validated whole (the opportunities scan reads many customers). */
export async function fetchSubscriptions(customerId: string, signal?: AbortSignal): Promise<Subscription[]> {
  const { data } = await apiRequest({
    path: `${customerPath(customerId)}/subscriptions`,
    schema: subscriptionCollectionSchema,
    signal,
  })
  return data.items
}

/** A whole list, as the list query keeps it. */
export function completeSubscriptionList(items: readonly Subscription[]): SubscriptionList {
  return { items, totalCount: items.length, complete: true }
}

/** The customer's subscriptions, in batches as they arrive (the first screenful comes first). */
export function streamSubscriptions(
  customerId: string,
  signal?: AbortSignal,
): AsyncGenerator<CollectionBatch<Subscription>, void, undefined> {
  return apiCollectionStream({
    path: `${customerPath(customerId)}/subscriptions`,
    itemSchema: subscriptionSchema,
    signal,
  })
}

/**
 * The list fills in as it arrives, so that the first rows of 10,000 show at once; a refetch (after
 * a change) keeps showing the current list until the new one is complete, then replaces it.
 */
export const subscriptionsQueryOptions = (customerId: string) =>
  queryOptions({
    queryKey: queryKeys.subscriptions(customerId),
    queryFn: streamedQuery<CollectionBatch<Subscription>, SubscriptionList>({
      streamFn: ({ signal }) => streamSubscriptions(customerId, signal),
      refetchMode: 'replace',
      initialValue: NO_SUBSCRIPTIONS,
      reducer: (list, batch) => ({
        items: batch.items.length === 0 ? list.items : list.items.concat(batch.items),
        totalCount: batch.totalCount,
        complete: batch.done,
      }),
    }),
  })

/** One subscription as the service has it now (with its ETag). */
export async function fetchSubscription(
  customerId: string,
  subscriptionId: string,
  signal?: AbortSignal,
): Promise<Subscription> {
  const { data, headers } = await apiRequest({
    path: `${customerPath(customerId)}/subscriptions/${encodeURIComponent(subscriptionId)}`,
    schema: subscriptionSchema,
    signal,
  })
  const etag = headers.get('ETag')
  return etag && !data.attributes?.etag ? { ...data, attributes: { ...data.attributes, etag } } : data
}

/**
 * The tenant's licenses from every channel: how the partner learns of multichannel holdings. (One
 * request like fetchSubscriptions', which duplicates pairs with it by shape: another path, another schema.)
 */
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
    select: (subscriptions) => subscriptions.items.find((s) => s.id === initial.id),
  })
  return data ?? initial
}

function etagOf(subscription: Subscription): string | undefined {
  return subscription.attributes?.etag
}

/**
 * What a write dialog shows and decides on: the subscription as the agent saw it (its ETag goes
 * into If-Match), kept still while the agent decides, even when a refresh (another tab's change)
 * brings newer data, which `newer` then holds so that the dialog can say so. After a 412
 * (`refused`), the dialog moves to the latest data as soon as it arrives and `review` holds what
 * the agent had seen, so that it can show what changed.
 */
export function useReviewedSubscription(customerId: string, opened: Subscription) {
  const live = useLiveSubscription(customerId, opened)
  const [shown, setShown] = useState(opened)
  const [review, setReview] = useState<Subscription | null>(null)
  const [awaitingFresh, setAwaitingFresh] = useState(false)
  // Adjusted while rendering (not in an effect): the fresh data after a 412 is shown at once.
  if (awaitingFresh && etagOf(live) !== etagOf(shown)) {
    setShown(live)
    setAwaitingFresh(false)
  }
  const newer = etagOf(live) !== etagOf(shown) && !awaitingFresh ? live : undefined
  return {
    /** The subscription the dialog shows, and sends the ETag of. */
    shown,
    /** Newer data than shown (another agent or tab changed it): say so, offer to show it. */
    newer,
    /** After a 412: the subscription as the agent had seen it, to compare with `shown`. */
    review,
    /** The server refused with 412: show the latest data and what changed. */
    refused(): void {
      setReview(shown)
      if (etagOf(live) !== etagOf(shown)) setShown(live)
      else setAwaitingFresh(true)
    },
    /** The agent asked to see the newer data. */
    showLatest(): void {
      setReview(shown)
      setShown(live)
    },
  }
}
