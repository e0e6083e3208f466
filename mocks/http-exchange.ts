import type { IncomingMessage, ServerResponse } from 'node:http'
import { getResponse, type RequestHandler } from 'msw'
import { errorReply, MOCK_ERROR_CODES } from './errors'
import { allowedMethods, HEADER } from './handlers'

/*
 * One request to the HTTP mock (http.ts) and its answer: CORS, the preflight, methods no path
 * has, reading the body within its limit, and the handlers' response streamed back.
 */

/** The address the mock listens on by default: this machine only. */
export const MOCK_API_HOST = '127.0.0.1'
/** Request bodies above this size are refused with 413. */
export const MAX_BODY_BYTES = 1_000_000

/** Methods a request may have at all; anything else (TRACE, CONNECT, a typo) is 405. */
export const KNOWN_METHODS = ['GET', 'HEAD', 'POST', 'PATCH', 'PUT', 'DELETE', 'OPTIONS']

/** CORS headers for a request from `origin`: only an allowed origin is named, and never `*`. */
export function corsHeaders(origin: string | undefined, allowed: ReadonlySet<string>): Record<string, string> {
  const headers: Record<string, string> = { Vary: 'Origin' }
  if (origin && allowed.has(origin.toLowerCase())) {
    headers['Access-Control-Allow-Origin'] = origin
    headers['Access-Control-Allow-Methods'] = 'GET, POST, PATCH, OPTIONS'
    headers['Access-Control-Max-Age'] = '600'
  }
  return headers
}

const ALLOWED_REQUEST_HEADERS = [
  'Authorization',
  'Content-Type',
  'Accept',
  'Accept-Language',
  'If-Match',
  'X-Locale',
  HEADER.requestId,
  HEADER.correlationId,
  HEADER.continuationToken,
].join(', ')

class BodyTooLarge extends Error {}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer)
    size += buffer.length
    if (size > MAX_BODY_BYTES) throw new BodyTooLarge()
    chunks.push(buffer)
  }
  return Buffer.concat(chunks)
}

/** The Node request as a Fetch Request on `origin`. */
export async function toFetchRequest(request: IncomingMessage, origin: string): Promise<Request> {
  const headers = new Headers()
  for (const [key, value] of Object.entries(request.headers)) {
    if (value === undefined) continue
    for (const item of Array.isArray(value) ? value : [value]) headers.append(key, item)
  }
  const method = request.method ?? 'GET'
  const body = method === 'GET' || method === 'HEAD' ? undefined : await readBody(request)
  return new Request(new URL(request.url ?? '/', origin), {
    method,
    headers,
    body: body && body.length > 0 ? new Uint8Array(body) : undefined,
  })
}

export function sendJsonTo(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body)
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(text)),
    ...headers,
  })
  response.end(text)
}

/** One request and its response, with the CORS headers and the log entry that go with it. */
export interface Exchange {
  readonly request: IncomingMessage
  readonly response: ServerResponse
  readonly method: string
  readonly cors: Record<string, string>
  send(status: number, body: unknown, headers?: Record<string, string>): void
  log(status: number): void
}

export function preflight(x: Exchange): void {
  x.response.writeHead(204, {
    ...x.cors,
    ...(x.cors['Access-Control-Allow-Origin']
      ? {
          'Access-Control-Allow-Headers':
            x.request.headers['access-control-request-headers'] ?? ALLOWED_REQUEST_HEADERS,
        }
      : {}),
    Vary: 'Origin, Access-Control-Request-Headers',
  })
  x.response.end()
  x.log(204)
}

/** A method no path has (TRACE, CONNECT, a typo): never built into a Fetch Request, which throws on some. */
export function unknownMethod(x: Exchange): void {
  const pathname = new URL(x.request.url ?? '/', 'http://mock.invalid').pathname
  const allow = (allowedMethods(pathname) ?? ['GET']).join(', ')
  const reply = errorReply(405, MOCK_ERROR_CODES.methodNotAllowed, `${x.method} is not allowed; use ${allow}.`)
  x.send(405, reply.body, { Allow: allow })
  x.log(405)
}

/** The request as a Fetch Request; undefined when it could not be read (answered 400 or 413). */
export async function readRequest(x: Exchange): Promise<Request | undefined> {
  try {
    return await toFetchRequest(x.request, `http://${x.request.headers.host ?? MOCK_API_HOST}`)
  } catch (error) {
    const tooLarge = error instanceof BodyTooLarge
    const reply = errorReply(
      tooLarge ? 413 : 400,
      MOCK_ERROR_CODES.invalidInput,
      tooLarge
        ? `The request body is larger than ${MAX_BODY_BYTES} bytes.`
        : 'The request could not be read (its URL, headers or body are not valid HTTP).',
    )
    x.send(reply.status, reply.body, tooLarge ? { Connection: 'close' } : {})
    x.log(reply.status)
    return undefined
  }
}

/** Resolves the request against the handlers and streams back their answer. */
export async function answer(x: Exchange, handlers: readonly RequestHandler[], fetchRequest: Request): Promise<void> {
  const found = await getResponse([...handlers], fetchRequest)
  if (!found) {
    const reply = errorReply(
      404,
      MOCK_ERROR_CODES.routeNotFound,
      `Not found: ${x.method} ${new URL(fetchRequest.url).pathname} is not part of this API. Try GET /v1/customers.`,
    )
    x.send(reply.status, reply.body)
    x.log(404)
    return
  }
  if (found.type === 'error') {
    // An injected network fault: the connection fails without an answer.
    x.response.destroy()
    x.log(0)
    return
  }
  const headers: Record<string, string | string[]> = { ...x.cors }
  found.headers.forEach((value, key) => {
    headers[key] = value
  })
  const body = Buffer.from(await found.arrayBuffer())
  headers['content-length'] = String(body.length)
  x.response.writeHead(found.status, found.statusText || undefined, headers)
  x.response.end(x.method === 'HEAD' ? undefined : body)
  x.log(found.status)
}
