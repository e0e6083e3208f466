import { useMemo } from 'react'
import { Link } from 'wouter'
import { type I18n, useI18n } from '../../i18n/i18n'
import { readSubscriptionStatus } from '../../rules/subscription-status'
import { Table } from '../../ui/table'
import type { ActivityEntry, SubscriptionState } from './activity-model'

/** Date and time of an operation, in UTC (the days the filters and the API count in). */
function useDateTime(): (iso: string) => string {
  const { locale } = useI18n()
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone: 'UTC',
      timeZoneName: 'short',
    })
    return (iso: string) => {
      const date = new Date(iso)
      return Number.isNaN(date.getTime()) ? iso : format.format(date)
    }
  }, [locale])
}

/** A status as the subscriptions table words it; one no SDK knows, as it came. */
function statusText(i18n: I18n, status: string | undefined): string {
  if (!status) return '—'
  const known = readSubscriptionStatus(status)
  return known === 'unknown' ? status : i18n.t(`status.${known}`)
}

function stateText(i18n: I18n, state: SubscriptionState | undefined): string {
  if (!state) return '—'
  return i18n.t('activity.state', {
    name: state.name ?? state.offerName ?? state.id ?? '—',
    quantity: state.quantity ?? 0,
    status: statusText(i18n, state.status),
  })
}

/** Before → after in words; for a refused write, what was asked and why it was refused. */
export function changeText(i18n: I18n, entry: ActivityEntry): { readonly before: string; readonly after: string } {
  const before = stateText(i18n, entry.before)
  if (entry.status !== 'succeeded') {
    const asked =
      entry.requestedQuantity === undefined
        ? i18n.t('activity.requested.unknown')
        : entry.requestedOffer
          ? i18n.t('activity.requested.upgrade', { offer: entry.requestedOffer, quantity: entry.requestedQuantity })
          : i18n.t('activity.requested', { quantity: entry.requestedQuantity })
    return { before, after: entry.error ? i18n.t('activity.refused', { asked, reason: entry.error }) : asked }
  }
  return { before, after: stateText(i18n, entry.after) }
}

function subscriptionHref(customerId: string, subscriptionId: string): string {
  return `/customers/${encodeURIComponent(customerId)}?q=${encodeURIComponent(subscriptionId)}`
}

/**
 * Activity entries, newest first: when, (customer,) subscription, operation, before → after, by
 * whom, and the outcome. Names and ids link to the customer and the subscription. (Its table head
 * reads like the customers' and the affected accounts', which duplicates pairs by shape: other columns.)
 */
export function ActivityTable({
  entries,
  caption,
  showCustomer = true,
}: {
  entries: readonly ActivityEntry[]
  caption: string
  showCustomer?: boolean
}) {
  const i18n = useI18n()
  const dateTime = useDateTime()
  return (
    <Table className="activity-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{i18n.t('activity.col.date')}</th>
          {showCustomer ? <th scope="col">{i18n.t('activity.col.customer')}</th> : null}
          <th scope="col">{i18n.t('activity.col.subscription')}</th>
          <th scope="col">{i18n.t('activity.col.operation')}</th>
          <th scope="col">{i18n.t('activity.col.change')}</th>
          <th scope="col">{i18n.t('activity.col.user')}</th>
          <th scope="col">{i18n.t('activity.col.status')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => {
          const change = changeText(i18n, entry)
          const name = entry.before?.name ?? entry.subscriptionId ?? '—'
          return (
            <tr key={entry.id}>
              <td className="cell-nowrap">
                <time dateTime={entry.date}>{dateTime(entry.date)}</time>
              </td>
              {showCustomer ? (
                <td className="cell-wrap activity-customer">
                  <Link href={`/customers/${encodeURIComponent(entry.customerId)}`}>
                    <bdi>{entry.customerName}</bdi>
                  </Link>
                </td>
              ) : null}
              <td className="cell-wrap">
                {entry.subscriptionId ? (
                  <Link href={subscriptionHref(entry.customerId, entry.subscriptionId)}>
                    <bdi>{name}</bdi>
                  </Link>
                ) : (
                  <bdi>{name}</bdi>
                )}
                {entry.newSubscriptionId ? (
                  <span className="secondary">
                    {i18n.t('activity.newSubscription')}{' '}
                    <Link href={subscriptionHref(entry.customerId, entry.newSubscriptionId)}>
                      <bdi>{entry.after?.name ?? entry.newSubscriptionId}</bdi>
                    </Link>
                  </span>
                ) : null}
              </td>
              <td className="cell-nowrap">{i18n.t('activity.operation', { operation: entry.operation })}</td>
              <td className="cell-wrap activity-change">
                <bdi>{change.before}</bdi>
                <span aria-hidden="true"> → </span>
                <span className="visually-hidden"> {i18n.t('activity.changedTo')} </span>
                <bdi>{change.after}</bdi>
              </td>
              <td className="cell-wrap">
                <bdi>{entry.user}</bdi>
              </td>
              <td className="cell-nowrap">
                <span className={`badge ${entry.status === 'succeeded' ? 'badge-active' : 'badge-failed'}`}>
                  {i18n.t('activity.status', { status: entry.status })}
                </span>
                {entry.correlationId && entry.status !== 'succeeded' ? (
                  <span className="secondary">
                    {i18n.t('error.correlationId')}: <code>{entry.correlationId}</code>
                  </span>
                ) : null}
              </td>
            </tr>
          )
        })}
      </tbody>
    </Table>
  )
}
