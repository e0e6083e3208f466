import type { CustomerFacts } from '../../src/rules/eligibility'
import { OFFER_IDS, OFFERS } from '../../src/rules/offers'
import type { SubscriptionStatus } from '../../src/rules/subscription-status'
import type {
  Scenario,
  ScenarioCustomer,
  ScenarioOtherChannelSubscription,
  ScenarioSubscription,
  ScenarioUser,
} from '../scenario'
import { createRandom, offer, slug, type Tools, toolsOf } from './generator-tools'

/**
 * The "many customers" scenario, generated at load time (a committed JSON file would be tens of
 * megabytes): a partner with 5,000 customers, one of which, Contoso Megacorp, holds 10,000
 * subscriptions across every offer and status. Deterministic: the same seed gives the same
 * scenario, byte for byte (a seeded PRNG, no Math.random, no clock). Used to demo paging through
 * `GET /customers?size=N` and, later, the performance of large lists.
 */
export const MANY_CUSTOMERS_NAME = 'many-customers'
export const MANY_CUSTOMERS_TITLE = 'Many customers'
export const MANY_CUSTOMERS_DESCRIPTION =
  'A partner with 5,000 customers (paging and search), one of which, Contoso Megacorp, holds 10,000 subscriptions across every offer and status. Generated from a seed when loaded.'
export const MEGACORP_NAME = 'Contoso Megacorp'

/** Bump whenever the generated data changes, so that browsers drop demo states stored from older data. */
export const GENERATOR_VERSION = 3

export interface GenerateOptions {
  /** Default 20261121. */
  readonly seed?: number
  /** How many customers in all, Contoso Megacorp included (default 5,000). */
  readonly customers?: number
  /** How many subscriptions Contoso Megacorp holds (default 10,000). */
  readonly megacorpSubscriptions?: number
  /** How many users Contoso Megacorp has (default 500). */
  readonly megacorpUsers?: number
}

export const DEFAULT_SEED = 20261121

const PREFIXES: readonly string[] = (
  'Alpine Amber Apex Arctic Aspen Atlas Aurora Azure Beacon Birch Blue Bright Cedar Cobalt Copper ' +
  'Coral Crimson Crystal Delta Eagle Ember Evergreen Falcon Fern Golden Granite Harbor Hazel ' +
  'Horizon Indigo Iron Juniper Lakeside Linden Maple Meadow Nimbus Northern Oak Orchid Pacific Pine ' +
  'Quartz Redwood Riverside Sage Silver Summit Willow Zenith'
).split(' ')
const NOUNS: readonly string[] = (
  'Analytics Architects Bakery Bikes Brewing Builders Clinic Consulting Dental Design Electric ' +
  'Energy Engineering Farms Finance Fitness Foods Freight Furniture Games Gardens Health Hotels ' +
  'Imports Insurance Labs Law Logistics Marine Media Motors Music Optics Outdoors Pharma Plastics ' +
  'Printing Realty Robotics Schools Software Solar Sports Studios Telecom Textiles Tools Travel ' +
  'Ventures Wines'
).split(' ')
/** Company suffix and the country domain that goes with it; `Pvt Ltd` companies buy the India offers. */
const SUFFIXES = [
  ['Ltd', 'co.uk'],
  ['Inc.', 'com'],
  ['GmbH', 'de'],
  ['Pvt Ltd', 'in'],
  ['BV', 'nl'],
  ['AB', 'se'],
  ['Kft.', 'hu'],
  ['A.S.', 'com.tr'],
] as const
const DEPARTMENTS: readonly string[] =
  'Sales Finance Engineering Support Marketing Legal Operations Research HR Logistics'.split(' ')

const INDIA_SOURCES = [OFFER_IDS.businessBasicIndia, OFFER_IDS.appsForBusinessIndia, OFFER_IDS.businessStandardIndia]
/** What an ordinary customer buys, weighted: mostly the upgradable Business plans. */
const COMMON_OFFERS = [
  OFFER_IDS.businessBasic,
  OFFER_IDS.businessBasic,
  OFFER_IDS.businessBasic,
  OFFER_IDS.appsForBusiness,
  OFFER_IDS.appsForBusiness,
  OFFER_IDS.businessStandard,
  OFFER_IDS.businessStandard,
  OFFER_IDS.businessPremium,
  OFFER_IDS.e1,
  OFFER_IDS.e3,
  OFFER_IDS.e5,
  OFFER_IDS.appsForEnterprise,
  OFFER_IDS.exchangePlan1,
]
const ADD_ONS = OFFERS.filter((o) => o.isAddOn)

/** Contoso Megacorp: every offer in every status, many times over. */
function megacorp(t: Tools, megacorpSubscriptions: number, megacorpUsers: number): ScenarioCustomer {
  const { random, guid, subscription, quantityFor, selfService, person } = t
  const domain = 'contosomegacorp.com'
  const subscriptions: ScenarioSubscription[] = []
  const parents: ScenarioSubscription[] = []
  // Half active; the rest in every other status the SDKs know.
  const statuses: readonly SubscriptionStatus[] = [
    ...Array<SubscriptionStatus>(6).fill('active'),
    ...(['suspended', 'pending', 'deleted', 'none', 'expired', 'disabled'] as const),
  ]
  for (let i = 0; i < megacorpSubscriptions; i++) {
    // Every offer and every status, in turn, so that any slice of the list is varied.
    const source = OFFERS[i % OFFERS.length] ?? offer(OFFER_IDS.businessBasic)
    const status = statuses[Math.floor(i / OFFERS.length) % statuses.length] ?? 'active'
    const name = `Megacorp – ${source.name} (${random.pick(DEPARTMENTS)} ${String(i + 1).padStart(5, '0')})`
    if (source.isAddOn) {
      // OFFERS starts with a base plan, so there is a parent by the time the first add-on comes.
      const parent = random.pick(parents)
      subscriptions.push(subscription(source, name, quantityFor(source, 1), status, parent.id))
    } else {
      const sub = subscription(source, name, quantityFor(source, 1), status)
      subscriptions.push(sub)
      parents.push(sub)
    }
  }
  const seats = new Map<string, number>()
  const assignable = subscriptions.filter((s) => s.parentSubscriptionId === undefined && s.status === 'active')
  const taken = new Set<string>()
  const users: ScenarioUser[] = []
  for (let i = 0; i < megacorpUsers && assignable.length > 0; i++) {
    const sub = random.pick(assignable)
    const used = seats.get(sub.id) ?? 0
    const licenses = used < sub.quantity ? [sub.id] : []
    if (licenses.length > 0) seats.set(sub.id, used + 1)
    users.push({ id: guid(), ...person(domain, taken), licenses, selfServiceLicenses: selfService() })
  }
  return {
    id: guid(),
    companyProfile: { tenantId: guid(), domain, companyName: MEGACORP_NAME },
    relationshipToPartner: 'reseller',
    allowDelegatedAccess: true,
    subscriptions,
    otherChannelSubscriptions: [
      { offerId: OFFER_IDS.businessPremium, quantity: 40, channel: 'Another CSP partner' },
      { offerId: OFFER_IDS.e5, quantity: 25, channel: 'Microsoft (web direct)' },
    ],
    users,
  }
}

/** An ordinary customer: a few subscriptions, sometimes an add-on or another channel. */
function ordinary(t: Tools, combination: number): ScenarioCustomer {
  const { random, guid, subscription, quantityFor, selfService, person } = t
  const prefix = PREFIXES[combination % PREFIXES.length] ?? 'Blue'
  const noun = NOUNS[Math.floor(combination / PREFIXES.length) % NOUNS.length] ?? 'Labs'
  const [suffix, tld] = SUFFIXES[Math.floor(combination / (PREFIXES.length * NOUNS.length))] ?? SUFFIXES[0]
  const companyName = `${prefix} ${noun} ${suffix}`
  const domain = `${slug(prefix + noun)}.${tld}`
  const india = suffix === 'Pvt Ltd'
  const short = `${prefix} ${noun}`
  const owned = new Set<string>()
  const subscriptions: ScenarioSubscription[] = []
  const count = random.pick([0, 1, 1, 1, 2, 2, 3])
  for (let i = 0; i < count; i++) {
    const id = india && i === 0 ? random.pick(INDIA_SOURCES) : random.pick(COMMON_OFFERS)
    if (owned.has(id)) continue
    owned.add(id)
    const source = offer(id)
    const roll = random.next()
    const status: SubscriptionStatus =
      roll < 0.86 ? 'active' : roll < 0.92 ? 'suspended' : roll < 0.97 ? 'pending' : 'deleted'
    subscriptions.push(subscription(source, `${short} – ${source.name}`, quantityFor(source, 5), status))
  }
  const first = subscriptions[0]
  if (first && random.chance(0.08)) {
    const addOn = random.pick(ADD_ONS)
    subscriptions.push(
      subscription(addOn, `${short} – ${addOn.name}`, Math.min(first.quantity, 50), 'active', first.id),
    )
  }
  const otherChannelSubscriptions: ScenarioOtherChannelSubscription[] = []
  if (random.chance(0.08)) {
    const id = random.pick(COMMON_OFFERS.filter((o) => !owned.has(o)))
    otherChannelSubscriptions.push({
      offerId: id,
      quantity: random.between(1, 50),
      channel: random.pick(['Another CSP partner', 'Microsoft (web direct)']),
    })
  }
  const users: ScenarioUser[] = []
  const taken = new Set<string>()
  if (first) {
    const n = random.int(Math.min(first.quantity, 5) + 1)
    for (let i = 0; i < n; i++) {
      users.push({ id: guid(), ...person(domain, taken), licenses: [first.id], selfServiceLicenses: selfService() })
    }
  }
  const relationship = random.chance(0.03) ? 'advisor' : 'reseller'
  return {
    id: guid(),
    companyProfile: { tenantId: guid(), domain, companyName },
    relationshipToPartner: relationship,
    allowDelegatedAccess: !random.chance(0.05),
    subscriptions,
    otherChannelSubscriptions,
    users,
  }
}

/** What the rules know of a scenario's customer, as the mock's database has it once loaded. */
export function scenarioCustomerFacts(customer: ScenarioCustomer): CustomerFacts {
  return {
    allowDelegatedAccess: customer.allowDelegatedAccess,
    subscriptions: customer.subscriptions.map((s) => ({
      id: s.id,
      offerId: s.offerId,
      status: s.status,
      quantity: s.quantity,
      parentSubscriptionId: s.parentSubscriptionId ?? null,
    })),
    otherChannelOfferIds: customer.otherChannelSubscriptions.map((o) => o.offerId),
  }
}

export function generateManyCustomers(options: GenerateOptions = {}): Scenario {
  const tools = toolsOf(createRandom(options.seed ?? DEFAULT_SEED))
  const customers: ScenarioCustomer[] = [
    megacorp(tools, options.megacorpSubscriptions ?? 10_000, options.megacorpUsers ?? 500),
  ]
  const customerCount = options.customers ?? 5000
  const combinations = PREFIXES.length * NOUNS.length * SUFFIXES.length
  const stride = 7919 // prime, so i -> i * stride mod combinations visits each combination once
  for (let i = 1; i < customerCount; i++) customers.push(ordinary(tools, (i * stride) % combinations))

  return {
    format: 1,
    name: MANY_CUSTOMERS_NAME,
    title: MANY_CUSTOMERS_TITLE,
    description: MANY_CUSTOMERS_DESCRIPTION,
    signedInUser: { displayName: 'Rosa Alvarez', role: 'admin_agent' },
    customers,
  }
}
