/**
 * Property tests of the mock Partner Center: random sequences of API calls (fast-check commands)
 * through the real MSW handlers (msw/node over a fresh database per run), with the invariants
 * checked after every step:
 *   (a) an upgrade neither creates nor loses licenses: per customer, the active seats change only
 *       by explicit quantity changes, user license assignments are neither added nor dropped, and
 *       each points to a subscription of that customer;
 *   (b) no user holds two licenses of one offer;
 *   (c) no customer holds two active/pending subscriptions of one offer, nor (newly) one it holds
 *       through another channel;
 *   (d) an upgrade the rules call ineligible never succeeds (and one they allow does, with the
 *       UpgradeErrors the rules predict when it does not);
 *   (e) a repeated request id never acts twice: the state after the repeat equals the one before;
 * and: a refused or faulted request changes nothing, a double submit acts at most once, and the
 * operation log replays to the same state.
 * Not checked, on purpose: that a subscription keeps at least as many seats as users assigned to
 * it. The rules allow a partial upgrade or a quantity decrease below the assigned users (e.g.
 * Contoso's Business Basic to Business Standard with 24 of 25 seats leaves 2 blocked users on 1 seat);
 * whether that should be refused is a question for src/rules, not for the mock.
 *
 * Deterministic by default: a fixed seed and 50 runs. To search longer or elsewhere:
 *   FC_RUNS=2000 FC_SEED=123 npm run test:unit -- --project unit tests/unit/mocks/invariants.test.ts
 * A failure reports its seed and path; FC_SEED=<seed> FC_PATH=<path> replays exactly that case.
 */
import * as fc from 'fast-check'
import { setupServer } from 'msw/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDemoToken } from '../../../mocks/auth'
import {
  createDatabase,
  type Database,
  type DbState,
  type DbSubscription,
  toSubscriptionFacts,
} from '../../../mocks/db'
import {
  createHandlers,
  createMockSettings,
  FAULT_KINDS,
  FAULT_SCOPES,
  type FaultKind,
  type MockSettings,
  setFault,
} from '../../../mocks/handlers'
import { defaultScenario } from '../../../mocks/scenarios/default-scenario'
import { evaluateSubscription, indexCustomer, type UpgradeType } from '../../../src/rules/eligibility'
import { licenseMoveProblems } from '../../../src/rules/licenses'
import { findOffer, OFFERS, sameOffer } from '../../../src/rules/offers'
import { PARTNER_ROLES, type PartnerRole, UPGRADE_ROLES } from '../../../src/rules/roles'
import { problemCode } from '../../../src/rules/upgrade-problems'

const SEED = Number(process.env.FC_SEED ?? 20261121)
const RUNS = Number(process.env.FC_RUNS ?? 50)
const PATH = process.env.FC_PATH
const MAX_COMMANDS = 30
const BASE = 'http://mock.test/v1'
const UNKNOWN_OFFER = '5A1C2D3E-9999-4B6F-9C11-000000009999'
const NOW = new Date('2026-05-01T10:00:00.000Z')

// ---------------------------------------------------------------------------------------------
// The system under test and the model

interface Real {
  readonly db: Database
  readonly settings: MockSettings
}

interface UpgradeSpec {
  readonly kind: 'upgrade'
  readonly customerId: string
  readonly subscriptionId: string
  /** The path names the ids in upper case (ids compare without case). */
  readonly upperCaseIds: boolean
  readonly role: PartnerRole
  readonly requestId: string
  readonly body: {
    readonly targetOffer: { readonly id: string }
    readonly upgradeType: unknown
    readonly quantity: unknown
  }
}

interface PatchSpec {
  readonly kind: 'patch'
  readonly customerId: string
  readonly subscriptionId: string
  /** The path names the ids in upper case (ids compare without case). */
  readonly upperCaseIds: boolean
  readonly role: PartnerRole
  readonly requestId: string
  readonly body: { readonly quantity: unknown }
  readonly ifMatch: string | null
}

type WriteSpec = UpgradeSpec | PatchSpec

interface Model {
  requests: number
  /** Every write sent, for repeats. */
  readonly writes: WriteSpec[]
  /** Request id -> what it is bound to and the body of its first successful answer. */
  readonly succeeded: Map<string, { readonly binding: string; readonly body: unknown }>
  /** Customer id -> the active seats expected (changed only by quantity changes). */
  readonly activeSeats: Map<string, number>
  /** Customer id -> user license assignments (never changes). */
  readonly assignments: ReadonlyMap<string, number>
  /** Customer id -> offers (upper case) held both from the partner and through another channel at the start. */
  readonly initialMultichannel: ReadonlyMap<string, ReadonlySet<string>>
  readonly initialSubscriptionIds: readonly string[]
}

const server = setupServer()

function newDatabase(): Database {
  let n = 0
  return createDatabase(defaultScenario, {
    now: () => NOW,
    newId: () => `1ee1ee00-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  })
}

function activeSeats(state: DbState, customerId: string): number {
  return state.subscriptions
    .filter((s) => s.customerId === customerId && s.status === 'active')
    .reduce((n, s) => n + s.quantity, 0)
}

function assignments(state: DbState, customerId: string): number {
  return state.users.filter((u) => u.customerId === customerId).reduce((n, u) => n + u.licenses.length, 0)
}

function holds(status: string): boolean {
  return status === 'active' || status === 'pending'
}

function multichannel(state: DbState, customerId: string): Set<string> {
  const others = new Set(
    state.otherChannelSubscriptions.filter((o) => o.customerId === customerId).map((o) => o.offerId.toUpperCase()),
  )
  return new Set(
    state.subscriptions
      .filter((s) => s.customerId === customerId && holds(s.status) && others.has(s.offerId.toUpperCase()))
      .map((s) => s.offerId.toUpperCase()),
  )
}

function setup(): { model: Model; real: Real } {
  const db = newDatabase()
  const settings = createMockSettings()
  server.resetHandlers(...createHandlers(db, { settings }))
  const ids = db.state.customers.map((c) => c.id)
  return {
    real: { db, settings },
    model: {
      requests: 0,
      writes: [],
      succeeded: new Map(),
      activeSeats: new Map(ids.map((id) => [id, activeSeats(db.state, id)])),
      assignments: new Map(ids.map((id) => [id, assignments(db.state, id)])),
      initialMultichannel: new Map(ids.map((id) => [id, multichannel(db.state, id)])),
      initialSubscriptionIds: db.state.subscriptions.map((s) => s.id),
    },
  }
}

function nextRequestId(model: Model): string {
  model.requests += 1
  return `2ee2ee00-0000-4000-8000-${String(model.requests).padStart(12, '0')}`
}

// ---------------------------------------------------------------------------------------------
// Invariants, after every command

function checkInvariants(db: Database, model: Model): void {
  const { state } = db
  const subsById = new Map(state.subscriptions.map((s) => [s.id.toLowerCase(), s]))
  for (const customer of state.customers) {
    const id = customer.id
    const where = customer.companyName
    // (a) seats and license assignments
    expect(activeSeats(state, id), `${where}: active seats`).toBe(model.activeSeats.get(id))
    expect(assignments(state, id), `${where}: license assignments`).toBe(model.assignments.get(id))
    // (c) one active/pending subscription per offer, and no new multichannel duplicate
    const held = state.subscriptions.filter((s) => s.customerId === id && holds(s.status)).map((s) => s.offerId)
    expect(new Set(held.map((o) => o.toUpperCase())).size, `${where}: offers held twice: ${held.join(', ')}`).toBe(
      held.length,
    )
    expect([...multichannel(state, id)], `${where}: bought an offer held through another channel`).toEqual([
      ...(model.initialMultichannel.get(id) ?? []),
    ])
  }
  for (const user of state.users) {
    const offers = user.licenses.map((license) => {
      const sub = subsById.get(license.toLowerCase())
      // (a) every assignment points to a subscription of the user's customer
      expect(sub?.customerId, `${user.displayName}: license ${license}`).toBe(user.customerId)
      return sub?.offerId.toUpperCase() ?? license
    })
    // (b) never two licenses of one offer
    expect(new Set(offers).size, `${user.displayName} holds ${offers.join(', ')}`).toBe(offers.length)
  }
  for (const sub of state.subscriptions) {
    const offer = findOffer(sub.offerId)
    expect(offer, sub.id).toBeDefined()
    expect(Number.isInteger(sub.quantity) && sub.quantity >= 0, `${sub.id}: quantity ${sub.quantity}`).toBe(true)
    expect(sub.quantity, `${sub.id}: above the offer's maximum`).toBeLessThanOrEqual(offer?.maximumQuantity ?? 0)
  }
  // Subscriptions are never removed.
  for (const id of model.initialSubscriptionIds) expect(subsById.has(id.toLowerCase()), id).toBe(true)
}

// ---------------------------------------------------------------------------------------------
// Sending requests

type Outcome =
  | { readonly answered: true; readonly status: number; readonly body: unknown; readonly headers: Headers }
  | { readonly answered: false; readonly error: unknown }

async function send(
  settings: MockSettings,
  method: string,
  path: string,
  role: PartnerRole,
  init: { requestId?: string; body?: unknown; ifMatch?: string | null; timeoutWaitMs?: number } = {},
): Promise<Outcome> {
  const correlationId = crypto.randomUUID()
  const headers: Record<string, string> = {
    Authorization: `Bearer ${createDemoToken(role, 'Property Agent')}`,
    'MS-CorrelationId': correlationId,
    'X-Locale': 'en-US',
  }
  if (init.requestId) headers['MS-RequestId'] = init.requestId
  if (init.ifMatch) headers['If-Match'] = init.ifMatch
  if (init.body !== undefined) headers['Content-Type'] = 'application/json'
  // A request that meets a timeout fault never gets an answer: stop waiting for it at once.
  const signal = AbortSignal.timeout(settings.fault?.kind === 'timeout' ? (init.timeoutWaitMs ?? 5) : 10_000)
  try {
    const response = await fetch(`${BASE}${path}`, {
      method,
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal,
    })
    const text = await response.text()
    expect(response.headers.get('MS-CorrelationId'), 'correlation id echoed').toBe(correlationId)
    if (init.requestId) expect(response.headers.get('MS-RequestId'), 'request id echoed').toBe(init.requestId)
    return {
      answered: true,
      status: response.status,
      body: text === '' ? undefined : JSON.parse(text),
      headers: response.headers,
    }
  } catch (error) {
    return { answered: false, error }
  }
}

const FAULT_STATUS: Readonly<Record<FaultKind, number | undefined>> = {
  server_error: 500,
  throttled: 429,
  conflict: 409,
  precondition_failed: 412,
  timeout: undefined,
  network: undefined,
}

/**
 * If a fault is pending, checks that the request met it (and changed nothing) and returns true.
 * A `next` fault is used up by the request.
 */
function metFault(real: Real, fault: MockSettings['fault'], outcome: Outcome, before: unknown): boolean {
  if (!fault) return false
  const status = FAULT_STATUS[fault.kind]
  if (status === undefined) expect(outcome.answered, `${fault.kind}: no answer`).toBe(false)
  else {
    expect(outcome.answered && outcome.status, fault.kind).toBe(status)
    if (fault.kind === 'throttled' && outcome.answered) expect(outcome.headers.get('Retry-After')).toBe('2')
  }
  expect(real.db.snapshot(), `a ${fault.kind} fault changed the database`).toEqual(before)
  expect(real.settings.fault, 'fault after the request').toEqual(fault.scope === 'next' ? null : fault)
  return true
}

function answered(outcome: Outcome): Extract<Outcome, { answered: true }> {
  if (!outcome.answered) throw new Error(`No answer: ${String(outcome.error)}`)
  return outcome
}

function errorBody(outcome: Extract<Outcome, { answered: true }>): { code: string; data: unknown[] } {
  const body = outcome.body as { code?: unknown; data?: unknown; description?: unknown; source?: unknown }
  expect(typeof body.code, `error body ${JSON.stringify(body)}`).toBe('string')
  expect(typeof body.description).toBe('string')
  expect(body.source).toBe('PartnerCenter')
  expect(Array.isArray(body.data)).toBe(true)
  return { code: body.code as string, data: body.data as unknown[] }
}

function writePath(spec: WriteSpec): string {
  const ids = [spec.customerId, spec.subscriptionId].map((id) => (spec.upperCaseIds ? id.toUpperCase() : id))
  const base = `/customers/${ids[0]}/subscriptions/${ids[1]}`
  return spec.kind === 'upgrade' ? `${base}/upgrades` : base
}

/** The idempotency key: the request id alone (it is bound to everything else, see `binding`). */
function replayKey(_method: string, spec: WriteSpec): string {
  return spec.requestId.toLowerCase()
}

/** What a request id is bound to: caller, method, path and body. */
function binding(method: string, spec: WriteSpec): string {
  const base = `/v1/customers/${spec.customerId}/subscriptions/${spec.subscriptionId}`.toLowerCase()
  return `${spec.role} ${method} ${spec.kind === 'upgrade' ? `${base}/upgrades` : base} ${JSON.stringify(spec.body)}`
}

/**
 * A repeat of a request id that succeeded: the first answer again if it is the same request,
 * 422 if anything else differs; either way nothing is done. False when the id is new.
 */
function checkedRepeat(
  model: Model,
  method: string,
  spec: WriteSpec,
  res: Extract<Outcome, { answered: true }>,
): boolean {
  const first = model.succeeded.get(replayKey(method, spec))
  if (!first) return false
  if (!UPGRADE_ROLES.includes(spec.role)) expect(res.status, 'authorization before replay').toBe(403)
  else if (first.binding === binding(method, spec)) {
    expect(res.status, 'replay').toBe(200)
    expect(res.body, 'replayed body').toEqual(first.body)
  } else expect(res.status, 'a reused request id with another body').toBe(422)
  return true
}

// ---------------------------------------------------------------------------------------------
// Writes: upgrade and quantity change, first sent or repeated

/** How the mock reads the upgradeType values the commands send (undefined: refused as invalid). */
const UPGRADE_TYPES_SENT: readonly [unknown, UpgradeType | 'missing' | undefined][] = [
  ['upgrade_with_license_transfer', 'upgrade_with_license_transfer'],
  ['upgrade_only', 'upgrade_only'],
  [2, 'upgrade_with_license_transfer'],
  [1, 'upgrade_only'],
  ['UpgradeOnly', 'upgrade_only'],
  ['none', 'none'],
  [0, 'none'],
  ['teleport', undefined],
  [null, 'missing'],
]

function readUpgradeType(value: unknown): UpgradeType | 'missing' | undefined {
  return UPGRADE_TYPES_SENT.find(([sent]) => sent === value)?.[1]
}

async function performUpgrade(real: Real, model: Model, spec: UpgradeSpec): Promise<void> {
  const { db } = real
  const before = db.snapshot()
  const fault = real.settings.fault
  const source = db.findSubscription(spec.customerId, spec.subscriptionId)
  if (!source) throw new Error('the commands only pick existing subscriptions')
  const sourceBefore: DbSubscription = structuredClone(source)
  const holdersBefore = db.usersOfSubscription(spec.customerId, spec.subscriptionId).map((u) => structuredClone(u))
  // (d) what the rules say, before the call
  const eligibility = evaluateSubscription(
    toSubscriptionFacts(source),
    indexCustomer(db.customerFacts(spec.customerId)),
    spec.role,
  )
  const target = eligibility.targets.find((t) => sameOffer(t.offer.id, spec.body.targetOffer.id))

  const key = replayKey('POST', spec)
  const outcome = await send(real.settings, 'POST', writePath(spec), spec.role, {
    requestId: spec.requestId,
    body: spec.body,
  })
  if (metFault(real, fault, outcome, before)) return
  const res = answered(outcome)

  // (e) a repeat of a request that succeeded: the first answer again, nothing done.
  if (checkedRepeat(model, 'POST', spec, res)) {
    expect(db.snapshot(), 'a repeated request id acted twice').toEqual(before)
    return
  }

  const upgradeType = readUpgradeType(spec.body.upgradeType)
  const { quantity } = spec.body
  let expected: { status: number; code: string; upgradeErrors?: number[] }
  if (!UPGRADE_ROLES.includes(spec.role)) expected = { status: 403, code: '2032' }
  else if (upgradeType === undefined || upgradeType === 'missing' || typeof quantity !== 'number') {
    expected = { status: 400, code: '400056' }
  } else if (!target?.isEligible) {
    const problems =
      eligibility.targets.length === 0
        ? eligibility.blockers
        : (target?.problems ?? [
            { kind: 'subscription_target_offer_not_found' as const, targetOfferId: spec.body.targetOffer.id },
          ])
    expected = { status: 400, code: '900001', upgradeErrors: problems.map(problemCode) }
  } else if (upgradeType === 'none') expected = { status: 400, code: '400056' }
  else if (
    !Number.isInteger(quantity) ||
    quantity < target.offer.minimumQuantity ||
    quantity > target.maximumQuantity
  ) {
    expected = { status: 400, code: '3000' }
  } else expected = { status: 200, code: '' }

  const label = `upgrade ${JSON.stringify(spec.body)} as ${spec.role}`
  if (expected.status !== 200) {
    // (d) refused as the rules say, with their UpgradeErrors, and nothing changed.
    expect(res.status, `${label}: ${JSON.stringify(res.body)}`).toBe(expected.status)
    const error = errorBody(res)
    expect(error.code, label).toBe(expected.code)
    if (expected.upgradeErrors) {
      expect(
        error.data.map((e) => (e as { code: number }).code),
        label,
      ).toEqual(expected.upgradeErrors)
    }
    expect(db.snapshot(), `${label}: a refused upgrade changed the database`).toEqual(before)
    return
  }

  expect(res.status, `${label}: ${JSON.stringify(res.body)}`).toBe(200)
  model.succeeded.set(key, { binding: binding('POST', spec), body: res.body })
  const result = res.body as {
    sourceSubscriptionId: string
    targetSubscriptionId: string
    upgradeType: string
    licenseErrors: { userObjectId: string }[]
  }
  expect(result.sourceSubscriptionId).toBe(source.id)
  expect(result.upgradeType).toBe(upgradeType)
  const q = quantity as number
  const created = db.findSubscription(spec.customerId, result.targetSubscriptionId)
  expect(
    before.state.subscriptions.some((s) => s.id === result.targetSubscriptionId),
    'the target is new',
  ).toBe(false)
  expect(created).toMatchObject({
    customerId: source.customerId,
    quantity: q,
    status: 'active',
    parentSubscriptionId: null,
  })
  expect(sameOffer(created?.offerId ?? '', target?.offer.id ?? '-')).toBe(true)
  const after = db.findSubscription(spec.customerId, spec.subscriptionId)
  if (q === sourceBefore.quantity) expect(after).toMatchObject({ status: 'suspended', quantity: sourceBefore.quantity })
  else expect(after).toMatchObject({ status: 'active', quantity: sourceBefore.quantity - q })
  // Nothing else changed: other subscriptions, other users.
  const touched = new Set([source.id, result.targetSubscriptionId])
  expect(db.state.subscriptions.filter((s) => !touched.has(s.id))).toEqual(
    before.state.subscriptions.filter((s) => !touched.has(s.id)),
  )
  const holderIds = new Set(holdersBefore.map((u) => u.id))
  expect(db.state.users.filter((u) => !holderIds.has(u.id))).toEqual(
    before.state.users.filter((u) => !holderIds.has(u.id)),
  )
  // Licenses move from source to target only, for users who can take the target, at most q of them.
  const sourceOffer = findOffer(sourceBefore.offerId)
  const targetOffer = target?.offer
  if (!sourceOffer || !targetOffer) throw new Error('offers of an eligible upgrade are known')
  const moved = holdersBefore.filter((u) =>
    db.state.users.find((x) => x.id === u.id)?.licenses.includes(result.targetSubscriptionId),
  )
  const movable = holdersBefore.filter((u) => licenseMoveProblems(u, sourceOffer, targetOffer).length === 0)
  if (upgradeType === 'upgrade_only') {
    expect(moved, 'upgrade_only moves nobody').toEqual([])
    expect(result.licenseErrors).toEqual([])
  } else {
    expect(moved.length).toBe(Math.min(q, movable.length))
    for (const user of moved) expect(licenseMoveProblems(user, sourceOffer, targetOffer)).toEqual([])
    for (const error of result.licenseErrors) {
      const user = holdersBefore.find((u) => u.id === error.userObjectId)
      expect(user && licenseMoveProblems(user, sourceOffer, targetOffer).length, error.userObjectId).toBeGreaterThan(0)
      expect(db.state.users.find((u) => u.id === error.userObjectId)?.licenses).toContain(source.id)
    }
  }
}

async function performPatch(real: Real, model: Model, spec: PatchSpec): Promise<void> {
  const { db } = real
  const before = db.snapshot()
  const fault = real.settings.fault
  const sub = db.findSubscription(spec.customerId, spec.subscriptionId)
  if (!sub) throw new Error('the commands only pick existing subscriptions')
  const subBefore: DbSubscription = structuredClone(sub)
  const key = replayKey('PATCH', spec)
  const outcome = await send(real.settings, 'PATCH', writePath(spec), spec.role, {
    requestId: spec.requestId,
    body: spec.body,
    ifMatch: spec.ifMatch,
  })
  if (metFault(real, fault, outcome, before)) return
  const res = answered(outcome)

  if (checkedRepeat(model, 'PATCH', spec, res)) {
    expect(db.snapshot(), 'a repeated request id acted twice').toEqual(before)
    return
  }

  const { quantity } = spec.body
  const offer = findOffer(subBefore.offerId)
  const etag = spec.ifMatch
    ?.trim()
    .replace(/^W\//, '')
    .replace(/^"(.*)"$/, '$1')
  let expected: number
  if (!UPGRADE_ROLES.includes(spec.role)) expected = 403
  else if (typeof quantity !== 'number') expected = 400
  // No If-Match: no concurrency check (the SDKs send none).
  else if (etag !== undefined && etag !== subBefore.etag) expected = 412
  else if (subBefore.status !== 'active') expected = 409
  else if (
    !Number.isInteger(quantity) ||
    !offer ||
    quantity < offer.minimumQuantity ||
    quantity > offer.maximumQuantity
  ) {
    expected = 400
  } else expected = 200

  const label = `PATCH quantity ${JSON.stringify(quantity)} of ${subBefore.friendlyName} (${subBefore.status}, ${subBefore.quantity}) as ${spec.role}`
  expect(res.status, `${label}: ${JSON.stringify(res.body)}`).toBe(expected)
  if (expected !== 200) {
    errorBody(res)
    expect(db.snapshot(), `${label}: a refused change changed the database`).toEqual(before)
    return
  }
  model.succeeded.set(key, { binding: binding('PATCH', spec), body: res.body })
  const q = quantity as number
  model.activeSeats.set(spec.customerId, (model.activeSeats.get(spec.customerId) ?? 0) + q - subBefore.quantity)
  expect(db.findSubscription(spec.customerId, spec.subscriptionId)).toMatchObject({
    quantity: q,
    version: q === subBefore.quantity ? subBefore.version : subBefore.version + 1,
  })
  const others = (state: DbState) => state.subscriptions.filter((s) => s.id !== subBefore.id)
  expect(others(db.state)).toEqual(others(before.state))
  expect(db.state.users).toEqual(before.state.users)
}

function perform(real: Real, model: Model, spec: WriteSpec): Promise<void> {
  return spec.kind === 'upgrade' ? performUpgrade(real, model, spec) : performPatch(real, model, spec)
}

// ---------------------------------------------------------------------------------------------
// Commands

type Cmd = fc.AsyncCommand<Model, Real>

function pick<T>(list: readonly T[], n: number): T {
  const item = list[n % list.length]
  if (item === undefined) throw new Error('pick from an empty list')
  return item
}

const allowedRole = fc.constantFrom(...UPGRADE_ROLES)
const anyRole = fc.oneof(
  { weight: 5, arbitrary: allowedRole },
  { weight: 1, arbitrary: fc.constantFrom(...PARTNER_ROLES.filter((r) => !UPGRADE_ROLES.includes(r))) },
)

type QuantityChoice =
  | { readonly kind: 'full' }
  | { readonly kind: 'part'; readonly at: number }
  | { readonly kind: 'above' }
  | { readonly kind: 'raw'; readonly value: unknown }

const upgradeQuantity: fc.Arbitrary<QuantityChoice> = fc.oneof(
  { weight: 4, arbitrary: fc.constant({ kind: 'full' as const }) },
  {
    weight: 4,
    arbitrary: fc
      .double({ min: 0, max: 1, noNaN: true, maxExcluded: true })
      .map((at) => ({ kind: 'part' as const, at })),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'above' as const }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(0, -1, 2.5, '5', null, 301, 1e9).map((value) => ({ kind: 'raw' as const, value })),
  },
)

/** Eligible targets (for an allowed role) of a subscription. */
function eligibleTargets(db: Database, sub: DbSubscription) {
  const index = indexCustomer(db.customerFacts(sub.customerId))
  return evaluateSubscription(toSubscriptionFacts(sub), index, 'admin_agent').targets.filter((t) => t.isEligible)
}

class UpgradeCommand implements Cmd {
  constructor(
    /** Pick among the subscriptions that have an eligible target (if any), and one of those targets. */
    readonly preferEligible: boolean,
    readonly sub: number,
    readonly target: { readonly path: number } | { readonly offerId: string },
    readonly quantity: QuantityChoice,
    readonly upgradeType: unknown,
    readonly role: PartnerRole,
    readonly upperCaseIds: boolean,
  ) {}
  check(): boolean {
    return true
  }
  async run(model: Model, real: Real): Promise<void> {
    const spec = this.spec(model, real.db)
    model.writes.push(spec)
    await perform(real, model, spec)
    checkInvariants(real.db, model)
  }
  spec(model: Model, db: Database): UpgradeSpec {
    const upgradable = this.preferEligible
      ? db.state.subscriptions.filter((s) => eligibleTargets(db, s).length > 0)
      : []
    const source = pick(upgradable.length > 0 ? upgradable : db.state.subscriptions, this.sub)
    const index = indexCustomer(db.customerFacts(source.customerId))
    const all = evaluateSubscription(toSubscriptionFacts(source), index, 'admin_agent').targets
    const eligible = all.filter((t) => t.isEligible)
    const paths = this.preferEligible && eligible.length > 0 ? eligible : all
    const targetOfferId =
      'path' in this.target && paths.length > 0
        ? pick(paths, this.target.path).offer.id
        : 'offerId' in this.target
          ? this.target.offerId
          : pick(OFFERS, this.target.path).id
    let quantity: unknown
    switch (this.quantity.kind) {
      case 'full':
        quantity = source.quantity
        break
      case 'part':
        quantity = 1 + Math.floor(this.quantity.at * Math.max(0, source.quantity - 1))
        break
      case 'above':
        quantity = source.quantity + 1
        break
      case 'raw':
        quantity = this.quantity.value
    }
    return {
      kind: 'upgrade',
      customerId: source.customerId,
      subscriptionId: source.id,
      upperCaseIds: this.upperCaseIds,
      role: this.role,
      requestId: nextRequestId(model),
      body: { targetOffer: { id: targetOfferId }, upgradeType: this.upgradeType, quantity },
    }
  }
  toString(): string {
    return `upgrade(${this.preferEligible ? 'eligible ' : ''}sub#${this.sub}, ${JSON.stringify(this.target)}, ${JSON.stringify(this.quantity)}, ${JSON.stringify(this.upgradeType)}, ${this.role}${this.upperCaseIds ? ', IDS' : ''})`
  }
}

/**
 * A double click: the same new upgrade sent twice at once with one request id. It acts at most
 * once and both get the same answer (unless a fault takes one of them).
 */
class DoubleSubmitCommand implements Cmd {
  constructor(readonly upgrade: UpgradeCommand) {}
  check(): boolean {
    return true
  }
  async run(model: Model, real: Real): Promise<void> {
    const { db, settings } = real
    const spec = this.upgrade.spec(model, db)
    model.writes.push(spec)
    const before = db.snapshot()
    const fault = settings.fault
    const init = { requestId: spec.requestId, body: spec.body, timeoutWaitMs: 200 }
    const outcomes = await Promise.all([
      send(settings, 'POST', writePath(spec), spec.role, init),
      send(settings, 'POST', writePath(spec), spec.role, init),
    ])
    const created = db.state.subscriptions.length - before.state.subscriptions.length
    expect(created, 'a double submit acted twice').toBeLessThanOrEqual(1)
    const answers = outcomes.filter((o) => o.answered).map(answered)
    const metFault = outcomes.length - answers.filter((a) => !fault || a.status !== FAULT_STATUS[fault.kind]).length
    if (!fault) {
      expect(answers).toHaveLength(2)
      expect(answers[1]?.status).toBe(answers[0]?.status)
      expect(answers[1]?.body).toEqual(answers[0]?.body)
    } else if (fault.scope === 'all') {
      expect(metFault).toBe(2)
      expect(db.snapshot()).toEqual(before)
    } else expect(metFault).toBeGreaterThanOrEqual(1)
    const success = answers.find((a) => a.status === 200)
    if (success) model.succeeded.set(replayKey('POST', spec), { binding: binding('POST', spec), body: success.body })
    else expect(created).toBe(0)
    expect(settings.fault).toEqual(fault?.scope === 'all' ? fault : null)
    checkInvariants(db, model)
  }
  toString(): string {
    return `doubleSubmit(${this.upgrade.toString()})`
  }
}

type PatchQuantity =
  | { readonly kind: 'delta'; readonly delta: number }
  | { readonly kind: 'raw'; readonly value: unknown }
type EtagChoice = 'current' | 'weak' | 'stale' | 'missing'

class PatchCommand implements Cmd {
  constructor(
    readonly sub: number,
    readonly quantity: PatchQuantity,
    readonly etag: EtagChoice,
    readonly role: PartnerRole,
    readonly upperCaseIds: boolean,
  ) {}
  check(): boolean {
    return true
  }
  async run(model: Model, real: Real): Promise<void> {
    const sub = pick(real.db.state.subscriptions, this.sub)
    const quantity = this.quantity.kind === 'delta' ? sub.quantity + this.quantity.delta : this.quantity.value
    const ifMatch = { current: sub.etag, weak: `W/"${sub.etag}"`, stale: 'c3RhbGU', missing: null }[this.etag]
    const spec: PatchSpec = {
      kind: 'patch',
      customerId: sub.customerId,
      subscriptionId: sub.id,
      upperCaseIds: this.upperCaseIds,
      role: this.role,
      requestId: nextRequestId(model),
      body: { quantity },
      ifMatch,
    }
    model.writes.push(spec)
    await perform(real, model, spec)
    checkInvariants(real.db, model)
  }
  toString(): string {
    return `patch(sub#${this.sub}, ${JSON.stringify(this.quantity)}, ${this.etag}, ${this.role}${this.upperCaseIds ? ', IDS' : ''})`
  }
}

/**
 * Sends an earlier write again with its request id: byte for byte (a retry), or with another
 * quantity (a client reusing an id). Prefers, if asked, one that succeeded.
 */
class RepeatCommand implements Cmd {
  constructor(
    readonly preferSucceeded: boolean,
    readonly write: number,
    readonly alter: boolean,
  ) {}
  check(model: Readonly<Model>): boolean {
    return model.writes.length > 0
  }
  async run(model: Model, real: Real): Promise<void> {
    const succeeded = this.preferSucceeded
      ? model.writes.filter((w) => model.succeeded.has(replayKey(w.kind === 'upgrade' ? 'POST' : 'PATCH', w)))
      : []
    const earlier = pick(succeeded.length > 0 ? succeeded : model.writes, this.write)
    const quantity = typeof earlier.body.quantity === 'number' ? earlier.body.quantity - 1 : 1
    const spec: WriteSpec = !this.alter
      ? earlier
      : earlier.kind === 'upgrade'
        ? { ...earlier, body: { ...earlier.body, quantity } }
        : { ...earlier, body: { ...earlier.body, quantity } }
    await perform(real, model, spec)
    checkInvariants(real.db, model)
  }
  toString(): string {
    return `repeat(${this.preferSucceeded ? 'succeeded ' : ''}write#${this.write}${this.alter ? ', other quantity' : ''})`
  }
}

/** Reads change nothing; GET upgrades says what the rules say. */
class ReadCommand implements Cmd {
  constructor(
    readonly sub: number,
    readonly what: 'upgrades' | 'subscription' | 'subscriptions' | 'subscribedskus',
    readonly role: PartnerRole,
  ) {}
  check(): boolean {
    return true
  }
  async run(model: Model, real: Real): Promise<void> {
    const { db } = real
    const sub = pick(db.state.subscriptions, this.sub)
    const before = db.snapshot()
    const fault = real.settings.fault
    const customer = `/customers/${sub.customerId}`
    const path = {
      upgrades: `${customer}/subscriptions/${sub.id}/upgrades`,
      subscription: `${customer}/subscriptions/${sub.id}`,
      subscriptions: `${customer}/subscriptions`,
      subscribedskus: `${customer}/subscribedskus`,
    }[this.what]
    const outcome = await send(real.settings, 'GET', path, this.role)
    if (!metFault(real, fault, outcome, before)) {
      const res = answered(outcome)
      const forbidden = this.what === 'upgrades' && !UPGRADE_ROLES.includes(this.role)
      expect(res.status, `GET ${this.what} as ${this.role}`).toBe(forbidden ? 403 : 200)
      if (this.what === 'upgrades' && !forbidden) {
        const rules = evaluateSubscription(
          toSubscriptionFacts(sub),
          indexCustomer(db.customerFacts(sub.customerId)),
          this.role,
        )
        const items = (res.body as { items: { targetOffer: { id: string }; isEligible: boolean; quantity: number }[] })
          .items
        expect(items.map((u) => [u.targetOffer.id, u.isEligible, u.quantity])).toEqual(
          rules.targets.map((t) => [t.offer.id, t.isEligible, t.maximumQuantity]),
        )
      }
      expect(db.snapshot(), 'a read changed the database').toEqual(before)
    }
    checkInvariants(db, model)
  }
  toString(): string {
    return `read(sub#${this.sub}, ${this.what}, ${this.role})`
  }
}

class FaultCommand implements Cmd {
  constructor(
    readonly kind: FaultKind,
    readonly scope: 'next' | 'all',
  ) {}
  check(): boolean {
    return true
  }
  async run(_model: Model, real: Real): Promise<void> {
    setFault({ kind: this.kind, scope: this.scope }, real.settings)
  }
  toString(): string {
    return `fault(${this.kind}, ${this.scope})`
  }
}

class ClearFaultCommand implements Cmd {
  check(): boolean {
    return true
  }
  async run(_model: Model, real: Real): Promise<void> {
    setFault(null, real.settings)
  }
  toString(): string {
    return 'clearFault()'
  }
}

const upgradeCommand = fc
  .tuple(
    fc.boolean(),
    fc.nat(),
    fc.oneof(
      { weight: 6, arbitrary: fc.nat().map((path) => ({ path })) },
      {
        weight: 1,
        arbitrary: fc.constantFrom(...OFFERS.map((o) => o.id), UNKNOWN_OFFER).map((offerId) => ({ offerId })),
      },
    ),
    upgradeQuantity,
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom('upgrade_with_license_transfer', 'upgrade_only', 2, 1, 'UpgradeOnly') },
      { weight: 1, arbitrary: fc.constantFrom('none', 0, 'teleport', null) },
    ),
    anyRole,
    fc.boolean(),
  )
  .map((args) => new UpgradeCommand(...args))

const patchCommand = fc
  .tuple(
    fc.nat(),
    fc.oneof(
      { weight: 5, arbitrary: fc.integer({ min: -10, max: 10 }).map((delta) => ({ kind: 'delta' as const, delta })) },
      {
        weight: 1,
        arbitrary: fc.constantFrom(0, -3, 1.5, '7', null, 301, 1e7).map((value) => ({ kind: 'raw' as const, value })),
      },
    ),
    fc.constantFrom<EtagChoice>('current', 'current', 'current', 'weak', 'stale', 'missing'),
    anyRole,
    fc.boolean(),
  )
  .map((args) => new PatchCommand(...args))

const commands = fc.commands<Model, Real, false>(
  [
    upgradeCommand,
    upgradeCommand,
    upgradeCommand,
    upgradeCommand,
    patchCommand,
    patchCommand,
    upgradeCommand.map((upgrade) => new DoubleSubmitCommand(upgrade)),
    fc.tuple(fc.boolean(), fc.nat(), fc.boolean()).map((args) => new RepeatCommand(...args)),
    fc.tuple(fc.boolean(), fc.nat(), fc.boolean()).map((args) => new RepeatCommand(...args)),
    fc
      .tuple(fc.nat(), fc.constantFrom('upgrades', 'subscription', 'subscriptions', 'subscribedskus' as const), anyRole)
      .map(([sub, what, role]) => new ReadCommand(sub, what, role)),
    fc
      .tuple(fc.constantFrom(...FAULT_KINDS), fc.constantFrom(...FAULT_SCOPES.filter((s) => s !== 'share'), 'next'))
      .map(([kind, scope]) => new FaultCommand(kind, scope)),
    fc.constant(new ClearFaultCommand()),
  ],
  { maxCommands: MAX_COMMANDS, size: 'max' },
)

// ---------------------------------------------------------------------------------------------

describe('mock Partner Center invariants (property-based)', () => {
  beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
  afterAll(() => server.close())

  it(
    `hold over random sequences of API calls (seed ${SEED}, ${RUNS} runs)`,
    async () => {
      await fc.assert(
        fc.asyncProperty(commands, async (cmds) => {
          const { model, real } = setup()
          checkInvariants(real.db, model)
          await fc.asyncModelRun(() => ({ model, real }), cmds)
          // The operation log, through JSON (the browser's localStorage), replays to the same state.
          const operations = JSON.parse(JSON.stringify(real.db.operations))
          const copy = newDatabase()
          expect(copy.load(defaultScenario, operations)).toEqual({ ok: true })
          expect(copy.snapshot()).toEqual(real.db.snapshot())
        }),
        { seed: SEED, numRuns: RUNS, ...(PATH ? { path: PATH } : {}) },
      )
    },
    Math.max(60_000, RUNS * 500),
  )
})
