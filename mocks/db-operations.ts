import type { CustomerFacts, SubscriptionFacts, UpgradeType } from '../src/rules/eligibility'
import { planLicenseTransfer } from '../src/rules/licenses'
import { findOffer } from '../src/rules/offers'
import type { SubscriptionStatus } from '../src/rules/subscription-status'
import { type Operation, operationProblem, type UpgradeOperationEntry } from './operations'
import {
  addTerm,
  computeEtag,
  type DbSubscription,
  type MutableState,
  type SubscriptionRecord,
  stateFrom,
} from './records'
import type { Scenario } from './scenario'

/**
 * The database's operations on its state (mocks/db.ts is the database): the queries, and the
 * application of one logged operation, the same for a new write and for a replay.
 */
/** The UserLicenseError of Partner Center's UpgradeResult. */
export interface UserLicenseErrorEntry {
  readonly userObjectId: string
  readonly name: string
  readonly email: string
  readonly errors: readonly {
    readonly code: string
    readonly description: string
    /** ApiFault's data: the service and the license in conflict, so that the app can say it in words. */
    readonly data?: readonly { readonly service: string; readonly conflictingLicense: string }[]
  }[]
}

export interface UpgradeOperation {
  readonly targetOfferId: string
  readonly quantity: number
  readonly upgradeType: UpgradeType
}

export interface UpgradeOutcome {
  /** The source after the upgrade: suspended (full) or with fewer licenses (partial). */
  readonly source: DbSubscription
  /** The new subscription of the target offer. */
  readonly target: DbSubscription
  readonly upgradeType: UpgradeType
  readonly partial: boolean
  readonly movedUserIds: readonly string[]
  readonly licenseErrors: readonly UserLicenseErrorEntry[]
}

/** A subscription's license count and status before or after an operation (for audit records). */
export interface SubscriptionChange {
  readonly quantity: number
  readonly status: SubscriptionStatus
}

/** An applied operation with the source subscription before and after it. */
export interface HistoryEntry {
  readonly op: Operation
  readonly before: SubscriptionChange
  readonly after: SubscriptionChange
}

export type DatabaseErrorReason = 'customer_not_found' | 'subscription_not_found' | 'invalid_operation'

export class DatabaseError extends Error {
  readonly reason: DatabaseErrorReason
  constructor(reason: DatabaseErrorReason, message: string) {
    super(message)
    this.name = 'DatabaseError'
    this.reason = reason
  }
}

export function toSubscriptionFacts(sub: DbSubscription): SubscriptionFacts {
  return {
    id: sub.id,
    offerId: sub.offerId,
    status: sub.status,
    quantity: sub.quantity,
    parentSubscriptionId: sub.parentSubscriptionId,
  }
}

export function same(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase()
}

/** A mutex for one tab: each call runs after the previous one settled. */
export function createLocalLock(): <T>(fn: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve()
  return (fn) => {
    const run = tail.then(fn, fn)
    tail = run.catch(() => undefined)
    return run
  }
}

export interface Store {
  scenario: Scenario
  state: MutableState
  history: HistoryEntry[]
  requests: Map<string, Operation>
}

export function freshStore(scenario: Scenario): Store {
  return { scenario, state: stateFrom(scenario), history: [], requests: new Map() }
}

/** Queries of a state, shared by the database and its operations. */
export function queries(current: () => MutableState) {
  const findCustomer = (customerId: string) => current().customers.find((c) => same(c.id, customerId))
  const requireCustomer = (customerId: string) => {
    const customer = findCustomer(customerId)
    if (!customer) throw new DatabaseError('customer_not_found', `Customer ${customerId} not found.`)
    return customer
  }
  const subscriptionsOf = (customerId: string) => current().subscriptions.filter((s) => same(s.customerId, customerId))
  const findSubscription = (customerId: string, subscriptionId: string) =>
    current().subscriptions.find((s) => same(s.customerId, customerId) && same(s.id, subscriptionId))
  const requireSubscription = (customerId: string, subscriptionId: string) => {
    requireCustomer(customerId)
    const sub = findSubscription(customerId, subscriptionId)
    if (!sub) throw new DatabaseError('subscription_not_found', `Subscription ${subscriptionId} not found.`)
    return sub
  }
  const usersOfSubscription = (customerId: string, subscriptionId: string) =>
    current().users.filter((u) => same(u.customerId, customerId) && u.licenses.some((l) => same(l, subscriptionId)))
  const customerFacts = (customerId: string): CustomerFacts => {
    const customer = requireCustomer(customerId)
    return {
      allowDelegatedAccess: customer.allowDelegatedAccess,
      subscriptions: subscriptionsOf(customer.id).map(toSubscriptionFacts),
      otherChannelOfferIds: current()
        .otherChannelSubscriptions.filter((o) => same(o.customerId, customer.id))
        .map((o) => o.offerId),
    }
  }
  return {
    findCustomer,
    requireCustomer,
    subscriptionsOf,
    findSubscription,
    requireSubscription,
    usersOfSubscription,
    customerFacts,
  }
}

type Queries = ReturnType<typeof queries>

function bump(sub: SubscriptionRecord): void {
  sub.version += 1
  sub.etag = computeEtag(sub.id, sub.version)
}

/** DOMAIN.md "What an upgrade does", as recorded in `op` (its time and new subscription id). */
function applyUpgrade(store: Store, q: Queries, op: UpgradeOperationEntry): UpgradeOutcome {
  const source = q.requireSubscription(op.customerId, op.subscriptionId)
  const sourceOffer = findOffer(source.offerId)
  const targetOffer = findOffer(op.targetOfferId)
  if (!sourceOffer || !targetOffer) {
    throw new DatabaseError('invalid_operation', `Unknown offer ${sourceOffer ? op.targetOfferId : source.offerId}.`)
  }
  const { quantity } = op
  if (!Number.isInteger(quantity) || quantity < 1 || quantity > source.quantity) {
    throw new DatabaseError('invalid_operation', `Quantity ${quantity} is not within 1..${source.quantity}.`)
  }
  if (store.state.subscriptions.some((s) => same(s.id, op.targetSubscriptionId))) {
    throw new DatabaseError('invalid_operation', `Subscription ${op.targetSubscriptionId} exists already.`)
  }
  const at = new Date(op.at)
  const target: SubscriptionRecord = {
    id: op.targetSubscriptionId,
    customerId: source.customerId,
    offerId: targetOffer.id,
    offerName: targetOffer.name,
    friendlyName: targetOffer.name,
    quantity,
    status: 'active',
    suspensionReasons: [],
    billingCycle: source.billingCycle,
    termDuration: source.termDuration,
    creationDate: at.toISOString(),
    effectiveStartDate: at.toISOString(),
    commitmentEndDate: addTerm(at, source.termDuration).toISOString(),
    autoRenewEnabled: source.autoRenewEnabled,
    parentSubscriptionId: null,
    version: 1,
    etag: computeEtag(op.targetSubscriptionId, 1),
  }
  const partial = quantity < source.quantity
  if (partial) source.quantity -= quantity
  else {
    // A fully upgraded source is suspended; it keeps its quantity for the record.
    source.status = 'suspended'
    source.suspensionReasons = ['Upgraded']
    source.autoRenewEnabled = false
  }
  bump(source)
  store.state.subscriptions.splice(store.state.subscriptions.indexOf(source) + 1, 0, target)
  let movedUserIds: readonly string[] = []
  const licenseErrors: UserLicenseErrorEntry[] = []
  if (op.upgradeType === 'upgrade_with_license_transfer') {
    const holders = q.usersOfSubscription(source.customerId, source.id)
    const plan = planLicenseTransfer(holders, sourceOffer, targetOffer, quantity)
    movedUserIds = plan.moved
    const moved = new Set(plan.moved)
    for (const user of holders) {
      if (moved.has(user.id)) user.licenses = user.licenses.map((l) => (same(l, source.id) ? target.id : l))
    }
    for (const { user, problems } of plan.blocked) {
      licenseErrors.push({
        userObjectId: user.id,
        name: user.displayName,
        email: user.email,
        errors: problems.map((p) => ({
          code: p.code,
          description: p.description,
          data: [{ service: p.service, conflictingLicense: p.conflictingLicense }],
        })),
      })
    }
  }
  return { source, target, upgradeType: op.upgradeType, partial, movedUserIds, licenseErrors }
}

/** Applies `op` to `store` (checked by the rules when `checked`), recording it in the history. */
export function applyOperation(store: Store, op: Operation, checked: boolean): UpgradeOutcome | DbSubscription {
  const q = queries(() => store.state)
  const sub = q.requireSubscription(op.customerId, op.subscriptionId)
  if (checked) {
    const customer = q.requireCustomer(op.customerId)
    const problem = operationProblem(op, {
      subscription: sub,
      facts: q.customerFacts(op.customerId),
      relationship: customer.relationshipToPartner,
    })
    if (problem) throw new DatabaseError('invalid_operation', problem)
  }
  const before = { quantity: sub.quantity, status: sub.status }
  let result: UpgradeOutcome | DbSubscription
  if (op.kind === 'upgrade') result = applyUpgrade(store, q, op)
  else {
    if (!Number.isInteger(op.quantity) || op.quantity < 0) {
      throw new DatabaseError('invalid_operation', `Quantity ${op.quantity} is not a whole number.`)
    }
    const record = sub as SubscriptionRecord
    record.quantity = op.quantity
    bump(record)
    result = record
  }
  store.history.push({ op, before, after: { quantity: sub.quantity, status: sub.status } })
  if (op.request) store.requests.set(op.request.requestId.toLowerCase(), op)
  return result
}
