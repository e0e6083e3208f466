import { findSelfServiceLicense, SELF_SERVICE_LICENSES } from '../src/rules/licenses'
import { findOffer, type OfferDefinition } from '../src/rules/offers'
import { formatPath, type Path, type PathKey, type Problem } from './scenario'
import { DOMAIN, isGuid, isIsoDate, PRINCIPAL_NAME, show } from './scenario-schema'
import { isRecord } from './wire-compat'

/**
 * The cross-reference checks of a scenario (mocks/scenario.ts's validateScenario), on the raw
 * input, so that they are reported next to the shape problems: offers, duplicate ids, add-on
 * parents, licenses, seats, self-service licenses, quantity limits, dates.
 */

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

/** What the checks share: the problems found, and every id seen so far with where. */
interface References {
  readonly problems: Problem[]
  readonly customers: readonly unknown[]
  readonly ids: Readonly<Record<'customer' | 'tenant' | 'domain' | 'subscription' | 'user', Map<string, Path>>>
  readonly subscriptions: Map<string, SubscriptionEntry>
}

/** One customer being checked: its index, paths under it, and its own subscriptions. */
interface CustomerScope {
  readonly refs: References
  readonly index: number
  readonly customer: unknown
  at(...rest: PathKey[]): Path
  add(path: Path, message: string): void
  /** A subscription id of this customer, or why not. */
  own(id: string): { entry?: SubscriptionEntry; problem?: string }
}

/** Reports an id (case-insensitive) seen before at another path. */
function uniqueIn(refs: References, seen: Map<string, Path>, value: string | undefined, path: Path, what: string) {
  if (value === undefined || value === '') return
  const key = value.toLowerCase()
  const first = seen.get(key)
  if (first) refs.problems.push({ path, message: `duplicate ${what} ${show(value)}, also at ${formatPath(first)}` })
  else seen.set(key, path)
}

/** First pass: ids must be unique; every subscription is indexed for the second pass. */
function indexIds(refs: References): void {
  refs.customers.forEach((customer, c) => {
    const profile = isRecord(customer) ? customer.companyProfile : undefined
    uniqueIn(refs, refs.ids.customer, textAt(customer, 'id'), ['customers', c, 'id'], 'customer id')
    uniqueIn(
      refs,
      refs.ids.tenant,
      textAt(profile, 'tenantId'),
      ['customers', c, 'companyProfile', 'tenantId'],
      'tenantId',
    )
    uniqueIn(refs, refs.ids.domain, textAt(profile, 'domain'), ['customers', c, 'companyProfile', 'domain'], 'domain')
    listAt(customer, 'subscriptions').forEach((sub, s) => {
      const id = textAt(sub, 'id')
      const path = ['customers', c, 'subscriptions', s, 'id']
      const known = id !== undefined && refs.ids.subscription.has(id.toLowerCase())
      uniqueIn(refs, refs.ids.subscription, id, path, 'subscription id')
      if (known || id === undefined) return
      const offerId = textAt(sub, 'offerId')
      refs.subscriptions.set(id.toLowerCase(), {
        customer: c,
        index: s,
        offer: offerId === undefined ? undefined : findOffer(offerId),
        quantity: numberAt(sub, 'quantity'),
        friendlyName: textAt(sub, 'friendlyName') ?? id,
      })
    })
  })
}

/** The offer an `offerId` names, with a problem at `path` when it names none. */
function knownOffer(scope: CustomerScope, item: unknown, path: Path): OfferDefinition | undefined {
  const offerId = textAt(item, 'offerId')
  const offer = offerId === undefined || offerId === '' ? undefined : findOffer(offerId)
  if (offerId !== undefined && offerId !== '' && !offer) scope.add(path, `unknown offer ${show(offerId)}`)
  return offer
}

function checkQuantityLimits(scope: CustomerScope, sub: unknown, s: number, offer: OfferDefinition | undefined): void {
  const quantity = numberAt(sub, 'quantity')
  if (!offer || quantity === undefined || !Number.isInteger(quantity) || quantity < 0) return
  const path = scope.at('subscriptions', s, 'quantity')
  if (quantity > offer.maximumQuantity) {
    scope.add(path, `${quantity} is above the maximum of ${offer.maximumQuantity} for ${offer.name}`)
  } else if (quantity < offer.minimumQuantity) {
    scope.add(path, `${quantity} is below the minimum of ${offer.minimumQuantity} for ${offer.name}`)
  }
}

function checkParent(scope: CustomerScope, sub: unknown, s: number, offer: OfferDefinition | undefined): void {
  const parentId = textAt(sub, 'parentSubscriptionId')
  const id = textAt(sub, 'id')
  const path = scope.at('subscriptions', s, 'parentSubscriptionId')
  if (parentId === undefined) {
    if (offer?.isAddOn)
      scope.add(path, `missing: ${offer.name} is an add-on, so it needs the subscription it was bought for`)
  } else if (offer && !offer.isAddOn) {
    scope.add(path, `${offer.name} is not an add-on, so it has no parent subscription`)
  } else if (id !== undefined && parentId.toLowerCase() === id.toLowerCase()) {
    scope.add(path, 'an add-on cannot be its own parent')
  } else if (isGuid(parentId)) {
    const { entry, problem } = scope.own(parentId)
    if (problem) scope.add(path, problem)
    else if (entry?.offer?.isAddOn) scope.add(path, `${show(parentId)} is itself an add-on (${entry.offer.name})`)
  }
}

function checkSubscriptions(scope: CustomerScope): void {
  listAt(scope.customer, 'subscriptions').forEach((sub, s) => {
    const offer = knownOffer(scope, sub, scope.at('subscriptions', s, 'offerId'))
    checkQuantityLimits(scope, sub, s, offer)
    const start = textAt(sub, 'effectiveStartDate')
    const end = textAt(sub, 'commitmentEndDate')
    if (start && end && isIsoDate(start) && isIsoDate(end) && Date.parse(end) <= Date.parse(start)) {
      scope.add(
        scope.at('subscriptions', s, 'commitmentEndDate'),
        `${show(end)} is not after effectiveStartDate ${show(start)}`,
      )
    }
    checkParent(scope, sub, s, offer)
  })
  listAt(scope.customer, 'otherChannelSubscriptions').forEach((other, o) => {
    const offer = knownOffer(scope, other, scope.at('otherChannelSubscriptions', o, 'offerId'))
    const quantity = numberAt(other, 'quantity')
    if (offer && quantity !== undefined && quantity > offer.maximumQuantity) {
      scope.add(
        scope.at('otherChannelSubscriptions', o, 'quantity'),
        `${quantity} is above the maximum of ${offer.maximumQuantity} for ${offer.name}`,
      )
    }
  })
}

/** A user's licenses: each of a subscription of this customer, listed once; counted per subscription. */
function checkLicenses(scope: CustomerScope, user: unknown, u: number, holders: Map<string, number>): void {
  const mine = new Set<string>()
  listAt(user, 'licenses').forEach((license, l) => {
    if (typeof license !== 'string') return
    const key = license.toLowerCase()
    if (mine.has(key)) {
      scope.add(scope.at('users', u, 'licenses', l), `subscription ${show(license)} is listed twice`)
      return
    }
    mine.add(key)
    const { entry, problem } = scope.own(license)
    if (problem) scope.add(scope.at('users', u, 'licenses', l), problem)
    else if (entry) holders.set(key, (holders.get(key) ?? 0) + 1)
  })
  const skus = new Set<string>()
  listAt(user, 'selfServiceLicenses').forEach((sku, k) => {
    if (typeof sku !== 'string') return
    if (skus.has(sku)) scope.add(scope.at('users', u, 'selfServiceLicenses', k), `${show(sku)} is listed twice`)
    else if (!findSelfServiceLicense(sku)) {
      scope.add(
        scope.at('users', u, 'selfServiceLicenses', k),
        `unknown self-service license ${show(sku)}; one of ${SELF_SERVICE_LICENSES.map((l) => l.skuPartNumber).join(', ')}`,
      )
    }
    skus.add(sku)
  })
}

/** The customer's users; returns how many users hold a license of each subscription. */
function checkUsers(scope: CustomerScope): Map<string, number> {
  const domain = textAt(isRecord(scope.customer) ? scope.customer.companyProfile : undefined, 'domain')
  const holders = new Map<string, number>()
  listAt(scope.customer, 'users').forEach((user, u) => {
    uniqueIn(scope.refs, scope.refs.ids.user, textAt(user, 'id'), scope.at('users', u, 'id'), 'user id')
    const upn = textAt(user, 'userPrincipalName')
    const upnDomain = upn === undefined ? undefined : PRINCIPAL_NAME.exec(upn)?.[1]
    if (upnDomain && domain && DOMAIN.test(domain) && upnDomain.toLowerCase() !== domain.toLowerCase()) {
      scope.add(
        scope.at('users', u, 'userPrincipalName'),
        `${show(upn)} is not on the customer's domain ${show(domain)}`,
      )
    }
    checkLicenses(scope, user, u, holders)
  })
  return holders
}

function checkSeats(scope: CustomerScope, holders: ReadonlyMap<string, number>): void {
  for (const [key, users] of holders) {
    const entry = scope.refs.subscriptions.get(key)
    const seats = entry?.quantity
    if (!entry || seats === undefined || !Number.isInteger(seats) || seats < 0 || users <= seats) continue
    scope.add(
      scope.at('subscriptions', entry.index, 'quantity'),
      `${users} users hold a license of this subscription, more than its ${seats} ${seats === 1 ? 'seat' : 'seats'}`,
    )
  }
}

function scopeOf(refs: References, customer: unknown, c: number): CustomerScope {
  return {
    refs,
    index: c,
    customer,
    at: (...rest) => ['customers', c, ...rest],
    add: (path, message) => refs.problems.push({ path, message }),
    own(id) {
      const entry = refs.subscriptions.get(id.toLowerCase())
      if (!entry) return { problem: `no subscription ${show(id)}` }
      if (entry.customer !== c) {
        return {
          problem: `subscription ${show(id)} belongs to ${customerLabel(refs.customers, entry.customer)}, not to this customer`,
        }
      }
      return { entry }
    },
  }
}

export function crossProblems(input: unknown): Problem[] {
  const refs: References = {
    problems: [],
    customers: listAt(input, 'customers'),
    ids: { customer: new Map(), tenant: new Map(), domain: new Map(), subscription: new Map(), user: new Map() },
    subscriptions: new Map(),
  }
  // A saved state (exportedFrom) may hold more users than seats: partial upgrades and license
  // decreases, which the rules allow, can leave a subscription so. A hand-written start may not.
  const exported = textAt(input, 'exportedFrom') !== undefined
  indexIds(refs)
  refs.customers.forEach((customer, c) => {
    const scope = scopeOf(refs, customer, c)
    checkSubscriptions(scope)
    const holders = checkUsers(scope)
    if (!exported) checkSeats(scope, holders)
  })
  return refs.problems
}
