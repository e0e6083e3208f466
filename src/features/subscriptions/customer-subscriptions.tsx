import type { Ref } from 'react'
import { useI18n } from '../../i18n/i18n'
import { ErrorPanel } from '../../ui/error-panel'
import type { RowActions } from './subscription-row'
import { SubscriptionTable } from './subscription-table'
import { SubscriptionToolbar } from './subscription-toolbar'
import type { CustomerSubscriptions as Page } from './use-customer-subscriptions'

/** The customer page's subscriptions: as they load, fail or arrive, with the toolbar and the table. */
export function CustomerSubscriptions({
  page,
  actions,
  areaRef,
}: {
  page: Page
  actions: RowActions
  /** The rows' area, where "Skip to subscriptions" leads. */
  areaRef: Ref<HTMLDivElement>
}) {
  const i18n = useI18n()
  const { customer, list, canManage } = page
  return (
    <>
      <h2 id="subscriptions-heading">{i18n.t('subscriptions.title')}</h2>
      {page.error ? (
        <ErrorPanel error={page.error} onRetry={page.retry} />
      ) : !customer || !list ? (
        <p role="status" className="loading">
          {i18n.t('subscriptions.loading')}
        </p>
      ) : list.complete && list.items.length === 0 ? (
        <p className="empty">{i18n.rich('subscriptions.empty', { name: customer.companyProfile.companyName })}</p>
      ) : (
        <div ref={areaRef}>
          <p className="lead">{canManage ? i18n.t('subscriptions.lead') : i18n.t('subscriptions.leadReadOnly')}</p>
          <SubscriptionToolbar
            view={page.view}
            offers={page.offers}
            shown={page.rows.length}
            total={list.items.length}
            canManage={canManage}
            onChange={page.setView}
          />
          {list.complete ? null : (
            <p role="status" className="loading loading-more">
              {i18n.t('subscriptions.loadingMore', {
                loaded: list.items.length,
                total: list.totalCount ?? list.items.length,
              })}
            </p>
          )}
          {page.rows.length === 0 ? (
            <p className="empty">{i18n.t('subscriptions.noMatch')}</p>
          ) : (
            <SubscriptionTable
              customerId={page.customerId}
              rows={page.rows}
              names={page.names}
              eligibility={page.eligibility}
              canManage={canManage}
              actions={actions}
              view={page.view}
              onSort={page.sortBy}
            />
          )}
        </div>
      )}
    </>
  )
}

/** The skip link's target: the first control in the subscriptions' rows (else the table). */
export function focusFirstSubscription(area: HTMLElement | null) {
  const first = area?.querySelector<HTMLElement>('tbody button, tbody a[href]') ?? area?.querySelector('table')
  if (first instanceof HTMLElement) {
    if (first.tagName === 'TABLE') first.tabIndex = -1
    first.focus()
  }
}
