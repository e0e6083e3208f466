import * as z from 'zod/mini'
import { findSelfServiceLicense, SELF_SERVICE_LICENSES } from '../src/rules/licenses'
import { findOffer, type OfferDefinition } from '../src/rules/offers'
import { PARTNER_ROLES, type PartnerRole } from '../src/rules/roles'
import { SUBSCRIPTION_STATUSES, type SubscriptionStatus } from '../src/rules/subscription-status'

/**
 * Demo data for the mocked Partner Center, in Partner Center's shapes: a partner's customers
 * (Customer: id, companyProfile, relationshipToPartner, allowDelegatedAccess), what they bought
 * from the partner (Subscription), what they hold through other channels, their users' license
 * assignments, and who the demo signs in as. Scenarios are JSON files (mocks/scenarios/*.json,
 * or a stakeholder's own, see docs/scenarios.md), read through `validateScenario`, which reports
 * every problem with its path, e.g. `customers[2].subscriptions[0].offerId: unknown offer "xyz"`.
 * A scenario is used whole or not at all.
 */
export const SCENARIO_FORMAT = 1

export const RELATIONSHIPS_TO_PARTNER = ['reseller', 'advisor', 'none'] as const
export type RelationshipToPartner = (typeof RELATIONSHIPS_TO_PARTNER)[number]
export const BILLING_CYCLES = ['monthly', 'annual'] as const
export type BillingCycle = (typeof BILLING_CYCLES)[number]
export const TERM_DURATIONS = ['P1M', 'P1Y'] as const
export type TermDuration = (typeof TERM_DURATIONS)[number]

export interface ScenarioSubscription {
  readonly id: string
  /** An offer of src/rules/offers.ts. */
  readonly offerId: string
  readonly friendlyName: string
  readonly quantity: number
  readonly status: SubscriptionStatus
  readonly billingCycle: BillingCycle
  readonly termDuration: TermDuration
  readonly creationDate: string
  readonly effectiveStartDate: string
  readonly commitmentEndDate: string
  readonly autoRenewEnabled: boolean
  /** Add-ons: the subscription they were bought for. */
  readonly parentSubscriptionId?: string
  readonly suspensionReasons?: readonly string[]
  /**
   * Subscription.isMicrosoftProduct, accepted so that a subscription copied from Partner Center
   * loads; every offer of the catalog is Microsoft's, so it can only be true (the API sends true).
   */
  readonly isMicrosoftProduct?: true
}

/** An offer the customer holds through another partner or channel ("multichannel"). */
export interface ScenarioOtherChannelSubscription {
  readonly offerId: string
  readonly quantity: number
  /** Who sold it, e.g. 'Another CSP partner', 'Microsoft (web direct)'. */
  readonly channel: string
}

export interface ScenarioUser {
  readonly id: string
  readonly displayName: string
  /** The sign-in name, on the customer's domain. */
  readonly userPrincipalName: string
  /** Ids of the customer's subscriptions whose license the user is assigned. */
  readonly licenses: readonly string[]
  /** skuPartNumbers of SELF_SERVICE_LICENSES (src/rules/licenses.ts) the user holds. */
  readonly selfServiceLicenses: readonly string[]
}

/** Partner Center's CustomerCompanyProfile (the part the demo uses). */
export interface ScenarioCompanyProfile {
  readonly tenantId: string
  readonly domain: string
  readonly companyName: string
}

export interface ScenarioCustomer {
  readonly id: string
  readonly companyProfile: ScenarioCompanyProfile
  /**
   * The customer's market (ISO 3166 country code, e.g. "SE"): which demo prices and currency it
   * gets (mocks/prices.ts). Optional: a `.in` domain means IN, any other US.
   */
  readonly country?: string
  readonly relationshipToPartner: RelationshipToPartner
  readonly allowDelegatedAccess: boolean
  readonly subscriptions: readonly ScenarioSubscription[]
  readonly otherChannelSubscriptions: readonly ScenarioOtherChannelSubscription[]
  readonly users: readonly ScenarioUser[]
}

export interface ScenarioSignedInUser {
  readonly displayName: string
  readonly role: PartnerRole
}

export interface Scenario {
  /** The version of this file format (SCENARIO_FORMAT); optional. */
  readonly format?: typeof SCENARIO_FORMAT
  /** Lower-case letters, digits and dashes: used in `?scenario=name`. */
  readonly name: string
  readonly title: string
  readonly description: string
  /**
   * Set by the demo's export: the scenario this saved state grew from. A saved state may hold what
   * the demo's operations allow but a hand-written start may not (see `validateScenario`).
   */
  readonly exportedFrom?: string
  /** Who the demo signs in as when the scenario is loaded. */
  readonly signedInUser: ScenarioSignedInUser
  readonly customers: readonly ScenarioCustomer[]
}

export type ScenarioCheck =
  | { readonly ok: true; readonly scenario: Scenario }
  | { readonly ok: false; readonly problems: readonly string[] }

/** Thrown by `parseScenario`; `problems` holds every one. */
export class InvalidScenarioError extends Error {
  readonly problems: readonly string[]
  constructor(problems: readonly string[]) {
    super(`Invalid scenario:\n${problems.join('\n')}`)
    this.name = 'InvalidScenarioError'
    this.problems = problems
  }
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
/** ISO 8601 date, or date and time with a zone (Z or ±hh:mm). */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2}))?$/
export const SCENARIO_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i
const PRINCIPAL_NAME = /^[^@\s]+@([^@\s]+)$/

export function isGuid(value: string): boolean {
  return GUID.test(value)
}

function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value)
  if (!match || Number.isNaN(Date.parse(value))) return false
  // Date.parse rolls 2026-02-31 over to March: check the calendar itself.
  const [year, month, day] = value.slice(0, 10).split('-').map(Number) as [number, number, number]
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate()
  const [hours = 0, minutes = 0, seconds = 0] = (value.slice(11, 19).match(/\d{2}/g) ?? []).map(Number)
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth && hours < 24 && minutes < 60 && seconds < 60
}

/** A value as it would appear in the file, shortened. */
function show(value: unknown): string {
  let text: string
  try {
    text = value === undefined ? 'nothing' : (JSON.stringify(value) ?? String(value))
  } catch {
    text = String(value)
  }
  return text.length > 60 ? `${text.slice(0, 57)}...` : text
}

function listOf(values: readonly unknown[]): string {
  return values.map((v) => show(v)).join(', ')
}

// --- Shape (zod) -------------------------------------------------------------------------------

type Issue = z.core.$ZodRawIssue

const text = z.string().check(z.minLength(1, 'must not be empty'))
const guid = z.string().check(z.refine(isGuid, { error: (issue: Issue) => `not a GUID: ${show(issue.input)}` }))
const isoDate = z.string().check(
  z.refine(isIsoDate, {
    error: (issue: Issue) => `not an ISO 8601 date (e.g. 2026-02-01T00:00:00Z): ${show(issue.input)}`,
  }),
)
const count = z.number().check(z.int(), z.nonnegative())
const positive = z.number().check(z.int(), z.positive())

const subscriptionSchema = z.strictObject({
  id: guid,
  offerId: text,
  friendlyName: text,
  quantity: count,
  status: z.enum(SUBSCRIPTION_STATUSES),
  billingCycle: z.enum(BILLING_CYCLES),
  termDuration: z.enum(TERM_DURATIONS),
  creationDate: isoDate,
  effectiveStartDate: isoDate,
  commitmentEndDate: isoDate,
  autoRenewEnabled: z.boolean(),
  parentSubscriptionId: z.optional(guid),
  suspensionReasons: z.optional(z.array(text)),
  isMicrosoftProduct: z.optional(
    z.literal(true, {
      error: (issue: Issue) =>
        `every offer of this catalog is a Microsoft product, so this is true (or left out), not ${show(issue.input)}`,
    }),
  ),
})

const userSchema = z.strictObject({
  id: guid,
  displayName: text,
  userPrincipalName: z.string().check(
    z.refine((v) => PRINCIPAL_NAME.test(v), {
      error: (issue: Issue) => `not a user principal name (name@domain): ${show(issue.input)}`,
    }),
  ),
  licenses: z.array(z.string()),
  selfServiceLicenses: z.array(z.string()),
})

const customerSchema = z.strictObject({
  id: guid,
  companyProfile: z.strictObject({
    tenantId: guid,
    domain: z
      .string()
      .check(z.refine((v) => DOMAIN.test(v), { error: (issue: Issue) => `not a domain name: ${show(issue.input)}` })),
    companyName: text,
  }),
  country: z.optional(
    z.string().check(
      z.refine((v) => /^[A-Z]{2}$/.test(v), {
        error: (issue: Issue) => `must be a two-letter country code such as "SE", not ${show(issue.input)}`,
      }),
    ),
  ),
  relationshipToPartner: z.enum(RELATIONSHIPS_TO_PARTNER),
  allowDelegatedAccess: z.boolean(),
  subscriptions: z.array(subscriptionSchema),
  otherChannelSubscriptions: z.array(z.strictObject({ offerId: text, quantity: positive, channel: text })),
  users: z.array(userSchema),
})

const scenarioSchema = z.strictObject({
  format: z.optional(
    z.literal(SCENARIO_FORMAT, {
      error: (issue: Issue) => `this app reads scenario format ${SCENARIO_FORMAT}, not ${show(issue.input)}`,
    }),
  ),
  name: z.string().check(
    z.refine((v) => SCENARIO_NAME.test(v), {
      error: (issue: Issue) =>
        `must be lower-case letters, digits and dashes (it is used in ?scenario=name), not ${show(issue.input)}`,
    }),
  ),
  title: text,
  description: z.string(),
  exportedFrom: z.optional(text),
  signedInUser: z.strictObject({
    displayName: text,
    role: z.enum(PARTNER_ROLES, {
      error: (issue: Issue) =>
        issue.input === undefined ? undefined : `unknown role ${show(issue.input)}; one of ${PARTNER_ROLES.join(', ')}`,
    }),
  }),
  customers: z.array(customerSchema),
})

type PathKey = string | number
type Path = readonly PathKey[]

interface Problem {
  readonly path: Path
  readonly message: string
}

/** `customers[2].subscriptions[0].offerId`; the empty path is `scenario`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`
    else out += out === '' ? String(key) : `.${String(key)}`
  }
  return out === '' ? 'scenario' : out
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list ([...])',
  object: 'an object ({...})',
}

function typeOf(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'an object'
  if (typeof value === 'number' && !Number.isInteger(value)) return show(value)
  return `${typeof value} ${show(value)}`
}

function shapeProblems(issues: readonly z.core.$ZodIssue[]): Problem[] {
  const problems: Problem[] = []
  for (const issue of issues) {
    const path = issue.path.filter((k): k is PathKey => typeof k === 'string' || typeof k === 'number')
    const input = (issue as { readonly input?: unknown }).input
    const custom = issue.message !== 'Invalid input' ? issue.message : undefined
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys) problems.push({ path: [...path, key], message: 'unknown field' })
        break
      case 'invalid_type':
        problems.push({
          path,
          message:
            input === undefined
              ? 'missing'
              : (custom ?? `expected ${TYPE_NAMES[issue.expected] ?? issue.expected}, not ${typeOf(input)}`),
        })
        break
      case 'invalid_value':
        problems.push({
          path,
          message:
            custom ??
            (issue.values.length === 1
              ? `must be ${show(issue.values[0])}, not ${show(input)}`
              : `must be one of ${listOf(issue.values)}, not ${show(input)}`),
        })
        break
      case 'too_small':
        problems.push({
          path,
          message:
            custom ??
            (issue.origin === 'number'
              ? `must be ${issue.inclusive === false ? 'more than' : 'at least'} ${String(issue.minimum)}, not ${show(input)}`
              : 'too short'),
        })
        break
      default:
        problems.push({ path, message: custom ?? `invalid: ${show(input)}` })
    }
  }
  return problems
}

// --- Cross references (on the raw input, so that they are reported next to shape problems) -----

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function listAt(value: unknown, key: string): readonly unknown[] {
  const list = isRecord(value) ? value[key] : undefined
  return Array.isArray(list) ? list : []
}

function textAt(value: unknown, key: string): string | undefined {
  const item = isRecord(value) ? value[key] : undefined
  return typeof item === 'string' ? item : undefined
}

function numberAt(value: unknown, key: string): number | undefined {
  const item = isRecord(value) ? value[key] : undefined
  return typeof item === 'number' && Number.isFinite(item) ? item : undefined
}

interface SubscriptionEntry {
  readonly customer: number
  readonly index: number
  readonly offer: OfferDefinition | undefined
  readonly quantity: number | undefined
  readonly friendlyName: string
}

function customerLabel(customers: readonly unknown[], index: number): string {
  const name = textAt(isRecord(customers[index]) ? customers[index].companyProfile : undefined, 'companyName')
  return name ? `customers[${index}] (${name})` : `customers[${index}]`
}

function crossProblems(input: unknown): Problem[] {
  const problems: Problem[] = []
  const add = (path: Path, message: string) => problems.push({ path, message })
  const customers = listAt(input, 'customers')
  // A saved state (exportedFrom) may hold more users than seats: partial upgrades and license
  // decreases, which the rules allow, can leave a subscription so. A hand-written start may not.
  const exported = textAt(input, 'exportedFrom') !== undefined

  /** Reports an id (case-insensitive) seen before at another path. */
  const uniqueIn = (seen: Map<string, Path>, value: string | undefined, path: Path, what: string) => {
    if (value === undefined || value === '') return
    const key = value.toLowerCase()
    const first = seen.get(key)
    if (first) add(path, `duplicate ${what} ${show(value)}, also at ${formatPath(first)}`)
    else seen.set(key, path)
  }
  const customerIds = new Map<string, Path>()
  const tenantIds = new Map<string, Path>()
  const domains = new Map<string, Path>()
  const subscriptionIds = new Map<string, Path>()
  const userIds = new Map<string, Path>()
  const subscriptions = new Map<string, SubscriptionEntry>()

  customers.forEach((customer, c) => {
    const profile = isRecord(customer) ? customer.companyProfile : undefined
    uniqueIn(customerIds, textAt(customer, 'id'), ['customers', c, 'id'], 'customer id')
    uniqueIn(tenantIds, textAt(profile, 'tenantId'), ['customers', c, 'companyProfile', 'tenantId'], 'tenantId')
    uniqueIn(domains, textAt(profile, 'domain'), ['customers', c, 'companyProfile', 'domain'], 'domain')
    listAt(customer, 'subscriptions').forEach((sub, s) => {
      const id = textAt(sub, 'id')
      const path = ['customers', c, 'subscriptions', s, 'id']
      if (id !== undefined && subscriptionIds.has(id.toLowerCase())) {
        uniqueIn(subscriptionIds, id, path, 'subscription id')
        return
      }
      uniqueIn(subscriptionIds, id, path, 'subscription id')
      const offerId = textAt(sub, 'offerId')
      if (id !== undefined) {
        subscriptions.set(id.toLowerCase(), {
          customer: c,
          index: s,
          offer: offerId === undefined ? undefined : findOffer(offerId),
          quantity: numberAt(sub, 'quantity'),
          friendlyName: textAt(sub, 'friendlyName') ?? id,
        })
      }
    })
  })

  customers.forEach((customer, c) => {
    const at = (...rest: PathKey[]): Path => ['customers', c, ...rest]
    const domain = textAt(isRecord(customer) ? customer.companyProfile : undefined, 'domain')
    /** A subscription id of this customer, or why not. */
    const ownSubscription = (id: string): { entry?: SubscriptionEntry; problem?: string } => {
      const entry = subscriptions.get(id.toLowerCase())
      if (!entry) return { problem: `no subscription ${show(id)}` }
      if (entry.customer !== c) {
        return {
          problem: `subscription ${show(id)} belongs to ${customerLabel(customers, entry.customer)}, not to this customer`,
        }
      }
      return { entry }
    }

    listAt(customer, 'subscriptions').forEach((sub, s) => {
      const offerId = textAt(sub, 'offerId')
      const offer = offerId === undefined || offerId === '' ? undefined : findOffer(offerId)
      if (offerId !== undefined && offerId !== '' && !offer)
        add(at('subscriptions', s, 'offerId'), `unknown offer ${show(offerId)}`)
      const quantity = numberAt(sub, 'quantity')
      if (offer && quantity !== undefined && Number.isInteger(quantity) && quantity >= 0) {
        if (quantity > offer.maximumQuantity) {
          add(
            at('subscriptions', s, 'quantity'),
            `${quantity} is above the maximum of ${offer.maximumQuantity} for ${offer.name}`,
          )
        } else if (quantity < offer.minimumQuantity) {
          add(
            at('subscriptions', s, 'quantity'),
            `${quantity} is below the minimum of ${offer.minimumQuantity} for ${offer.name}`,
          )
        }
      }
      const start = textAt(sub, 'effectiveStartDate')
      const end = textAt(sub, 'commitmentEndDate')
      if (start && end && isIsoDate(start) && isIsoDate(end) && Date.parse(end) <= Date.parse(start)) {
        add(at('subscriptions', s, 'commitmentEndDate'), `${show(end)} is not after effectiveStartDate ${show(start)}`)
      }
      const parentId = textAt(sub, 'parentSubscriptionId')
      const id = textAt(sub, 'id')
      const parentPath = at('subscriptions', s, 'parentSubscriptionId')
      if (parentId === undefined) {
        if (offer?.isAddOn)
          add(parentPath, `missing: ${offer.name} is an add-on, so it needs the subscription it was bought for`)
      } else if (offer && !offer.isAddOn) {
        add(parentPath, `${offer.name} is not an add-on, so it has no parent subscription`)
      } else if (id !== undefined && parentId.toLowerCase() === id.toLowerCase()) {
        add(parentPath, 'an add-on cannot be its own parent')
      } else if (isGuid(parentId)) {
        const { entry, problem } = ownSubscription(parentId)
        if (problem) add(parentPath, problem)
        else if (entry?.offer?.isAddOn) add(parentPath, `${show(parentId)} is itself an add-on (${entry.offer.name})`)
      }
    })

    listAt(customer, 'otherChannelSubscriptions').forEach((other, o) => {
      const offerId = textAt(other, 'offerId')
      const offer = offerId === undefined || offerId === '' ? undefined : findOffer(offerId)
      if (offerId !== undefined && offerId !== '' && !offer)
        add(at('otherChannelSubscriptions', o, 'offerId'), `unknown offer ${show(offerId)}`)
      const quantity = numberAt(other, 'quantity')
      if (offer && quantity !== undefined && quantity > offer.maximumQuantity) {
        add(
          at('otherChannelSubscriptions', o, 'quantity'),
          `${quantity} is above the maximum of ${offer.maximumQuantity} for ${offer.name}`,
        )
      }
    })

    const holders = new Map<string, number>()
    listAt(customer, 'users').forEach((user, u) => {
      uniqueIn(userIds, textAt(user, 'id'), at('users', u, 'id'), 'user id')
      const upn = textAt(user, 'userPrincipalName')
      const upnDomain = upn === undefined ? undefined : PRINCIPAL_NAME.exec(upn)?.[1]
      if (upnDomain && domain && DOMAIN.test(domain) && upnDomain.toLowerCase() !== domain.toLowerCase()) {
        add(at('users', u, 'userPrincipalName'), `${show(upn)} is not on the customer's domain ${show(domain)}`)
      }
      const mine = new Set<string>()
      listAt(user, 'licenses').forEach((license, l) => {
        if (typeof license !== 'string') return
        const key = license.toLowerCase()
        if (mine.has(key)) {
          add(at('users', u, 'licenses', l), `subscription ${show(license)} is listed twice`)
          return
        }
        mine.add(key)
        const { entry, problem } = ownSubscription(license)
        if (problem) add(at('users', u, 'licenses', l), problem)
        else if (entry) holders.set(key, (holders.get(key) ?? 0) + 1)
      })
      const skus = new Set<string>()
      listAt(user, 'selfServiceLicenses').forEach((sku, k) => {
        if (typeof sku !== 'string') return
        if (skus.has(sku)) add(at('users', u, 'selfServiceLicenses', k), `${show(sku)} is listed twice`)
        else if (!findSelfServiceLicense(sku)) {
          add(
            at('users', u, 'selfServiceLicenses', k),
            `unknown self-service license ${show(sku)}; one of ${SELF_SERVICE_LICENSES.map((l) => l.skuPartNumber).join(', ')}`,
          )
        }
        skus.add(sku)
      })
    })

    if (exported) return
    for (const [key, users] of holders) {
      const entry = subscriptions.get(key)
      const seats = entry?.quantity
      if (!entry || seats === undefined || !Number.isInteger(seats) || seats < 0 || users <= seats) continue
      add(
        at('subscriptions', entry.index, 'quantity'),
        `${users} users hold a license of this subscription, more than its ${seats} ${seats === 1 ? 'seat' : 'seats'}`,
      )
    }
  })
  return problems
}

function comparePaths(a: Path, b: Path): number {
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) {
    const x = a[i] as PathKey
    const y = b[i] as PathKey
    if (x === y) continue
    if (typeof x === 'number' && typeof y === 'number') return x - y
    return String(x) < String(y) ? -1 : 1
  }
  return a.length - b.length
}

/**
 * Checks a scenario (parsed JSON) and returns it whole, or EVERY problem, each as
 * `path: message` (e.g. `customers[2].subscriptions[0].offerId: unknown offer "xyz"`), ordered by
 * path. Shape problems (types, missing or unknown fields, GUIDs, dates, enums) and cross-reference
 * problems (offers, duplicate ids, add-on parents, licenses, seats, self-service licenses,
 * quantity limits) are reported together.
 */
export function validateScenario(input: unknown): ScenarioCheck {
  try {
    const parsed = scenarioSchema.safeParse(input, { reportInput: true })
    const problems = [...(parsed.success ? [] : shapeProblems(parsed.error.issues)), ...crossProblems(input)]
    if (parsed.success && problems.length === 0) return { ok: true, scenario: parsed.data }
    const sorted = problems
      .map((problem, order) => ({ problem, order }))
      .sort((a, b) => comparePaths(a.problem.path, b.problem.path) || a.order - b.order)
    const lines = sorted.map(({ problem }) => `${formatPath(problem.path)}: ${problem.message}`)
    return { ok: false, problems: [...new Set(lines)] }
  } catch (error) {
    // Hostile input (throwing getters, proxies) must not escape.
    return { ok: false, problems: [`scenario: unreadable (${String(error)})`] }
  }
}

/** Reads a scenario file's text: JSON syntax errors are reported like the other problems. */
export function readScenarioText(source: string): ScenarioCheck {
  if (source.trim() === '') return { ok: false, problems: ['file: empty; expected a scenario in JSON'] }
  let input: unknown
  try {
    input = JSON.parse(source.replace(/^\uFEFF/, ''))
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    return { ok: false, problems: [`file: not valid JSON (${detail})`] }
  }
  return validateScenario(input)
}

/** Reads a scenario that must be valid (the built-in ones); throws InvalidScenarioError with every problem. */
export function parseScenario(input: unknown): Scenario {
  const check = validateScenario(input)
  if (!check.ok) throw new InvalidScenarioError(check.problems)
  return check.scenario
}

/** A scenario as a file's text: JSON, two-space indented, `format` first. */
export function scenarioText(scenario: Scenario): string {
  return `${JSON.stringify({ format: SCENARIO_FORMAT, ...scenario }, null, 2)}\n`
}
