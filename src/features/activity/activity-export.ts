import type { I18n } from '../../i18n/i18n'
import { downloadText, toCsv } from '../../ui/csv'
import type { ActivityEntry } from './activity-model'
import { changeText } from './activity-table'

/** The entries shown, as a CSV file named for the dates they span, in the agent's language. */
export function exportActivityCsv(i18n: I18n, entries: readonly ActivityEntry[], from: string, to: string): void {
  const header = [
    i18n.t('activity.col.date'),
    i18n.t('activity.col.customer'),
    i18n.t('activity.csv.customerId'),
    i18n.t('activity.col.subscription'),
    i18n.t('activity.csv.subscriptionId'),
    i18n.t('activity.col.operation'),
    i18n.t('activity.csv.before'),
    i18n.t('activity.csv.after'),
    i18n.t('activity.col.user'),
    i18n.t('activity.col.status'),
    i18n.t('error.correlationId'),
  ]
  const row = (e: ActivityEntry) => {
    const change = changeText(i18n, e)
    return [
      e.date,
      e.customerName,
      e.customerId,
      e.before?.name ?? '',
      e.subscriptionId ?? '',
      i18n.t('activity.operation', { operation: e.operation }),
      change.before,
      change.after,
      e.user,
      i18n.t('activity.status', { status: e.status }),
      e.correlationId ?? '',
    ]
  }
  downloadText(`activity-${from}-${to}.csv`, toCsv([header, ...entries.map(row)]))
}
