import { type HttpHandler, HttpResponse, http } from 'msw/http'
import { delay } from 'msw/utils/delay'
import { canManageSubscriptions, type PartnerRole } from '../src/rules/roles'
import { auditWrite } from './audit-handler'
import { type DemoPrincipal, readDemoToken } from './auth'
import { type Database, DatabaseError } from './db'
import { MOCK_ERROR_CODES as CODES, errorReply, type Reply, ReplyError } from './errors'
import { faultReply, latencyOf, type MockSettings, takeFault } from './faults'
import { bodyHash, type RequestBinding, recall, rememberUnchanged } from './idempotency'
import { collectionJsonStream, isLargeCollection } from './json-stream'
import type { OperationRequest, StoredReply } from './operations'
import { isGuid } from './scenario'

/**
 * The thin layer every route runs in, in this order: injected faults and latency, request and
 * correlation ids, authentication, then for a write: its MS-RequestId, authorization (before any
 * replay), the idempotency check and the route itself, alone among all writes of every tab
 * (Database.transaction). Errors thrown by a route become Partner Center error bodies.
 */
export const HEADER = {
  requestId: 'MS-RequestId',
  correlationId: 'MS-CorrelationId',
  continuationToken: 'MS-ContinuationToken',
  ifMatch: 'If-Match',
  etag: 'ETag',
} as const

const EXPOSED_HEADERS = [HEADER.requestId, HEADER.correlationId, HEADER.etag, 'Retry-After', 'Allow'].join(', ')

export interface RouteContext {
  readonly request: Request
  readonly url: URL
  readonly params: Readonly<Record<string, string>>
  readonly principal: DemoPrincipal
  /** The request body as text ('' for GET). */
  readonly bodyText: string
  /** The ids the reply echoes (MS-RequestId, MS-CorrelationId): sent, or made up here. */
  readonly requestId: string
  readonly correlationId: string
  /** For a write: the request, to record with the operation it makes (its reply is added after). */
  readonly operation?: OperationRequest
}

export type Route = (ctx: RouteContext) => Reply

/** Which reply of a route may be known before the database is loaded (mocks/first-answers.ts). */
export type EarlyAnswer = 'customer' | 'subscriptions'

/** A reply known before the database is loaded: its body is sent as it is (text, or a stream). */
export interface EarlyReply {
  readonly status: number
  readonly body: string | ReadableStream<Uint8Array>
  readonly headers?: Readonly<Record<string, string>>
}

/**
 * The database loading (the demo's start in the page, mocks/browser.ts): every request waits for
 * `ready` before its route runs, except a GET whose reply `early` knows already.
 */
export interface DatabaseLoading {
  readonly ready: Promise<void>
  early(answer: EarlyAnswer, params: Readonly<Record<string, string>>): EarlyReply | undefined
}

export interface MiddlewareOptions {
  /** Delay before each response, in ms (a number, or read on each request). Default: settings.latencyMs, else 0. */
  readonly latencyMs?: number | (() => number)
  /** Read on every request: latency (unless latencyMs is given) and the injected fault. */
  readonly settings?: MockSettings
  /** Read on every request: the database's load, while it is under way (default: none, ready). */
  readonly loading?: () => DatabaseLoading | undefined
}

/** A write route: what the caller must be allowed to do, in the 403's words. */
export interface WriteOptions {
  readonly action: string
}

function roleText(role: PartnerRole): string {
  return role.replace(/_/g, ' ')
}

export function roleForbidden(principal: DemoPrincipal, action: string): Reply {
  return errorReply(
    403,
    CODES.roleForbidden,
    `Access denied: the role "${roleText(principal.role)}" may view subscriptions but not ${action}. Ask an admin agent, sales agent, helpdesk agent, global admin or user management admin.`,
  )
}

function stringParams(
  params: Readonly<Record<string, string | readonly string[] | undefined>>,
): Record<string, string> {
  const result: Record<string, string> = {}
  for (const [key, value] of Object.entries(params)) if (typeof value === 'string') result[key] = value
  return result
}

/** The reply of a route, with every thrown error turned into a Partner Center error body. */
export function runRoute(route: Route, ctx: RouteContext): Reply {
  try {
    return route(ctx)
  } catch (error) {
    if (error instanceof ReplyError) return error.reply
    if (error instanceof DatabaseError) {
      return error.reason === 'invalid_operation'
        ? errorReply(400, CODES.invalidInput, error.message)
        : errorReply(404, CODES.notFound, error.message)
    }
    return errorReply(500, CODES.internal, 'The mock failed to process the request (an error in the mock itself).')
  }
}

function unauthenticated(): Reply {
  return errorReply(
    401,
    CODES.unauthenticated,
    'Access denied: send a valid token in the Authorization header (Bearer <token>).',
    [],
    { 'WWW-Authenticate': 'Bearer' },
  )
}

/** Why a write's MS-RequestId is not acceptable (undefined: it is). */
function requestIdProblem(method: string, requestId: string | undefined): Reply | undefined {
  // Writes must be idempotent (DOMAIN.md): without a request id a retry could act twice.
  if (!requestId) {
    return errorReply(
      400,
      CODES.invalidInput,
      `The ${HEADER.requestId} header is required on ${method}: send a new GUID per operation, and the same one when you retry it, so that it is done only once.`,
    )
  }
  if (!isGuid(requestId)) {
    return errorReply(400, CODES.invalidInput, `The ${HEADER.requestId} header must be a GUID, not "${requestId}".`)
  }
  return undefined
}

/** A write: authorized, then replayed, refused or done, alone among all writes. */
async function runWrite(db: Database, route: Route, ctx: RouteContext, write: WriteOptions): Promise<Reply> {
  const { request, principal } = ctx
  const requestId = request.headers.get(HEADER.requestId)?.trim() || undefined
  const invalid = requestIdProblem(request.method, requestId)
  // Every outcome but a replay is one audit record (mocks/audit-handler.ts).
  if (invalid || !requestId)
    return auditWrite(db, ctx)(invalid ?? errorReply(400, CODES.invalidInput, 'No request id.'))
  // Authorization first: a role that may not write gets 403, never someone else's replay.
  if (!canManageSubscriptions(principal.role)) return auditWrite(db, ctx)(roleForbidden(principal, write.action))
  const binding: RequestBinding = {
    requestId,
    caller: { name: principal.name, role: principal.role },
    method: request.method,
    path: ctx.url.pathname.toLowerCase(),
    bodyHash: await bodyHash(ctx.bodyText),
  }
  return db.transaction(() => {
    const earlier = recall(db, binding)
    if (earlier.kind === 'replay') return earlier.reply
    const audit = auditWrite(db, ctx)
    if (earlier.kind === 'refused') return audit(earlier.reply)
    const operation: { -readonly [K in keyof OperationRequest]: OperationRequest[K] } = { ...binding }
    const reply = runRoute(route, { ...ctx, operation })
    // The operation the route logged (if any) holds `operation`: give it the reply to replay.
    if (reply.status >= 200 && reply.status < 300) {
      operation.reply = structuredClone({ status: reply.status, body: reply.body, headers: reply.headers ?? {} })
      if (db.findRequest(requestId)?.request !== operation) rememberUnchanged(db, binding, operation.reply)
    }
    return audit(reply)
  })
}

/** A reply's body as sent: JSON text, or for a long collection, a stream of it. */
function responseBody(body: unknown): string | ReadableStream<Uint8Array> | null {
  if (body === undefined) return null
  return isLargeCollection(body) ? collectionJsonStream(body) : JSON.stringify(body)
}

/** A route that is not answered early waits for the database; false when it failed to load. */
async function databaseLoaded(loading: DatabaseLoading | undefined): Promise<boolean> {
  if (!loading) return true
  try {
    await loading.ready
    return true
  } catch {
    return false
  }
}

/** Wraps routes (and 405s) in the middleware, over `db`. */
export function createMiddleware(db: Database, options: MiddlewareOptions = {}) {
  const { settings } = options
  const latency = () => latencyOf(options.latencyMs ?? settings?.latencyMs)

  return (
    method: 'get' | 'post' | 'patch' | 'all',
    path: string,
    route: Route,
    write?: WriteOptions,
    early?: EarlyAnswer,
  ): HttpHandler =>
    http[method](path, async ({ request, params }) => {
      // Taken at once, so that of two requests in flight exactly one meets a `next` fault.
      const fault = takeFault(settings)
      const ms = latency()
      if (ms > 0) await delay(ms)
      if (fault === 'network') return HttpResponse.error()
      if (fault === 'timeout') {
        await delay('infinite')
        return HttpResponse.error()
      }
      const echo = {
        [HEADER.requestId]: request.headers.get(HEADER.requestId)?.trim() || crypto.randomUUID(),
        [HEADER.correlationId]: request.headers.get(HEADER.correlationId)?.trim() || crypto.randomUUID(),
      }
      // A long collection (a large customer's subscriptions) is written a slice at a time.
      const respond = (reply: Reply | StoredReply | EarlyReply, body = responseBody(reply.body)) =>
        new HttpResponse(body, {
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
      if (!principal) return respond(unauthenticated())
      const bodyText = request.method === 'GET' || request.method === 'HEAD' ? '' : await request.text()
      const routeParams = stringParams(params)
      const loading = options.loading?.()
      const earlyReply = early && loading ? loading.early(early, routeParams) : undefined
      if (earlyReply) return respond(earlyReply, earlyReply.body)
      if (!(await databaseLoaded(loading))) return HttpResponse.error()
      const ctx: RouteContext = {
        request,
        url: new URL(request.url),
        params: routeParams,
        principal,
        bodyText,
        requestId: echo[HEADER.requestId],
        correlationId: echo[HEADER.correlationId],
      }
      if (write) return respond(await runWrite(db, route, ctx, write))
      db.refresh()
      return respond(runRoute(route, ctx))
    })
}
