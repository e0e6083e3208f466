import { type InfiniteData, infiniteQueryOptions, queryOptions } from '@tanstack/react-query'
import { apiRequest } from './client'
import { queryKeys } from './query-keys'
import { type Customer, customerCollectionSchema, customerSchema } from './schemas'

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

export async function fetchCustomer(customerId: string, signal?: AbortSignal): Promise<Customer> {
  const { data } = await apiRequest({
    path: `/customers/${encodeURIComponent(customerId)}`,
    schema: customerSchema,
    signal,
  })
  return data
}

export const customerQueryOptions = (customerId: string) =>
  queryOptions({
    queryKey: queryKeys.customer(customerId),
    queryFn: ({ signal }) => fetchCustomer(customerId, signal),
  })

/** At most this many pages (of CUSTOMER_PAGE_SIZE) are read to find one customer in the list. */
const LISTED_PAGE_LIMIT = 50

/**
 * A customer as the customer list shows it, for a customer whose own address answers 403 (no
 * relationship): its name is still in GET /customers. Uses the list's pages already loaded, then
 * reads further pages until it is found; null if it is not in the list.
 */
export const listedCustomerQueryOptions = (customerId: string, loaded: InfiniteData<CustomerPage> | undefined) =>
  queryOptions({
    queryKey: [...queryKeys.customer(customerId), 'listed'] as const,
    queryFn: async ({ signal }): Promise<Customer | null> => {
      const wanted = customerId.toLowerCase()
      const find = (page: CustomerPage) => page.customers.find((c) => c.id.toLowerCase() === wanted)
      for (const page of loaded?.pages ?? []) {
        const found = find(page)
        if (found) return found
      }
      let continuation: string | undefined
      for (let read = 0; read < LISTED_PAGE_LIMIT; read++) {
        const page = await fetchCustomerPage(continuation, signal)
        const found = find(page)
        if (found) return found
        continuation = page.continuation
        if (!continuation) break
      }
      return null
    },
  })
