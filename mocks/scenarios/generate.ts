import type { CustomerFacts } from '../../src/rules/eligibility'
import { SELF_SERVICE_LICENSES } from '../../src/rules/licenses'
import { OFFER_IDS, OFFERS, type OfferDefinition } from '../../src/rules/offers'
import type { SubscriptionStatus } from '../../src/rules/subscription-status'
import type {
  BillingCycle,
  Scenario,
  ScenarioCustomer,
  ScenarioOtherChannelSubscription,
  ScenarioSubscription,
  ScenarioUser,
} from '../scenario'

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

/** A seeded PRNG (mulberry32): uniform floats in [0, 1). */
export interface Random {
  next(): number
  /** A whole number in [0, n). */
  int(n: number): number
  /** A whole number in [min, max]. */
  between(min: number, max: number): number
  chance(p: number): boolean
  pick<T>(items: readonly T[]): T
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (n: number) => Math.floor(next() * n)
  return {
    next,
    int,
    between: (min, max) => min + int(max - min + 1),
    chance: (p) => next() < p,
    pick<T>(items: readonly T[]): T {
      const item = items[int(items.length)]
      if (item === undefined) throw new RangeError('pick from an empty list')
      return item
    },
  }
}

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
const FIRST_NAMES: readonly string[] = (
  'Alex Amira Ben Chen Dana Elif Erik Fatima Gabor Hana Ivan Jonas Kai Lena Lin Maria Mehmet Nina ' +
  'Omar Priya Ravi Sara Tomas Yuki'
).split(' ')
const LAST_NAMES: readonly string[] = (
  'Andersson Bakker Chen Demir Evans Fischer Garcia Horvath Iyer Jansen Kim Kovacs Larsen Mehta ' +
  'Nowak Okafor Patel Quinn Rossi Sato Yilmaz'
).split(' ')
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

const DAY = 86_400_000
/** Subscriptions start between these two dates. */
const EARLIEST = Date.UTC(2024, 0, 1)
const LATEST = Date.UTC(2026, 5, 30)
/** Active and pending terms renew until they end after this date (fixed, so data stays the same). */
const TERMS_RUN_PAST = Date.UTC(2026, 10, 21)

function offer(id: string): OfferDefinition {
  const found = OFFERS.find((o) => o.id === id)
  if (!found) throw new Error(`unknown offer ${id}`)
  return found
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '')
}

/** The generator's tools over one seeded random sequence: ids, subscriptions, quantities, people. */
function toolsOf(random: Random) {
  let serial = 0
  const hex = (bits: number) =>
    Math.floor(random.next() * 2 ** bits)
      .toString(16)
      .padStart(bits / 4, '0')
  /** A version-4-shaped GUID, unique by its serial last group. */
  const guid = () =>
    `${hex(32)}-${hex(16)}-4${hex(12)}-${(8 + random.int(4)).toString(16)}${hex(12)}-${(++serial).toString(16).padStart(12, '0')}`

  const subscription = (
    source: OfferDefinition,
    friendlyName: string,
    quantity: number,
    status: SubscriptionStatus,
    parentSubscriptionId?: string,
  ): ScenarioSubscription => {
    const cycle: BillingCycle = random.chance(0.7) ? 'annual' : 'monthly'
    const start = EARLIEST + random.int((LATEST - EARLIEST) / DAY) * DAY
    const created = start + random.int(DAY / 1000) * 1000
    const end = new Date(start)
    end.setUTCMonth(end.getUTCMonth() + (cycle === 'annual' ? 12 : 1))
    while ((status === 'active' || status === 'pending') && end.getTime() - DAY <= TERMS_RUN_PAST) {
      end.setUTCMonth(end.getUTCMonth() + (cycle === 'annual' ? 12 : 1))
    }
    const sub: ScenarioSubscription = {
      id: guid(),
      offerId: source.id,
      friendlyName,
      quantity,
      status,
      billingCycle: cycle,
      termDuration: cycle === 'annual' ? 'P1Y' : 'P1M',
      creationDate: new Date(created).toISOString(),
      effectiveStartDate: new Date(start).toISOString(),
      commitmentEndDate: new Date(end.getTime() - DAY).toISOString(),
      autoRenewEnabled: status === 'active' || status === 'pending' ? random.chance(0.8) : false,
    }
    const reasons = status === 'suspended' ? [random.pick(['CustomerCancellation', 'PaymentIssue', 'Upgraded'])] : []
    return {
      ...sub,
      ...(parentSubscriptionId ? { parentSubscriptionId } : {}),
      ...(reasons.length > 0 ? { suspensionReasons: reasons } : {}),
    }
  }
  const quantityFor = (source: OfferDefinition, atLeast: number) =>
    Math.max(
      atLeast,
      random.between(
        source.minimumQuantity,
        Math.min(source.maximumQuantity, source.family === 'business' ? 300 : 2000),
      ),
    )
  const selfService = () => (random.chance(0.1) ? [random.pick(SELF_SERVICE_LICENSES).skuPartNumber] : [])
  /** A user's name and a sign-in name not yet `taken` in the tenant. */
  const person = (domain: string, taken: Set<string>) => {
    const displayName = `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`
    const base = displayName.toLowerCase().replace(' ', '.')
    let local = base
    for (let n = 2; taken.has(local); n++) local = `${base}${n}`
    taken.add(local)
    return { displayName, userPrincipalName: `${local}@${domain}` }
  }

  return { random, guid, subscription, quantityFor, selfService, person }
}

type Tools = ReturnType<typeof toolsOf>

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
