import { findOffer, type OfferDefinition } from './offers'
import { canManageSubscriptions, type PartnerRole } from './roles'
import type { ServiceId } from './services'
import type { ReportedStatus } from './subscription-status'
import { upgradeTargets } from './upgrade-paths'
import type { Channel, UpgradeProblem } from './upgrade-problems'

/**
 * Eligibility: which of a subscription's upgrade targets are possible, and why not, for the
 * signed-in role (the conditions and their codes: upgrade-problems.ts; a submitted upgrade
 * re-checked: upgrade-request.ts).
 */
export interface SubscriptionFacts {
  readonly id: string
  readonly offerId: string
  /** As reported; an unknown status is never eligible (code 2, not active). */
  readonly status: ReportedStatus
  readonly quantity: number
  readonly parentSubscriptionId?: string | null
}

/** What the rules need to know of a customer. */
export interface CustomerFacts {
  /** The partner's delegated admin privileges for this customer (Partner Center: allowDelegatedAccess). */
  readonly allowDelegatedAccess: boolean
  /** The customer's subscriptions bought from this partner, add-ons included. */
  readonly subscriptions: readonly SubscriptionFacts[]
  /** Offers the customer holds through another partner or channel ("multichannel"). */
  readonly otherChannelOfferIds: readonly string[]
}

export type UpgradeType = 'upgrade_with_license_transfer' | 'upgrade_only' | 'none'
export const UPGRADE_TYPES: readonly UpgradeType[] = ['upgrade_with_license_transfer', 'upgrade_only', 'none']

export interface TargetEligibility {
  readonly offer: OfferDefinition
  readonly isEligible: boolean
  /** Subscription-wide problems first, then this target's own. */
  readonly problems: readonly UpgradeProblem[]
  /** `upgrade_with_license_transfer` when eligible (the default), `none` when not. */
  readonly upgradeType: UpgradeType
  /** Services the target adds to the source's. */
  readonly additionalServices: readonly ServiceId[]
  /** The largest quantity an upgrade to this target may carry. */
  readonly maximumQuantity: number
}

export interface SubscriptionEligibility {
  readonly subscriptionId: string
  readonly sourceOffer: OfferDefinition | undefined
  /** False when the signed-in role may not upgrade at all (the API answers 403). */
  readonly roleAllowed: boolean
  /** Problems that block every target of this subscription. */
  readonly blockers: readonly UpgradeProblem[]
  readonly targets: readonly TargetEligibility[]
  /** The row shows the info icon and Upgrade now. */
  readonly canUpgrade: boolean
}

/** Subscriptions that hold services: a suspended or deleted one's licenses are gone. */
function holdsServices(status: ReportedStatus): boolean {
  return status === 'active' || status === 'pending'
}

/** Who holds one offer in a customer's tenant. */
interface OfferHolding {
  /** Active or pending subscriptions of this partner, and holdings through other channels. */
  readonly count: number
  readonly otherChannelCount: number
}

/**
 * Precomputed facts of one customer, so that evaluating all of its subscriptions is linear in
 * their number (a large customer holds thousands): per offer, how many hold it and through which
 * channel; per subscription, its add-ons.
 */
export interface CustomerIndex {
  readonly facts: CustomerFacts
  readonly addOnsByParent: ReadonlyMap<string, readonly SubscriptionFacts[]>
  /** offer id (upper case) -> who holds it. */
  readonly holdings: ReadonlyMap<string, OfferHolding>
  /** Per source offer and target: the held offers whose services overlap what the target adds. */
  readonly conflictCandidates: Map<string, readonly ConflictCandidate[]>
}

interface ConflictCandidate {
  readonly key: string
  readonly offer: OfferDefinition
  readonly holding: OfferHolding
  readonly overlap: readonly ServiceId[]
}

export function indexCustomer(facts: CustomerFacts): CustomerIndex {
  const addOnsByParent = new Map<string, SubscriptionFacts[]>()
  const holdings = new Map<string, { count: number; otherChannelCount: number }>()
  const hold = (offerId: string, channel: Channel) => {
    const key = offerId.toUpperCase()
    const entry = holdings.get(key) ?? { count: 0, otherChannelCount: 0 }
    entry.count += 1
    if (channel === 'other') entry.otherChannelCount += 1
    holdings.set(key, entry)
  }
  for (const sub of facts.subscriptions) {
    if (sub.parentSubscriptionId && sub.status !== 'deleted') {
      const list = addOnsByParent.get(sub.parentSubscriptionId)
      if (list) list.push(sub)
      else addOnsByParent.set(sub.parentSubscriptionId, [sub])
    }
    if (holdsServices(sub.status)) hold(sub.offerId, 'partner')
  }
  for (const offerId of facts.otherChannelOfferIds) hold(offerId, 'other')
  return { facts, addOnsByParent, holdings, conflictCandidates: new Map() }
}

/**
 * How many hold `offerKey` other than the subscription itself and its own add-ons (which are
 * reported as code 6, not as conflicts), and through which channel.
 */
function holdersBesides(
  sub: SubscriptionFacts,
  offerKey: string,
  holding: OfferHolding,
  index: CustomerIndex,
): { count: number; channel: Channel } {
  let count = holding.count
  if (holdsServices(sub.status) && sub.offerId.toUpperCase() === offerKey) count -= 1
  for (const addOn of index.addOnsByParent.get(sub.id) ?? []) {
    if (holdsServices(addOn.status) && addOn.offerId.toUpperCase() === offerKey) count -= 1
  }
  return { count, channel: holding.otherChannelCount > 0 ? 'other' : 'partner' }
}

function subscriptionBlockers(sub: SubscriptionFacts, index: CustomerIndex): UpgradeProblem[] {
  const problems: UpgradeProblem[] = []
  // Seeds: "The subscription must be active (not suspended or cancelled)". Pending is reported as
  // not provisioned (code 9) rather than not active, since it will become active by itself.
  if (sub.status === 'pending') problems.push({ kind: 'subscription_not_provisioned' })
  else if (sub.status !== 'active') problems.push({ kind: 'subscription_status_not_active', status: sub.status })
  // Seeds: "You must have delegated admin privileges for this customer and service."
  if (!index.facts.allowDelegatedAccess) problems.push({ kind: 'delegated_admin_permissions_disabled' })
  const addOns = index.addOnsByParent.get(sub.id) ?? []
  if (addOns.length > 0) {
    problems.push({ kind: 'subscription_add_ons_present', addOnOfferIds: addOns.map((a) => a.offerId) })
  }
  return problems
}

/** The customer's held offers that include a service the target adds (the same for every subscription of one offer). */
function conflictCandidatesOf(
  sourceOfferId: string,
  targetKey: string,
  additional: readonly ServiceId[],
  index: CustomerIndex,
): readonly ConflictCandidate[] {
  const cacheKey = `${sourceOfferId.toUpperCase()}|${targetKey}`
  let candidates = index.conflictCandidates.get(cacheKey)
  if (!candidates) {
    const found: ConflictCandidate[] = []
    for (const [key, holding] of index.holdings) {
      if (key === targetKey) continue
      const offer = findOffer(key)
      if (!offer) continue
      const overlap = additional.filter((s) => offer.services.includes(s))
      if (overlap.length > 0) found.push({ key, offer, holding, overlap })
    }
    candidates = found
    index.conflictCandidates.set(cacheKey, candidates)
  }
  return candidates
}

function targetProblems(
  sub: SubscriptionFacts,
  target: OfferDefinition,
  additional: readonly ServiceId[],
  index: CustomerIndex,
): UpgradeProblem[] {
  const problems: UpgradeProblem[] = []
  const targetKey = target.id.toUpperCase()
  // Seeds: "The customer can't already have the subscription you're trying to upgrade them to",
  // from you or (multichannel) from another partner or channel.
  const ofTarget = index.holdings.get(targetKey)
  if (ofTarget) {
    const holders = holdersBesides(sub, targetKey, ofTarget, index)
    if (holders.count > 0) problems.push({ kind: 'concurrency_conflicts', channel: holders.channel })
  }
  // Seeds: "The customer can't already have a subscription that includes the additional
  // services." Holders of the target itself are reported above, not twice.
  const conflicting = new Set<ServiceId>()
  const heldBy: { offerId: string; channel: Channel }[] = []
  for (const candidate of conflictCandidatesOf(sub.offerId, targetKey, additional, index)) {
    const holders = holdersBesides(sub, candidate.key, candidate.holding, index)
    if (holders.count <= 0) continue
    for (const s of candidate.overlap) conflicting.add(s)
    heldBy.push({ offerId: candidate.offer.id, channel: holders.channel })
  }
  if (conflicting.size > 0) {
    problems.push({
      kind: 'conflicting_service_types',
      services: additional.filter((s) => conflicting.has(s)),
      heldBy,
    })
  }
  return problems
}

const additionalCache = new Map<string, readonly ServiceId[]>()

/** The services `target` adds to `source` (cached: there are few pairs, and many subscriptions). */
export function additionalServices(source: OfferDefinition, target: OfferDefinition): readonly ServiceId[] {
  const key = `${source.id}|${target.id}`
  let added = additionalCache.get(key)
  if (!added) {
    added = target.services.filter((s) => !source.services.includes(s))
    additionalCache.set(key, added)
  }
  return added
}

/** The eligibility of one subscription in its customer's context, for the signed-in role. */
export function evaluateSubscription(
  sub: SubscriptionFacts,
  index: CustomerIndex,
  role: PartnerRole | undefined,
): SubscriptionEligibility {
  const roleAllowed = canManageSubscriptions(role)
  const sourceOffer = findOffer(sub.offerId)
  const paths = upgradeTargets(sub.offerId)
  if (!sourceOffer || paths.length === 0) {
    return {
      subscriptionId: sub.id,
      sourceOffer,
      roleAllowed,
      blockers: [{ kind: 'subscription_does_not_have_any_upgrade_paths' }],
      targets: [],
      canUpgrade: false,
    }
  }
  const blockers = subscriptionBlockers(sub, index)
  const targets = paths.map((offer): TargetEligibility => {
    const additional = additionalServices(sourceOffer, offer)
    const problems = [...blockers, ...targetProblems(sub, offer, additional, index)]
    const isEligible = problems.length === 0
    return {
      offer,
      isEligible,
      problems,
      upgradeType: isEligible ? 'upgrade_with_license_transfer' : 'none',
      additionalServices: additional,
      maximumQuantity: Math.min(sub.quantity, offer.maximumQuantity),
    }
  })
  return {
    subscriptionId: sub.id,
    sourceOffer,
    roleAllowed,
    blockers,
    targets,
    canUpgrade: roleAllowed && targets.some((t) => t.isEligible),
  }
}

/** Every subscription of a customer, computed once per data change. */
export function evaluateCustomer(
  facts: CustomerFacts,
  role: PartnerRole | undefined,
): Map<string, SubscriptionEligibility> {
  const index = indexCustomer(facts)
  const result = new Map<string, SubscriptionEligibility>()
  for (const sub of facts.subscriptions) result.set(sub.id, evaluateSubscription(sub, index, role))
  return result
}
