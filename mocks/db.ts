import type { CustomerFacts, SubscriptionFacts, SubscriptionStatus, UpgradeType } from '../src/rules/eligibility'
import { planLicenseTransfer } from '../src/rules/licenses'
import { findOffer } from '../src/rules/offers'
import type {
  BillingCycle,
  RelationshipToPartner,
  Scenario,
  ScenarioCustomer,
  ScenarioSubscription,
  TermDuration,
} from './scenario'

/**
 * The mock's in-memory Partner Center: customers, their subscriptions (each with a version-based
 * ETag), what they hold through other channels, and their users' license assignments. Built from
 * a scenario and reset to it on demand. It performs operations; whether an operation is allowed
 * (roles, eligibility, quantity limits) is decided by src/rules, which the handlers call first.
 */
interface CustomerRecord {
  id: string
  companyName: string
  domain: string
  tenantId: string
  relationshipToPartner: RelationshipToPartner
  allowDelegatedAccess: boolean
}

interface SubscriptionRecord {
  id: string
  customerId: string
  offerId: string
  offerName: string
  friendlyName: string
  quantity: number
  status: SubscriptionStatus
  suspensionReasons: readonly string[]
  billingCycle: BillingCycle
  termDuration: TermDuration
  creationDate: string
  effectiveStartDate: string
  commitmentEndDate: string
  autoRenewEnabled: boolean
  parentSubscriptionId: string | null
  /** Bumped by every change; the ETag derives from it. */
  version: number
  etag: string
}

interface OtherChannelRecord {
  customerId: string
  offerId: string
  quantity: number
  channel: string
}

interface UserRecord {
  id: string
  customerId: string
  displayName: string
  email: string
  /** Subscription ids whose license the user is assigned. */
  licenses: readonly string[]
  selfServiceLicenses: readonly string[]
}

export type DbCustomer = Readonly<CustomerRecord>
export type DbSubscription = Readonly<SubscriptionRecord>
export type DbOtherChannelSubscription = Readonly<OtherChannelRecord>
export type DbUser = Readonly<UserRecord>

export interface DbState {
  readonly customers: readonly DbCustomer[]
  readonly subscriptions: readonly DbSubscription[]
  readonly otherChannelSubscriptions: readonly DbOtherChannelSubscription[]
  readonly users: readonly DbUser[]
}

/** The UserLicenseError of Partner Center's UpgradeResult. */
export interface UserLicenseErrorEntry {
  readonly userObjectId: string
  readonly name: string
  readonly email: string
  readonly errors: readonly { readonly code: string; readonly description: string }[]
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

/** A response the handlers keep for idempotent replays (MS-RequestId). */
export interface StoredReply {
  readonly status: number
  readonly body: unknown
  readonly headers: Readonly<Record<string, string>>
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

export interface DatabaseOptions {
  /** The clock for new subscriptions' dates (default: the real one). */
  readonly now?: () => Date
  /** Ids of new subscriptions (default: crypto.randomUUID). */
  readonly newId?: () => string
}

export interface Database {
  /** The current state; replaced as a whole by `reset`, so read it through this getter. */
  readonly state: DbState
  /** The scenario the state started from (the last one given to `reset`, else the initial one). */
  readonly scenario: Scenario
  /** Back to the start of `scenario` (default: the one given to createDatabase); forgets stored replies. */
  reset(scenario?: Scenario): void
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
  upgrade(customerId: string, subscriptionId: string, operation: UpgradeOperation): UpgradeOutcome
  /** Sets a subscription's license count. Check it with checkQuantityChange first. */
  setQuantity(customerId: string, subscriptionId: string, quantity: number): DbSubscription
  recallReply(key: string): StoredReply | undefined
  rememberReply(key: string, reply: StoredReply): void
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

function same(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase()
}

function computeEtag(id: string, version: number): string {
  return btoa(`${id.toLowerCase()}:${version}`).replace(/=+$/, '')
}

function addTerm(date: Date, term: TermDuration): Date {
  const end = new Date(date.getTime())
  end.setUTCMonth(end.getUTCMonth() + (term === 'P1Y' ? 12 : 1))
  return end
}

function subscriptionRecord(customerId: string, sub: ScenarioSubscription): SubscriptionRecord {
  const offer = findOffer(sub.offerId)
  return {
    id: sub.id,
    customerId,
    offerId: offer?.id ?? sub.offerId,
    offerName: offer?.name ?? sub.offerId,
    friendlyName: sub.friendlyName,
    quantity: sub.quantity,
    status: sub.status,
    suspensionReasons: [...(sub.suspensionReasons ?? [])],
    billingCycle: sub.billingCycle,
    termDuration: sub.termDuration,
    creationDate: sub.creationDate,
    effectiveStartDate: sub.effectiveStartDate,
    commitmentEndDate: sub.commitmentEndDate,
    autoRenewEnabled: sub.autoRenewEnabled,
    parentSubscriptionId: sub.parentSubscriptionId ?? null,
    version: 1,
    etag: computeEtag(sub.id, 1),
  }
}

interface MutableState {
  customers: CustomerRecord[]
  subscriptions: SubscriptionRecord[]
  otherChannelSubscriptions: OtherChannelRecord[]
  users: UserRecord[]
}

function stateFrom(scenario: Scenario): MutableState {
  const state: MutableState = { customers: [], subscriptions: [], otherChannelSubscriptions: [], users: [] }
  for (const c of scenario.customers) addCustomer(state, c)
  return state
}

function addCustomer(state: MutableState, c: ScenarioCustomer): void {
  state.customers.push({
    id: c.id,
    companyName: c.companyName,
    domain: c.domain,
    tenantId: c.tenantId,
    relationshipToPartner: c.relationshipToPartner,
    allowDelegatedAccess: c.allowDelegatedAccess,
  })
  for (const sub of c.subscriptions) state.subscriptions.push(subscriptionRecord(c.id, sub))
  for (const other of c.otherChannelSubscriptions) state.otherChannelSubscriptions.push({ customerId: c.id, ...other })
  for (const user of c.users) {
    state.users.push({
      id: user.id,
      customerId: c.id,
      displayName: user.displayName,
      email: user.email,
      licenses: [...user.licenses],
      selfServiceLicenses: [...user.selfServiceLicenses],
    })
  }
}

export function createDatabase(initialScenario: Scenario, options: DatabaseOptions = {}): Database {
  const now = options.now ?? (() => new Date())
  const newId = options.newId ?? (() => crypto.randomUUID())
  let scenario = initialScenario
  let state = stateFrom(scenario)
  const replies = new Map<string, StoredReply>()

  const findCustomer = (customerId: string) => state.customers.find((c) => same(c.id, customerId))
  const requireCustomer = (customerId: string) => {
    const customer = findCustomer(customerId)
    if (!customer) throw new DatabaseError('customer_not_found', `Customer ${customerId} not found.`)
    return customer
  }
  const subscriptionRecords = (customerId: string) => state.subscriptions.filter((s) => same(s.customerId, customerId))
  const requireSubscription = (customerId: string, subscriptionId: string) => {
    requireCustomer(customerId)
    const sub = state.subscriptions.find((s) => same(s.customerId, customerId) && same(s.id, subscriptionId))
    if (!sub) throw new DatabaseError('subscription_not_found', `Subscription ${subscriptionId} not found.`)
    return sub
  }
  const bump = (sub: SubscriptionRecord) => {
    sub.version += 1
    sub.etag = computeEtag(sub.id, sub.version)
  }
  const usersOfSubscription = (customerId: string, subscriptionId: string) =>
    state.users.filter((u) => same(u.customerId, customerId) && u.licenses.some((l) => same(l, subscriptionId)))

  return {
    get state(): DbState {
      return state
    },
    get scenario() {
      return scenario
    },
    reset(next) {
      scenario = next ?? initialScenario
      state = stateFrom(scenario)
      replies.clear()
    },
    findCustomer,
    subscriptionsOf: subscriptionRecords,
    findSubscription(customerId, subscriptionId) {
      return state.subscriptions.find((s) => same(s.customerId, customerId) && same(s.id, subscriptionId))
    },
    otherChannelOf(customerId) {
      return state.otherChannelSubscriptions.filter((o) => same(o.customerId, customerId))
    },
    usersOf(customerId) {
      return state.users.filter((u) => same(u.customerId, customerId))
    },
    usersOfSubscription,
    customerFacts(customerId) {
      const customer = requireCustomer(customerId)
      return {
        allowDelegatedAccess: customer.allowDelegatedAccess,
        subscriptions: subscriptionRecords(customer.id).map(toSubscriptionFacts),
        otherChannelOfferIds: state.otherChannelSubscriptions
          .filter((o) => same(o.customerId, customer.id))
          .map((o) => o.offerId),
      }
    },
    upgrade(customerId, subscriptionId, operation) {
      const source = requireSubscription(customerId, subscriptionId)
      const sourceOffer = findOffer(source.offerId)
      const targetOffer = findOffer(operation.targetOfferId)
      if (!sourceOffer || !targetOffer) {
        throw new DatabaseError(
          'invalid_operation',
          `Unknown offer ${sourceOffer ? operation.targetOfferId : source.offerId}.`,
        )
      }
      if (operation.upgradeType === 'none') throw new DatabaseError('invalid_operation', 'Upgrade type none.')
      const { quantity } = operation
      if (!Number.isInteger(quantity) || quantity < 1 || quantity > source.quantity) {
        throw new DatabaseError('invalid_operation', `Quantity ${quantity} is not within 1..${source.quantity}.`)
      }
      const at = now()
      const id = newId()
      const target: SubscriptionRecord = {
        id,
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
        etag: computeEtag(id, 1),
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
      state.subscriptions.splice(state.subscriptions.indexOf(source) + 1, 0, target)

      let movedUserIds: readonly string[] = []
      const licenseErrors: UserLicenseErrorEntry[] = []
      if (operation.upgradeType === 'upgrade_with_license_transfer') {
        const holders = usersOfSubscription(source.customerId, source.id)
        const plan = planLicenseTransfer(holders, sourceOffer, targetOffer, quantity)
        movedUserIds = plan.moved
        const moved = new Set(plan.moved)
        for (const user of holders) {
          if (!moved.has(user.id)) continue
          user.licenses = user.licenses.map((l) => (same(l, source.id) ? target.id : l))
        }
        for (const { user, problems } of plan.blocked) {
          licenseErrors.push({
            userObjectId: user.id,
            name: user.displayName,
            email: user.email,
            errors: problems.map((p) => ({ code: p.code, description: p.description })),
          })
        }
      }
      return { source, target, upgradeType: operation.upgradeType, partial, movedUserIds, licenseErrors }
    },
    setQuantity(customerId, subscriptionId, quantity) {
      const sub = requireSubscription(customerId, subscriptionId)
      if (!Number.isInteger(quantity) || quantity < 0) {
        throw new DatabaseError('invalid_operation', `Quantity ${quantity} is not a whole number.`)
      }
      sub.quantity = quantity
      bump(sub)
      return sub
    },
    recallReply(key) {
      return replies.get(key)
    },
    rememberReply(key, reply) {
      replies.set(key, reply)
    },
  }
}
