import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useCallback, useMemo } from 'react'
import { useLocation, useSearch } from 'wouter'
import { customerQueryOptions } from '../../api/customer'
import { toCustomerFacts } from '../../api/customer-facts'
import { useOfferPrices } from '../../api/offers'
import { queryKeys } from '../../api/query-keys'
import { subscribedSkusQueryOptions, subscriptionsQueryOptions } from '../../api/subscriptions'
import { useI18n } from '../../i18n/i18n'
import { evaluateCustomer, type SubscriptionEligibility } from '../../rules/eligibility'
import { canManageSubscriptions, type PartnerRole } from '../../rules/roles'
import { applyView, parseView, type SortKey, type SubscriptionView, serializeView } from './subscription-view'

/**
 * A customer's page, as data: the customer, its subscriptions as they arrive, their eligibility
 * for the signed-in role, and the view (search, filters, sort) kept in the URL.
 */
export function useCustomerSubscriptions(customerId: string, role: PartnerRole | undefined) {
  const i18n = useI18n()
  const queryClient = useQueryClient()
  const customer = useQuery(customerQueryOptions(customerId))
  const subscriptions = useQuery(subscriptionsQueryOptions(customerId))
  const skus = useQuery(subscribedSkusQueryOptions(customerId))
  useOfferPrices(customerId, []) // the market's demo prices, in before a dialog's cost preview needs them
  const search = useSearch()
  const [path, navigate] = useLocation()
  const view = useMemo(() => parseView(search), [search])
  const setView = useCallback(
    (next: SubscriptionView, options?: { replace?: boolean }) => navigate(`${path}${serializeView(next)}`, options),
    [navigate, path],
  )
  const sortBy = useCallback(
    (key: SortKey) => setView({ ...view, sort: key, dir: view.sort === key && view.dir === 'asc' ? 'desc' : 'asc' }),
    [setView, view],
  )

  // The list fills in as it arrives (a large customer's first rows show at once). Eligibility needs
  // every holding of the customer, so it is computed once the list is complete, once per data
  // change (not per render, not per row); until then rows offer no upgrade.
  const list = subscriptions.data
  const items = list?.items
  const eligibility = useMemo(() => {
    if (!customer.data || !list?.complete || !skus.data) return new Map<string, SubscriptionEligibility>()
    return evaluateCustomer(toCustomerFacts(customer.data, list.items, skus.data), role)
  }, [customer.data, list, skus.data, role])

  const rows = useMemo(() => (items ? applyView(items, eligibility, view, i18n) : []), [items, eligibility, view, i18n])
  const names = useMemo(() => new Map((items ?? []).map((s) => [s.id, s.friendlyName || s.offerName])), [items])
  const offers = useMemo(() => {
    const seen = new Map<string, string>()
    for (const s of items ?? []) seen.set(s.offerId.toUpperCase(), s.offerName)
    return [...seen].map(([id, name]) => ({ id, name })).sort((a, b) => i18n.compare(a.name, b.name))
  }, [items, i18n])
  // A complete list shows with its eligibility (small customers: all at once, as before); a list
  // still arriving shows its first rows meanwhile.
  const showList = customer.data !== undefined && list !== undefined && (!list.complete || skus.data !== undefined)
  // Start this customer's reads afresh (errors cleared, retries restarted), whichever failed.
  const retry = useCallback(
    () => void queryClient.resetQueries({ queryKey: queryKeys.customer(customerId) }),
    [queryClient, customerId],
  )

  return {
    customerId,
    canManage: canManageSubscriptions(role),
    customer: customer.data,
    list: showList ? list : undefined,
    hasSubscriptions: (items?.length ?? 0) > 0,
    error: customer.error ?? subscriptions.error ?? skus.error,
    retry,
    eligibility,
    rows,
    names,
    offers,
    view,
    setView,
    sortBy,
  }
}

export type CustomerSubscriptions = ReturnType<typeof useCustomerSubscriptions>
