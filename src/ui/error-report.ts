/**
 * What the error panel shows of a failed call: the shape of the API client's `ApiError`
 * (src/api/errors.ts), described here so that the shared UI needs nothing of the client
 * (tests/unit/architecture.test.ts). An `ApiError` is one; tests/unit/ui/error-report.test.ts
 * keeps the two in step.
 */
export interface ReportedError {
  readonly kind: 'http' | 'network' | 'signin' | 'timeout' | 'malformed'
  readonly details: {
    readonly status?: number
    readonly code?: string | number
    readonly description?: string
    readonly correlationId: string
    readonly retryAfterSeconds?: number
    readonly timeoutSeconds?: number
  }
}

/** A failed call that says what happened and carries its correlation id; anything else is unexpected. */
export function isReportedError(error: unknown): error is ReportedError {
  // Kept small: it is in the first screen's code (the error panel).
  const details = error instanceof Error && 'kind' in error && 'details' in error ? error.details : undefined
  return typeof (details as { correlationId?: unknown } | undefined)?.correlationId === 'string'
}
