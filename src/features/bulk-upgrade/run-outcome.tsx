import { useI18n } from '../../i18n/i18n'
import { isolate } from '../../i18n/isolate'
import type { BulkItem } from './bulk-run'
import { failureText } from './failure-text'

function outcomeSummary(item: BulkItem, i18n: ReturnType<typeof useI18n>): string {
  switch (item.status) {
    case 'waiting':
      return i18n.t('bulk.outcome.waiting')
    case 'sending':
      return i18n.t('bulk.outcome.sending')
    case 'cancelled':
      return i18n.t('bulk.outcome.cancelled')
    case 'done':
      return i18n.t('bulk.outcome.done', {
        id: item.result?.targetSubscriptionId ?? '—',
        users: item.result?.affectedUsers.length ?? 0,
      })
    case 'failed':
      return item.failure ? failureText(i18n, item.failure) : i18n.t('bulk.failure.other', { status: 0 })
  }
}

export function Outcome({ item }: { item: BulkItem }) {
  const i18n = useI18n()
  const users = item.result?.affectedUsers ?? []
  return (
    <>
      <span className={`outcome outcome-${item.status}`}>{outcomeSummary(item, i18n)}</span>
      {item.status === 'done' && users.length > 0 ? (
        <span className="outcome-detail">
          {i18n.formatList(users.map((u) => isolate(u.email ? `${u.name} <${u.email}>` : u.name)))}
        </span>
      ) : null}
      {item.status === 'failed' && item.failure?.correlationId ? (
        <span className="outcome-detail">
          {i18n.t('error.correlationId')}: <code>{item.failure.correlationId}</code>
        </span>
      ) : null}
    </>
  )
}

export function resultsCsv(items: readonly BulkItem[], i18n: ReturnType<typeof useI18n>): (string | number)[][] {
  return [
    [
      i18n.t('opportunities.col.customer'),
      i18n.t('opportunities.col.subscription'),
      i18n.t('bulk.csv.source'),
      i18n.t('bulk.csv.target'),
      i18n.t('opportunities.col.seats'),
      i18n.t('bulk.csv.status'),
      i18n.t('bulk.col.outcome'),
      i18n.t('bulk.csv.newSubscription'),
      i18n.t('bulk.csv.affectedUsers'),
      i18n.t('opportunities.csv.subscriptionId'),
      i18n.t('bulk.csv.requestId'),
      i18n.t('error.correlationId'),
    ],
    ...items.map((item) => [
      item.customerName,
      item.subscriptionName,
      item.sourceOfferName,
      item.targetOfferName,
      item.quantity,
      item.status,
      outcomeSummary(item, i18n),
      item.result?.targetSubscriptionId ?? '',
      (item.result?.affectedUsers ?? []).map((u) => u.email || u.name).join('; '),
      item.subscriptionId,
      item.requestId,
      item.failure?.correlationId ?? '',
    ]),
  ]
}
