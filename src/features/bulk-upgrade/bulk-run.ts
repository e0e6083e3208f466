import { isApiError } from '../../api/errors'
import { type BudgetClock, type RequestBudget, realClock } from '../../api/request-budget'
import type { UpgradeResult } from '../../api/subscription-schemas'
import {
  type BulkItem,
  type BulkRun,
  type BulkUpgradeType,
  countItems,
  failureOf,
  nextDue,
  type RunCounts,
  type RunState,
  resultOf,
} from './bulk-run-model'
import { parseRun, type RunStorage } from './bulk-run-storage'

/**
 * A bulk upgrade: a plan of upgrades, each of one subscription, and the queue that carries it out.
 * Plain TypeScript (no React), so that its guarantees are tested on their own:
 * - every item has its own MS-RequestId, fixed when the plan is made, and the ETag it was
 *   reviewed with (If-Match): a retry, a reload or a second tab re-sends the same request, which
 *   Partner Center answers with its first result instead of acting again;
 * - an item is marked "sending" in storage before its request leaves, so after a crash or a closed
 *   tab it is re-sent with that same id;
 * - at most `concurrency` requests at once, each within the shared request budget; a 429 holds
 *   the whole queue for its Retry-After;
 * - pause stops starting items, cancel also drops the waiting ones; requests already sent finish.
 */

/** How long an item's outcome may wait to be saved (see BulkRunner.persist). */
const SAVE_DELAY_MS = 500

export interface RunnerOptions {
  /** Sends one item's upgrade: its request id, If-Match and body. */
  readonly send: (item: BulkItem, upgradeType: BulkUpgradeType, signal: AbortSignal) => Promise<UpgradeResult>
  readonly budget: RequestBudget
  readonly storage: RunStorage
  readonly clock?: BudgetClock
  /** Requests at the same time (default 4). */
  readonly concurrency?: number
  /** Requests per item before it is reported failed (default 3); 429s are not counted. */
  readonly maxAttempts?: number
  /** 429s per item before it is reported failed (default 10). */
  readonly maxThrottled?: number
}

export class BulkRunner {
  private run: BulkRun
  private readonly listeners = new Set<() => void>()
  private readonly controller = new AbortController()
  /** Items a worker has picked and is getting a budget slot for (in memory only). */
  private readonly picked = new Set<string>()
  /** Items to try again no earlier than this (backoff after a transient failure; in memory only). */
  private readonly notBefore = new Map<string, number>()
  private workers = 0
  private disposed = false
  private saveTimer: ReturnType<typeof setTimeout> | undefined
  private sessionStart: number | undefined
  private sessionFinished = 0
  private readonly clock: BudgetClock
  private idle: Promise<void> = Promise.resolve()
  private resolveIdle: (() => void) | undefined

  constructor(
    run: BulkRun,
    private readonly options: RunnerOptions,
  ) {
    this.clock = options.clock ?? realClock
    // A request that was on its way when the page went away: its outcome is unknown, so it is
    // sent again with the same request id (Partner Center replays it if it had acted).
    this.run = {
      ...run,
      items: run.items.map((item) => (item.status === 'sending' ? { ...item, status: 'waiting' } : item)),
    }
    this.persist()
  }

  /** The stored run, ready to go on (not started). */
  static restore(options: RunnerOptions): BulkRunner | undefined {
    const run = parseRun(options.storage.load())
    return run ? new BulkRunner(run, options) : undefined
  }

  get snapshot(): BulkRun {
    return this.run
  }

  counts(): RunCounts {
    return countItems(this.run.items)
  }

  /** Milliseconds left at the pace of this session, once an item has finished; undefined before. */
  estimatedMsLeft(): number | undefined {
    if (this.sessionStart === undefined || this.sessionFinished === 0) return undefined
    const { waiting, sending } = this.counts()
    const perItem = (this.clock.now() - this.sessionStart) / this.sessionFinished
    return Math.round((waiting + sending) * perItem)
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Resolves when no request is on its way and no worker is running. */
  whenIdle(): Promise<void> {
    return this.idle
  }

  /** Starts, or goes on after a pause or a reload. */
  resume(): void {
    if (this.disposed || this.run.state === 'cancelled') return
    if (!this.run.items.some((i) => i.status === 'waiting' || i.status === 'sending')) {
      this.setRun({ ...this.run, state: 'finished' })
      return
    }
    this.setRun({ ...this.run, state: 'running' })
    this.sessionStart ??= this.clock.now()
    this.pump()
  }

  /** No new item starts; those already sent finish. */
  pause(): void {
    if (this.run.state !== 'running') return
    this.setRun({ ...this.run, state: 'paused' })
  }

  /** Items not yet started are cancelled; those already sent finish. */
  cancel(): void {
    if (this.run.state === 'finished' || this.run.state === 'cancelled') return
    this.setRun({
      ...this.run,
      state: 'cancelled',
      items: this.run.items.map((item) => (item.status === 'waiting' ? { ...item, status: 'cancelled' } : item)),
    })
    this.picked.clear()
  }

  /**
   * Stops this runner without recording anything more (the page is going away, or a test
   * simulates a crash): the stored run stays as it is, requests on their way included.
   */
  dispose(): void {
    this.disposed = true
    // What was not saved yet is lost, as with a crash.
    clearTimeout(this.saveTimer)
    this.saveTimer = undefined
    this.controller.abort(new DOMException('The bulk upgrade runner was stopped', 'AbortError'))
    this.listeners.clear()
  }

  /** Saves what is not saved yet (the page is being hidden or closed). */
  flush(): void {
    if (this.saveTimer !== undefined) this.persist()
  }

  /**
   * Saves the run: at once before a request leaves and on a change of state; an item's outcome
   * within SAVE_DELAY_MS (a large run is megabytes of JSON). An outcome lost with the page only
   * means its request is sent again with the same id, which Partner Center answers with the first
   * result.
   */
  private persist(soon = false): void {
    if (this.disposed) return
    if (soon) {
      this.saveTimer ??= setTimeout(() => this.persist(), SAVE_DELAY_MS)
      return
    }
    clearTimeout(this.saveTimer)
    this.saveTimer = undefined
    this.options.storage.save(JSON.stringify(this.run))
  }

  private setRun(next: BulkRun, soon = false): void {
    if (this.disposed) return
    this.run = next
    this.persist(soon)
    for (const listener of this.listeners) listener()
  }

  /** `outcome`: the change records an answer (saved soon), not a request about to leave (saved now). */
  private updateItem(subscriptionId: string, change: (item: BulkItem) => BulkItem, outcome = false): void {
    const items = this.run.items.map((item) => (item.subscriptionId === subscriptionId ? change(item) : item))
    const settled = !items.some((i) => i.status === 'waiting' || i.status === 'sending')
    const state: RunState = settled && this.run.state !== 'cancelled' ? 'finished' : this.run.state
    this.setRun({ ...this.run, items, state }, outcome && state === this.run.state)
  }

  private pump(): void {
    const concurrency = this.options.concurrency ?? 4
    if (this.workers === 0) {
      this.idle = new Promise<void>((resolve) => {
        this.resolveIdle = resolve
      })
    }
    while (this.workers < concurrency) {
      this.workers += 1
      void this.work().finally(() => {
        this.workers -= 1
        if (this.workers === 0) {
          this.flush()
          this.resolveIdle?.()
        }
      })
    }
  }

  private next(): { item: BulkItem } | { waitMs: number } | undefined {
    return nextDue(this.run.items, this.picked, this.notBefore, this.clock.now())
  }

  private async work(): Promise<void> {
    const signal = this.controller.signal
    while (!this.disposed && this.run.state === 'running') {
      const next = this.next()
      if (!next) return
      if ('waitMs' in next) {
        try {
          await this.clock.sleep(next.waitMs, signal)
        } catch {
          return
        }
        continue
      }
      const id = next.item.subscriptionId
      this.picked.add(id)
      try {
        await this.options.budget.acquire(signal)
      } catch {
        this.picked.delete(id)
        return
      }
      this.picked.delete(id)
      const current = this.run.items.find((i) => i.subscriptionId === id)
      // Paused or cancelled while waiting for the budget: it has not started.
      if (this.disposed || this.run.state !== 'running' || current?.status !== 'waiting') continue
      this.updateItem(id, (item) => ({ ...item, status: 'sending', attempts: item.attempts + 1 }))
      await this.sendOne(current, signal)
    }
  }

  private async sendOne(item: BulkItem, signal: AbortSignal): Promise<void> {
    let result: UpgradeResult
    try {
      result = await this.options.send(item, this.run.upgradeType, signal)
    } catch (error) {
      if (this.disposed) return
      this.settleFailure(item, error)
      return
    }
    if (this.disposed) return
    this.sessionFinished += 1
    this.updateItem(
      item.subscriptionId,
      (current) => ({ ...current, status: 'done', result: resultOf(result), failure: undefined }),
      true,
    )
  }

  private settleFailure(item: BulkItem, error: unknown): void {
    const failure = failureOf(error)
    const maxAttempts = this.options.maxAttempts ?? 3
    const id = item.subscriptionId
    if (isApiError(error) && error.status === 429) {
      // Partner Center is busy: everyone waits, and this try does not count against the item.
      this.options.budget.holdFor(error.details.retryAfterSeconds ?? 5)
      const throttled = item.throttled + 1
      if (throttled < (this.options.maxThrottled ?? 10)) {
        this.updateItem(
          id,
          (current) => ({
            ...current,
            status: this.run.state === 'cancelled' ? 'cancelled' : 'waiting',
            attempts: current.attempts - 1,
            throttled,
          }),
          true,
        )
        return
      }
    } else if (failure.outcomeUnknown && item.attempts + 1 < maxAttempts && this.run.state !== 'cancelled') {
      // The same request again, after a pause that grows: it acts at most once. (After a cancel it
      // is reported failed, not cancelled: it may have acted.)
      this.notBefore.set(id, this.clock.now() + 1000 * 2 ** item.attempts)
      this.updateItem(id, (current) => ({ ...current, status: 'waiting', failure }), true)
      return
    }
    this.sessionFinished += 1
    this.updateItem(id, (current) => ({ ...current, status: 'failed', failure }), true)
  }
}
