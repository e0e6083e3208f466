import { newGuid } from '../../api/client'
import { type ApiErrorKind, isApiError } from '../../api/errors'
import { type BudgetClock, type RequestBudget, realClock } from '../../api/request-budget'
import type { UpgradeResult } from '../../api/subscription-schemas'

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
export type ItemStatus = 'waiting' | 'sending' | 'done' | 'failed' | 'cancelled'
export type RunState = 'running' | 'paused' | 'cancelled' | 'finished'
export type BulkUpgradeType = 'upgrade_with_license_transfer' | 'upgrade_only'

export interface AffectedUser {
  readonly name: string
  readonly email: string
}

export interface ItemResult {
  readonly targetSubscriptionId: string | null
  /** Users whose licenses could not move, or services that need more work. */
  readonly affectedUsers: readonly AffectedUser[]
}

export interface ItemFailure {
  readonly kind: ApiErrorKind | 'unexpected'
  readonly status?: number
  readonly code?: string | number
  readonly description?: string
  readonly correlationId?: string
  /** No answer came (network, timeout, server error): whether it acted is unknown, so a retry re-sends the same request. */
  readonly outcomeUnknown: boolean
}

export interface BulkItem {
  readonly customerId: string
  readonly customerName: string
  readonly subscriptionId: string
  readonly subscriptionName: string
  readonly sourceOfferName: string
  readonly targetOfferId: string
  readonly targetOfferName: string
  readonly quantity: number
  /** The ETag the plan was reviewed with, sent as If-Match. */
  readonly etag: string | undefined
  readonly requestId: string
  readonly status: ItemStatus
  /** Requests sent for it (a 429 does not count). */
  readonly attempts: number
  readonly throttled: number
  readonly result?: ItemResult
  readonly failure?: ItemFailure
}

export interface BulkRun {
  readonly version: 1
  readonly id: string
  readonly createdAt: string
  readonly upgradeType: BulkUpgradeType
  readonly state: RunState
  readonly items: readonly BulkItem[]
}

export type PlannedItem = Omit<BulkItem, 'requestId' | 'status' | 'attempts' | 'throttled' | 'result' | 'failure'>

export function createRun(items: readonly PlannedItem[], upgradeType: BulkUpgradeType, now = new Date()): BulkRun {
  return {
    version: 1,
    id: newGuid(),
    createdAt: now.toISOString(),
    upgradeType,
    state: 'running',
    items: items.map((item) => ({ ...item, requestId: newGuid(), status: 'waiting', attempts: 0, throttled: 0 })),
  }
}

/**
 * The failed items of `run` as a new run. An item whose outcome is unknown keeps its request id,
 * so that if it did act, Partner Center answers with that result instead of acting again; an item
 * that was refused gets a new one (the same id would only replay the refusal).
 */
export function retryFailed(run: BulkRun, now = new Date()): BulkRun {
  return {
    version: 1,
    id: newGuid(),
    createdAt: now.toISOString(),
    upgradeType: run.upgradeType,
    state: 'running',
    items: run.items
      .filter((item) => item.status === 'failed')
      .map(({ failure, result: _result, ...item }) => ({
        ...item,
        requestId: failure?.outcomeUnknown ? item.requestId : newGuid(),
        status: 'waiting' as const,
        attempts: 0,
        throttled: 0,
      })),
  }
}

export interface RunCounts {
  readonly total: number
  readonly done: number
  readonly failed: number
  readonly waiting: number
  readonly sending: number
  readonly cancelled: number
  /** Seats of the items done. */
  readonly seatsDone: number
}

export function countItems(items: readonly BulkItem[]): RunCounts {
  const counts = { total: items.length, done: 0, failed: 0, waiting: 0, sending: 0, cancelled: 0, seatsDone: 0 }
  for (const item of items) {
    counts[item.status] += 1
    if (item.status === 'done') counts.seatsDone += item.quantity
  }
  return counts
}

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

/** A stored run, if the text is one (anything else, e.g. of an older version, is ignored). */
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

function failureOf(error: unknown): ItemFailure {
  if (!isApiError(error)) {
    return {
      kind: 'unexpected',
      description: error instanceof Error ? error.message : String(error),
      outcomeUnknown: true,
    }
  }
  const { status, code, description, correlationId } = error.details
  const outcomeUnknown =
    error.kind === 'network' || error.kind === 'timeout' || error.kind === 'malformed' || (status ?? 0) >= 500
  return { kind: error.kind, status, code, description, correlationId, outcomeUnknown }
}

function resultOf(result: UpgradeResult): ItemResult {
  return {
    targetSubscriptionId: result.targetSubscriptionId ?? null,
    affectedUsers: (result.licenseErrors ?? []).map((user) => ({
      name: user.name ?? user.userObjectId,
      email: user.email ?? '',
    })),
  }
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

  /** The next item to send: waiting, not picked by another worker; or how long until one is due. */
  private next(): { item: BulkItem } | { waitMs: number } | undefined {
    const now = this.clock.now()
    let soonest: number | undefined
    for (const item of this.run.items) {
      if (item.status !== 'waiting' || this.picked.has(item.subscriptionId)) continue
      const due = this.notBefore.get(item.subscriptionId) ?? 0
      if (due <= now) return { item }
      soonest = soonest === undefined ? due : Math.min(soonest, due)
    }
    return soonest === undefined ? undefined : { waitMs: soonest - now }
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
