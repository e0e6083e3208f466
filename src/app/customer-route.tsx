import * as Tooltip from '@radix-ui/react-tooltip'
import { type InfiniteData, useQuery, useQueryClient } from '@tanstack/react-query'
import { type ReactNode, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { Link, useLocation, useSearch } from 'wouter'
import { toCustomerFacts } from '../api/customer-facts'
import { type CustomerPage, customerQueryOptions, listedCustomerQueryOptions } from '../api/customers'
import { type ApiError, isApiError, isNoRelationship } from '../api/errors'
import { useOfferPrices } from '../api/offers'
import { queryKeys } from '../api/query-keys'
import type { Subscription } from '../api/subscription-schemas'
import { subscribedSkusQueryOptions, subscriptionsQueryOptions } from '../api/subscriptions'
import { RecentActivity } from '../features/activity/recent-activity'
import { SubscriptionTable } from '../features/subscriptions/subscription-table'
import { SubscriptionToolbar } from '../features/subscriptions/subscription-toolbar'
import {
  applyView,
  parseView,
  type SortKey,
  type SubscriptionView,
  serializeView,
} from '../features/subscriptions/subscription-view'
import { useI18n } from '../i18n/i18n'
import { evaluateCustomer, type SubscriptionEligibility } from '../rules/eligibility'
import { canManageSubscriptions } from '../rules/roles'
import { ErrorIds, ErrorPanel } from '../ui/error-panel'
import { preloadable } from './preloadable'
import { useSession } from './session'

// The dialogs are not in the first screen's bundle; they are fetched while the agent looks at the
// subscriptions, so that opening one is immediate.
const UpgradeDialog = preloadable(() => import('../features/upgrade/upgrade-dialog').then((m) => m.UpgradeDialog))
const AddLicensesDialog = preloadable(() =>
  import('../features/licenses/add-licenses-dialog').then((m) => m.AddLicensesDialog),
)

type OpenDialog =
  | { readonly kind: 'upgrade'; readonly subscription: Subscription; readonly key: number }
  | { readonly kind: 'licenses'; readonly subscription: Subscription; readonly key: number }

/** A customer's page: its subscriptions, the upgrade flow and add licenses, composed here. */
export function CustomerRoute({ customerId }: { customerId: string }) {
  const i18n = useI18n()
  const { role } = useSession()
  const canManage = canManageSubscriptions(role)
  const queryClient = useQueryClient()
  const customer = useQuery(customerQueryOptions(customerId))
  const subscriptions = useQuery(subscriptionsQueryOptions(customerId))
  const skus = useQuery(subscribedSkusQueryOptions(customerId))
  useOfferPrices(customerId, []) // the market's demo prices, in before a dialog's cost preview needs them
  const [dialog, setDialog] = useState<OpenDialog | null>(null)
  const [notice, setNotice] = useState<ReactNode>(null)
  const triggers = useRef(new Map<string, HTMLElement>())
  const heading = useRef<HTMLHeadingElement>(null)
  const tableArea = useRef<HTMLDivElement>(null)
  const dialogCount = useRef(0)
  useEffect(() => {
    void UpgradeDialog.preload()
    void AddLicensesDialog.preload()
  }, [])
  // Opening a customer (by keyboard too) puts focus on its page's heading, not on the body: only
  // when focus was lost with the page that opened it, never taken from what holds it (the tour's card).
  // biome-ignore lint/correctness/useExhaustiveDependencies: again for each customer the route shows
  useEffect(() => focusIfLost(heading.current), [customerId])
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

  const registerTrigger = useCallback((id: string, kind: 'upgrade' | 'licenses', element: HTMLElement | null) => {
    const key = `${kind}:${id}`
    if (element) triggers.current.set(key, element)
    else triggers.current.delete(key)
  }, [])

  const actions = useMemo(
    () => ({
      onUpgrade: (subscription: Subscription) => {
        setNotice(null)
        dialogCount.current += 1
        setDialog({ kind: 'upgrade', subscription, key: dialogCount.current })
      },
      onAddLicenses: (subscription: Subscription) => {
        setNotice(null)
        dialogCount.current += 1
        setDialog({ kind: 'licenses', subscription, key: dialogCount.current })
      },
      registerTrigger,
    }),
    [registerTrigger],
  )

  // After a dialog, focus goes back to the control that opened it, or to the heading if the row
  // changed so much that the control is gone (a fully upgraded row loses its info icon).
  const returnFocus = (kind: 'upgrade' | 'licenses', id: string) => () =>
    triggers.current.get(`${kind}:${id}`) ?? heading.current

  const error = customer.error ?? subscriptions.error ?? skus.error
  const companyName = customer.data?.companyProfile.companyName

  if (isNoRelationship(error) && isApiError(error)) return <NoRelationship customerId={customerId} error={error} />

  // The skip link's target: the first control in the subscriptions' rows (else the table).
  const skipToSubscriptions = (event: React.MouseEvent) => {
    event.preventDefault()
    const area = tableArea.current
    const first = area?.querySelector<HTMLElement>('tbody button, tbody a[href]') ?? area?.querySelector('table')
    if (first instanceof HTMLElement) {
      if (first.tagName === 'TABLE') first.tabIndex = -1
      first.focus()
    }
  }

  return (
    <Tooltip.Provider delayDuration={250} skipDelayDuration={300}>
      <section className="page" aria-labelledby="customer-heading">
        <nav aria-label={i18n.t('nav.breadcrumb')} className="breadcrumb">
          <Link href="/">{i18n.t('customers.title')}</Link>
          <span aria-hidden="true"> / </span>
          <span aria-current="page">{companyName ?? i18n.t('customer.loadingName')}</span>
        </nav>
        <h1 id="customer-heading" ref={heading} tabIndex={-1}>
          {companyName ?? i18n.t('customer.loadingName')}
        </h1>
        {items && items.length > 0 ? (
          // biome-ignore lint/a11y/useValidAnchor: a skip link is a link by convention; routes live in the hash, so the click moves focus itself
          <a href="#subscriptions-heading" className="skip-link skip-link-inline" onClick={skipToSubscriptions}>
            {i18n.t('customer.skipToSubscriptions')}
          </a>
        ) : null}
        {customer.data ? (
          <dl className="customer-facts">
            <div>
              <dt>{i18n.t('customer.domain')}</dt>
              <dd>{customer.data.companyProfile.domain ?? '—'}</dd>
            </div>
            <div>
              <dt>{i18n.t('customer.relationship')}</dt>
              <dd>{i18n.t('relationship', { value: customer.data.relationshipToPartner ?? 'none' })}</dd>
            </div>
            <div>
              <dt>{i18n.t('customer.delegatedAdmin')}</dt>
              <dd>
                {customer.data.allowDelegatedAccess
                  ? i18n.t('customers.delegatedAdmin.on')
                  : i18n.t('customers.delegatedAdmin.off')}
              </dd>
            </div>
          </dl>
        ) : null}

        {!canManage ? (
          <p className="notice" role="note">
            {i18n.rich('customer.readOnly', {
              role: role ? i18n.t(`role.${role}`) : i18n.t('auth.account.noRole'),
            })}
          </p>
        ) : null}
        {customer.data && !customer.data.allowDelegatedAccess && canManage ? (
          <p className="notice notice-warning" role="note">
            {i18n.t('customer.noDelegatedAdmin')}
          </p>
        ) : null}
        <div aria-live="polite" className="live-region">
          {notice ? <p className="notice notice-success">{notice}</p> : null}
        </div>

        <h2 id="subscriptions-heading">{i18n.t('subscriptions.title')}</h2>
        {error ? (
          <ErrorPanel
            error={error}
            onRetry={() => {
              // Start this customer's reads afresh (errors cleared, retries restarted), whichever failed.
              void queryClient.resetQueries({ queryKey: queryKeys.customer(customerId) })
            }}
          />
        ) : !showList || !customer.data || !list ? (
          <p role="status" className="loading">
            {i18n.t('subscriptions.loading')}
          </p>
        ) : list.complete && list.items.length === 0 ? (
          <p className="empty">
            {i18n.rich('subscriptions.empty', { name: customer.data.companyProfile.companyName })}
          </p>
        ) : (
          <div ref={tableArea}>
            <p className="lead">{canManage ? i18n.t('subscriptions.lead') : i18n.t('subscriptions.leadReadOnly')}</p>
            <SubscriptionToolbar
              view={view}
              offers={offers}
              shown={rows.length}
              total={list.items.length}
              canManage={canManage}
              onChange={setView}
            />
            {list.complete ? null : (
              <p role="status" className="loading loading-more">
                {i18n.t('subscriptions.loadingMore', {
                  loaded: list.items.length,
                  total: list.totalCount ?? list.items.length,
                })}
              </p>
            )}
            {rows.length === 0 ? (
              <p className="empty">{i18n.t('subscriptions.noMatch')}</p>
            ) : (
              <SubscriptionTable
                customerId={customerId}
                rows={rows}
                names={names}
                eligibility={eligibility}
                canManage={canManage}
                actions={actions}
                view={view}
                onSort={sortBy}
              />
            )}
          </div>
        )}

        {customer.data && !error ? <RecentActivity customerId={customerId} customerName={companyName} /> : null}

        <Suspense fallback={null}>
          {dialog?.kind === 'upgrade' ? (
            <UpgradeDialog
              key={dialog.key}
              customerId={customerId}
              subscription={dialog.subscription}
              eligibility={eligibility.get(dialog.subscription.id)}
              open
              onOpenChange={(open) => {
                if (!open) setDialog(null)
              }}
              returnFocus={returnFocus('upgrade', dialog.subscription.id)}
            />
          ) : null}
          {dialog?.kind === 'licenses' ? (
            <AddLicensesDialog
              key={dialog.key}
              customerId={customerId}
              subscription={dialog.subscription}
              open
              onOpenChange={(open) => {
                if (!open) setDialog(null)
              }}
              onAdded={(updated, added) => {
                setDialog(null)
                setNotice(
                  i18n.rich('licenses.done', {
                    added,
                    name: updated.friendlyName || updated.offerName,
                    total: updated.quantity,
                  }),
                )
              }}
              returnFocus={returnFocus('licenses', dialog.subscription.id)}
            />
          ) : null}
        </Suspense>
      </section>
    </Tooltip.Provider>
  )
}

/**
 * A customer the partner has no relationship with (Partner Center answers 403, code 20002): its
 * page names it (from the customer list) and says why nothing of it can be shown, and what to do.
 * Trying again cannot help, so nothing offers it.
 */
function NoRelationship({ customerId, error }: { customerId: string; error: ApiError }) {
  const i18n = useI18n()
  const queryClient = useQueryClient()
  const heading = useRef<HTMLHeadingElement>(null)
  // It replaces the page whose heading had focus.
  useEffect(() => focusIfLost(heading.current), [])
  const listed = useQuery(
    listedCustomerQueryOptions(customerId, queryClient.getQueryData<InfiniteData<CustomerPage>>(queryKeys.customers())),
  )
  const name = listed.data?.companyProfile.companyName
  const title =
    name ?? (listed.isPending ? i18n.t('customer.loadingName') : i18n.t('customer.unnamed', { id: customerId }))
  return (
    <section className="page" aria-labelledby="customer-heading">
      <nav aria-label={i18n.t('nav.breadcrumb')} className="breadcrumb">
        <Link href="/">{i18n.t('customers.title')}</Link>
        <span aria-hidden="true"> / </span>
        <span aria-current="page">{title}</span>
      </nav>
      <h1 id="customer-heading" ref={heading} tabIndex={-1}>
        {title}
      </h1>
      <div className="notice notice-warning" role="note">
        <p>
          {name
            ? i18n.rich('customer.noRelationship.lead', { name })
            : i18n.rich('customer.noRelationship.leadUnnamed', { id: customerId })}
        </p>
        <p>{i18n.t('customer.noRelationship.action')}</p>
        <ErrorIds error={error} />
      </div>
      <p>
        <Link href="/">{i18n.t('notFound.back')}</Link>
      </p>
    </section>
  )
}

/** Focus `element` unless something still on the page holds focus. */
function focusIfLost(element: HTMLElement | null) {
  const active = document.activeElement
  if (!active || active === document.body || !active.isConnected) element?.focus()
}
