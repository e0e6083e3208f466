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
  token: () => string
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

export async function apiRequest<S extends z.ZodMiniType>(request: ApiRequest<S>): Promise<ApiResponse<z.infer<S>>> {
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
  const headers: Record<string, string> = {
    Accept: 'application/json',
    Authorization: `Bearer ${session.token()}`,
    'MS-RequestId': requestId,
    'MS-CorrelationId': correlationId,
    'X-Locale': session.locale(),
    ...request.headers,
  }
  if (request.body !== undefined) headers['Content-Type'] = 'application/json'
  const timeoutMs = clientSettings.requestTimeoutMs
  const timeout = AbortSignal.timeout(timeoutMs)
  const signal = request.signal ? AbortSignal.any([request.signal, timeout]) : timeout

  let response: Response
  try {
    response = await fetch(`${apiBaseUrl()}${request.path}`, {
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

  const echoedCorrelation = response.headers.get('MS-CorrelationId') ?? correlationId
  const text = await response.text()
  let json: unknown
  try {
    json = text === '' ? undefined : JSON.parse(text)
  } catch {
    json = undefined
    if (response.ok) {
      throw new ApiError('malformed', 'The answer is not JSON', {
        status: response.status,
        requestId,
        correlationId: echoedCorrelation,
      })
    }
  }

  if (!response.ok) {
    const body = apiErrorSchema.safeParse(json)
    throw new ApiError('http', `HTTP ${response.status}`, {
      status: response.status,
      code: body.success ? body.data.code : undefined,
      description: body.success ? body.data.description : undefined,
      data: body.success ? body.data.data : undefined,
      requestId,
      correlationId: echoedCorrelation,
      retryAfterSeconds: retryAfter(response.headers),
    })
  }

  const parsed = request.schema.safeParse(json)
  if (!parsed.success) {
    const first = parsed.error.issues[0]
    const where = first ? `${first.path.join('.') || '(root)'}: ${first.message}` : 'unexpected shape'
    throw new ApiError('malformed', `Unexpected answer from ${request.path} (${where})`, {
      status: response.status,
      requestId,
      correlationId: echoedCorrelation,
    })
  }
  return { data: parsed.data, headers: response.headers, correlationId: echoedCorrelation, requestId }
}
