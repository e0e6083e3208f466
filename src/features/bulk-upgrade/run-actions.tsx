import { useI18n } from '../../i18n/i18n'
import { Button } from '../../ui/button'
import { downloadText, toCsv } from '../../ui/csv'
import { type BulkRunner, retryFailed } from './bulk-run'
import { clearBulkRun, startBulkRun } from './bulk-run-store'
import { resultsCsv } from './run-outcome'

/** While the run goes: pause or resume, and cancel. Once over: the results as CSV, retry the failed, a new plan. */
export function RunActions({
  runner,
  over,
  failed,
  onCancelled,
  onNewPlan,
}: {
  runner: BulkRunner
  over: boolean
  failed: number
  /** The cancel button is gone: focus goes elsewhere. */
  onCancelled: () => void
  onNewPlan: () => void
}) {
  const i18n = useI18n()
  const run = runner.snapshot
  return (
    <div className="dialog-actions run-actions">
      {run.state === 'running' || run.state === 'paused' ? (
        <>
          {/* One button that changes its words, so that keyboard focus stays on it. */}
          <Button
            variant={run.state === 'paused' ? 'primary' : 'default'}
            onClick={() => (run.state === 'paused' ? runner.resume() : runner.pause())}
          >
            {run.state === 'paused' ? i18n.t('bulk.run.resume') : i18n.t('bulk.run.pause')}
          </Button>
          <Button
            onClick={() => {
              runner.cancel()
              onCancelled()
            }}
          >
            {i18n.t('bulk.run.cancel')}
          </Button>
        </>
      ) : null}
      {over ? (
        <>
          <Button
            onClick={() =>
              downloadText(`bulk-upgrade-${run.createdAt.slice(0, 10)}.csv`, toCsv(resultsCsv(run.items, i18n)))
            }
          >
            {i18n.t('bulk.run.export')}
          </Button>
          {failed > 0 ? (
            <Button variant="primary" onClick={() => startBulkRun(retryFailed(run))}>
              {i18n.t('bulk.run.retryFailed', { count: failed })}
            </Button>
          ) : null}
          <Button
            onClick={() => {
              clearBulkRun()
              onNewPlan()
            }}
          >
            {i18n.t('bulk.run.newPlan')}
          </Button>
        </>
      ) : null}
    </div>
  )
}
