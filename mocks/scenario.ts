import * as z from 'zod/mini'
import { SUBSCRIPTION_STATUSES, type SubscriptionStatus } from '../src/rules/eligibility'
import { findSelfServiceLicense } from '../src/rules/licenses'
import { findOffer } from '../src/rules/offers'
import { PARTNER_ROLES, type PartnerRole } from '../src/rules/roles'

/**
 * Demo data for the mocked Partner Center: a partner's customers, what they bought from the
 * partner, what they hold through other channels, and their users' license assignments.
 * Scenarios are JSON files (mocks/scenarios/*.json) read through `parseScenario`, which checks
 * both the shape and the cross references (offers, subscriptions, licenses).
 */
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
  readonly email: string
  /** Ids of the customer's subscriptions whose license the user is assigned. */
  readonly licenses: readonly string[]
  /** skuPartNumbers of SELF_SERVICE_LICENSES (src/rules/licenses.ts) the user holds. */
  readonly selfServiceLicenses: readonly string[]
}

export interface ScenarioCustomer {
  readonly id: string
  readonly companyName: string
  readonly domain: string
  readonly tenantId: string
  readonly relationshipToPartner: RelationshipToPartner
  readonly allowDelegatedAccess: boolean
  readonly subscriptions: readonly ScenarioSubscription[]
  readonly otherChannelSubscriptions: readonly ScenarioOtherChannelSubscription[]
  readonly users: readonly ScenarioUser[]
}

export interface ScenarioSignedInUser {
  readonly name: string
  readonly role: PartnerRole
}

export interface Scenario {
  readonly name: string
  readonly description: string
  /** Who the demo signs in as by default. */
  readonly signedInUser?: ScenarioSignedInUser
  readonly customers: readonly ScenarioCustomer[]
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export function isGuid(value: string): boolean {
  return GUID.test(value)
}

const isoDate = z.string().check(z.refine((v) => !Number.isNaN(Date.parse(v)), 'not an ISO date'))
const guid = z.string().check(z.regex(GUID, 'not a GUID'))
const count = z.number().check(z.int(), z.nonnegative())

const subscriptionSchema = z.object({
  id: guid,
  offerId: z.string(),
  friendlyName: z.string(),
  quantity: count,
  status: z.enum(SUBSCRIPTION_STATUSES),
  billingCycle: z.enum(BILLING_CYCLES),
  termDuration: z.enum(TERM_DURATIONS),
  creationDate: isoDate,
  effectiveStartDate: isoDate,
  commitmentEndDate: isoDate,
  autoRenewEnabled: z.boolean(),
  parentSubscriptionId: z.optional(guid),
  suspensionReasons: z.optional(z.array(z.string())),
})

const scenarioSchema = z.object({
  name: z.string(),
  description: z.string(),
  signedInUser: z.optional(z.object({ name: z.string(), role: z.enum(PARTNER_ROLES) })),
  customers: z.array(
    z.object({
      id: guid,
      companyName: z.string(),
      domain: z.string(),
      tenantId: guid,
      relationshipToPartner: z.enum(RELATIONSHIPS_TO_PARTNER),
      allowDelegatedAccess: z.boolean(),
      subscriptions: z.array(subscriptionSchema),
      otherChannelSubscriptions: z.array(z.object({ offerId: z.string(), quantity: count, channel: z.string() })),
      users: z.array(
        z.object({
          id: guid,
          displayName: z.string(),
          email: z.string(),
          licenses: z.array(z.string()),
          selfServiceLicenses: z.array(z.string()),
        }),
      ),
    }),
  ),
})

/** Cross-reference problems of a scenario (empty: it is consistent). */
export function scenarioProblems(scenario: Scenario): string[] {
  const problems: string[] = []
  const ids = new Set<string>()
  const unique = (id: string, what: string) => {
    const key = id.toLowerCase()
    if (ids.has(key)) problems.push(`${what}: id ${id} is used twice`)
    ids.add(key)
  }
  for (const customer of scenario.customers) {
    const where = customer.companyName
    unique(customer.id, where)
    const subs = new Map(customer.subscriptions.map((s) => [s.id.toLowerCase(), s]))
    for (const sub of customer.subscriptions) {
      unique(sub.id, `${where} / ${sub.friendlyName}`)
      const offer = findOffer(sub.offerId)
      if (!offer) problems.push(`${where} / ${sub.friendlyName}: unknown offer ${sub.offerId}`)
      else if (sub.quantity > offer.maximumQuantity) {
        problems.push(`${where} / ${sub.friendlyName}: quantity above the offer's maximum ${offer.maximumQuantity}`)
      }
      if (sub.parentSubscriptionId !== undefined) {
        if (!subs.has(sub.parentSubscriptionId.toLowerCase())) {
          problems.push(`${where} / ${sub.friendlyName}: parent subscription ${sub.parentSubscriptionId} not found`)
        }
        if (offer && !offer.isAddOn) problems.push(`${where} / ${sub.friendlyName}: has a parent but is not an add-on`)
      }
    }
    for (const other of customer.otherChannelSubscriptions) {
      if (!findOffer(other.offerId)) problems.push(`${where}: unknown other-channel offer ${other.offerId}`)
    }
    const assigned = new Map<string, number>()
    for (const user of customer.users) {
      unique(user.id, `${where} / ${user.displayName}`)
      if (!user.email.toLowerCase().endsWith(`@${customer.domain.toLowerCase()}`)) {
        problems.push(`${where} / ${user.displayName}: e-mail not on ${customer.domain}`)
      }
      for (const license of user.licenses) {
        const key = license.toLowerCase()
        if (!subs.has(key)) problems.push(`${where} / ${user.displayName}: license of unknown subscription ${license}`)
        assigned.set(key, (assigned.get(key) ?? 0) + 1)
      }
      for (const sku of user.selfServiceLicenses) {
        if (!findSelfServiceLicense(sku)) problems.push(`${where} / ${user.displayName}: unknown self-service ${sku}`)
      }
    }
    for (const [key, n] of assigned) {
      const sub = subs.get(key)
      if (sub && n > sub.quantity) problems.push(`${where} / ${sub.friendlyName}: ${n} users on ${sub.quantity} seats`)
    }
  }
  return problems
}

/** Reads a scenario (e.g. an imported JSON file); throws with every problem found. */
export function parseScenario(input: unknown): Scenario {
  const result = scenarioSchema.safeParse(input)
  if (!result.success) {
    const issues = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
    throw new Error(`Invalid scenario:\n${issues.join('\n')}`)
  }
  const scenario: Scenario = result.data
  const problems = scenarioProblems(scenario)
  if (problems.length > 0) throw new Error(`Inconsistent scenario "${scenario.name}":\n${problems.join('\n')}`)
  return scenario
}
