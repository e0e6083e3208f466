import { SELF_SERVICE_LICENSES } from '../../src/rules/licenses'
import { OFFERS, type OfferDefinition } from '../../src/rules/offers'
import type { SubscriptionStatus } from '../../src/rules/subscription-status'
import type { BillingCycle, ScenarioSubscription } from '../scenario'

/** The many-customers generator's tools (generate.ts): a seeded random sequence, people, subscriptions. */

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

const FIRST_NAMES: readonly string[] = (
  'Alex Amira Ben Chen Dana Elif Erik Fatima Gabor Hana Ivan Jonas Kai Lena Lin Maria Mehmet Nina ' +
  'Omar Priya Ravi Sara Tomas Yuki'
).split(' ')
const LAST_NAMES: readonly string[] = (
  'Andersson Bakker Chen Demir Evans Fischer Garcia Horvath Iyer Jansen Kim Kovacs Larsen Mehta ' +
  'Nowak Okafor Patel Quinn Rossi Sato Yilmaz'
).split(' ')
const DAY = 86_400_000
/** Subscriptions start between these two dates. */
const EARLIEST = Date.UTC(2024, 0, 1)
const LATEST = Date.UTC(2026, 5, 30)
/** Active and pending terms renew until they end after this date (fixed, so data stays the same). */
const TERMS_RUN_PAST = Date.UTC(2026, 10, 21)

export function offer(id: string): OfferDefinition {
  const found = OFFERS.find((o) => o.id === id)
  if (!found) throw new Error(`unknown offer ${id}`)
  return found
}

export function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '')
}

/** The generator's tools over one seeded random sequence: ids, subscriptions, quantities, people. */
export function toolsOf(random: Random) {
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

export type Tools = ReturnType<typeof toolsOf>
