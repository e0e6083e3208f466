import { type InfiniteData, queryOptions } from '@tanstack/react-query'
import { apiRequest } from './client'
import { type CustomerPage, fetchCustomerPage } from './customers'
import { queryKeys } from './query-keys'
import { type Customer, customerSchema } from './schemas'

// GET /customers/{id}: one customer, for its page (customers.ts is the list, which the first
// screen shows; these load with the customer's page).

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
