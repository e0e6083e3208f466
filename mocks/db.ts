import type { CustomerFacts } from '../src/rules/eligibility'
import { findOffer } from '../src/rules/offers'
import {
  applyOperation,
  createLocalLock,
  DatabaseError,
  freshStore,
  type HistoryEntry,
  queries,
  type Store,
  same,
  type UpgradeOperation,
  type UpgradeOutcome,
} from './db-operations'
import type { Operation, OperationRequest } from './operations'
import type { DbCustomer, DbOtherChannelSubscription, DbState, DbSubscription, DbUser } from './records'
import type { Scenario } from './scenario'

export {
  DatabaseError,
  type DatabaseErrorReason,
  type HistoryEntry,
  type SubscriptionChange,
  toSubscriptionFacts,
  type UpgradeOperation,
  type UpgradeOutcome,
  type UserLicenseErrorEntry,
} from './db-operations'

export type { DbCustomer, DbOtherChannelSubscription, DbState, DbSubscription, DbUser } from './records'
export { assignScenarioFingerprint, initialState, scenarioFingerprint } from './records'

/**
 * The mock's in-memory Partner Center: customers, their subscriptions (each with a version-based
 * ETag), what they hold through other channels, and their users' license assignments. Built from
 * a scenario plus the operations accepted since its start (the operation log, mocks/operations.ts),
 * which is what storage keeps and other tabs replay. Whether an operation is allowed (roles,
 * eligibility, quantity limits) is decided by src/rules: the handlers call them first, and a
 * replayed log is checked by them again.
 */

export interface DatabaseOptions {
  /** The clock for new subscriptions' dates and the idempotency window (default: the real one). */
  readonly now?: () => Date
  /** Ids of new subscriptions (default: crypto.randomUUID). */
  readonly newId?: () => string
}

/** A deep, JSON copy of what the database holds: to compare before and after. */
export interface DbSnapshot {
  readonly scenario: string
  readonly state: DbState
  readonly operations: readonly Operation[]
}

export type LoadResult = { readonly ok: true } | { readonly ok: false; readonly problems: readonly string[] }

/**
 * Where the database is shared with other tabs (mocks/persistence.ts): `lock` runs a write alone
 * among all of them, `pull` brings in what they wrote, `push` stores what this one wrote.
 */
export interface DbBacking {
  lock<T>(fn: () => Promise<T>): Promise<T>
  pull(): void
  push(): void
}

export interface Database {
  /** The current state; replaced as a whole by `reset` and `load`, so read it through this getter. */
  readonly state: DbState
  /** The scenario the state started from (the last one given to `reset`/`load`, else the initial one). */
  readonly scenario: Scenario
  /** The operations accepted since the scenario's start, oldest first. */
  readonly operations: readonly Operation[]
  /** The same, each with its source subscription before and after. */
  readonly history: readonly HistoryEntry[]
  /** The clock of the database (operations' times, the idempotency window). */
  now(): Date
  /** Back to the start of `scenario` (default: the one given to createDatabase); forgets the log. */
  reset(scenario?: Scenario): void
  /**
   * `scenario`'s start plus `operations` replayed, each checked by the rules as the API would:
   * all or nothing (on a problem the database stays as it was). Never throws.
   */
  load(scenario: Scenario, operations: readonly Operation[]): LoadResult
  /** Applies another tab's operation, checked like `load`'s. Throws DatabaseError when it does not fit. */
  apply(op: Operation): void
  findCustomer(customerId: string): DbCustomer | undefined
  /** The customer's subscriptions from this partner (add-ons included), upgrades next to their source. */
  subscriptionsOf(customerId: string): readonly DbSubscription[]
  findSubscription(customerId: string, subscriptionId: string): DbSubscription | undefined
  otherChannelOf(customerId: string): readonly DbOtherChannelSubscription[]
  usersOf(customerId: string): readonly DbUser[]
  /** Users assigned a license of this subscription, in the scenario's order. */
  usersOfSubscription(customerId: string, subscriptionId: string): readonly DbUser[]
  /** What src/rules/eligibility.ts needs to know of the customer. Throws DatabaseError when unknown. */
  customerFacts(customerId: string): CustomerFacts
  /** DOMAIN.md "What an upgrade does". Check the request with checkUpgradeRequest first. */
  upgrade(
    customerId: string,
    subscriptionId: string,
    operation: UpgradeOperation,
    request?: OperationRequest,
  ): UpgradeOutcome
  /** Sets a subscription's license count. Check it with checkQuantityChange first. */
  setQuantity(customerId: string, subscriptionId: string, quantity: number, request?: OperationRequest): DbSubscription
  /** The latest operation made by the request with this MS-RequestId (case-insensitive). */
  findRequest(requestId: string): Operation | undefined
  snapshot(): DbSnapshot
  /** Calls `listener` after every change (operation, reset, load). Returns the unsubscriber. */
  subscribe(listener: () => void): () => void
  /**
   * Runs `fn` alone: no other write of this database, nor (with a backing) of another tab, runs
   * meanwhile, and `fn` decides on the latest state (pulled first); what it changed is pushed.
   */
  transaction<T>(fn: () => T): Promise<T>
  /** Brings in what other tabs wrote (a read calls it first). */
  refresh(): void
  /** Shares the database through `backing`; returns the function that detaches it. */
  attach(backing: DbBacking): () => void
}

/** Replays `operations` over `scenario`'s start, each checked by the rules: a new store, or why not. */
function replay(scenario: Scenario, operations: readonly Operation[]): Store | readonly string[] {
  const next = freshStore(scenario)
  for (const [index, op] of operations.entries()) {
    try {
      applyOperation(next, op, true)
    } catch (error) {
      return [`operations[${index}] (${op.kind} of ${op.subscriptionId}): ${(error as Error).message}`]
    }
  }
  return next
}

/** Listeners called after every change; a failing one neither fails the change nor the others. */
function listenerSet() {
  const listeners = new Set<() => void>()
  return {
    notify() {
      for (const listener of [...listeners]) {
        try {
          listener()
        } catch (error) {
          // A failing listener (e.g. a full localStorage) must not fail the change itself.
          console.error('Mock database listener failed:', error)
        }
      }
    },
    subscribe(listener: () => void) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
  }
}

/** Database.transaction, refresh and attach: one write at a time, in this tab and across tabs. */
function sharing(history: () => readonly unknown[]) {
  const localLock = createLocalLock()
  let backing: DbBacking | undefined
  return {
    transaction<T>(fn: () => T): Promise<T> {
      const run = async () => {
        backing?.pull()
        const before = history().length
        const result = fn()
        if (backing && history().length !== before) backing.push()
        return result
      }
      const held = backing
      return held ? held.lock(() => localLock(run)) : localLock(run)
    },
    refresh() {
      backing?.pull()
    },
    attach(next: DbBacking) {
      backing = next
      return () => {
        if (backing === next) backing = undefined
      }
    },
  }
}

/** Database.upgrade and setQuantity: each a new operation, logged and applied. */
function writes(
  q: ReturnType<typeof queries>,
  record: <T>(op: Operation) => T,
  stamp: (request: OperationRequest | undefined) => Pick<Operation, 'id' | 'at' | 'request'>,
  newId: () => string,
): Pick<Database, 'upgrade' | 'setQuantity'> {
  return {
    upgrade(customerId, subscriptionId, operation, request) {
      const source = q.requireSubscription(customerId, subscriptionId)
      if (operation.upgradeType === 'none') throw new DatabaseError('invalid_operation', 'Upgrade type none.')
      return record<UpgradeOutcome>({
        ...stamp(request),
        kind: 'upgrade',
        customerId: source.customerId,
        subscriptionId: source.id,
        targetOfferId: findOffer(operation.targetOfferId)?.id ?? operation.targetOfferId,
        quantity: operation.quantity,
        upgradeType: operation.upgradeType,
        targetSubscriptionId: newId(),
      })
    },
    setQuantity(customerId, subscriptionId, quantity, request) {
      const sub = q.requireSubscription(customerId, subscriptionId)
      if (!Number.isInteger(quantity) || quantity < 0) {
        throw new DatabaseError('invalid_operation', `Quantity ${quantity} is not a whole number.`)
      }
      const op: Operation = {
        ...stamp(request),
        kind: 'set_quantity',
        customerId: sub.customerId,
        subscriptionId: sub.id,
        quantity,
      }
      return record<DbSubscription>(op)
    },
  }
}

export function createDatabase(initialScenario: Scenario, options: DatabaseOptions = {}): Database {
  const now = options.now ?? (() => new Date())
  const newId = options.newId ?? (() => crypto.randomUUID())
  let store = freshStore(initialScenario)
  const q = queries(() => store.state)
  const changes = listenerSet()
  const record = <T>(op: Operation): T => {
    const result = applyOperation(store, op, false) as T
    changes.notify()
    return result
  }
  const stamp = (request: OperationRequest | undefined) => ({
    id: crypto.randomUUID(),
    at: now().toISOString(),
    ...(request ? { request } : {}),
  })

  return {
    get state(): DbState {
      return store.state
    },
    get scenario() {
      return store.scenario
    },
    get operations() {
      return store.history.map((entry) => entry.op)
    },
    get history() {
      return store.history
    },
    now,
    reset(next) {
      store = freshStore(next ?? initialScenario)
      changes.notify()
    },
    load(scenario, operations) {
      const next = replay(scenario, operations)
      if (!('state' in next)) return { ok: false, problems: next }
      store = next
      changes.notify()
      return { ok: true }
    },
    apply(op) {
      applyOperation(store, op, true)
      changes.notify()
    },
    findCustomer: q.findCustomer,
    subscriptionsOf: q.subscriptionsOf,
    findSubscription: q.findSubscription,
    usersOfSubscription: q.usersOfSubscription,
    customerFacts: q.customerFacts,
    otherChannelOf: (customerId) => store.state.otherChannelSubscriptions.filter((o) => same(o.customerId, customerId)),
    usersOf: (customerId) => store.state.users.filter((u) => same(u.customerId, customerId)),
    ...writes(q, record, stamp, newId),
    findRequest: (requestId) => store.requests.get(requestId.toLowerCase()),
    snapshot() {
      return structuredClone({
        scenario: store.scenario.name,
        state: store.state,
        operations: store.history.map((entry) => entry.op),
      })
    },
    subscribe: changes.subscribe,
    ...sharing(() => store.history),
  }
}
