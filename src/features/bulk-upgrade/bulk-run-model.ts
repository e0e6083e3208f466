import { newGuid } from '../../api/client'
import { type ApiErrorKind, isApiError } from '../../api/errors'
import type { UpgradeResult } from '../../api/subscription-schemas'

/** A bulk upgrade's plan and the state of each of its items (the queue that carries it out: bulk-run.ts). */
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

/** What an item records of a failed request: enough to say what happened and whether it may have acted. */
export function failureOf(error: unknown): ItemFailure {
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

/** What an item records of a done upgrade: the new subscription and the users that need more work. */
export function resultOf(result: UpgradeResult): ItemResult {
  return {
    targetSubscriptionId: result.targetSubscriptionId ?? null,
    affectedUsers: (result.licenseErrors ?? []).map((user) => ({
      name: user.name ?? user.userObjectId,
      email: user.email ?? '',
    })),
  }
}

/** The next item to send: waiting, not picked by a worker, and due; or how long until one is due. */
export function nextDue(
  items: readonly BulkItem[],
  picked: ReadonlySet<string>,
  notBefore: ReadonlyMap<string, number>,
  now: number,
): { item: BulkItem } | { waitMs: number } | undefined {
  let soonest: number | undefined
  for (const item of items) {
    if (item.status !== 'waiting' || picked.has(item.subscriptionId)) continue
    const due = notBefore.get(item.subscriptionId) ?? 0
    if (due <= now) return { item }
    soonest = soonest === undefined ? due : Math.min(soonest, due)
  }
  return soonest === undefined ? undefined : { waitMs: soonest - now }
}
