import { base64UrlDecode, base64UrlEncode } from './base64url'
import { MOCK_ERROR_CODES as CODES, fail } from './errors'
import { parseJsonObject, requestedPageSize } from './wire-compat'

/** Query parameters the list endpoints share (/customers, /auditrecords): a JSON filter and a page size. */

export interface RawFieldFilter {
  readonly field: unknown
  readonly value: unknown
  readonly operator: unknown
}

/**
 * Partner Center's `filter` parameter: URL-encoded JSON {"Field","Value","Operator"} (camelCase
 * keys accepted too), not yet checked field by field; undefined when absent. 400 when not a JSON object.
 */
export function readFieldFilter(raw: string | null): RawFieldFilter | undefined {
  if (raw === null || raw.trim() === '') return undefined
  const record = parseJsonObject(raw, 'The filter')
  return {
    field: record.Field ?? record.field,
    value: record.Value ?? record.value,
    operator: record.Operator ?? record.operator,
  }
}

/** `size`: a whole number ≥ 1, capped at `max`; `fallback` when absent, empty or 0 (the SDKs' simple query). */
export function readPageSize(raw: string | null, fallback: number, max: number): number {
  const size = requestedPageSize(raw)
  if (size === undefined) return fallback
  if (!Number.isInteger(size) || size < 1) fail(400, CODES.invalidInput, 'size must be a whole number of at least 1.')
  return Math.min(size, max)
}

/** A continuation token's content: base64url of JSON, as this mock makes them; undefined when not one. */
export function decodeContinuation(token: string): unknown {
  const text = base64UrlDecode(token.trim())
  try {
    return text === undefined ? undefined : JSON.parse(text)
  } catch {
    return undefined
  }
}

/** A continuation token for `content` (opaque to clients). */
export function encodeContinuation(content: unknown): string {
  return base64UrlEncode(JSON.stringify(content))
}
