import type { Database, DbCustomer } from '../db'
import { MOCK_ERROR_CODES as CODES, fail } from '../errors'
import { HEADER, type Route } from '../middleware'
import { customerMarket } from '../prices'
import { decodeContinuation, encodeContinuation, readFieldFilter, readPageSize } from '../query-params'
import { link, seekCollection, wireCustomer } from '../wire'
import { isRecord } from '../wire-compat'
import type { Lookups } from './shared'

/** The body of one customer (also what mocks/first-answers.ts prebuilds). */
export function customerBody(db: Database, customer: DbCustomer) {
  return wireCustomer(customer, customerMarket(db, customer.id))
}

/** Customers: the partner's list (sorted by company name, filtered, paged) and one customer. */
export const DEFAULT_PAGE_SIZE = 100
export const MAX_PAGE_SIZE = 500

interface CustomerFilter {
  readonly field: 'CompanyName' | 'Domain'
  readonly value: string
}

interface Continuation {
  readonly offset: number
  readonly filter?: CustomerFilter
  /** The first page's size: the SDKs' seek query sends only the token. */
  readonly size?: number
}

/** Partner Center's customer filter: URL-encoded JSON {"Field","Value","Operator":"starts_with"}. */
function parseFilter(raw: string | null): CustomerFilter | undefined {
  const filter = readFieldFilter(raw)
  if (!filter) return undefined
  const { field, value: text, operator } = filter
  if (field !== 'CompanyName' && field !== 'Domain') {
    fail(400, CODES.invalidInput, 'The filter Field must be "CompanyName" or "Domain".')
  }
  if (typeof text !== 'string') fail(400, CODES.invalidInput, 'The filter Value must be a string.')
  if (operator !== 'starts_with') fail(400, CODES.invalidInput, 'The filter Operator must be "starts_with".')
  return { field, value: text }
}

function continuationToken(continuation: Continuation): string {
  return encodeContinuation(continuation)
}

function readContinuation(token: string): Continuation {
  const value = decodeContinuation(token)
  if (!isRecord(value) || typeof value.offset !== 'number' || !Number.isInteger(value.offset) || value.offset < 0) {
    fail(400, CODES.invalidInput, 'The continuation token is not valid.')
  }
  const size = value.size
  if (size !== undefined && (typeof size !== 'number' || !Number.isInteger(size) || size < 1)) {
    fail(400, CODES.invalidInput, 'The continuation token is not valid.')
  }
  const filter = value.filter
  if (filter === undefined) return { offset: value.offset, ...optional('size', size) }
  if (
    !isRecord(filter) ||
    (filter.field !== 'CompanyName' && filter.field !== 'Domain') ||
    typeof filter.value !== 'string'
  ) {
    fail(400, CODES.invalidInput, 'The continuation token is not valid.')
  }
  return { offset: value.offset, filter: { field: filter.field, value: filter.value }, ...optional('size', size) }
}

function parseSize(raw: string | null, fallback = DEFAULT_PAGE_SIZE): number {
  return readPageSize(raw, fallback, MAX_PAGE_SIZE)
}

const companyNames = new Intl.Collator('en', { sensitivity: 'base' })

function byCompanyName(a: DbCustomer, b: DbCustomer): number {
  return companyNames.compare(a.companyName, b.companyName) || a.id.toLowerCase().localeCompare(b.id.toLowerCase())
}

/**
 * The customers sorted by company name, computed once per customer list: the list is replaced
 * as a whole by reset and load and never changed in place, and a partner may have thousands.
 */
const sortedCustomers = new WeakMap<readonly DbCustomer[], readonly DbCustomer[]>()

function customersByName(customers: readonly DbCustomer[]): readonly DbCustomer[] {
  let sorted = sortedCustomers.get(customers)
  if (!sorted) {
    sorted = [...customers].sort(byCompanyName)
    sortedCustomers.set(customers, sorted)
  }
  return sorted
}

function matchesFilter(customer: DbCustomer, filter: CustomerFilter | undefined): boolean {
  if (!filter) return true
  const text = filter.field === 'CompanyName' ? customer.companyName : customer.domain
  return text.toLowerCase().startsWith(filter.value.toLowerCase())
}

export function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  const result: { [P in K]?: V } = {}
  if (value !== undefined) result[key] = value
  return result
}

export function customerRoutes(db: Database, { requireCustomer }: Lookups) {
  const listCustomers: Route = ({ request, url }) => {
    const token = request.headers.get(HEADER.continuationToken)
    const continuation: Continuation = token
      ? readContinuation(token)
      : { offset: 0, ...optional('filter', parseFilter(url.searchParams.get('filter'))) }
    const size = parseSize(url.searchParams.get('size'), continuation.size)
    const all = customersByName(db.state.customers).filter((c) => matchesFilter(c, continuation.filter))
    const end = continuation.offset + size
    const page = all.slice(continuation.offset, end)
    const uri = `/customers?size=${size}`
    const nextToken =
      end < all.length
        ? continuationToken({ offset: end, ...optional('filter', continuation.filter), size })
        : undefined
    const next = nextToken ? link(uri, 'GET', [{ key: HEADER.continuationToken, value: nextToken }]) : undefined
    const wire = (c: DbCustomer) => customerBody(db, c)
    return { status: 200, body: seekCollection(page.map(wire), link(uri), next, nextToken) }
  }

  const getCustomer: Route = ({ params }) => ({
    status: 200,
    body: customerBody(db, requireCustomer(params.customerId ?? '')),
  })

  return { listCustomers, getCustomer }
}
