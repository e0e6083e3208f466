import type { Database } from './db'
import { MOCK_ERROR_CODES as CODES, errorReply, type Reply } from './errors'
import type { OperationRequest, StoredReply } from './operations'

/**
 * Idempotency keys with Stripe's rigour. A write's MS-RequestId is bound to what it asked for:
 * its caller, method, path and the hash of its body. Within IDEMPOTENCY_WINDOW_MS of the first
 * request, the same id with the same binding gets the first reply again (nothing is done twice);
 * the same id with anything else is refused with 422, never replayed. After the window the id is
 * forgotten. Only accepted writes (2xx) are kept: a refused one changed nothing, so a retry is
 * decided afresh. Authorization runs before any replay (mocks/middleware.ts).
 */
export const IDEMPOTENCY_WINDOW_MS = 24 * 60 * 60 * 1000

/** What binds a request id (OperationRequest without its reply). */
export type RequestBinding = Omit<OperationRequest, 'reply'>

export type Recall =
  | { readonly kind: 'new' }
  | { readonly kind: 'replay'; readonly reply: StoredReply }
  | { readonly kind: 'refused'; readonly reply: Reply }

/** JSON with object keys sorted, so that key order and spacing do not change a body's hash. */
export function canonicalJson(text: string): string {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return text
  }
  const sort = (item: unknown): unknown => {
    if (Array.isArray(item)) return item.map(sort)
    if (typeof item !== 'object' || item === null) return item
    const entries = Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return Object.fromEntries(entries.map(([k, v]) => [k, sort(v)]))
  }
  return JSON.stringify(sort(value))
}

/** SHA-256 (hex) of the body's canonical JSON. */
export async function bodyHash(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(canonicalJson(text)))
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')
}

function callerText(caller: RequestBinding['caller']): string {
  return `${caller.name} (${caller.role.replace(/_/g, ' ')})`
}

/** What the first request with this id differs in (empty: the same request). */
function differences(first: RequestBinding, now: RequestBinding): string[] {
  const found: string[] = []
  if (first.caller.name !== now.caller.name || first.caller.role !== now.caller.role) {
    found.push(`it was sent by ${callerText(first.caller)}`)
  }
  if (first.method !== now.method || first.path !== now.path) found.push(`it was ${first.method} ${first.path}`)
  if (first.bodyHash !== now.bodyHash) found.push('its body was different')
  return found
}

/**
 * Accepted writes that changed nothing (a PATCH to the quantity the subscription has): no
 * operation is logged for them, but their request id is bound all the same, here, in memory.
 */
const unchanged = new WeakMap<Database, Map<string, { readonly at: string; readonly request: OperationRequest }>>()

/** Binds the request id of an accepted write that logged no operation (it changed nothing). */
export function rememberUnchanged(db: Database, binding: RequestBinding, reply: StoredReply): void {
  let known = unchanged.get(db)
  if (!known) {
    known = new Map()
    unchanged.set(db, known)
  }
  const now = db.now().getTime()
  for (const [id, entry] of known) if (now - Date.parse(entry.at) > IDEMPOTENCY_WINDOW_MS) known.delete(id)
  known.set(binding.requestId.toLowerCase(), { at: db.now().toISOString(), request: { ...binding, reply } })
}

/** Whether `binding` is new, a replay of an earlier accepted write, or a reuse to refuse. */
export function recall(db: Database, binding: RequestBinding): Recall {
  const earlier = db.findRequest(binding.requestId) ?? unchanged.get(db)?.get(binding.requestId.toLowerCase())
  const first = earlier?.request
  if (!earlier || !first) return { kind: 'new' }
  const age = db.now().getTime() - Date.parse(earlier.at)
  if (age > IDEMPOTENCY_WINDOW_MS) return { kind: 'new' }
  const differs = differences(first, binding)
  if (differs.length > 0) {
    return {
      kind: 'refused',
      reply: errorReply(
        422,
        CODES.idempotencyKeyReused,
        `The MS-RequestId ${binding.requestId} was already used for another request (${differs.join('; ')}). Send a new GUID for a new operation, and reuse one only to retry exactly the same request.`,
      ),
    }
  }
  if (!first.reply) {
    return {
      kind: 'refused',
      reply: errorReply(
        409,
        CODES.conflict,
        `The request ${binding.requestId} was already done; its reply is no longer kept. Reload to see its result.`,
      ),
    }
  }
  return { kind: 'replay', reply: first.reply }
}
