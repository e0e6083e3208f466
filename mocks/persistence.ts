import * as z from 'zod/mini'
import { type Database, scenarioFingerprint } from './db'
import { IDEMPOTENCY_WINDOW_MS } from './idempotency'
import { type Operation, operationSchema } from './operations'
import { type Scenario, validateScenario } from './scenario'
import { STORAGE_KEY, STORED_DEMO_FORMAT } from './stored-demo-envelope'

/**
 * The demo's stored state: WHICH scenario is active (a built-in one by name, or a stakeholder's
 * own file whole), its fingerprint, an epoch (a new one at every reset or scenario change), and the
 * operation log: every accepted write since the scenario's start (mocks/operations.ts). Never a
 * snapshot of the state: loading replays the log through the database's own operations, each
 * checked by the rules, so a restored state is consistent by construction and storage stays small.
 * A stored state that is corrupt, of another format, of a scenario that changed since, or whose log
 * the rules refuse, is replaced with the scenario's start, never half-loaded.
 */
export { peekStoredDemo, STORAGE_KEY, STORED_DEMO_FORMAT } from './stored-demo-envelope'

export type RestoreOutcome =
  | { readonly kind: 'fresh' }
  | { readonly kind: 'restored' }
  | { readonly kind: 'discarded'; readonly problems: readonly string[] }

export interface KeyValueStorage {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
  removeItem(key: string): void
}

/** A Map-backed KeyValueStorage: tests, and browsers whose localStorage is unavailable. */
export function createMemoryStorage(initial: Iterable<readonly [string, string]> = []): KeyValueStorage & {
  readonly entries: Map<string, string>
} {
  const entries = new Map<string, string>(initial)
  return {
    entries,
    getItem: (key) => entries.get(key) ?? null,
    setItem: (key, value) => {
      entries.set(key, String(value))
    },
    removeItem: (key) => {
      entries.delete(key)
    },
  }
}

/** Which scenario the demo shows: a built-in one, or a stakeholder's own (kept whole). */
export type ActiveScenario =
  | { readonly kind: 'built-in'; readonly name: string; readonly scenario: Scenario }
  | { readonly kind: 'custom'; readonly scenario: Scenario }

const storedDemoSchema = z.strictObject({
  format: z.literal(STORED_DEMO_FORMAT),
  active: z.union([
    z.strictObject({ kind: z.literal('built-in'), name: z.string() }),
    z.strictObject({ kind: z.literal('custom'), scenario: z.unknown() }),
  ]),
  fingerprint: z.string(),
  epoch: z.string().check(z.minLength(1)),
  operations: z.array(z.unknown()),
})

export type StoredDemoRead =
  | { readonly kind: 'none' }
  | { readonly kind: 'invalid'; readonly problems: readonly string[] }
  | {
      readonly kind: 'ok'
      readonly active: ActiveScenario
      readonly epoch: string
      readonly operations: readonly Operation[]
    }

function parseOperations(raw: readonly unknown[]): { ok: true; ops: Operation[] } | { ok: false; problems: string[] } {
  const ops: Operation[] = []
  const problems: string[] = []
  raw.forEach((item, index) => {
    const parsed = operationSchema.safeParse(item)
    if (parsed.success) ops.push(parsed.data as Operation)
    else {
      for (const issue of parsed.error.issues) {
        problems.push(`operations.${[index, ...issue.path].map(String).join('.')}: ${issue.message}`)
      }
    }
  })
  return problems.length > 0 ? { ok: false, problems } : { ok: true, ops }
}

function resolveActive(
  stored: z.infer<typeof storedDemoSchema>['active'],
  builtIn: (name: string) => Scenario | undefined,
): { ok: true; active: ActiveScenario } | { ok: false; problems: string[] } {
  if (stored.kind === 'built-in') {
    const scenario = builtIn(stored.name)
    if (!scenario) return { ok: false, problems: [`the stored scenario "${stored.name}" is not a built-in scenario`] }
    return { ok: true, active: { kind: 'built-in', name: stored.name, scenario } }
  }
  const check = validateScenario(stored.scenario)
  if (!check.ok) return { ok: false, problems: check.problems.map((p) => `stored scenario: ${p}`) }
  return { ok: true, active: { kind: 'custom', scenario: check.scenario } }
}

/** Reads stored demo text: its active scenario, epoch and well-formed operations, or why not. Never throws. */
export function parseStoredDemo(raw: string, builtIn: (name: string) => Scenario | undefined): StoredDemoRead {
  try {
    let parsed: unknown
    try {
      parsed = JSON.parse(raw)
    } catch {
      return { kind: 'invalid', problems: ['the stored demo data is not JSON'] }
    }
    const format = typeof parsed === 'object' && parsed !== null ? (parsed as { format?: unknown }).format : undefined
    if (format !== STORED_DEMO_FORMAT) {
      return {
        kind: 'invalid',
        problems: [
          `the stored demo data has format ${String(format)}; this version reads format ${STORED_DEMO_FORMAT}`,
        ],
      }
    }
    const envelope = storedDemoSchema.safeParse(parsed)
    if (!envelope.success) {
      return {
        kind: 'invalid',
        problems: envelope.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`),
      }
    }
    const stored = envelope.data
    const active = resolveActive(stored.active, builtIn)
    if (!active.ok) return { kind: 'invalid', problems: active.problems }
    if (scenarioFingerprint(active.active.scenario) !== stored.fingerprint) {
      return {
        kind: 'invalid',
        problems: [`the scenario "${active.active.scenario.name}" changed since the demo data was stored`],
      }
    }
    const ops = parseOperations(stored.operations)
    if (!ops.ok) return { kind: 'invalid', problems: ops.problems }
    return { kind: 'ok', active: active.active, epoch: stored.epoch, operations: ops.ops }
  } catch (error) {
    return { kind: 'invalid', problems: [`the stored demo data is unreadable: ${String(error)}`] }
  }
}

/** Reads the stored demo from storage (none when storage is empty or refuses). Never throws. */
export function readStoredDemo(
  storage: KeyValueStorage,
  builtIn: (name: string) => Scenario | undefined,
): StoredDemoRead {
  let raw: string | null
  try {
    raw = storage.getItem(STORAGE_KEY)
  } catch {
    return { kind: 'none' }
  }
  return raw === null ? { kind: 'none' } : parseStoredDemo(raw, builtIn)
}

/**
 * The stored demo's text: replies older than the idempotency window are left out (their
 * operations stay: they are the state).
 */
export function storedDemoText(db: Database, active: ActiveScenario, epoch: string): string {
  const oldest = db.now().getTime() - IDEMPOTENCY_WINDOW_MS
  const operations = db.operations.map((op) => {
    if (!op.request?.reply || Date.parse(op.at) >= oldest) return op
    const { reply: _dropped, ...request } = op.request
    return { ...op, request }
  })
  return JSON.stringify({
    format: STORED_DEMO_FORMAT,
    active:
      active.kind === 'built-in'
        ? { kind: 'built-in', name: active.name }
        : { kind: 'custom', scenario: active.scenario },
    fingerprint: scenarioFingerprint(db.scenario),
    epoch,
    operations,
  })
}

export function clearStoredDemo(storage: KeyValueStorage): void {
  try {
    storage.removeItem(STORAGE_KEY)
  } catch {
    // Storage may be unavailable; the demo then simply does not persist.
  }
}
