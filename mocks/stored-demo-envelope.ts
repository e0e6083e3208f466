/**
 * The stored demo's envelope (mocks/persistence.ts stores it): where it is kept, its format, and a
 * cheap look at which scenario it holds and how many operations, without loading the scenario nor
 * checking the operations. Imports nothing: besides the mock, the demo build's first-paint script
 * (scripts/first-paint.ts, inlined into index.html) is built from this module, so that the page
 * decides what it shows before any of the app's code has loaded by the mock's own rule.
 */
export const STORAGE_KEY = 'upgrade-console.mock-db'
/** Bump when StoredDemo's layout changes; a stored state of another format is discarded. */
export const STORED_DEMO_FORMAT = 3

export interface StoredDemoPeek {
  readonly active: { readonly kind: 'built-in' | 'custom'; readonly name?: string }
  readonly fingerprint: string
  readonly operationCount: number
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Exactly these keys, no more (the stored demo's schema is strict). */
function hasKeys(value: Record<string, unknown>, keys: readonly string[]): boolean {
  const own = Object.keys(value)
  return own.length === keys.length && keys.every((key) => Object.hasOwn(value, key))
}

/**
 * Stored demo text's envelope alone (which scenario, its fingerprint, how many operations):
 * undefined when it is not a stored demo of this format. It accepts no more than the stored
 * demo's schema (mocks/persistence.ts storedDemoSchema; tests/unit/mocks/first-answers.test.ts
 * holds them together). Never throws.
 */
export function peekStoredDemo(raw: string): StoredDemoPeek | undefined {
  try {
    const parsed: unknown = JSON.parse(raw)
    if (!isRecord(parsed) || !hasKeys(parsed, ['format', 'active', 'fingerprint', 'epoch', 'operations']))
      return undefined
    const { format, active, fingerprint, epoch, operations } = parsed
    if (format !== STORED_DEMO_FORMAT || typeof fingerprint !== 'string' || !Array.isArray(operations)) return undefined
    if (typeof epoch !== 'string' || epoch.length < 1 || !isRecord(active)) return undefined
    if (active.kind === 'built-in' && hasKeys(active, ['kind', 'name']) && typeof active.name === 'string') {
      return { active: { kind: 'built-in', name: active.name }, fingerprint, operationCount: operations.length }
    }
    if (active.kind === 'custom' && hasKeys(active, ['kind', 'scenario'])) {
      return { active: { kind: 'custom' }, fingerprint, operationCount: operations.length }
    }
    return undefined
  } catch {
    return undefined
  }
}

/**
 * Whether the demo about to load is the scenario `name` exactly at its start: asked for with
 * `?scenario=` (started afresh, or its stored demo restored when that has no operation), or its
 * stored demo restored with no operation and the fingerprint the scenario has now, or, for the
 * scenario a demo starts with when nothing is stored (`startsWhenNoneStored`: the default one),
 * nothing stored at all. Anything else (another scenario, a stored operation, storage that does
 * not read) is not. Errs on the safe side: a stored demo that will be discarded may be called
 * touched, never the reverse. Never throws.
 */
export function isUntouchedStart(
  name: string,
  fingerprint: string,
  requested: string | null | undefined,
  storedText: string | null,
  startsWhenNoneStored = false,
): boolean {
  const asked = requested?.trim() || undefined
  if (asked !== undefined && asked !== name) return false
  const stored = storedText === null ? undefined : peekStoredDemo(storedText)
  const storedIsThis = stored?.active.kind === 'built-in' && stored.active.name === name
  const restorable = storedIsThis && stored.fingerprint === fingerprint
  // `?scenario=` restores that scenario's stored demo (with its operations), else starts it afresh.
  if (asked !== undefined) return !restorable || stored.operationCount === 0
  if (storedText === null) return startsWhenNoneStored
  return restorable && stored.operationCount === 0
}
