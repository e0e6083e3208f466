import * as z from 'zod/mini'
import type { CustomerFacts, SubscriptionFacts, UpgradeType } from '../src/rules/eligibility'
import { findSelfServiceLicense, planLicenseTransfer } from '../src/rules/licenses'
import { findOffer } from '../src/rules/offers'
import { SUBSCRIPTION_STATUSES, type SubscriptionStatus } from '../src/rules/subscription-status'
import {
  BILLING_CYCLES,
  type BillingCycle,
  RELATIONSHIPS_TO_PARTNER,
  type RelationshipToPartner,
  type Scenario,
  type ScenarioCustomer,
  type ScenarioSubscription,
  TERM_DURATIONS,
  type TermDuration,
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
  readonly errors: readonly {
    readonly code: string
    readonly description: string
    /** ApiFault's data: here the service and the license in conflict, so that the app can say it in words. */
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

/**
 * The version of DbSnapshot's layout. Bump it whenever the state's shape changes: a snapshot of
 * another format is refused by `restore`, so a browser holding an old one starts afresh.
 */
export const DB_SNAPSHOT_FORMAT = 1

/** At most this many idempotent replies are kept; the oldest is forgotten first. */
export const MAX_STORED_REPLIES = 500

export interface DbSnapshotReply extends StoredReply {
  /** The replay key: method, lower-cased path and MS-RequestId. */
  readonly key: string
}

/**
 * Everything the database holds, as plain JSON (e.g. for localStorage): the state, the stored
 * idempotent replies (oldest first), and which scenario it grew from.
 */
export interface DbSnapshot {
  readonly format: typeof DB_SNAPSHOT_FORMAT
  /** The name of the scenario the state started from. */
  readonly scenario: string
  /** A hash of that scenario's content: a snapshot of an edited scenario is not restored. */
  readonly scenarioFingerprint: string
  readonly state: DbState
  readonly replies: readonly DbSnapshotReply[]
}

export interface Database {
  /** The current state; replaced as a whole by `reset` and `restore`, so read it through this getter. */
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
  /** A deep, JSON-serializable copy of the state and stored replies. */
  snapshot(): DbSnapshot
  /** A copy of the stored replies only (oldest first), as in a snapshot: cheaper than snapshot() for large states. */
  storedReplies(): DbSnapshotReply[]
  /**
   * Replaces the state and stored replies with a snapshot's, if it is one: of DB_SNAPSHOT_FORMAT,
   * of the current scenario (same name and content) or of `scenario` when given (which then
   * becomes `this.scenario`), well formed and consistent. Otherwise
   * returns false and leaves everything as it was. Never throws.
   */
  restore(snapshot: unknown, scenario?: Scenario): boolean
  /**
   * Calls `listener` after every change: upgrade, setQuantity, reset, restore, rememberReply.
   * Returns the function that unsubscribes it.
   */
  subscribe(listener: () => void): () => void
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

/** The state a database of `scenario` starts with (a new copy on every call). */
export function initialState(scenario: Scenario): DbState {
  return stateFrom(scenario)
}

function stateFrom(scenario: Scenario): MutableState {
  const state: MutableState = { customers: [], subscriptions: [], otherChannelSubscriptions: [], users: [] }
  for (const c of scenario.customers) addCustomer(state, c)
  return state
}

function addCustomer(state: MutableState, c: ScenarioCustomer): void {
  state.customers.push({
    id: c.id,
    companyName: c.companyProfile.companyName,
    domain: c.companyProfile.domain,
    tenantId: c.companyProfile.tenantId,
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
      email: user.userPrincipalName,
      licenses: [...user.licenses],
      selfServiceLicenses: [...user.selfServiceLicenses],
    })
  }
}

/**
 * A short hash of a scenario's content (FNV-1a over its JSON), to tell an edited scenario apart.
 * Kept per scenario object (scenarios are never changed in place).
 */
export function scenarioFingerprint(scenario: Scenario): string {
  return fingerprintOf(scenario)
}

/**
 * Gives a generated scenario a fingerprint that names its generator's version, instead of one
 * hashed from its content: hashing the large partner's data costs more than generating it.
 */
export function assignScenarioFingerprint(scenario: Scenario, fingerprint: string): void {
  fingerprints.set(scenario, fingerprint)
}

function computeFingerprint(scenario: Scenario): string {
  const text = JSON.stringify(scenario)
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return `${hash.toString(16).padStart(8, '0')}-${text.length.toString(16)}`
}

const fingerprints = new WeakMap<Scenario, string>()

function fingerprintOf(scenario: Scenario): string {
  let fingerprint = fingerprints.get(scenario)
  if (fingerprint === undefined) {
    fingerprint = computeFingerprint(scenario)
    fingerprints.set(scenario, fingerprint)
  }
  return fingerprint
}

/** JSON data only: no undefined, functions, NaN, class instances or cycles (bounded depth). */
function isJsonValue(value: unknown, depth = 0): boolean {
  if (depth > 64) return false
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true
  if (typeof value === 'number') return Number.isFinite(value)
  if (Array.isArray(value)) return value.every((item) => isJsonValue(item, depth + 1))
  if (typeof value !== 'object') return false
  const proto: unknown = Object.getPrototypeOf(value)
  if (proto !== Object.prototype && proto !== null) return false
  return Object.values(value).every((item) => isJsonValue(item, depth + 1))
}

const text = z.string()
const id = z.string().check(z.minLength(1))
const count = z.number().check(z.int(), z.nonnegative())
const isoDate = z.string().check(z.refine((v) => !Number.isNaN(Date.parse(v)), 'not an ISO date'))

const recordSchemas = {
  customers: z.strictObject({
    id,
    companyName: text,
    domain: text,
    tenantId: id,
    relationshipToPartner: z.enum(RELATIONSHIPS_TO_PARTNER),
    allowDelegatedAccess: z.boolean(),
  }),
  subscriptions: z.strictObject({
    id,
    customerId: id,
    offerId: id,
    offerName: text,
    friendlyName: text,
    quantity: count,
    status: z.enum(SUBSCRIPTION_STATUSES),
    suspensionReasons: z.array(text),
    billingCycle: z.enum(BILLING_CYCLES),
    termDuration: z.enum(TERM_DURATIONS),
    creationDate: isoDate,
    effectiveStartDate: isoDate,
    commitmentEndDate: isoDate,
    autoRenewEnabled: z.boolean(),
    parentSubscriptionId: z.nullable(id),
    version: z.number().check(z.int(), z.positive()),
    etag: id,
  }),
  otherChannelSubscriptions: z.strictObject({ customerId: id, offerId: id, quantity: count, channel: text }),
  users: z.strictObject({
    id,
    customerId: id,
    displayName: text,
    email: text,
    licenses: z.array(id),
    selfServiceLicenses: z.array(text),
  }),
} as const

type StateList = keyof typeof recordSchemas
const STATE_LISTS = Object.keys(recordSchemas) as StateList[]

/**
 * A snapshot with its records left unchecked: parseSnapshot checks each record alone (with the
 * same paths a whole-snapshot schema would give), so that trusted ones can skip it.
 */
const envelopeSchema = z.strictObject({
  format: z.literal(DB_SNAPSHOT_FORMAT),
  scenario: text,
  scenarioFingerprint: text,
  state: z.strictObject({
    customers: z.array(z.unknown()),
    subscriptions: z.array(z.unknown()),
    otherChannelSubscriptions: z.array(z.unknown()),
    users: z.array(z.unknown()),
  }),
  replies: z.array(
    z.strictObject({
      key: id,
      status: z.number().check(z.int(), z.gte(100), z.lte(599)),
      body: z.unknown().check(z.refine((v) => v === undefined || isJsonValue(v), 'not JSON data')),
      headers: z.record(z.string(), z.string()),
    }),
  ),
})

type RecordOf<L extends StateList> = z.infer<(typeof recordSchemas)[L]>

interface ParsedSnapshot extends Omit<z.infer<typeof envelopeSchema>, 'state'> {
  readonly state: { readonly [L in StateList]: RecordOf<L>[] }
}

/** Cross references of a well-formed snapshot's state (empty: consistent). */
function stateProblems(state: ParsedSnapshot['state'], replies: ParsedSnapshot['replies']): string[] {
  const problems: string[] = []
  const unique = (ids: readonly string[], what: string) => {
    const seen = new Set<string>()
    for (const raw of ids) {
      const key = raw.toLowerCase()
      if (seen.has(key)) problems.push(`${what} ${raw} appears twice`)
      seen.add(key)
    }
  }
  unique(
    state.customers.map((c) => c.id),
    'customer',
  )
  unique(
    state.subscriptions.map((s) => s.id),
    'subscription',
  )
  unique(
    state.users.map((u) => u.id),
    'user',
  )
  unique(
    replies.map((r) => r.key),
    'reply',
  )
  if (replies.length > MAX_STORED_REPLIES) problems.push(`more than ${MAX_STORED_REPLIES} stored replies`)
  const customers = new Set(state.customers.map((c) => c.id.toLowerCase()))
  const subscriptionCustomer = new Map(state.subscriptions.map((s) => [s.id.toLowerCase(), s.customerId.toLowerCase()]))
  for (const sub of state.subscriptions) {
    const customer = sub.customerId.toLowerCase()
    if (!customers.has(customer)) problems.push(`subscription ${sub.id}: unknown customer ${sub.customerId}`)
    if (!findOffer(sub.offerId)) problems.push(`subscription ${sub.id}: unknown offer ${sub.offerId}`)
    if (sub.etag !== computeEtag(sub.id, sub.version)) problems.push(`subscription ${sub.id}: ETag and version differ`)
    const parent = sub.parentSubscriptionId
    if (parent !== null && subscriptionCustomer.get(parent.toLowerCase()) !== customer) {
      problems.push(`subscription ${sub.id}: parent ${parent} is not a subscription of its customer`)
    }
  }
  for (const other of state.otherChannelSubscriptions) {
    if (!customers.has(other.customerId.toLowerCase()))
      problems.push(`other channel: unknown customer ${other.customerId}`)
    if (!findOffer(other.offerId)) problems.push(`other channel: unknown offer ${other.offerId}`)
  }
  for (const user of state.users) {
    const customer = user.customerId.toLowerCase()
    if (!customers.has(customer)) problems.push(`user ${user.id}: unknown customer ${user.customerId}`)
    for (const license of user.licenses) {
      if (subscriptionCustomer.get(license.toLowerCase()) !== customer) {
        problems.push(`user ${user.id}: license of ${license}, not a subscription of its customer`)
      }
    }
    for (const sku of user.selfServiceLicenses) {
      if (!findSelfServiceLicense(sku)) problems.push(`user ${user.id}: unknown self-service license ${sku}`)
    }
  }
  return problems
}

export type SnapshotCheck =
  | { readonly ok: true; readonly snapshot: DbSnapshot }
  | { readonly ok: false; readonly problems: readonly string[] }

/** Snapshots checkSnapshot accepted, as it returned them: restore takes them without a second check. */
const checkedSnapshots = new WeakSet<object>()

type Issue = z.core.$ZodIssue
const describeIssue = (prefix: readonly PropertyKey[], issue: Issue) => {
  const where = [...prefix, ...issue.path].map(String).join('.') || '(root)'
  const what =
    issue.code === 'unrecognized_keys' ? `unexpected ${issue.keys.map((k) => `"${k}"`).join(', ')}` : issue.message
  return `${where}: ${what}`
}

/** The snapshot's shape, checking one by one the records that are not in `trusted`. */
function parseSnapshot(
  input: object,
  trusted: ReadonlySet<unknown>,
): { ok: true; snapshot: ParsedSnapshot } | { ok: false; problems: string[] } {
  const parsed = envelopeSchema.safeParse(input)
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((i) => describeIssue([], i)) }
  const problems: string[] = []
  const state: Record<string, unknown[]> = {}
  for (const list of STATE_LISTS) {
    state[list] = parsed.data.state[list].map((record, index) => {
      if (trusted.has(record)) return record
      const checked = recordSchemas[list].safeParse(record)
      if (checked.success) return checked.data
      for (const issue of checked.error.issues) problems.push(describeIssue(['state', list, index], issue))
      return record
    })
  }
  if (problems.length > 0) return { ok: false, problems }
  return { ok: true, snapshot: { ...parsed.data, state } as unknown as ParsedSnapshot }
}

const NOTHING_TRUSTED: ReadonlySet<unknown> = new Set()

export interface SnapshotCheckOptions {
  /**
   * Records known to be well formed (a scenario's start state, which the database built itself):
   * they skip the per-record schema, which is most of the cost for a large partner. Cross
   * references are checked over every record all the same.
   */
  readonly trusted?: ReadonlySet<unknown>
}

/**
 * Whether `input` is a snapshot that a database of `scenario` can restore, and if not, why.
 * Database.restore decides with it; call it directly to log the reasons. The snapshot it returns
 * is restored without being checked again, so treat it as read-only.
 */
export function checkSnapshot(input: unknown, scenario: Scenario, options: SnapshotCheckOptions = {}): SnapshotCheck {
  try {
    if (typeof input !== 'object' || input === null) return { ok: false, problems: ['not an object'] }
    const format = (input as { readonly format?: unknown }).format
    if (format !== DB_SNAPSHOT_FORMAT) {
      return { ok: false, problems: [`format ${String(format)}, expected ${DB_SNAPSHOT_FORMAT}`] }
    }
    const parsed = parseSnapshot(input, options.trusted ?? NOTHING_TRUSTED)
    if (!parsed.ok) return parsed
    const snapshot = parsed.snapshot
    const problems: string[] = []
    if (snapshot.scenario !== scenario.name) {
      problems.push(`snapshot of scenario "${snapshot.scenario}", not "${scenario.name}"`)
    }
    if (snapshot.scenarioFingerprint !== fingerprintOf(scenario)) {
      problems.push(`scenario "${scenario.name}" changed since the snapshot was taken`)
    }
    problems.push(...stateProblems(snapshot.state, snapshot.replies))
    if (problems.length > 0) return { ok: false, problems }
    // zod's parse already built new objects and arrays, and restore copies the records it keeps:
    // the caller's object stays theirs without a second deep copy here.
    checkedSnapshots.add(snapshot)
    return { ok: true, snapshot }
  } catch (error) {
    // Hostile input (throwing getters, proxies) must not escape.
    return { ok: false, problems: [`unreadable: ${String(error)}`] }
  }
}

/** `input` itself when checkSnapshot already accepted it for `scenario`, else its check now. */
function recheckSnapshot(input: unknown, scenario: Scenario): SnapshotCheck {
  if (typeof input === 'object' && input !== null && checkedSnapshots.has(input)) {
    const snapshot = input as DbSnapshot
    if (snapshot.scenario === scenario.name && snapshot.scenarioFingerprint === fingerprintOf(scenario)) {
      return { ok: true, snapshot }
    }
  }
  return checkSnapshot(input, scenario)
}

export function createDatabase(initialScenario: Scenario, options: DatabaseOptions = {}): Database {
  const now = options.now ?? (() => new Date())
  const newId = options.newId ?? (() => crypto.randomUUID())
  let scenario = initialScenario
  let state = stateFrom(scenario)
  let replies = new Map<string, StoredReply>()
  const listeners = new Set<() => void>()
  const notify = () => {
    for (const listener of [...listeners]) {
      try {
        listener()
      } catch (error) {
        // A failing listener (e.g. a full localStorage) must not fail the change itself.
        console.error('Mock database listener failed:', error)
      }
    }
  }

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
      notify()
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
            errors: problems.map((p) => ({
              code: p.code,
              description: p.description,
              data: [{ service: p.service, conflictingLicense: p.conflictingLicense }],
            })),
          })
        }
      }
      notify()
      return { source, target, upgradeType: operation.upgradeType, partial, movedUserIds, licenseErrors }
    },
    setQuantity(customerId, subscriptionId, quantity) {
      const sub = requireSubscription(customerId, subscriptionId)
      if (!Number.isInteger(quantity) || quantity < 0) {
        throw new DatabaseError('invalid_operation', `Quantity ${quantity} is not a whole number.`)
      }
      sub.quantity = quantity
      bump(sub)
      notify()
      return sub
    },
    recallReply(key) {
      return replies.get(key)
    },
    rememberReply(key, reply) {
      replies.delete(key)
      replies.set(key, reply)
      for (const oldest of replies.keys()) {
        if (replies.size <= MAX_STORED_REPLIES) break
        replies.delete(oldest)
      }
      notify()
    },
    storedReplies() {
      return [...replies].map(([key, reply]) => structuredClone({ key, ...reply }))
    },
    snapshot() {
      return structuredClone({
        format: DB_SNAPSHOT_FORMAT,
        scenario: scenario.name,
        scenarioFingerprint: fingerprintOf(scenario),
        state,
        replies: [...replies].map(([key, reply]) => ({ key, ...reply })),
      })
    },
    restore(input, of) {
      const check = recheckSnapshot(input, of ?? scenario)
      if (!check.ok) return false
      if (of) scenario = of
      const { state: next, replies: stored } = check.snapshot
      state = {
        customers: next.customers.map((c) => ({ ...c })),
        subscriptions: next.subscriptions.map((sub) => ({ ...sub, suspensionReasons: [...sub.suspensionReasons] })),
        otherChannelSubscriptions: next.otherChannelSubscriptions.map((o) => ({ ...o })),
        users: next.users.map((u) => ({
          ...u,
          licenses: [...u.licenses],
          selfServiceLicenses: [...u.selfServiceLicenses],
        })),
      }
      replies = new Map(stored.map(({ key, ...reply }) => [key, reply]))
      notify()
      return true
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
  }
}
