import { useRef, useState } from 'react'
import { useI18n } from '../../i18n/i18n'
import { Button } from '../../ui/button'
import { Page } from '../../ui/page'
import { Pager } from '../../ui/pager'
import type { BulkRunner } from './bulk-run'
import { countItems } from './bulk-run-model'
import { useBulkRunner } from './bulk-run-store'
import { ItemsTable } from './items-table'
import { RunActions } from './run-actions'
import { RunCounts } from './run-counts'
import { Outcome } from './run-outcome'
import { useRunLifecycle } from './use-run-lifecycle'

const ITEMS_PAGE_SIZE = 50

/**
 * A bulk upgrade on its way or done: progress, counts and time left, pause / resume / cancel, each
 * item's outcome; then the results as CSV, and the failed items as a new run.
 */
export function BulkRunView({ onNewPlan }: { onNewPlan: () => void }) {
  const i18n = useI18n()
  const runner = useBulkRunner()
  if (!runner) {
    return (
      <Page title={i18n.t('bulk.run.title')}>
        <p className="empty">{i18n.t('bulk.run.none')}</p>
        <Button onClick={onNewPlan}>{i18n.t('bulk.run.toOpportunities')}</Button>
      </Page>
    )
  }
  return <RunPanel runner={runner} onNewPlan={onNewPlan} />
}

function RunPanel({ runner, onNewPlan }: { runner: BulkRunner; onNewPlan: () => void }) {
  const i18n = useI18n()
  const run = runner.snapshot
  const counts = countItems(run.items)
  const [page, setPage] = useState(0)
  const heading = useRef<HTMLHeadingElement>(null)
  // Over once no request is on its way: a cancelled run's sent items still report their outcome.
  const over = (run.state === 'finished' || run.state === 'cancelled') && counts.sending === 0
  useRunLifecycle(runner, heading, over)
  const pages = Math.max(1, Math.ceil(run.items.length / ITEMS_PAGE_SIZE))
  const pageIndex = Math.min(page, pages - 1)
  const shown = run.items.slice(pageIndex * ITEMS_PAGE_SIZE, (pageIndex + 1) * ITEMS_PAGE_SIZE)

  return (
    <Page title={i18n.t('bulk.run.title')} headingRef={heading}>
      <p className="lead" role="status">
        {i18n.t('bulk.run.state', { state: run.state, count: counts.total })}
      </p>
      <RunCounts counts={counts} eta={run.state === 'running' ? runner.estimatedMsLeft() : undefined} />
      <RunActions
        runner={runner}
        over={over}
        failed={counts.failed}
        onCancelled={() => heading.current?.focus()}
        onNewPlan={onNewPlan}
      />
      {run.state === 'paused' && counts.sending > 0 ? <p className="field-hint">{i18n.t('bulk.run.pausing')}</p> : null}

      <ItemsTable caption={i18n.t('bulk.run.caption')} items={shown} outcome={(item) => <Outcome item={item} />} />
      {pages > 1 ? <Pager label={i18n.t('bulk.run.pages')} page={pageIndex} pages={pages} onPage={setPage} /> : null}
    </Page>
  )
}
