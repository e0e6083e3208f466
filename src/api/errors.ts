/**
 * Every failure of a Partner Center call becomes an ApiError: what happened (kind and HTTP status),
 * the API's own code and description when it sent them, and the correlation id that support needs.
 */
export type ApiErrorKind =
  | 'http' // the API answered with a non-2xx status
  | 'network' // no answer: offline, DNS, CORS, connection reset
  | 'signin' // live mode: no token, the identity provider could not be reached (nothing was sent)
  | 'timeout' // no answer within the client's bound
  | 'malformed' // an answer that is not the expected shape

export class ApiError extends Error {
  override readonly name = 'ApiError'
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    readonly details: {
      readonly status?: number
      readonly code?: string | number
      readonly description?: string
      readonly data?: readonly unknown[]
      readonly correlationId: string
      readonly requestId: string
      readonly retryAfterSeconds?: number
      readonly timeoutSeconds?: number
    },
  ) {
    super(message)
  }

  get status(): number | undefined {
    return this.details.status
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError
}

/** A fault that passes, worth a retry of a read: no answer (network, timeout), 429 or 5xx. */
export function isPassingFault(error: ApiError): boolean {
  const status = error.status ?? 0
  return error.kind === 'network' || error.kind === 'timeout' || status === 429 || status >= 500
}

/** Partner Center's code for "the partner has no relationship with this customer" (HTTP 403). */
export const NO_RELATIONSHIP_CODE = 20002

/** The partner has no relationship with the customer: nothing of it can be read or changed. */
export function isNoRelationship(error: unknown): boolean {
  return isApiError(error) && error.status === 403 && String(error.details.code) === String(NO_RELATIONSHIP_CODE)
}
