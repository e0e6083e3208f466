import { type HttpHandler, HttpResponse, http } from 'msw/http'
import { delay } from 'msw/utils/delay'
import { DEMO_FAULT_KINDS, type DemoFaultKind } from '../src/api/demo-controls'
import { describeProblem, toUpgradeError } from '../src/rules/describe'
import { checkUpgradeRequest, evaluateSubscription, indexCustomer, type UpgradeType } from '../src/rules/eligibility'
import { findOffer } from '../src/rules/offers'
import { checkQuantityChange } from '../src/rules/quantity'
import { canManageSubscriptions, type PartnerRole } from '../src/rules/roles'
import { type DemoPrincipal, readDemoToken } from './auth'
import { base64UrlDecode, base64UrlEncode } from './base64url'
import {
  createDatabase,
  type Database,
  DatabaseError,
  type DbCustomer,
  type DbSubscription,
  toSubscriptionFacts,
} from './db'
import { MOCK_ERROR_CODES as CODES, errorReply, fail, type Reply, ReplyError } from './errors'
import { collectionJsonStream, isLargeCollection } from './json-stream'
import { isGuid } from './scenario'
import { defaultScenario } from './scenarios/default-scenario'
import {
  collection,
  link,
  seekCollection,
  wireCustomer,
  wireSubscribedSkus,
  wireSubscription,
  wireUpgrade,
} from './wire'
import { READ_ONLY_FIELDS, requestedPageSize, withCanonicalNames } from './wire-compat'

/**
 * The mocked Partner Center REST v1 API (DOMAIN.md), as MSW handlers over a mock database.
 * Paths match any origin ('*\/v1/...'), so the client may use a relative or an absolute base URL.
 */
export interface HandlerOptions {
  /** Delay before each response, in ms (a number, or read on each request). Default: settings.latencyMs, else 0. */
  readonly latencyMs?: number | (() => number)
  /** Read on every request: latency (unless latencyMs is given) and the injected fault. */
  readonly settings?: MockSettings
}

/**
 * Faults the demo and the tests can inject (setFault), each as Partner Center would show it:
 * - server_error: 500 with an error body
 * - throttled: 429 with `Retry-After: 2` and an error body
 * - timeout: no answer at all (the client's own timeout or abort ends the wait)
 * - network: the connection fails (fetch rejects)
 * - conflict: 409, the subscription's state does not allow the change right now
 * - precondition_failed: 412, the subscription changed since it was loaded
 * A faulted request never reaches the database: nothing changes and no reply is stored.
 */
// The kinds the demo panel offers (src/api/demo-controls.ts): one list for both sides.
export const FAULT_KINDS = DEMO_FAULT_KINDS
export type FaultKind = DemoFaultKind

/** `next`: the next /v1 request only, then the fault clears itself; `all`: every request until cleared. */
export const FAULT_SCOPES = ['next', 'all'] as const
export type FaultScope = (typeof FAULT_SCOPES)[number]

export interface MockFault {
  readonly kind: FaultKind
  readonly scope: FaultScope
}

export interface MockSettings {
  /** Delay before each response, in ms: a number, or a function read on each request (e.g. random). */
  latencyMs: number | (() => number)
  /** The fault the next (or every) request meets; null: none. */
  fault: MockFault | null
  /** Called when a request changed these settings (used up a `next` fault), e.g. to refresh a demo panel. */
  onChange?: () => void
}

export function isFaultKind(value: unknown): value is FaultKind {
  return typeof value === 'string' && (FAULT_KINDS as readonly string[]).includes(value)
}

export function createMockSettings(): MockSettings {
  return { latencyMs: 0, fault: null }
}

/** The seconds a throttled (429) reply asks the client to wait. */
export const THROTTLED_RETRY_AFTER_SECONDS = 2

export const HEADER = {
  requestId: 'MS-RequestId',
  correlationId: 'MS-CorrelationId',
  continuationToken: 'MS-ContinuationToken',
  ifMatch: 'If-Match',
  etag: 'ETag',
} as const

export const DEFAULT_PAGE_SIZE = 100
export const MAX_PAGE_SIZE = 500

interface RouteContext {
  readonly request: Request
  readonly url: URL
  readonly params: Readonly<Record<string, string>>
  readonly principal: DemoPrincipal
  /** The request body as text ('' for GET). */
  readonly bodyText: string
}

type Route = (ctx: RouteContext) => Reply

const EXPOSED_HEADERS = [HEADER.requestId, HEADER.correlationId, HEADER.etag, 'Retry-After'].join(', ')

function newGuid(): string {
  return crypto.randomUUID()
}

function stringParams(
  params: Readonly<Record<string, string | readonly string[] | undefined>>,
): Record<string, string> {
  const result: Record<string, string> = {}
  for (const [key, value] of Object.entries(params)) if (typeof value === 'string') result[key] = value
  return result
}

function same(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase()
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function parseJsonBody(text: string): Record<string, unknown> {
  if (text.trim() === '') fail(400, CODES.invalidInput, 'The request body is empty; send a JSON object.')
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    fail(400, CODES.invalidInput, 'The request body is not valid JSON.')
  }
  if (!isRecord(value)) fail(400, CODES.invalidInput, 'The request body must be a JSON object.')
  return withCanonicalNames(value)
}

function roleText(role: PartnerRole): string {
  return role.replace(/_/g, ' ')
}

function roleForbidden(principal: DemoPrincipal, action: string): Reply {
  return errorReply(
    403,
    CODES.roleForbidden,
    `Access denied: the role "${roleText(principal.role)}" may view subscriptions but not ${action}. Ask an admin agent, sales agent, helpdesk agent, global admin or user management admin.`,
  )
}

function requireRole(principal: DemoPrincipal, action: string): void {
  if (!canManageSubscriptions(principal.role)) throw new ReplyError(roleForbidden(principal, action))
}

/** The upgradeType of a request: Partner Center's names, case-insensitive, or their numbers 0-2. */
export function parseUpgradeType(value: unknown): UpgradeType | undefined {
  if (typeof value === 'number') return (['none', 'upgrade_only', 'upgrade_with_license_transfer'] as const)[value]
  if (typeof value !== 'string') return undefined
  const key = value.trim().toLowerCase().replace(/_/g, '')
  if (/^[0-2]$/.test(key)) return parseUpgradeType(Number(key))
  if (key === 'none') return 'none'
  if (key === 'upgradeonly') return 'upgrade_only'
  if (key === 'upgradewithlicensetransfer') return 'upgrade_with_license_transfer'
  return undefined
}

/** ETags compare without weak prefix and quotes. */
function normalizeEtag(value: string): string {
  return value
    .trim()
    .replace(/^W\//, '')
    .replace(/^"(.*)"$/, '$1')
}

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
  if (raw === null || raw.trim() === '') return undefined
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch {
    fail(400, CODES.invalidInput, 'The filter is not valid JSON.')
  }
  if (!isRecord(value)) fail(400, CODES.invalidInput, 'The filter must be a JSON object.')
  const field = value.Field ?? value.field
  const text = value.Value ?? value.value
  const operator = value.Operator ?? value.operator
  if (field !== 'CompanyName' && field !== 'Domain') {
    fail(400, CODES.invalidInput, 'The filter Field must be "CompanyName" or "Domain".')
  }
  if (typeof text !== 'string') fail(400, CODES.invalidInput, 'The filter Value must be a string.')
  if (operator !== 'starts_with') fail(400, CODES.invalidInput, 'The filter Operator must be "starts_with".')
  return { field, value: text }
}

function continuationToken(continuation: Continuation): string {
  return base64UrlEncode(JSON.stringify(continuation))
}

function readContinuation(token: string): Continuation {
  const text = base64UrlDecode(token.trim())
  let value: unknown
  try {
    value = text === undefined ? undefined : JSON.parse(text)
  } catch {
    value = undefined
  }
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
  const size = requestedPageSize(raw)
  if (size === undefined) return fallback
  if (!Number.isInteger(size) || size < 1) fail(400, CODES.invalidInput, 'size must be a whole number of at least 1.')
  return Math.min(size, MAX_PAGE_SIZE)
}

const companyNames = new Intl.Collator('en', { sensitivity: 'base' })

function byCompanyName(a: DbCustomer, b: DbCustomer): number {
  return companyNames.compare(a.companyName, b.companyName) || a.id.toLowerCase().localeCompare(b.id.toLowerCase())
}

/**
 * The customers sorted by company name, computed once per customer list: the list is replaced
 * as a whole by reset and restore and never changed in place, and a partner may have thousands.
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

function subscriptionReply(sub: DbSubscription): Reply {
  return { status: 200, body: wireSubscription(sub), headers: { [HEADER.etag]: sub.etag } }
}

/** The reply of an injected fault; undefined for the faults that send none (timeout, network). */
function faultReply(kind: FaultKind): Reply | undefined {
  switch (kind) {
    case 'server_error':
      return errorReply(
        500,
        CODES.serviceError,
        'Partner Center could not process the request because of an internal error (simulated fault). Try again later.',
      )
    case 'throttled':
      return errorReply(
        429,
        CODES.throttled,
        `Too many requests (simulated fault): wait ${THROTTLED_RETRY_AFTER_SECONDS} seconds, then try again.`,
        [],
        { 'Retry-After': String(THROTTLED_RETRY_AFTER_SECONDS) },
      )
    case 'conflict':
      return errorReply(
        409,
        CODES.conflict,
        'Another operation on this subscription is in progress (simulated fault). Reload it and try again.',
      )
    case 'precondition_failed':
      return errorReply(
        412,
        CODES.preconditionFailed,
        'The subscription changed since you loaded it (simulated fault). Reload it and try again.',
      )
    case 'timeout':
    case 'network':
      return undefined
  }
}

export function createHandlers(db: Database, options: HandlerOptions = {}): HttpHandler[] {
  const { settings } = options
  const latency = (): number => {
    const setting = options.latencyMs ?? settings?.latencyMs
    const value = typeof setting === 'function' ? setting() : setting
    return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0
  }
  /** The fault this request meets; a `next` one is used up by taking it. */
  const takeFault = (): FaultKind | undefined => {
    const fault = settings?.fault
    if (!fault) return undefined
    if (fault.scope === 'next') {
      settings.fault = null
      try {
        settings.onChange?.()
      } catch (error) {
        console.error('Mock settings listener failed:', error)
      }
    }
    return fault.kind
  }

  const requireCustomer = (customerId: string): DbCustomer => {
    const customer = db.findCustomer(customerId)
    if (!customer) fail(404, CODES.notFound, 'Customer not found.')
    if (customer.relationshipToPartner === 'none') {
      fail(403, CODES.noRelationship, `The partner has no relationship with customer ${customer.id}.`)
    }
    return customer
  }

  const requireSubscription = (customerId: string, subscriptionId: string): DbSubscription => {
    const customer = requireCustomer(customerId)
    const sub = db.findSubscription(customer.id, subscriptionId)
    if (!sub) fail(404, CODES.notFound, 'Subscription not found.')
    return sub
  }

  /** Latency, auth, id echo, idempotent replays and error mapping around a route. */
  const handle = (
    method: 'get' | 'post' | 'patch' | 'all',
    path: string,
    route: Route,
    { idempotent = false }: { idempotent?: boolean } = {},
  ): HttpHandler =>
    http[method](path, async ({ request, params }) => {
      // Taken at once, so that of two requests in flight exactly one meets a `next` fault.
      const fault = takeFault()
      const ms = latency()
      if (ms > 0) await delay(ms)
      if (fault === 'network') return HttpResponse.error()
      if (fault === 'timeout') {
        await delay('infinite')
        return HttpResponse.error()
      }
      const sentRequestId = request.headers.get(HEADER.requestId)?.trim() || undefined
      const echo = {
        [HEADER.requestId]: sentRequestId ?? newGuid(),
        [HEADER.correlationId]: request.headers.get(HEADER.correlationId)?.trim() || newGuid(),
      }
      // A long collection (a large customer's subscriptions) is written a slice at a time.
      const bodyOf = (body: unknown) =>
        body === undefined ? null : isLargeCollection(body) ? collectionJsonStream(body) : JSON.stringify(body)
      const respond = (reply: Reply) =>
        new HttpResponse(bodyOf(reply.body), {
          status: reply.status,
          headers: {
            'Content-Type': 'application/json; charset=utf-8',
            'Access-Control-Expose-Headers': EXPOSED_HEADERS,
            ...reply.headers,
            ...echo,
          },
        })

      const faulted = fault ? faultReply(fault) : undefined
      if (faulted) return respond(faulted)

      const principal = readDemoToken(request.headers.get('Authorization'))
      if (!principal) {
        return respond(
          errorReply(
            401,
            CODES.unauthenticated,
            'Access denied: send a valid token in the Authorization header (Bearer <token>).',
            [],
            { 'WWW-Authenticate': 'Bearer' },
          ),
        )
      }
      // Writes must be idempotent (DOMAIN.md): without a request id a retry could act twice.
      if (idempotent && !sentRequestId) {
        return respond(
          errorReply(
            400,
            CODES.invalidInput,
            `The ${HEADER.requestId} header is required on ${request.method}: send a new GUID per operation, and the same one when you retry it, so that it is done only once.`,
          ),
        )
      }
      if (idempotent && sentRequestId && !isGuid(sentRequestId)) {
        return respond(
          errorReply(400, CODES.invalidInput, `The ${HEADER.requestId} header must be a GUID, not "${sentRequestId}".`),
        )
      }
      // Read the body before looking up a stored reply: from here to storing the new reply
      // nothing awaits, so two identical requests cannot both act.
      const bodyText = request.method === 'GET' || request.method === 'HEAD' ? '' : await request.text()
      const url = new URL(request.url)
      const replayKey = idempotent
        ? `${request.method} ${url.pathname.toLowerCase()} ${sentRequestId?.toLowerCase()}`
        : undefined
      const stored = replayKey ? db.recallReply(replayKey) : undefined
      if (stored) return respond(stored)

      let reply: Reply
      try {
        reply = route({ request, url, params: stringParams(params), principal, bodyText })
      } catch (error) {
        if (error instanceof ReplyError) reply = error.reply
        else if (error instanceof DatabaseError) {
          reply =
            error.reason === 'invalid_operation'
              ? errorReply(400, CODES.invalidInput, error.message)
              : errorReply(404, CODES.notFound, error.message)
        } else {
          reply = errorReply(500, CODES.internal, `Undefined exception in the mock: ${String(error)}`)
        }
      }
      if (replayKey && reply.status >= 200 && reply.status < 300)
        db.rememberReply(replayKey, {
          status: reply.status,
          body: structuredClone(reply.body),
          headers: reply.headers ?? {},
        })
      return respond(reply)
    })

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
    return { status: 200, body: seekCollection(page.map(wireCustomer), link(uri), next, nextToken) }
  }

  const getCustomer: Route = ({ params }) => ({
    status: 200,
    body: wireCustomer(requireCustomer(params.customerId ?? '')),
  })

  const listSubscriptions: Route = ({ params }) => {
    const customer = requireCustomer(params.customerId ?? '')
    const subs = db.subscriptionsOf(customer.id)
    return {
      status: 200,
      body: collection(subs.map(wireSubscription), link(`/customers/${customer.id}/subscriptions`)),
    }
  }

  const getSubscription: Route = ({ params }) =>
    subscriptionReply(requireSubscription(params.customerId ?? '', params.subscriptionId ?? ''))

  const listSubscribedSkus: Route = ({ params }) => {
    const customer = requireCustomer(params.customerId ?? '')
    return {
      status: 200,
      body: collection(wireSubscribedSkus(db, customer.id), link(`/customers/${customer.id}/subscribedskus`)),
    }
  }

  const patchSubscription: Route = ({ params, request, principal, bodyText }) => {
    const sub = requireSubscription(params.customerId ?? '', params.subscriptionId ?? '')
    requireRole(principal, 'change their license count')
    const body = parseJsonBody(bodyText)
    if (body.id !== undefined && (typeof body.id !== 'string' || !same(body.id, sub.id))) {
      fail(400, CODES.invalidInput, 'The subscription id in the body does not match the URL.')
    }
    if (body.quantity === undefined || body.quantity === null) {
      fail(400, CODES.invalidInput, 'quantity is required: the new number of licenses.')
    }
    if (typeof body.quantity !== 'number') fail(400, CODES.invalidInput, 'quantity must be a number.')
    // Optional, as in Partner Center (neither SDK sends it); when sent, it must match.
    const ifMatch = request.headers.get(HEADER.ifMatch)
    if (ifMatch !== null && normalizeEtag(ifMatch) !== sub.etag) {
      fail(
        412,
        CODES.preconditionFailed,
        'The subscription changed since you loaded it (ETag mismatch). Reload it and try again.',
      )
    }
    const current: Readonly<Record<(typeof READ_ONLY_FIELDS)[number], unknown>> = {
      offerId: sub.offerId,
      friendlyName: sub.friendlyName,
      status: sub.status,
      billingCycle: sub.billingCycle,
      termDuration: sub.termDuration,
      autoRenewEnabled: sub.autoRenewEnabled,
      parentSubscriptionId: sub.parentSubscriptionId,
    }
    const changed = READ_ONLY_FIELDS.filter((field) => {
      const sent = body[field]
      if (sent === undefined || sent === null) return false
      const value = current[field]
      if (field !== 'friendlyName' && typeof sent === 'string' && typeof value === 'string') return !same(sent, value)
      return sent !== value
    })
    if (changed.length > 0) {
      fail(
        400,
        CODES.invalidInput,
        `Only quantity can be changed here; ${changed.join(', ')} must be left as the subscription has ${changed.length === 1 ? 'it' : 'them'}.`,
      )
    }
    const offerName = findOffer(sub.offerId)?.name ?? sub.offerName
    const check = checkQuantityChange(sub, body.quantity, principal.role)
    if (!check.ok) {
      switch (check.reason) {
        case 'role_forbidden':
          return roleForbidden(principal, 'change their license count')
        case 'not_active':
          return errorReply(
            409,
            CODES.conflict,
            `The subscription is ${check.status}; only an active subscription's license count can change.`,
          )
        case 'unknown_offer':
          return errorReply(400, CODES.invalidProperty, `The offer ${sub.offerId} is not in the catalog.`)
        case 'not_whole_number':
          return errorReply(400, CODES.invalidProperty, 'quantity must be a whole number.')
        case 'below_minimum':
          return errorReply(400, CODES.invalidProperty, `quantity must be at least ${check.minimum} for ${offerName}.`)
        case 'above_maximum':
          return errorReply(
            400,
            CODES.invalidProperty,
            `quantity must be at most ${check.maximum} for ${offerName} (its maximum number of licenses).`,
          )
      }
    }
    const updated = check.quantity === sub.quantity ? sub : db.setQuantity(sub.customerId, sub.id, check.quantity)
    return subscriptionReply(updated)
  }

  const listUpgrades: Route = ({ params, principal }) => {
    const sub = requireSubscription(params.customerId ?? '', params.subscriptionId ?? '')
    requireRole(principal, 'upgrade them')
    const facts = db.customerFacts(sub.customerId)
    const eligibility = evaluateSubscription(toSubscriptionFacts(sub), indexCustomer(facts), principal.role)
    return {
      status: 200,
      body: collection(
        eligibility.targets.map(wireUpgrade),
        link(`/customers/${sub.customerId}/subscriptions/${sub.id}/upgrades`),
      ),
    }
  }

  const postUpgrade: Route = ({ params, principal, bodyText }) => {
    const sub = requireSubscription(params.customerId ?? '', params.subscriptionId ?? '')
    requireRole(principal, 'upgrade them')
    const body = parseJsonBody(bodyText)
    const targetOffer = body.targetOffer
    if (!isRecord(targetOffer) || typeof targetOffer.id !== 'string' || targetOffer.id.trim() === '') {
      fail(400, CODES.invalidInput, 'targetOffer.id is required: the id of the offer to upgrade to.')
    }
    if (body.upgradeType === undefined || body.upgradeType === null) {
      fail(400, CODES.invalidInput, 'upgradeType is required: upgrade_with_license_transfer or upgrade_only.')
    }
    const upgradeType = parseUpgradeType(body.upgradeType)
    if (!upgradeType) {
      fail(400, CODES.invalidInput, 'upgradeType must be upgrade_with_license_transfer (2) or upgrade_only (1).')
    }
    if (typeof body.quantity !== 'number') fail(400, CODES.invalidInput, 'quantity is required and must be a number.')
    const request = { targetOfferId: targetOffer.id, quantity: body.quantity, upgradeType }
    const check = checkUpgradeRequest(
      toSubscriptionFacts(sub),
      db.customerFacts(sub.customerId),
      principal.role,
      request,
    )
    const targetName = findOffer(request.targetOfferId)?.name ?? request.targetOfferId
    if (!check.ok) {
      switch (check.reason) {
        case 'role_forbidden':
          return roleForbidden(principal, 'upgrade them')
        case 'invalid_upgrade_type':
          return errorReply(
            400,
            CODES.invalidInput,
            'upgradeType none cannot be submitted: choose upgrade_with_license_transfer or upgrade_only.',
          )
        case 'invalid_quantity':
          return errorReply(
            400,
            CODES.invalidProperty,
            `quantity must be a whole number from ${check.minimum} to ${check.maximum} for an upgrade of this subscription to ${targetName}.`,
          )
        case 'ineligible':
          return errorReply(
            400,
            CODES.upgradeNotEligible,
            `The subscription cannot be upgraded to ${targetName}. ${check.problems.map(describeProblem).join(' ')}`,
            check.problems.map(toUpgradeError),
          )
      }
    }
    const outcome = db.upgrade(sub.customerId, sub.id, {
      targetOfferId: check.target.offer.id,
      quantity: check.quantity,
      upgradeType: check.upgradeType,
    })
    return {
      status: 200,
      body: {
        sourceSubscriptionId: outcome.source.id,
        targetSubscriptionId: outcome.target.id,
        upgradeType: outcome.upgradeType,
        upgradeErrors: [],
        licenseErrors: outcome.licenseErrors,
        attributes: { objectType: 'UpgradeResult' },
      },
    }
  }

  const notFound: Route = ({ request, url }) =>
    errorReply(404, CODES.routeNotFound, `Not found: ${request.method} ${url.pathname} is not part of this API.`)

  const customer = '*/v1/customers/:customerId'
  const subscription = `${customer}/subscriptions/:subscriptionId`
  return [
    handle('get', '*/v1/customers', listCustomers),
    handle('get', customer, getCustomer),
    handle('get', `${customer}/subscriptions`, listSubscriptions),
    handle('get', `${customer}/subscribedskus`, listSubscribedSkus),
    handle('get', subscription, getSubscription),
    handle('patch', subscription, patchSubscription, { idempotent: true }),
    handle('get', `${subscription}/upgrades`, listUpgrades),
    handle('post', `${subscription}/upgrades`, postUpgrade, { idempotent: true }),
    handle('all', '*/v1/customers', notFound),
    handle('all', '*/v1/customers/*', notFound),
  ]
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  const result: { [P in K]?: V } = {}
  if (value !== undefined) result[key] = value
  return result
}

/**
 * Settings of the default handlers, read on every request: set latencyMs for the demo, and
 * inject faults with setFault.
 */
export const mockSettings: MockSettings = createMockSettings()

/**
 * Injects a fault into the requests of `settings` (default: the default handlers'), or clears it
 * with null. Throws a TypeError for an unknown kind or scope.
 */
export function setFault(fault: MockFault | null, settings: MockSettings = mockSettings): void {
  if (fault !== null) {
    if (!isFaultKind(fault.kind)) throw new TypeError(`Unknown fault kind: ${String(fault.kind)}`)
    if (!(FAULT_SCOPES as readonly string[]).includes(fault.scope)) {
      throw new TypeError(`Unknown fault scope: ${String(fault.scope)}`)
    }
  }
  settings.fault = fault === null ? null : { kind: fault.kind, scope: fault.scope }
}

/** Clears any injected fault (same as setFault(null)). */
export function clearFault(settings: MockSettings = mockSettings): void {
  setFault(null, settings)
}

/** The mock database of the default scenario, shared by the browser worker and the Node server. */
export const db: Database = createDatabase(defaultScenario)

/** The one handler list over `db`, used by mocks/browser.ts and mocks/node.ts. */
export const handlers: HttpHandler[] = createHandlers(db, { settings: mockSettings })
