import { findOffer } from '../src/rules/offers'
import type {
  Scenario,
  ScenarioCompanyProfile,
  ScenarioCustomer,
  ScenarioOtherChannelSubscription,
  ScenarioSubscription,
  ScenarioUser,
  TermDuration,
} from './scenario'

/**
 * The records of the mock's database, built from a scenario's: each is the scenario record of
 * mocks/scenario-schema.ts (one zod schema per record, its type inferred) plus what the database
 * adds (the customer id on children, the offer's name, the version behind the ETag).
 */
export type CustomerRecord = Pick<ScenarioCustomer, 'id' | 'relationshipToPartner' | 'allowDelegatedAccess'> &
  ScenarioCompanyProfile

export type SubscriptionRecord = Omit<ScenarioSubscription, 'parentSubscriptionId' | 'suspensionReasons'> & {
  customerId: string
  offerName: string
  suspensionReasons: readonly string[]
  parentSubscriptionId: string | null
  /** Bumped by every change; the ETag derives from it. */
  version: number
  etag: string
}

export type OtherChannelRecord = ScenarioOtherChannelSubscription & { customerId: string }

export type UserRecord = Omit<ScenarioUser, 'userPrincipalName' | 'licenses' | 'selfServiceLicenses'> & {
  customerId: string
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

export interface MutableState {
  customers: CustomerRecord[]
  subscriptions: SubscriptionRecord[]
  otherChannelSubscriptions: OtherChannelRecord[]
  users: UserRecord[]
}

/**
 * A subscription's ETag: its id and version, so that every tab replaying the same operations
 * computes the same one.
 */
export function computeEtag(id: string, version: number): string {
  return btoa(`${id.toLowerCase()}:${version}`).replace(/=+$/, '')
}

export function addTerm(date: Date, term: TermDuration): Date {
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

/** The state a database of `scenario` starts with (a new copy on every call). */
export function stateFrom(scenario: Scenario): MutableState {
  const state: MutableState = { customers: [], subscriptions: [], otherChannelSubscriptions: [], users: [] }
  for (const c of scenario.customers) addCustomer(state, c)
  return state
}

/** The state a database of `scenario` starts with (a new copy on every call). */
export function initialState(scenario: Scenario): DbState {
  return stateFrom(scenario)
}

const fingerprints = new WeakMap<Scenario, string>()

function computeFingerprint(scenario: Scenario): string {
  const text = JSON.stringify(scenario)
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return `${hash.toString(16).padStart(8, '0')}-${text.length.toString(16)}`
}

/**
 * A short hash of a scenario's content (FNV-1a over its JSON), to tell an edited scenario apart.
 * Kept per scenario object (scenarios are never changed in place).
 */
export function scenarioFingerprint(scenario: Scenario): string {
  let fingerprint = fingerprints.get(scenario)
  if (fingerprint === undefined) {
    fingerprint = computeFingerprint(scenario)
    fingerprints.set(scenario, fingerprint)
  }
  return fingerprint
}

/**
 * Gives a generated scenario a fingerprint that names its generator's version, instead of one
 * hashed from its content: hashing the large partner's data costs more than generating it.
 */
export function assignScenarioFingerprint(scenario: Scenario, fingerprint: string): void {
  fingerprints.set(scenario, fingerprint)
}
