import * as z from 'zod/mini'
import { PARTNER_ROLES } from '../src/rules/roles'
import { SUBSCRIPTION_STATUSES } from '../src/rules/subscription-status'

/**
 * One zod schema per record of the demo data, in Partner Center's shapes: what a scenario file
 * holds, checked by `validateScenario` (mocks/scenario.ts). The types of the scenario and of the
 * mock database's records (mocks/records.ts) are inferred from them, so the file format and the
 * database cannot drift apart.
 */
export const SCENARIO_FORMAT = 1

export const RELATIONSHIPS_TO_PARTNER = ['reseller', 'advisor', 'none'] as const
export type RelationshipToPartner = (typeof RELATIONSHIPS_TO_PARTNER)[number]
export const BILLING_CYCLES = ['monthly', 'annual'] as const
export type BillingCycle = (typeof BILLING_CYCLES)[number]
export const TERM_DURATIONS = ['P1M', 'P1Y'] as const
export type TermDuration = (typeof TERM_DURATIONS)[number]

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
/** ISO 8601 date, or date and time with a zone (Z or ±hh:mm). */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2}))?$/
export const SCENARIO_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
export const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i
export const PRINCIPAL_NAME = /^[^@\s]+@([^@\s]+)$/

export function isGuid(value: string): boolean {
  return GUID.test(value)
}

export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value)
  if (!match || Number.isNaN(Date.parse(value))) return false
  // Date.parse rolls 2026-02-31 over to March: check the calendar itself.
  const [year, month, day] = value.slice(0, 10).split('-').map(Number) as [number, number, number]
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate()
  const [hours = 0, minutes = 0, seconds = 0] = (value.slice(11, 19).match(/\d{2}/g) ?? []).map(Number)
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth && hours < 24 && minutes < 60 && seconds < 60
}

/** A value as it would appear in the file, shortened. */
export function show(value: unknown): string {
  let text: string
  try {
    text = value === undefined ? 'nothing' : (JSON.stringify(value) ?? String(value))
  } catch {
    text = String(value)
  }
  return text.length > 60 ? `${text.slice(0, 57)}...` : text
}

export function listOf(values: readonly unknown[]): string {
  return values.map((v) => show(v)).join(', ')
}

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

/** A subscription the partner sold (Partner Center's Subscription). */
export const subscriptionSchema = z.strictObject({
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
  /**
   * Subscription.isMicrosoftProduct, accepted so that a subscription copied from Partner Center
   * loads; every offer of the catalog is Microsoft's, so it can only be true (the API sends true).
   */
  isMicrosoftProduct: z.optional(
    z.literal(true, {
      error: (issue: Issue) =>
        `every offer of this catalog is a Microsoft product, so this is true (or left out), not ${show(issue.input)}`,
    }),
  ),
})

/** A user of the customer's tenant and the licenses it is assigned. */
export const userSchema = z.strictObject({
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

export const companyProfileSchema = z.strictObject({
  tenantId: guid,
  domain: z
    .string()
    .check(z.refine((v) => DOMAIN.test(v), { error: (issue: Issue) => `not a domain name: ${show(issue.input)}` })),
  companyName: text,
})

/** `channel`: who sold it, e.g. 'Another CSP partner', 'Microsoft (web direct)'. */
export const otherChannelSchema = z.strictObject({ offerId: text, quantity: positive, channel: text })

export const customerSchema = z.strictObject({
  id: guid,
  companyProfile: companyProfileSchema,
  /**
   * The customer's market (ISO 3166 country code, e.g. "SE"): which demo prices and currency it
   * gets (mocks/prices.ts). Optional: a `.in` domain means IN, any other US.
   */
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
  otherChannelSubscriptions: z.array(otherChannelSchema),
  users: z.array(userSchema),
})

/** Who the demo signs in as when the scenario is loaded. */
export const signedInUserSchema = z.strictObject({
  displayName: text,
  role: z.enum(PARTNER_ROLES, {
    error: (issue: Issue) =>
      issue.input === undefined ? undefined : `unknown role ${show(issue.input)}; one of ${PARTNER_ROLES.join(', ')}`,
  }),
})

export const scenarioSchema = z.strictObject({
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
  /**
   * Set by the demo's export: the scenario this saved state grew from. A saved state may hold what
   * the demo's operations allow but a hand-written start may not (see `validateScenario`).
   */
  exportedFrom: z.optional(text),
  signedInUser: signedInUserSchema,
  customers: z.array(customerSchema),
})

export type ScenarioSubscription = z.infer<typeof subscriptionSchema>
/** An offer the customer holds through another partner or channel ("multichannel"). */
export type ScenarioOtherChannelSubscription = z.infer<typeof otherChannelSchema>
export type ScenarioUser = z.infer<typeof userSchema>
/** Partner Center's CustomerCompanyProfile (the part the demo uses). */
export type ScenarioCompanyProfile = z.infer<typeof companyProfileSchema>
export type ScenarioCustomer = z.infer<typeof customerSchema>
export type ScenarioSignedInUser = z.infer<typeof signedInUserSchema>
export type Scenario = z.infer<typeof scenarioSchema>
