import type { Database, HistoryEntry } from './db'
import {
  type ActiveScenario,
  clearStoredDemo,
  type KeyValueStorage,
  parseStoredDemo,
  STORAGE_KEY,
  type StoredDemoRead,
  storedDemoText,
} from './persistence'
import type { Scenario } from './scenario'

/**
 * One demo for every tab of the origin. Each tab runs its own database (MSW answers in the page),
 * but they share one source of truth, the operation log in storage (mocks/persistence.ts):
 * - a write runs under a lock held across tabs (Web Locks); inside it the tab first pulls what
 *   others wrote, so it decides on the latest state, then appends its operation and stores it;
 * - other tabs hear of the change (the `storage` event) and pull it: new operations are replayed
 *   (checked by the rules), a new epoch (reset, another scenario) reloads; the app is told, so it
 *   refreshes what it shows;
 * - every read pulls first, so even a tab that missed an event answers from the latest state.
 * When storage refuses a save (full), the tab goes on in memory and says so (`storageFull`).
 */
export type Lock = <T>(fn: () => Promise<T>) => Promise<T>

/** What another tab's change did here: new operations replayed, or the whole demo replaced. */
export type DataChange = 'updated' | 'replaced'

export interface SharedDemoOptions {
  readonly db: Database
  readonly storage: KeyValueStorage
  readonly builtIn: (name: string) => Scenario | undefined
  readonly active: ActiveScenario
  /** A lock held across tabs (default: none beyond the database's own, for one tab). */
  readonly lock?: Lock
  /** Calls the listener when another tab changed storage (default: never; reads still pull). */
  readonly watch?: (listener: () => void) => () => void
  readonly newEpoch?: () => string
}

export interface SharedDemo {
  readonly active: ActiveScenario
  /** The last save failed: changes from then on will not survive a reload, nor reach other tabs. */
  readonly storageFull: boolean
  /** Makes `read` (from storage) the database's state; false when its log does not replay. */
  restore(read: Extract<StoredDemoRead, { kind: 'ok' }>): { ok: true } | { ok: false; problems: readonly string[] }
  /** The scenario that the next reset of the database starts (saved with a new epoch). */
  setActive(active: ActiveScenario): void
  /** Saves now if anything changed; false when storage refused. */
  save(): boolean
  /** Brings in another tab's changes; undefined when there were none. */
  pull(): DataChange | undefined
  /** `data`: another tab's change arrived; `storage`: storageFull changed. */
  subscribe(listener: (event: DataChange | 'storage') => void): () => void
  stop(): void
}

function isPrefix(ours: readonly HistoryEntry[], theirs: readonly { readonly id: string }[]): boolean {
  const last = ours.length - 1
  return theirs.length >= ours.length && (last < 0 || ours[last]?.op.id === theirs[last]?.id)
}

/** A shared demo's own state: what storage holds as far as this tab knows. */
interface Sharing {
  readonly db: Database
  readonly storage: KeyValueStorage
  readonly builtIn: (name: string) => Scenario | undefined
  readonly newEpoch: () => string
  readonly emit: (event: DataChange | 'storage') => void
  active: ActiveScenario
  epoch: string
  storageFull: boolean
  /** The history (array and length) storage holds, as far as this tab knows. */
  saved: { history: readonly HistoryEntry[]; count: number } | undefined
  lastRaw: string | null
}

function markSaved(s: Sharing): void {
  s.saved = { history: s.db.history, count: s.db.history.length }
}

function setFull(s: Sharing, full: boolean): void {
  if (full === s.storageFull) return
  s.storageFull = full
  s.emit('storage')
}

/** Stores the log if it changed since the last save; false when storage refused. */
function save(s: Sharing): boolean {
  const history = s.db.history
  if (s.saved && s.saved.history === history && s.saved.count === history.length) return true
  // A history this tab did not load (a reset, another scenario) starts a new epoch.
  if (!s.saved || s.saved.history !== history) s.epoch = s.newEpoch()
  const text = storedDemoText(s.db, s.active, s.epoch)
  try {
    s.storage.setItem(STORAGE_KEY, text)
  } catch {
    // Full or disabled: leave no older state behind for a reload to bring back.
    clearStoredDemo(s.storage)
    markSaved(s)
    setFull(s, true)
    return false
  }
  s.lastRaw = text
  markSaved(s)
  setFull(s, false)
  return true
}

/** Brings in another tab's changes: its new operations replayed, or the whole log reloaded. */
function pull(s: Sharing): DataChange | undefined {
  let raw: string | null
  try {
    raw = s.storage.getItem(STORAGE_KEY)
  } catch {
    return undefined
  }
  if (raw === null || raw === s.lastRaw) return undefined
  s.lastRaw = raw
  const read = parseStoredDemo(raw, s.builtIn)
  // Damaged by hand meanwhile: keep this tab's state; its next write stores it again.
  if (read.kind !== 'ok') return undefined
  const { db } = s
  if (read.epoch === s.epoch && read.active.scenario === db.scenario && isPrefix(db.history, read.operations)) {
    const known = db.history.length
    try {
      for (const op of read.operations.slice(known)) db.apply(op)
      markSaved(s)
      return read.operations.length > known ? 'updated' : undefined
    } catch {
      // Does not fit on top of this tab's state: reload the whole log below.
    }
  }
  if (!db.load(read.active.scenario, read.operations).ok) return undefined
  s.active = read.active
  s.epoch = read.epoch
  markSaved(s)
  return 'replaced'
}

function listeners() {
  const set = new Set<(event: DataChange | 'storage') => void>()
  return {
    emit(event: DataChange | 'storage') {
      for (const listener of [...set]) {
        try {
          listener(event)
        } catch (error) {
          console.error('Shared demo listener failed:', error)
        }
      }
    },
    subscribe(listener: (event: DataChange | 'storage') => void) {
      set.add(listener)
      return () => {
        set.delete(listener)
      }
    },
  }
}

export function createSharedDemo(options: SharedDemoOptions): SharedDemo {
  const { db, storage } = options
  const newEpoch = options.newEpoch ?? (() => crypto.randomUUID())
  const events = listeners()
  const s: Sharing = {
    db,
    storage,
    builtIn: options.builtIn,
    newEpoch,
    emit: events.emit,
    active: options.active,
    epoch: newEpoch(),
    storageFull: false,
    saved: undefined,
    lastRaw: null,
  }
  const pullAndTell = () => {
    const change = pull(s)
    if (change) s.emit(change)
  }
  // Changes made outside a transaction (demo controls, direct calls) are saved once per task.
  let scheduled = false
  const stopSaving = db.subscribe(() => {
    if (scheduled) return
    scheduled = true
    queueMicrotask(() => {
      scheduled = false
      save(s)
    })
  })
  const detach = db.attach({ lock: options.lock ?? ((fn) => fn()), pull: pullAndTell, push: () => save(s) })
  const stopWatching = options.watch?.(pullAndTell)

  return {
    get active() {
      return s.active
    },
    get storageFull() {
      return s.storageFull
    },
    restore(read) {
      const loaded = db.load(read.active.scenario, read.operations)
      if (!loaded.ok) return loaded
      s.active = read.active
      s.epoch = read.epoch
      markSaved(s)
      try {
        s.lastRaw = storage.getItem(STORAGE_KEY)
      } catch {
        s.lastRaw = null
      }
      return { ok: true }
    },
    setActive(next) {
      s.active = next
    },
    save: () => save(s),
    pull: () => pull(s),
    subscribe: events.subscribe,
    stop() {
      stopSaving()
      detach()
      stopWatching?.()
    },
  }
}
