import * as z from 'zod/mini'
import {
  checkSnapshot,
  type Database,
  DB_SNAPSHOT_FORMAT,
  type DbSnapshot,
  type DbState,
  initialState,
  scenarioFingerprint,
} from './db'
import { type Scenario, validateScenario } from './scenario'

/**
 * The demo's mock database lives in browser storage, so that upgrades done in a demo survive a
 * reload until the demo is reset, together with WHICH scenario is active: a built-in one (by
 * name) or a stakeholder's own file (stored whole). A stored state that is corrupt, from another
 * version of the app, or of a scenario that changed since, is detected and replaced with the
 * scenario's start, never half-loaded.
 *
 * Only the changes since the scenario's start are stored (changed and added records), not the
 * whole state: the "many customers" scenario would not fit in localStorage otherwise.
 */
export const STORAGE_KEY = 'upgrade-console.mock-db'
/** Bump when StoredDemo's layout changes; a stored state of another format is discarded. */
export const STORED_DEMO_FORMAT = 2

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

/** Changes of one list of the state: a new list, or records changed in place and added after another. */
type ListChanges<T> =
  | { readonly list: readonly T[] }
  | { readonly patch: readonly { readonly after: string | null; readonly item: T }[] }

interface StoredDemo {
  readonly format: typeof STORED_DEMO_FORMAT
  readonly active:
    | { readonly kind: 'built-in'; readonly name: string }
    | { readonly kind: 'custom'; readonly scenario: unknown }
  /** scenarioFingerprint of the scenario the state grew from. */
  readonly fingerprint: string
  readonly changes: {
    readonly customers: ListChanges<unknown>
    readonly subscriptions: ListChanges<unknown>
    readonly otherChannelSubscriptions: ListChanges<unknown>
    readonly users: ListChanges<unknown>
  }
  readonly replies: DbSnapshot['replies']
}

const listChanges = z.union([
  z.strictObject({ list: z.array(z.unknown()) }),
  z.strictObject({ patch: z.array(z.strictObject({ after: z.nullable(z.string()), item: z.unknown() })) }),
])

const storedDemoSchema = z.strictObject({
  format: z.literal(STORED_DEMO_FORMAT),
  active: z.union([
    z.strictObject({ kind: z.literal('built-in'), name: z.string() }),
    z.strictObject({ kind: z.literal('custom'), scenario: z.unknown() }),
  ]),
  fingerprint: z.string(),
  changes: z.strictObject({
    customers: listChanges,
    subscriptions: listChanges,
    otherChannelSubscriptions: listChanges,
    users: listChanges,
  }),
  replies: z.array(z.unknown()),
})

/** Structural equality of JSON data (key order ignored). */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameJson(item, b[i]))
  const x = a as Record<string, unknown>
  const y = b as Record<string, unknown>
  const keys = Object.keys(x).filter((k) => x[k] !== undefined)
  if (keys.length !== Object.keys(y).filter((k) => y[k] !== undefined).length) return false
  return keys.every((k) => sameJson(x[k], y[k]))
}

/** How `current` differs from `start` (records with ids, order kept, none removed); else the whole list. */
function diffById<T extends { readonly id: string }>(start: readonly T[], current: readonly T[]): ListChanges<T> {
  const startIndex = new Map(start.map((item, i) => [item.id, i]))
  const patch: { after: string | null; item: T }[] = []
  let previous: string | null = null
  let lastIndex = -1
  let kept = 0
  for (const item of current) {
    const index = startIndex.get(item.id)
    if (index !== undefined) {
      if (index <= lastIndex) return { list: current }
      lastIndex = index
      kept += 1
      if (!sameJson(start[index], item)) patch.push({ after: previous, item })
    } else patch.push({ after: previous, item })
    previous = item.id
  }
  return kept === start.length ? { patch } : { list: current }
}

function diffWhole<T>(start: readonly T[], current: readonly T[]): ListChanges<T> {
  return sameJson(start, current) ? { patch: [] } : { list: current }
}

/** `start` with `changes` applied; throws on changes that do not fit (the caller discards them). */
function applyChanges(start: readonly unknown[], changes: ListChanges<unknown>): unknown[] {
  if ('list' in changes) return [...changes.list]
  const result = [...start]
  if (changes.patch.length === 0) return result
  const idOf = (item: unknown): string => {
    const id = typeof item === 'object' && item !== null ? (item as { readonly id?: unknown }).id : undefined
    if (typeof id !== 'string') throw new Error('a changed record has no id')
    return id
  }
  const positions = new Map(result.map((item, i) => [idOf(item), i]))
  const inserted: { after: string | null; item: unknown }[] = []
  for (const entry of changes.patch) {
    const index = positions.get(idOf(entry.item))
    if (index !== undefined) result[index] = entry.item
    else inserted.push(entry)
  }
  for (const { after, item } of inserted) {
    const index = after === null ? -1 : result.findIndex((r) => idOf(r) === after)
    if (after !== null && index < 0) throw new Error(`no record ${after} to insert after`)
    result.splice(index + 1, 0, item)
  }
  return result
}

const startStates = new WeakMap<Scenario, DbState>()
const startRecords = new WeakMap<DbState, ReadonlySet<unknown>>()

function trustedRecords(start: DbState): ReadonlySet<unknown> {
  let records = startRecords.get(start)
  if (!records) {
    records = new Set<unknown>([
      ...start.customers,
      ...start.subscriptions,
      ...start.otherChannelSubscriptions,
      ...start.users,
    ])
    startRecords.set(start, records)
  }
  return records
}

function startState(scenario: Scenario): DbState {
  let state = startStates.get(scenario)
  if (!state) {
    state = initialState(scenario)
    startStates.set(scenario, state)
  }
  return state
}

/** What storage keeps of the database and its active scenario. */
export function storedDemoOf(db: Database, active: ActiveScenario): StoredDemo {
  // The live state, not a snapshot's copy: it is only read here, and turned into JSON at once.
  const { state } = db
  const start = startState(db.scenario)
  return {
    format: STORED_DEMO_FORMAT,
    active:
      active.kind === 'built-in'
        ? { kind: 'built-in', name: active.name }
        : { kind: 'custom', scenario: active.scenario },
    fingerprint: scenarioFingerprint(db.scenario),
    changes: {
      customers: diffWhole(start.customers, state.customers),
      subscriptions: diffById(start.subscriptions, state.subscriptions),
      otherChannelSubscriptions: diffWhole(start.otherChannelSubscriptions, state.otherChannelSubscriptions),
      users: diffById(start.users, state.users),
    },
    replies: db.storedReplies(),
  }
}

export type StoredDemoRead =
  | { readonly kind: 'none' }
  | { readonly kind: 'invalid'; readonly problems: readonly string[] }
  | { readonly kind: 'ok'; readonly active: ActiveScenario; readonly snapshot: DbSnapshot }

/**
 * Reads the stored demo: none, a valid one (its active scenario and the database snapshot to
 * restore), or why it cannot be used. `builtIn` resolves a built-in scenario's name. Never throws.
 */
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
  if (raw === null) return { kind: 'none' }
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
    let active: ActiveScenario
    if (stored.active.kind === 'built-in') {
      const scenario = builtIn(stored.active.name)
      if (!scenario) {
        return { kind: 'invalid', problems: [`the stored scenario "${stored.active.name}" is not a built-in scenario`] }
      }
      active = { kind: 'built-in', name: stored.active.name, scenario }
    } else {
      const check = validateScenario(stored.active.scenario)
      if (!check.ok) return { kind: 'invalid', problems: check.problems.map((p) => `stored scenario: ${p}`) }
      active = { kind: 'custom', scenario: check.scenario }
    }
    if (scenarioFingerprint(active.scenario) !== stored.fingerprint) {
      return {
        kind: 'invalid',
        problems: [`the scenario "${active.scenario.name}" changed since the demo data was stored`],
      }
    }
    const start = startState(active.scenario)
    const snapshot = {
      format: DB_SNAPSHOT_FORMAT,
      scenario: active.scenario.name,
      scenarioFingerprint: stored.fingerprint,
      state: {
        customers: applyChanges(start.customers, stored.changes.customers),
        subscriptions: applyChanges(start.subscriptions, stored.changes.subscriptions),
        otherChannelSubscriptions: applyChanges(
          start.otherChannelSubscriptions,
          stored.changes.otherChannelSubscriptions,
        ),
        users: applyChanges(start.users, stored.changes.users),
      },
      replies: stored.replies,
    }
    // Records of the scenario's start were built by the database itself: only what came from
    // storage needs its schema checked (cross references are checked over everything).
    const check = checkSnapshot(snapshot, active.scenario, { trusted: trustedRecords(start) })
    if (!check.ok) return { kind: 'invalid', problems: check.problems }
    return { kind: 'ok', active, snapshot: check.snapshot }
  } catch (error) {
    return { kind: 'invalid', problems: [`the stored demo data is unreadable: ${String(error)}`] }
  }
}

/**
 * Stores the database and its active scenario now. False when storage refused it (full or
 * disabled): then any older stored state is removed, so that a reload does not bring it back.
 */
export function saveDemo(storage: KeyValueStorage, db: Database, active: ActiveScenario): boolean {
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify(storedDemoOf(db, active)))
    return true
  } catch {
    clearStoredDemo(storage)
    return false
  }
}

export function clearStoredDemo(storage: KeyValueStorage): void {
  try {
    storage.removeItem(STORAGE_KEY)
  } catch {
    // Storage may be unavailable; the demo then simply does not persist.
  }
}

export interface DemoPersistence {
  /** Stops saving. */
  stop(): void
  /**
   * Storage already holds the database as it is now (it was just restored from there, or saved):
   * the save its last change scheduled is skipped. A restored large demo is not written back.
   */
  inSync(): void
}

/** Saves the database (with `active()`, read when saving) after every change, coalesced per task. */
export function persistDemo(db: Database, storage: KeyValueStorage, active: () => ActiveScenario): DemoPersistence {
  let scheduled = false
  let skip = false
  let warned = false
  const save = () => {
    scheduled = false
    if (skip) {
      skip = false
      return
    }
    if (!saveDemo(storage, db, active()) && !warned) {
      warned = true
      console.warn('The demo data could not be saved in browser storage; it will not survive a reload.')
    }
  }
  const stop = db.subscribe(() => {
    skip = false
    if (scheduled) return
    scheduled = true
    queueMicrotask(save)
  })
  return {
    stop,
    inSync() {
      if (scheduled) skip = true
    },
  }
}
