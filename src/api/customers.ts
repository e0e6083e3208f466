import { queryOptions } from '@tanstack/react-query'
import { apiRequest } from './client'
import { queryKeys } from './query-keys'
import { type Customer, customerCollectionSchema, customerSchema } from './schemas'

const PAGE_SIZE = 100
/** A guard against a server that keeps sending continuation tokens. */
const MAX_PAGES = 200

/** GET /customers, following Partner Center's continuation token (links.next) to the end. */
export async function fetchAllCustomers(signal?: AbortSignal): Promise<Customer[]> {
  const customers: Customer[] = []
  let continuation: Record<string, string> | undefined
  for (let page = 0; page < MAX_PAGES; page++) {
    const { data } = await apiRequest({
      path: `/customers?size=${PAGE_SIZE}`,
      schema: customerCollectionSchema,
      headers: continuation,
      signal,
    })
    customers.push(...data.items)
    const next = data.links?.next
    const token = next?.headers?.find((h) => h.key.toLowerCase() === 'ms-continuationtoken')?.value
    if (!token) break
    continuation = { 'MS-ContinuationToken': token }
  }
  return customers
}

export const customersQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.customers(),
    queryFn: ({ signal }) => fetchAllCustomers(signal),
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
