import { infiniteQueryOptions } from '@tanstack/react-query'
import { apiRequest } from './client'
import { queryKeys } from './query-keys'
import { type Customer, customerCollectionSchema } from './schemas'

/** Partner Center's page size for customers; a large partner's list arrives in pages. */
export const CUSTOMER_PAGE_SIZE = 200

export interface CustomerPage {
  readonly customers: Customer[]
  /** MS-ContinuationToken for the next page; undefined on the last one. */
  readonly continuation: string | undefined
}

/** One page of GET /customers; Partner Center's continuation token (links.next) leads to the next. */
export async function fetchCustomerPage(continuation: string | undefined, signal?: AbortSignal): Promise<CustomerPage> {
  const { data } = await apiRequest({
    path: `/customers?size=${CUSTOMER_PAGE_SIZE}`,
    schema: customerCollectionSchema,
    headers: continuation ? { 'MS-ContinuationToken': continuation } : undefined,
    signal,
  })
  const next = data.links?.next
  const token = next?.headers?.find((h) => h.key.toLowerCase() === 'ms-continuationtoken')?.value
  return { customers: data.items, continuation: token || undefined }
}

export const customersQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: queryKeys.customers(),
    queryFn: ({ pageParam, signal }) => fetchCustomerPage(pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last: CustomerPage) => last.continuation,
  })
