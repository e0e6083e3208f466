import type { QueryClient } from '@tanstack/react-query'
import { type CustomerFacts, evaluateCustomer, type SubscriptionEligibility } from '../rules/eligibility'
import { findOffer } from '../rules/offers'
import type { PartnerRole } from '../rules/roles'
import { upgradeTargets } from '../rules/upgrade-paths'
import { toCustomerFacts } from './customer-facts'
import { fetchCustomerPage } from './customers'
import { isApiError, isPassingFault } from './errors'
import { queryKeys } from './query-keys'
import type { RequestBudget } from './request-budget'
import type { Customer } from './schemas'
import type { SubscribedSku, Subscription } from './subscription-schemas'
import {
  completeSubscriptionList,
  fetchSubscribedSkus,
  fetchSubscriptions,
  subscribedSkusQueryOptions,
  subscriptionsQueryOptions,
} from './subscriptions'

/**
 * Every upgrade opportunity of the partner: each subscription, across all customers, that the
 * rules module lets move to at least one target. Partner Center has no partner-wide list of
 * subscriptions, so this reads every customer's (the same cached queries as the customer page),
 * within the request budget, and reports its progress as it goes.
 */
export interface OpportunityTarget {
  readonly offerId: string
  readonly offerName: string
}

export interface UpgradeOpportunity {
  readonly customerId: string
  readonly customerName: string
  readonly subscriptionId: string
  readonly subscriptionName: string
  readonly offerId: string
  readonly offerName: string
  readonly quantity: number
  /** The subscription's ETag when it was read: an upgrade planned on it sends it as If-Match. */
  readonly etag: string | undefined
  /** The eligible targets, in upgrade-path order. */
  readonly targets: readonly OpportunityTarget[]
  /** The rules' verdict for this subscription, kept for planning many upgrades at once. */
  readonly eligibility: SubscriptionEligibility
  /** What the rules know of its customer (shared by the customer's rows). */
  readonly facts: CustomerFacts
}

export interface ScanFailure {
  readonly customerId: string
  readonly customerName: string
  readonly error: unknown
}

export interface OpportunityScan {
  /** `listing`: reading the customer list; `reading`: each customer's subscriptions. */
  readonly phase: 'listing' | 'reading' | 'done'
  readonly customersTotal: number
  readonly customersRead: number
  readonly opportunities: readonly UpgradeOpportunity[]
  readonly failures: readonly ScanFailure[]
}

/** The subscriptions of a customer that the rules find upgradable (the role only decides who may act). */
export function opportunitiesOf(
  customer: Customer,
  subscriptions: readonly Subscription[],
  skus: readonly SubscribedSku[],
  role: PartnerRole,
): UpgradeOpportunity[] {
  const facts = toCustomerFacts(customer, subscriptions, skus)
  const eligibility = evaluateCustomer(facts, role)
  const result: UpgradeOpportunity[] = []
  for (const subscription of subscriptions) {
    const verdict = eligibility.get(subscription.id)
    const targets = verdict?.targets.filter((t) => t.isEligible) ?? []
    if (!verdict || targets.length === 0) continue
    result.push({
      customerId: customer.id,
      customerName: customer.companyProfile.companyName,
      subscriptionId: subscription.id,
      subscriptionName: subscription.friendlyName || subscription.offerName,
      offerId: verdict.sourceOffer?.id ?? subscription.offerId,
      offerName: findOffer(subscription.offerId)?.name ?? subscription.offerName,
      quantity: subscription.quantity,
      etag: subscription.attributes?.etag,
      targets: targets.map((t) => ({ offerId: t.offer.id, offerName: t.offer.name })),
      eligibility: verdict,
      facts,
    })
  }
  return result
}

/** A subscription the rules could let upgrade: active, with an upgrade path. */
function mayHaveOpportunity(subscription: Subscription): boolean {
  return subscription.status === 'active' && upgradeTargets(subscription.offerId).length > 0
}

const MAX_ATTEMPTS = 3

/** One read within the budget; transient failures are retried, a 429 holds the whole budget. */
async function budgeted<T>(budget: RequestBudget, signal: AbortSignal, read: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    await budget.acquire(signal)
    try {
      return await read()
    } catch (error) {
      if (signal.aborted || attempt >= MAX_ATTEMPTS || !isApiError(error) || !isPassingFault(error)) throw error
      budget.holdFor(error.details.retryAfterSeconds ?? attempt)
    }
  }
}

/** Scanned data stays fresh this long: coming back to the page, or scanning again, reads from the cache. */
export const SCAN_STALE_MS = 5 * 60_000

export interface ScanOptions {
  readonly queryClient: QueryClient
  readonly role: PartnerRole
  readonly budget: RequestBudget
  readonly signal: AbortSignal
  readonly onProgress: (scan: OpportunityScan) => void
  /** Customers read at the same time (default 6). */
  readonly concurrency?: number
}

/** Reads every customer and reports the opportunities as they are found. Rejects when aborted. */
export async function scanOpportunities(options: ScanOptions): Promise<OpportunityScan> {
  const { queryClient, role, budget, signal, onProgress } = options
  const customers: Customer[] = []
  const opportunities: UpgradeOpportunity[] = []
  const failures: ScanFailure[] = []
  let read = 0
  let phase: OpportunityScan['phase'] = 'listing'
  const report = (): OpportunityScan => {
    const scan = {
      phase,
      customersTotal: customers.length,
      customersRead: read,
      opportunities: [...opportunities],
      failures: [...failures],
    }
    onProgress(scan)
    return scan
  }

  // Customers are read while the list is still arriving, so that rows appear at once.
  let listed = false
  let more: (() => void) | undefined
  const arrived = () => {
    more?.()
    more = undefined
  }
  const list = async () => {
    let continuation: string | undefined
    try {
      do {
        const page = await budgeted(budget, signal, () => fetchCustomerPage(continuation, signal))
        customers.push(...page.customers)
        continuation = page.continuation
        report()
        arrived()
      } while (continuation)
      phase = 'reading'
      report()
    } finally {
      listed = true
      arrived()
    }
  }

  const readCustomer = async (customer: Customer) => {
    // Without delegated admin privileges every upgrade is refused (code 1): nothing to read.
    if (!customer.allowDelegatedAccess) return
    const read = () => budgeted(budget, signal, () => fetchSubscriptions(customer.id, signal))
    // The list query's cache holds the customer page's list too, which fills in as it arrives: a
    // list that is not complete (its read failed half-way) is read again, whole.
    const list = await queryClient.fetchQuery({
      ...subscriptionsQueryOptions(customer.id),
      queryFn: () => read().then(completeSubscriptionList),
      staleTime: SCAN_STALE_MS,
    })
    const subscriptions = list.complete ? list.items : await read()
    if (!subscriptions.some(mayHaveOpportunity)) return
    const skus = await queryClient.fetchQuery({
      ...subscribedSkusQueryOptions(customer.id),
      queryFn: () => budgeted(budget, signal, () => fetchSubscribedSkus(customer.id, signal)),
      staleTime: SCAN_STALE_MS,
    })
    opportunities.push(...opportunitiesOf(customer, subscriptions, skus, role))
  }

  let next = 0
  let lastReport = 0
  const worker = async () => {
    for (;;) {
      signal.throwIfAborted()
      const customer = customers[next]
      if (!customer) {
        if (listed) return
        await new Promise<void>((resolve) => {
          const previous = more
          more = () => {
            previous?.()
            resolve()
          }
        })
        continue
      }
      next += 1
      try {
        await readCustomer(customer)
      } catch (error) {
        if (signal.aborted) throw error
        failures.push({ customerId: customer.id, customerName: customer.companyProfile.companyName, error })
      }
      read += 1
      // Report often enough for a smooth bar, not on every customer of thousands.
      if (read - lastReport >= 10 || (listed && read === customers.length)) {
        lastReport = read
        report()
      }
    }
  }
  await Promise.all([list(), ...Array.from({ length: options.concurrency ?? 6 }, worker)])
  phase = 'done'
  const scan = report()
  queryClient.setQueryData(queryKeys.opportunities(role), scan)
  return scan
}
