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

export function createSharedDemo(options: SharedDemoOptions): SharedDemo {
  const { db, storage, builtIn } = options
  const newEpoch = options.newEpoch ?? (() => crypto.randomUUID())
  let active = options.active
  let epoch = newEpoch()
  let storageFull = false
  /** The history (array and length) storage holds, as far as this tab knows. */
  let saved: { history: readonly HistoryEntry[]; count: number } | undefined
  let lastRaw: string | null = null
  const listeners = new Set<(event: DataChange | 'storage') => void>()
  const emit = (event: DataChange | 'storage') => {
    for (const listener of [...listeners]) {
      try {
        listener(event)
      } catch (error) {
        console.error('Shared demo listener failed:', error)
      }
    }
  }
  const markSaved = () => {
    saved = { history: db.history, count: db.history.length }
  }
  const setFull = (full: boolean) => {
    if (full === storageFull) return
    storageFull = full
    emit('storage')
  }

  const save = (): boolean => {
    const history = db.history
    if (saved && saved.history === history && saved.count === history.length) return true
    // A history this tab did not load (a reset, another scenario) starts a new epoch.
    if (!saved || saved.history !== history) epoch = newEpoch()
    const text = storedDemoText(db, active, epoch)
    try {
      storage.setItem(STORAGE_KEY, text)
    } catch {
      // Full or disabled: leave no older state behind for a reload to bring back.
      clearStoredDemo(storage)
      markSaved()
      setFull(true)
      return false
    }
    lastRaw = text
    markSaved()
    setFull(false)
    return true
  }

  const pull = (): DataChange | undefined => {
    let raw: string | null
    try {
      raw = storage.getItem(STORAGE_KEY)
    } catch {
      return undefined
    }
    if (raw === null || raw === lastRaw) return undefined
    lastRaw = raw
    const read = parseStoredDemo(raw, builtIn)
    // Damaged by hand meanwhile: keep this tab's state; its next write stores it again.
    if (read.kind !== 'ok') return undefined
    const sameDemo = read.epoch === epoch && read.active.scenario === db.scenario
    if (sameDemo && isPrefix(db.history, read.operations)) {
      const known = db.history.length
      try {
        for (const op of read.operations.slice(known)) db.apply(op)
        markSaved()
        return read.operations.length > known ? 'updated' : undefined
      } catch {
        // Does not fit on top of this tab's state: reload the whole log below.
      }
    }
    const loaded = db.load(read.active.scenario, read.operations)
    if (!loaded.ok) return undefined
    active = read.active
    epoch = read.epoch
    markSaved()
    return 'replaced'
  }

  // Changes made outside a transaction (demo controls, direct calls) are saved once per task.
  let scheduled = false
  const stopSaving = db.subscribe(() => {
    if (scheduled) return
    scheduled = true
    queueMicrotask(() => {
      scheduled = false
      save()
    })
  })
  const detach = db.attach({
    lock: options.lock ?? ((fn) => fn()),
    pull: () => {
      const change = pull()
      if (change) emit(change)
    },
    push: () => {
      save()
    },
  })
  const stopWatching = options.watch?.(() => {
    const change = pull()
    if (change) emit(change)
  })

  return {
    get active() {
      return active
    },
    get storageFull() {
      return storageFull
    },
    restore(read) {
      const loaded = db.load(read.active.scenario, read.operations)
      if (!loaded.ok) return loaded
      active = read.active
      epoch = read.epoch
      markSaved()
      try {
        lastRaw = storage.getItem(STORAGE_KEY)
      } catch {
        lastRaw = null
      }
      return { ok: true }
    },
    setActive(next) {
      active = next
    },
    save,
    pull,
    subscribe(listener) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
    stop() {
      stopSaving()
      detach()
      stopWatching?.()
    },
  }
}
