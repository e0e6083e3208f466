import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { Link } from 'wouter'
import { auditRecordsQueryOptions } from '../../api/audit-records'
import { useI18n } from '../../i18n/i18n'
import { ErrorPanel } from '../../ui/error-panel'
import { addDays, DEFAULT_DAYS, isoDay, toEntry } from './activity-model'
import { ActivityTable } from './activity-table'

/** How many entries the customer page shows. */
const RECENT_ACTIVITY_COUNT = 5

/** A customer page's "Recent activity": its latest changes (last 30 days), newest first. */
export function RecentActivity({ customerId, customerName }: { customerId: string; customerName: string | undefined }) {
  const i18n = useI18n()
  const today = isoDay(new Date())
  const query = useQuery(
    auditRecordsQueryOptions({ startDate: addDays(today, -DEFAULT_DAYS), endDate: today, customerId }),
  )
  const entries = useMemo(() => (query.data ?? []).slice(0, RECENT_ACTIVITY_COUNT).map(toEntry), [query.data])
  return (
    <section className="recent-activity" aria-labelledby="recent-activity-heading">
      <h2 id="recent-activity-heading">{i18n.t('activity.recent.title')}</h2>
      {query.isError ? (
        <ErrorPanel error={query.error} onRetry={() => void query.refetch()} />
      ) : query.isPending ? (
        <p role="status" className="loading">
          {i18n.t('activity.loading')}
        </p>
      ) : entries.length === 0 ? (
        <p className="empty">{i18n.t('activity.recent.empty', { days: DEFAULT_DAYS })}</p>
      ) : (
        <ActivityTable
          entries={entries}
          caption={i18n.t('activity.recent.caption', { name: customerName ?? '' })}
          showCustomer={false}
        />
      )}
      <p>
        <Link href={`/activity?customer=${encodeURIComponent(customerId)}`}>
          {i18n.t('activity.recent.all', { name: customerName ?? '' })}
        </Link>
      </p>
    </section>
  )
}
