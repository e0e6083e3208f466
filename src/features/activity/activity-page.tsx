import { useId, useState } from 'react'
import { useI18n } from '../../i18n/i18n'
import { ErrorPanel } from '../../ui/error-panel'
import { Notice } from '../../ui/notice'
import { exportActivityCsv } from './activity-export'
import { ActivityFilters } from './activity-filters'
import { RETENTION_DAYS } from './activity-model'
import { ActivityTable } from './activity-table'
import { useActivityLog } from './use-activity-log'

/** Partner Center's activity log: who changed which subscription, when, and what changed. */
export function ActivityPage() {
  const i18n = useI18n()
  const log = useActivityLog()
  const { rangeError, query, entries } = log
  const rangeId = useId()
  const [exported, setExported] = useState<number | null>(null)
  return (
    <section className="page activity-page" aria-labelledby="activity-heading">
      <h1 id="activity-heading">{i18n.t('activity.title')}</h1>
      <p className="lead">{i18n.t('activity.lead', { days: RETENTION_DAYS })}</p>
      <ActivityFilters
        log={log}
        rangeErrorId={rangeError ? rangeId : undefined}
        onExport={() => {
          exportActivityCsv(i18n, entries, log.view.from, log.view.to)
          setExported(entries.length)
        }}
      />
      {rangeError ? (
        <p id={rangeId} className="field-error">
          {rangeError}
        </p>
      ) : null}
      <div aria-live="polite" className="live-region">
        {exported !== null ? <Notice tone="success">{i18n.t('activity.exported', { count: exported })}</Notice> : null}
      </div>
      {rangeError ? null : query.isError ? (
        <ErrorPanel error={query.error} onRetry={() => void query.refetch()} />
      ) : query.isPending ? (
        <p role="status" className="loading">
          {i18n.t('activity.loading')}
        </p>
      ) : (
        <>
          <p className="result-count" role="status">
            {i18n.t('activity.count', { count: entries.length })}
          </p>
          {entries.length === 0 ? (
            <p className="empty">{i18n.t('activity.empty')}</p>
          ) : (
            <ActivityTable entries={entries} caption={i18n.t('activity.caption')} />
          )}
        </>
      )}
    </section>
  )
}
