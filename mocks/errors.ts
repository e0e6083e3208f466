/**
 * Error bodies of the mock: Partner Center's `{ code, description, data, source }`. Codes are the
 * ones Partner Center documents (REST error codes page) where one fits; the rest are this mock's
 * own and say so. On the wire `code` is a JSON string, as both SDKs model `ApiFault.code`
 * (`"code": "2032"`); here they are numbers for readability.
 */
export const MOCK_ERROR_CODES = {
  /** HTTP 401. Partner Center's "Access denied" code. */
  unauthenticated: 400,
  /** HTTP 403: the signed-in role may not upgrade or change quantities. Partner Center's "Access denied". */
  roleForbidden: 2032,
  /** HTTP 403: the partner has no relationship with the customer. */
  noRelationship: 20002,
  /** HTTP 404: customer or subscription not found. */
  notFound: 20003,
  /** HTTP 404: no such API path. */
  routeNotFound: 1000,
  /** HTTP 400: malformed JSON, missing or mistyped fields, bad paging or filter. */
  invalidInput: 400056,
  /** HTTP 400: a quantity outside the allowed range. Partner Center's "Invalid property". */
  invalidProperty: 3000,
  /** HTTP 400 (mock's own code): the upgrade is not possible; `data` holds the UpgradeErrors. */
  upgradeNotEligible: 900001,
  /** HTTP 409 (mock's own code): the subscription's state does not allow the change. */
  conflict: 409,
  /** HTTP 412 (mock's own code): If-Match does not match the subscription's current ETag. */
  preconditionFailed: 412,
  /** HTTP 422 (mock's own code): an MS-RequestId reused for another caller, path or body. */
  idempotencyKeyReused: 422,
  /** HTTP 405 (mock's own code): the path exists, the method does not; the reply has `Allow`. */
  methodNotAllowed: 405,
  /** HTTP 429 (mock's own code): too many requests; the reply carries Retry-After. */
  throttled: 429,
  /** HTTP 500 (mock's own code): the service failed (an injected fault of the demo). */
  serviceError: 500,
  /** HTTP 500: an error in the mock itself. */
  internal: 0,
} as const

export const ERROR_SOURCE = 'PartnerCenter'

export interface ErrorBody {
  /** ApiFault.code: a string in both SDKs (ApiFault.cs, ApiFault.java). */
  readonly code: string
  readonly description: string
  readonly data: readonly unknown[]
  readonly source: string
}

export interface Reply {
  readonly status: number
  readonly body?: unknown
  readonly headers?: Readonly<Record<string, string>>
}

export function errorReply(
  status: number,
  code: number,
  description: string,
  data: readonly unknown[] = [],
  headers?: Readonly<Record<string, string>>,
): Reply {
  const body: ErrorBody = { code: String(code), description, data, source: ERROR_SOURCE }
  return headers ? { status, body, headers } : { status, body }
}

/** Thrown inside a route to answer with `reply` at once. */
export class ReplyError extends Error {
  readonly reply: Reply
  constructor(reply: Reply) {
    super(`HTTP ${reply.status}`)
    this.name = 'ReplyError'
    this.reply = reply
  }
}

/** Answers at once with `errorReply(...)`: throws it as a ReplyError. */
export function fail(...reply: Parameters<typeof errorReply>): never {
  throw new ReplyError(errorReply(...reply))
}
