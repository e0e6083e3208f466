import type { BulkRun } from './bulk-run-model'

/** Where a run is kept across reloads (localStorage in the app). */
export interface RunStorage {
  load(): string | null
  save(text: string): void
  clear(): void
}

const STORAGE_KEY = 'upgrade-console.bulk-run'

export const browserRunStorage: RunStorage = {
  load: () => {
    try {
      return globalThis.localStorage?.getItem(STORAGE_KEY) ?? null
    } catch {
      return null
    }
  },
  save: (text) => {
    // Unlike a preference, a lost save could make a reload forget that a request was sent: fail loudly.
    globalThis.localStorage.setItem(STORAGE_KEY, text)
  },
  clear: () => {
    try {
      globalThis.localStorage?.removeItem(STORAGE_KEY)
    } catch {
      // Nothing stored then.
    }
  },
}

const ITEM_STATUSES: readonly string[] = ['waiting', 'sending', 'done', 'failed', 'cancelled']
const RUN_STATES: readonly string[] = ['running', 'paused', 'cancelled', 'finished']

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * A stored run, if the text is one (anything else, e.g. of an older version, is ignored). (Its
 * opening is the activity model's parseState's, which duplicates pairs with it: see there.)
 */
export function parseRun(text: string | null): BulkRun | undefined {
  if (!text) return undefined
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return undefined
  }
  if (!isRecord(value) || value.version !== 1 || typeof value.id !== 'string') return undefined
  if (typeof value.state !== 'string' || !RUN_STATES.includes(value.state) || !Array.isArray(value.items)) {
    return undefined
  }
  const itemsOk = value.items.every(
    (item) =>
      isRecord(item) &&
      typeof item.customerId === 'string' &&
      typeof item.subscriptionId === 'string' &&
      typeof item.targetOfferId === 'string' &&
      typeof item.requestId === 'string' &&
      typeof item.quantity === 'number' &&
      typeof item.status === 'string' &&
      ITEM_STATUSES.includes(item.status),
  )
  return itemsOk ? (value as unknown as BulkRun) : undefined
}
