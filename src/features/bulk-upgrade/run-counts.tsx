import { useId } from 'react'
import { useI18n } from '../../i18n/i18n'
import type { countItems } from './bulk-run'

/** How far the run got: a progress bar, the count of each outcome, and the time left. */
export function RunCounts({
  counts,
  eta,
}: {
  counts: ReturnType<typeof countItems>
  /** Milliseconds left while running; undefined otherwise. */
  eta: number | undefined
}) {
  const i18n = useI18n()
  const progressId = useId()
  const settled = counts.done + counts.failed + counts.cancelled
  return (
    <>
      <div className="run-progress">
        <label htmlFor={progressId}>{i18n.t('bulk.run.progress', { settled, total: counts.total })}</label>
        <progress id={progressId} className="progress" max={Math.max(counts.total, 1)} value={settled} />
      </div>
      <dl className="run-counts">
        <div>
          <dt>{i18n.t('bulk.count.done')}</dt>
          <dd>{i18n.formatNumber(counts.done)}</dd>
        </div>
        <div>
          <dt>{i18n.t('bulk.count.failed')}</dt>
          <dd>{i18n.formatNumber(counts.failed)}</dd>
        </div>
        <div>
          <dt>{i18n.t('bulk.count.waiting')}</dt>
          <dd>{i18n.formatNumber(counts.waiting + counts.sending)}</dd>
        </div>
        {counts.cancelled > 0 ? (
          <div>
            <dt>{i18n.t('bulk.count.cancelled')}</dt>
            <dd>{i18n.formatNumber(counts.cancelled)}</dd>
          </div>
        ) : null}
        <div>
          <dt>{i18n.t('bulk.count.timeLeft')}</dt>
          <dd>
            {eta === undefined
              ? '—'
              : eta < 60_000
                ? i18n.t('bulk.eta.seconds', { seconds: Math.max(1, Math.ceil(eta / 1000)) })
                : i18n.t('bulk.eta.minutes', { minutes: Math.ceil(eta / 60_000) })}
          </dd>
        </div>
      </dl>
    </>
  )
}
