import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useId, useRef, useState } from 'react'
import { queryKeys } from '../../api/query-keys'
import { useI18n } from '../../i18n/i18n'
import { isolate } from '../../i18n/isolate'
import { downloadText, toCsv } from '../../ui/csv'
import { Pager } from '../../ui/pager'
import { type BulkItem, type BulkRunner, countItems, retryFailed } from './bulk-run'
import { clearBulkRun, startBulkRun, useBulkRunner } from './bulk-run-store'
import { failureText } from './failure-text'
import { ItemsTable } from './items-table'

const ITEMS_PAGE_SIZE = 50

/**
 * A bulk upgrade on its way or done: progress, counts and time left, pause / resume / cancel, each
 * item's outcome; then the results as CSV, and the failed items as a new run.
 */
export function BulkRunView({ onNewPlan }: { onNewPlan: () => void }) {
  const i18n = useI18n()
  const runner = useBulkRunner()
  const headingId = useId()
  if (!runner) {
    return (
      <section className="page" aria-labelledby={headingId}>
        <h1 id={headingId}>{i18n.t('bulk.run.title')}</h1>
        <p className="empty">{i18n.t('bulk.run.none')}</p>
        <button type="button" className="button" onClick={onNewPlan}>
          {i18n.t('bulk.run.toOpportunities')}
        </button>
      </section>
    )
  }
  return <RunPanel runner={runner} headingId={headingId} onNewPlan={onNewPlan} />
}

function RunPanel({ runner, headingId, onNewPlan }: { runner: BulkRunner; headingId: string; onNewPlan: () => void }) {
  const i18n = useI18n()
  const queryClient = useQueryClient()
  const run = runner.snapshot
  const counts = countItems(run.items)
  const [page, setPage] = useState(0)
  const progressId = useId()
  const heading = useRef<HTMLHeadingElement>(null)
  // Over once no request is on its way: a cancelled run's sent items still report their outcome.
  const over = (run.state === 'finished' || run.state === 'cancelled') && counts.sending === 0

  // After a reload the stored run goes on by itself where it stopped, unless it was paused.
  useEffect(() => {
    if (runner.snapshot.state === 'running') runner.resume()
  }, [runner])

  // A new run (retry) starts at its heading.
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new run id is what moves focus
  useEffect(() => heading.current?.focus(), [run.id])

  // The run's controls go when it ends: focus that was on one of them moves to the heading.
  useEffect(() => {
    if (over && (document.activeElement === document.body || document.activeElement === null)) {
      heading.current?.focus()
    }
  }, [over])

  // Once over, what was read before is stale: the opportunities and the customers touched.
  useEffect(() => {
    if (!over) return
    queryClient.removeQueries({ queryKey: queryKeys.allOpportunities() })
    for (const customerId of new Set(run.items.map((i) => i.customerId))) {
      void queryClient.invalidateQueries({ queryKey: queryKeys.customer(customerId) })
    }
  }, [over, queryClient, run.items])

  const eta = run.state === 'running' ? runner.estimatedMsLeft() : undefined
  const settled = counts.done + counts.failed + counts.cancelled
  const pages = Math.max(1, Math.ceil(run.items.length / ITEMS_PAGE_SIZE))
  const pageIndex = Math.min(page, pages - 1)
  const shown = run.items.slice(pageIndex * ITEMS_PAGE_SIZE, (pageIndex + 1) * ITEMS_PAGE_SIZE)

  return (
    <section className="page" aria-labelledby={headingId}>
      <h1 id={headingId} ref={heading} tabIndex={-1}>
        {i18n.t('bulk.run.title')}
      </h1>
      <p className="lead" role="status">
        {i18n.t('bulk.run.state', { state: run.state, count: counts.total })}
      </p>
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

      <div className="dialog-actions run-actions">
        {run.state === 'running' || run.state === 'paused' ? (
          <>
            {/* One button that changes its words, so that keyboard focus stays on it. */}
            <button
              type="button"
              className={run.state === 'paused' ? 'button button-primary' : 'button'}
              onClick={() => (run.state === 'paused' ? runner.resume() : runner.pause())}
            >
              {run.state === 'paused' ? i18n.t('bulk.run.resume') : i18n.t('bulk.run.pause')}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                runner.cancel()
                heading.current?.focus()
              }}
            >
              {i18n.t('bulk.run.cancel')}
            </button>
          </>
        ) : null}
        {over ? (
          <>
            <button
              type="button"
              className="button"
              onClick={() =>
                downloadText(`bulk-upgrade-${run.createdAt.slice(0, 10)}.csv`, toCsv(resultsCsv(run.items, i18n)))
              }
            >
              {i18n.t('bulk.run.export')}
            </button>
            {counts.failed > 0 ? (
              <button type="button" className="button button-primary" onClick={() => startBulkRun(retryFailed(run))}>
                {i18n.t('bulk.run.retryFailed', { count: counts.failed })}
              </button>
            ) : null}
            <button
              type="button"
              className="button"
              onClick={() => {
                clearBulkRun()
                onNewPlan()
              }}
            >
              {i18n.t('bulk.run.newPlan')}
            </button>
          </>
        ) : null}
      </div>
      {run.state === 'paused' && counts.sending > 0 ? <p className="field-hint">{i18n.t('bulk.run.pausing')}</p> : null}

      <ItemsTable caption={i18n.t('bulk.run.caption')} items={shown} outcome={(item) => <Outcome item={item} />} />
      {pages > 1 ? <Pager label={i18n.t('bulk.run.pages')} page={pageIndex} pages={pages} onPage={setPage} /> : null}
    </section>
  )
}

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

function Outcome({ item }: { item: BulkItem }) {
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

function resultsCsv(items: readonly BulkItem[], i18n: ReturnType<typeof useI18n>): (string | number)[][] {
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
