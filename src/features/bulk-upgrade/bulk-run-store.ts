import { useSyncExternalStore } from 'react'
import { partnerCenterBudget } from '../../api/request-budget'
import { BulkRunner, type RunnerOptions } from './bulk-run'
import type { BulkRun } from './bulk-run-model'
import { browserRunStorage } from './bulk-run-storage'
import { sendBulkItem } from './send'

/**
 * The tab's one bulk upgrade. It lives outside React, so that it goes on while the agent looks at
 * other pages; it is restored from storage when first asked for after a reload.
 */
const options: RunnerOptions = { send: sendBulkItem, budget: partnerCenterBudget, storage: browserRunStorage }
let runner: BulkRunner | undefined
let restored = false
let version = 0
const listeners = new Set<() => void>()

// A tab being hidden or closed saves the outcomes not saved yet.
globalThis.addEventListener?.('pagehide', () => runner?.flush())

function notify() {
  version += 1
  for (const listener of listeners) listener()
}

function attach(next: BulkRunner | undefined) {
  runner?.dispose()
  runner = next
  next?.subscribe(notify)
  notify()
}

function restoreOnce(): BulkRunner | undefined {
  if (!restored) {
    restored = true
    runner = BulkRunner.restore(options)
    runner?.subscribe(notify)
  }
  return runner
}

export function startBulkRun(run: BulkRun): void {
  restored = true
  attach(new BulkRunner(run, options))
  runner?.resume()
}

/** Forgets the finished run (its results were shown; the CSV is the record). */
export function clearBulkRun(): void {
  restored = true
  attach(undefined)
  browserRunStorage.clear()
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** The current run's runner, re-rendering on every change of it. */
export function useBulkRunner(): BulkRunner | undefined {
  useSyncExternalStore(
    subscribe,
    () => version,
    () => version,
  )
  return restoreOnce()
}
