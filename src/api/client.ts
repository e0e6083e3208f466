import type * as z from 'zod/mini'
import { apiBaseUrl, clientSettings } from './config'
import { ApiError } from './errors'
import { apiErrorSchema } from './schemas'

/**
 * The one fetch wrapper of the Partner Center client: adds the headers the API expects
 * (Authorization, MS-RequestId, MS-CorrelationId, X-Locale), bounds the wait, validates the
 * answer against its schema and turns every failure into an ApiError.
 */
export interface ApiSession {
  /** The bearer token for the next call (live mode: acquired per request). */
  token: () => string | Promise<string>
  /**
   * After a 401: a new token (renewed silently, or after the agent signed in again), or a
   * rejection when there is none. The call is then sent once more with it, with the same
   * MS-RequestId, so a write still happens at most once. Absent: a 401 is final.
   */
  renewToken?: () => Promise<string>
  locale: () => string
}

let session: ApiSession = { token: () => '', locale: () => 'en-US' }

export function configureApiSession(next: ApiSession): void {
  session = next
}

let ready: Promise<void> | undefined

/**
 * Calls wait for `promise` before they are sent (the demo's mock API, which starts while the first
 * screen paints). If it fails, each call fails as a network error would.
 */
export function holdRequestsUntil(promise: Promise<unknown> | undefined): void {
  ready = promise?.then(() => undefined)
  ready?.catch(() => undefined)
}

export function newGuid(): string {
  return crypto.randomUUID()
}

export interface ApiRequest<S extends z.ZodMiniType> {
  readonly path: string
  readonly schema: S
  readonly method?: 'GET' | 'POST' | 'PATCH'
  readonly body?: unknown
  /** Reuse the same id to retry a write idempotently. */
  readonly requestId?: string
  readonly headers?: Readonly<Record<string, string>>
  readonly signal?: AbortSignal
}

export interface ApiResponse<T> {
  readonly data: T
  readonly headers: Headers
  readonly correlationId: string
  readonly requestId: string
}

function retryAfter(headers: Headers): number | undefined {
  const value = headers.get('Retry-After')
  if (!value) return undefined
  const seconds = Number(value)
  if (Number.isFinite(seconds)) return Math.max(0, seconds)
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000))
}

/** A request sent, and its answer's head (the body is still to read). */
export interface Sent {
  readonly response: Response
  readonly requestId: string
  readonly correlationId: string
}

/**
 * Sends the request (after the API is ready), with a token, once more with a renewed token after a
 * 401; a failure to get an answer becomes an ApiError.
 */
export async function send(request: Omit<ApiRequest<z.ZodMiniType>, 'schema'>): Promise<Sent> {
  const requestId = request.requestId ?? newGuid()
  const correlationId = newGuid()
  const ids = { requestId, correlationId }
  if (ready) {
    try {
      await ready
    } catch (cause) {
      throw new ApiError('network', cause instanceof Error ? cause.message : 'The API did not start', ids)
    }
  }
  const timeoutMs = clientSettings.requestTimeoutMs

  const sendWith = async (token: string): Promise<Response> => {
    const headers: Record<string, string> = {
      Accept: 'application/json',
      Authorization: `Bearer ${token}`,
      'MS-RequestId': requestId,
      'MS-CorrelationId': correlationId,
      'X-Locale': session.locale(),
      ...request.headers,
    }
    if (request.body !== undefined) headers['Content-Type'] = 'application/json'
    const timeout = AbortSignal.timeout(timeoutMs)
    const signal = request.signal ? AbortSignal.any([request.signal, timeout]) : timeout
    try {
      return await fetch(`${apiBaseUrl()}${request.path}`, {
        method: request.method ?? 'GET',
        headers,
        body: request.body === undefined ? undefined : JSON.stringify(request.body),
        signal,
      })
    } catch (cause) {
      if (request.signal?.aborted) throw cause
      if (timeout.aborted) {
        throw new ApiError('timeout', `No answer within ${timeoutMs / 1000} s`, {
          ...ids,
          timeoutSeconds: timeoutMs / 1000,
        })
      }
      throw new ApiError('network', cause instanceof Error ? cause.message : 'Network error', ids)
    }
  }

  let token: string
  try {
    token = await session.token()
  } catch (cause) {
    // Nothing was sent. Either the agent did not sign in again (as a 401 would say), or the
    // identity provider could not be reached (as a network failure would).
    if (cause instanceof Error && cause.name === 'SignInRequiredError') {
      throw new ApiError('http', 'Sign-in required', { status: 401, ...ids })
    }
    throw new ApiError('signin', `No token: ${cause instanceof Error ? cause.message : String(cause)}`, ids)
  }
  let response = await sendWith(token)
  if (response.status === 401 && session.renewToken) {
    // The token expired or was revoked. The server did nothing with this call, so it is sent
    // again (same ids) once a new token is at hand; if the agent does not sign in again, the
    // 401 below stands.
    const renewed = await session.renewToken().catch(() => undefined)
    if (renewed !== undefined) response = await sendWith(renewed)
  }
  return { response, requestId, correlationId: response.headers.get('MS-CorrelationId') ?? correlationId }
}

/** A non-2xx answer as an ApiError, with the API's code and description when its body has them. */
export function httpError(sent: Sent, text: string): ApiError {
  let json: unknown
  try {
    json = text === '' ? undefined : JSON.parse(text)
  } catch {
    json = undefined
  }
  const { response, requestId, correlationId } = sent
  const body = apiErrorSchema.safeParse(json)
  return new ApiError('http', `HTTP ${response.status}`, {
    status: response.status,
    code: body.success ? body.data.code : undefined,
    description: body.success ? body.data.description : undefined,
    data: body.success ? body.data.data : undefined,
    requestId,
    correlationId,
    retryAfterSeconds: retryAfter(response.headers),
  })
}

export function malformed(sent: Sent, path: string, issues: readonly z.core.$ZodIssue[] | undefined): ApiError {
  const first = issues?.[0]
  const where = first ? `${first.path.join('.') || '(root)'}: ${first.message}` : 'unexpected shape'
  return new ApiError('malformed', issues ? `Unexpected answer from ${path} (${where})` : 'The answer is not JSON', {
    status: sent.response.status,
    requestId: sent.requestId,
    correlationId: sent.correlationId,
  })
}

export async function apiRequest<S extends z.ZodMiniType>(request: ApiRequest<S>): Promise<ApiResponse<z.infer<S>>> {
  const sent = await send(request)
  const { response } = sent
  const text = await response.text()
  if (!response.ok) throw httpError(sent, text)
  let json: unknown
  try {
    json = text === '' ? undefined : JSON.parse(text)
  } catch {
    throw malformed(sent, request.path, undefined)
  }
  const parsed = request.schema.safeParse(json)
  if (!parsed.success) throw malformed(sent, request.path, parsed.error.issues)
  return { data: parsed.data, headers: response.headers, correlationId: sent.correlationId, requestId: sent.requestId }
}
