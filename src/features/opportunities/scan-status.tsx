import { useId } from 'react'
import type { OpportunityScan } from '../../api/opportunities'
import { useI18n } from '../../i18n/i18n'
import { isolate } from '../../i18n/isolate'
import { Button } from '../../ui/button'
import { ErrorPanel } from '../../ui/error-panel'
import { Notice } from '../../ui/notice'
import type { ScanStatus as Status } from './use-opportunity-scan'

/** How far the scan of the customers got: progress and Stop while it runs, then its outcome. */
export function ScanStatus({
  scan,
  status,
  error,
  onStart,
  onCancel,
}: {
  scan: OpportunityScan | undefined
  status: Status
  error: unknown
  onStart: () => void
  onCancel: () => void
}) {
  const i18n = useI18n()
  const progressId = useId()
  const total = scan?.customersTotal ?? 0
  const read = scan?.customersRead ?? 0
  return (
    <>
      <div className="scan-status">
        {status === 'scanning' ? (
          <>
            <label htmlFor={progressId}>
              {scan?.phase === 'reading'
                ? i18n.t('opportunities.scan.reading', { read, total })
                : i18n.t('opportunities.scan.listing', { total })}
            </label>
            <progress
              id={progressId}
              className="progress"
              max={scan?.phase === 'reading' ? Math.max(total, 1) : undefined}
              value={scan?.phase === 'reading' ? read : undefined}
            />
            <Button size="small" onClick={onCancel}>
              {i18n.t('opportunities.scan.cancel')}
            </Button>
          </>
        ) : (
          <>
            <p role="status">
              {status === 'done'
                ? i18n.t('opportunities.scan.done', { total })
                : status === 'cancelled'
                  ? i18n.t('opportunities.scan.cancelled', { read, total })
                  : i18n.t('opportunities.scan.failed')}
            </p>
            <Button size="small" onClick={onStart}>
              {status === 'done' ? i18n.t('opportunities.scan.refresh') : i18n.t('opportunities.scan.restart')}
            </Button>
          </>
        )}
      </div>
      {status === 'error' ? <ErrorPanel error={error} onRetry={onStart} /> : null}
      {scan && scan.failures.length > 0 ? (
        <Notice tone="warning" role="note">
          {i18n.t('opportunities.scan.someFailed', {
            count: scan.failures.length,
            names: i18n.formatList(scan.failures.slice(0, 3).map((f) => isolate(f.customerName))),
          })}
        </Notice>
      ) : null}
    </>
  )
}
