import { findOffer } from '../src/rules/offers'
import {
  AUDIT_RESOURCE_TYPES,
  type AuditOperationType,
  type AuditRecord,
  type AuditResourceType,
  auditLogOf,
  recordAudit,
} from './audit'
import type { Database } from './db'
import { MOCK_ERROR_CODES as CODES, type ErrorBody, fail, type Reply } from './errors'
import type { Route, RouteContext } from './middleware'
import { decodeContinuation, encodeContinuation, readFieldFilter, readPageSize } from './query-params'
import { collection, link, seekCollection, wireSubscription } from './wire'
import { isRecord, withCanonicalNames } from './wire-compat'

/**
 * GET /v1/auditrecords (Partner Center's "Get a record of Partner Center activity"), and the
 * wrapper that records each write's outcome in the audit log (mocks/audit.ts).
 */

/** The request body with Partner Center's property names in camelCase, whatever case was sent (wire-compat.ts). */
function parseBody(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text)
    return isRecord(value) ? withCanonicalNames(value) : {}
  } catch {
    return {}
  }
}

function refusal(reply: Reply): Record<string, string | number | undefined> {
  const body = reply.body as Partial<ErrorBody> | undefined
  return { HttpStatus: reply.status, ErrorCode: body?.code, ErrorDescription: body?.description }
}

/**
 * The audit record of one write (PATCH: update_subscription, POST .../upgrades:
 * upgrade_subscription): call it when the write starts, with the subscription as it is then, and
 * call what it returns with the write's reply, accepted (`succeeded`, the subscription before and
 * after) or refused (`failed`, the subscription as it stays and why). The middleware does so for
 * every outcome but an idempotent replay, so a retry is not recorded twice. Requests for an unknown
 * customer are not recorded: there is no customer to record them against.
 */
export function auditWrite(db: Database, ctx: RouteContext): (reply: Reply) => Reply {
  const operationType: AuditOperationType =
    ctx.request.method === 'POST' ? 'upgrade_subscription' : 'update_subscription'
  const customer = db.findCustomer(ctx.params.customerId ?? '')
  const found = customer ? db.findSubscription(customer.id, ctx.params.subscriptionId ?? '') : undefined
  // A new object of plain values: the record keeps what the subscription was before the write.
  const before = found ? wireSubscription(found) : undefined
  const body = parseBody(ctx.bodyText)
  const target = isRecord(body.targetOffer) ? body.targetOffer : {}
  const requested = {
    SubscriptionId: found?.id ?? ctx.params.subscriptionId,
    RequestedQuantity: typeof body.quantity === 'number' ? body.quantity : undefined,
    TargetOfferId: typeof target.id === 'string' ? target.id : undefined,
    TargetOfferName: typeof target.id === 'string' ? findOffer(target.id)?.name : undefined,
    UpgradeType:
      typeof body.upgradeType === 'string' || typeof body.upgradeType === 'number'
        ? String(body.upgradeType)
        : undefined,
  }
  return (reply) => {
    if (!customer) return reply
    const record = (
      status: 'succeeded' | 'failed',
      after: unknown,
      details: Record<string, string | number | undefined>,
    ) =>
      recordAudit(auditLogOf(db), {
        caller: ctx.principal,
        customer,
        resourceType: 'subscription',
        operationType,
        status,
        before,
        after,
        correlationId: ctx.correlationId,
        requestId: ctx.requestId,
        details: { ...requested, ...details },
      })
    if (reply.status < 200 || reply.status >= 300) {
      record('failed', before, refusal(reply))
      return reply
    }
    const result = isRecord(reply.body) ? reply.body : {}
    if (operationType === 'upgrade_subscription' && typeof result.targetSubscriptionId === 'string') {
      const created = db.findSubscription(customer.id, result.targetSubscriptionId)
      const licenseErrors = Array.isArray(result.licenseErrors) ? result.licenseErrors.length : 0
      record('succeeded', created ? wireSubscription(created) : undefined, {
        TargetSubscriptionId: result.targetSubscriptionId,
        LicenseErrors: licenseErrors,
      })
    } else {
      const now = found ? db.findSubscription(customer.id, found.id) : undefined
      record('succeeded', now ? wireSubscription(now) : reply.body, {})
    }
    return reply
  }
}

export const DEFAULT_AUDIT_PAGE_SIZE = 100
export const MAX_AUDIT_PAGE_SIZE = 500
/** Partner Center keeps the activity of the last 90 days; asking for older is a bad request. */
export const AUDIT_RETENTION_DAYS = 90
/** Without a startDate, the last 30 days. */
export const DEFAULT_AUDIT_DAYS = 30
const DAY_MS = 86_400_000

export type AuditFilter =
  | { readonly field: 'CompanyName'; readonly value: string }
  | { readonly field: 'CustomerId'; readonly value: string }
  | { readonly field: 'ResourceType'; readonly value: AuditResourceType }

interface AuditQuery {
  readonly start: number
  readonly end: number
  readonly filter?: AuditFilter
  readonly size: number
  /** How many records the log held at the first page: later ones do not shift the pages. */
  readonly asOf: number
  readonly offset: number
}

const FILTER_OPERATORS = { CompanyName: 'substring', CustomerId: 'equals', ResourceType: 'equals' } as const

/**
 * The filter: JSON {"Field","Value","Operator"}: CompanyName with substring, CustomerId or
 * ResourceType with equals (names compare case-insensitively, as the SDK's enums are written).
 */
function parseAuditFilter(raw: string | null): AuditFilter | undefined {
  const filter = readFieldFilter(raw)
  if (!filter) return undefined
  const { field: fieldText, value: text, operator } = filter
  const field = (Object.keys(FILTER_OPERATORS) as (keyof typeof FILTER_OPERATORS)[]).find(
    (f) => typeof fieldText === 'string' && f.toLowerCase() === fieldText.toLowerCase(),
  )
  if (!field) fail(400, CODES.invalidInput, 'The filter Field must be "CompanyName", "CustomerId" or "ResourceType".')
  if (typeof text !== 'string') fail(400, CODES.invalidInput, 'The filter Value must be a string.')
  const wanted = FILTER_OPERATORS[field]
  if (typeof operator !== 'string' || operator.toLowerCase() !== wanted) {
    fail(400, CODES.invalidInput, `The filter Operator for ${field} must be "${wanted}".`)
  }
  if (field === 'ResourceType') {
    const type = AUDIT_RESOURCE_TYPES.find((t) => t === text.toLowerCase())
    if (!type)
      fail(
        400,
        CODES.invalidInput,
        `The filter Value for ResourceType must be one of ${AUDIT_RESOURCE_TYPES.join(', ')}.`,
      )
    return { field, value: type }
  }
  return { field, value: text }
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/

function parseDate(raw: string | null, name: string, endOfDay: boolean): number | undefined {
  if (raw === null || raw.trim() === '') return undefined
  const text = raw.trim()
  const time = Date.parse(DATE_ONLY.test(text) ? `${text}T00:00:00Z` : text)
  if (Number.isNaN(time)) fail(400, CODES.invalidInput, `${name} must be an ISO 8601 date, not "${text}".`)
  // A date alone as endDate means the whole of that day.
  return endOfDay && DATE_ONLY.test(text) ? time + DAY_MS - 1 : time
}

function readToken(token: string): AuditQuery {
  const value = decodeContinuation(token)
  const whole = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v)
  if (
    !isRecord(value) ||
    !whole(value.start) ||
    !whole(value.end) ||
    !whole(value.size) ||
    !whole(value.asOf) ||
    !whole(value.offset) ||
    value.offset < 0 ||
    value.asOf < 0 ||
    value.size < 1 ||
    value.size > MAX_AUDIT_PAGE_SIZE
  ) {
    fail(400, CODES.invalidInput, 'The continuation token is not valid.')
  }
  let filter: AuditFilter | undefined
  if (value.filter !== undefined) {
    const f = value.filter
    if (!isRecord(f) || typeof f.field !== 'string' || typeof f.value !== 'string') {
      fail(400, CODES.invalidInput, 'The continuation token is not valid.')
    }
    filter = parseAuditFilter(
      JSON.stringify({
        Field: f.field,
        Value: f.value,
        Operator: FILTER_OPERATORS[f.field as keyof typeof FILTER_OPERATORS],
      }),
    )
  }
  return {
    start: value.start,
    end: value.end,
    size: value.size,
    asOf: value.asOf,
    offset: value.offset,
    ...(filter ? { filter } : {}),
  }
}

function matches(record: AuditRecord, query: AuditQuery): boolean {
  const time = Date.parse(record.operationDate)
  if (time < query.start || time > query.end) return false
  const { filter } = query
  if (!filter) return true
  switch (filter.field) {
    case 'CompanyName':
      return record.customerName.toLowerCase().includes(filter.value.toLowerCase())
    case 'CustomerId':
      return record.customerId.toLowerCase() === filter.value.toLowerCase()
    case 'ResourceType':
      return record.resourceType === filter.value
  }
}

/**
 * GET /v1/auditrecords?startDate=&endDate=&filter=&size=: the records of the period, newest
 * first, in pages (links.next carries MS-ContinuationToken, as for /customers).
 */
export function auditRecordsRoute(db: Database): Route {
  return ({ request, url }) => {
    const log = auditLogOf(db)
    log.sync()
    const token = request.headers.get('MS-ContinuationToken')
    let query: AuditQuery
    if (token) query = readToken(token)
    else {
      const now = log.now().getTime()
      const params = url.searchParams
      const start = parseDate(params.get('startDate'), 'startDate', false) ?? now - DEFAULT_AUDIT_DAYS * DAY_MS
      const end = parseDate(params.get('endDate'), 'endDate', true) ?? now
      // Whole days: "90 days ago" is any time on that day.
      if (Math.floor(start / DAY_MS) < Math.floor(now / DAY_MS) - AUDIT_RETENTION_DAYS) {
        fail(
          400,
          CODES.invalidInput,
          `startDate is more than ${AUDIT_RETENTION_DAYS} days ago: activity is kept for ${AUDIT_RETENTION_DAYS} days.`,
        )
      }
      if (end < start) fail(400, CODES.invalidInput, 'endDate is before startDate.')
      const filter = parseAuditFilter(params.get('filter'))
      query = {
        start,
        end,
        size: readPageSize(params.get('size'), DEFAULT_AUDIT_PAGE_SIZE, MAX_AUDIT_PAGE_SIZE),
        asOf: log.records().length,
        offset: 0,
        ...(filter ? { filter } : {}),
      }
    }
    const all = log
      .records()
      .slice(0, query.asOf)
      .filter((r) => matches(r, query))
      .reverse()
    const end = query.offset + query.size
    const page = all.slice(query.offset, end)
    const self = link(
      `/auditrecords?startDate=${new Date(query.start).toISOString()}&endDate=${new Date(query.end).toISOString()}&size=${query.size}`,
    )
    if (end >= all.length) return { status: 200, body: collection(page, self) }
    // As Partner Center's seek-based collections: the token in links.next and at the top level.
    const continuationToken = encodeContinuation({ ...query, offset: end })
    const next = link(`${self.uri}&seekOperation=Next`, 'GET', [
      { key: 'MS-ContinuationToken', value: continuationToken },
    ])
    return { status: 200, body: seekCollection(page, self, next, continuationToken) }
  }
}
