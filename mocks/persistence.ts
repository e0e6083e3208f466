import { checkSnapshot, type Database } from './db'

/**
 * The demo's mock database lives in browser storage, so upgrades done in a demo survive a reload
 * until the demo is reset. A stored state that is corrupt, from another version of the app, or of
 * another scenario is detected and replaced with the scenario's start, never half-loaded.
 */
export const STORAGE_KEY = 'upgrade-console.mock-db'

export type RestoreOutcome =
  | { readonly kind: 'fresh' }
  | { readonly kind: 'restored' }
  | { readonly kind: 'discarded'; readonly problems: readonly string[] }

export interface KeyValueStorage {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
  removeItem(key: string): void
}

export function restoreDatabase(db: Database, storage: KeyValueStorage): RestoreOutcome {
  let raw: string | null
  try {
    raw = storage.getItem(STORAGE_KEY)
  } catch {
    return { kind: 'fresh' }
  }
  if (raw === null) return { kind: 'fresh' }
  let parsed: unknown
  try {
    parsed = JSON.parse(raw)
  } catch {
    return discard(db, storage, ['the stored demo data is not JSON'])
  }
  const check = checkSnapshot(parsed, db.scenario)
  if (!check.ok) return discard(db, storage, check.problems)
  return db.restore(check.snapshot) ? { kind: 'restored' } : discard(db, storage, ['the snapshot was refused'])
}

function discard(db: Database, storage: KeyValueStorage, problems: readonly string[]): RestoreOutcome {
  db.reset()
  try {
    storage.removeItem(STORAGE_KEY)
  } catch {
    // Storage may be unavailable; the demo then simply does not persist.
  }
  return { kind: 'discarded', problems }
}

/** Saves the database after every change (coalesced per task). Returns the function that stops it. */
export function persistDatabase(db: Database, storage: KeyValueStorage): () => void {
  let scheduled = false
  const save = () => {
    scheduled = false
    try {
      storage.setItem(STORAGE_KEY, JSON.stringify(db.snapshot()))
    } catch {
      // Quota exceeded or storage disabled: the demo keeps working, it just won't survive a reload.
    }
  }
  return db.subscribe(() => {
    if (scheduled) return
    scheduled = true
    queueMicrotask(save)
  })
}
