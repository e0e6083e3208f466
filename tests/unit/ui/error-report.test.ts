import { describe, expect, it } from 'vitest'
import { ApiError } from '../../../src/api/errors'
import { isReportedError, type ReportedError } from '../../../src/ui/error-report'

describe("the error panel reads the API client's errors without importing the client", () => {
  it('takes every kind of ApiError as a reported error (the type says so too)', () => {
    for (const kind of ['http', 'network', 'signin', 'timeout', 'malformed'] as const) {
      const error = new ApiError(kind, 'failed', { status: 503, correlationId: 'corr-1', requestId: 'req-1' })
      // An ApiError must stay assignable to what the panel shows: a type error here if they drift.
      const reported: ReportedError = error
      expect(isReportedError(error)).toBe(true)
      expect(reported.details.correlationId).toBe('corr-1')
    }
  })

  it('takes anything else as unexpected', () => {
    expect(isReportedError(new Error('Cannot read properties of undefined'))).toBe(false)
    expect(isReportedError({ kind: 'http', details: { correlationId: 'x' } })).toBe(false)
    expect(isReportedError(Object.assign(new Error('x'), { kind: 'http', details: {} }))).toBe(false)
    expect(isReportedError(null)).toBe(false)
  })
})
