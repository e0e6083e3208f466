import { useDeferredValue, useId, useMemo, useState } from 'react'
import type { UpgradeOpportunity } from '../../api/opportunities'
import { useI18n } from '../../i18n/i18n'
import { isolate } from '../../i18n/isolate'
import type { PartnerRole } from '../../rules/roles'
import { downloadText, toCsv } from '../../ui/csv'
import { ErrorPanel } from '../../ui/error-panel'
import { OfferSelect } from '../../ui/offer-select'
import { Pager } from '../../ui/pager'
import { SearchField } from '../../ui/search-field'
import {
  filterOpportunities,
  NO_FILTER,
  type OpportunityFilter,
  type OpportunitySort,
  type OpportunitySortKey,
  offersIn,
  opportunitiesCsv,
  seatsOf,
} from './opportunity-view'
import { useOpportunityScan } from './use-opportunity-scan'

export const OPPORTUNITIES_PAGE_SIZE = 50

const COLUMNS: readonly { key: OpportunitySortKey; label: 'customer' | 'subscription' | 'offer' | 'seats' }[] = [
  { key: 'customer', label: 'customer' },
  { key: 'subscription', label: 'subscription' },
  { key: 'offer', label: 'offer' },
  { key: 'seats', label: 'seats' },
]

function parseSeats(text: string): number | undefined {
  const value = Number.parseInt(text, 10)
  return Number.isFinite(value) && value >= 0 ? value : undefined
}

/**
 * Every upgrade opportunity across the partner's customers: filter, sort, totals, CSV; an agent
 * who may upgrade also selects rows and plans a bulk upgrade of them (`onPlan`).
 */
export function OpportunitiesPage({
  role,
  canManage,
  onPlan,
  notice,
  planBlocked = false,
}: {
  role: PartnerRole
  canManage: boolean
  /** Another bulk upgrade is on its way: one at a time. */
  planBlocked?: boolean
  /** `preferredTarget`: the target offer the list is filtered by, if any. */
  onPlan: (selected: readonly UpgradeOpportunity[], preferredTarget: string | undefined) => void
  /** Shown under the heading (a bulk upgrade in progress). */
  notice?: React.ReactNode
}) {
  const i18n = useI18n()
  const { scan, status, error, start, cancel } = useOpportunityScan(role)
  const [filter, setFilter] = useState<OpportunityFilter>(NO_FILTER)
  const [sort, setSort] = useState<OpportunitySort>({ key: 'customer', dir: 'asc' })
  const [page, setPage] = useState(0)
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set())
  const ids = {
    minSeats: useId(),
    maxSeats: useId(),
    progress: useId(),
    heading: useId(),
  }

  const all = scan?.opportunities ?? []
  const deferredFilter = useDeferredValue(filter)
  const rows = useMemo(() => filterOpportunities(all, deferredFilter, sort, i18n), [all, deferredFilter, sort, i18n])
  const offers = useMemo(() => offersIn(all, i18n), [all, i18n])
  const pages = Math.max(1, Math.ceil(rows.length / OPPORTUNITIES_PAGE_SIZE))
  const pageIndex = Math.min(page, pages - 1)
  const shown = rows.slice(pageIndex * OPPORTUNITIES_PAGE_SIZE, (pageIndex + 1) * OPPORTUNITIES_PAGE_SIZE)
  // In the list's order, so that the review and the run list them as the agent saw them.
  const selectedRows = useMemo(
    () =>
      filterOpportunities(
        all.filter((row) => selected.has(row.subscriptionId)),
        NO_FILTER,
        sort,
        i18n,
      ),
    [all, selected, sort, i18n],
  )
  const pageAllSelected = shown.length > 0 && shown.every((row) => selected.has(row.subscriptionId))

  const changeFilter = (next: Partial<OpportunityFilter>) => {
    setFilter((current) => ({ ...current, ...next }))
    setPage(0)
  }
  const toggle = (ids: readonly string[], on: boolean) => {
    setSelected((current) => {
      const next = new Set(current)
      for (const id of ids) {
        if (on) next.add(id)
        else next.delete(id)
      }
      return next
    })
  }
  const sortBy = (key: OpportunitySortKey) =>
    setSort((current) => ({ key, dir: current.key === key && current.dir === 'asc' ? 'desc' : 'asc' }))

  const scanning = status === 'scanning'
  const total = scan?.customersTotal ?? 0
  const read = scan?.customersRead ?? 0

  return (
    <section className="page" aria-labelledby={ids.heading}>
      <h1 id={ids.heading} tabIndex={-1}>
        {i18n.t('opportunities.title')}
      </h1>
      <p className="lead">{i18n.t('opportunities.lead')}</p>
      {notice}
      {!canManage ? (
        <p className="notice" role="note">
          {i18n.t('opportunities.readOnly', { role: i18n.t(`role.${role}`) })}
        </p>
      ) : null}

      <div className="scan-status">
        {scanning ? (
          <>
            <label htmlFor={ids.progress}>
              {scan?.phase === 'reading'
                ? i18n.t('opportunities.scan.reading', { read, total })
                : i18n.t('opportunities.scan.listing', { total })}
            </label>
            <progress
              id={ids.progress}
              className="progress"
              max={scan?.phase === 'reading' ? Math.max(total, 1) : undefined}
              value={scan?.phase === 'reading' ? read : undefined}
            />
            <button type="button" className="button button-small" onClick={cancel}>
              {i18n.t('opportunities.scan.cancel')}
            </button>
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
            <button type="button" className="button button-small" onClick={start}>
              {status === 'done' ? i18n.t('opportunities.scan.refresh') : i18n.t('opportunities.scan.restart')}
            </button>
          </>
        )}
      </div>
      {status === 'error' ? <ErrorPanel error={error} onRetry={start} /> : null}
      {scan && scan.failures.length > 0 ? (
        <p className="notice notice-warning" role="note">
          {i18n.t('opportunities.scan.someFailed', {
            count: scan.failures.length,
            names: i18n.formatList(scan.failures.slice(0, 3).map((f) => isolate(f.customerName))),
          })}
        </p>
      ) : null}

      {/* biome-ignore lint/a11y/useSemanticElements: <search> is not known to every browser and test DOM yet; the role says the same */}
      <div role="search" className="toolbar" aria-label={i18n.t('opportunities.filters')}>
        <SearchField
          label={i18n.t('opportunities.filter.customer')}
          value={filter.customer}
          onChange={(customer) => changeFilter({ customer })}
        />
        {(['source', 'target'] as const).map((end) => (
          <OfferSelect
            key={end}
            label={i18n.t(`opportunities.filter.${end}`)}
            offers={end === 'source' ? offers.sources : offers.targets}
            value={filter[end]}
            none={{ value: '', label: i18n.t('opportunities.filter.anyOffer') }}
            onChange={(offerId) => changeFilter({ [end]: offerId })}
          />
        ))}
        {(['minSeats', 'maxSeats'] as const).map((bound) => (
          <div key={bound} className="field field-narrow">
            <label htmlFor={ids[bound]}>{i18n.t(`opportunities.filter.${bound}`)}</label>
            <input
              id={ids[bound]}
              type="number"
              min={0}
              inputMode="numeric"
              value={filter[bound] ?? ''}
              onChange={(event) => changeFilter({ [bound]: parseSeats(event.target.value) })}
            />
          </div>
        ))}
      </div>

      <div className="totals-bar">
        <p role="status" className="toolbar-count">
          {i18n.t('opportunities.totals', { count: rows.length, seats: seatsOf(rows) })}
        </p>
        <button
          type="button"
          className="button button-small"
          disabled={rows.length === 0}
          onClick={() =>
            downloadText(
              `upgrade-opportunities-${new Date().toISOString().slice(0, 10)}.csv`,
              toCsv(opportunitiesCsv(rows, i18n)),
            )
          }
        >
          {i18n.t('opportunities.export')}
        </button>
      </div>

      {canManage ? (
        <div className="selection-bar">
          <p role="status">
            {i18n.t('opportunities.selected', { count: selectedRows.length, seats: seatsOf(selectedRows) })}
          </p>
          <button
            type="button"
            className="button button-small"
            disabled={rows.length === 0}
            onClick={() =>
              toggle(
                rows.map((r) => r.subscriptionId),
                true,
              )
            }
          >
            {i18n.t('opportunities.selectMatching', { count: rows.length })}
          </button>
          <button
            type="button"
            className="button button-small"
            disabled={selected.size === 0}
            onClick={() => setSelected(new Set())}
          >
            {i18n.t('opportunities.clearSelection')}
          </button>
          <button
            type="button"
            className="button button-primary"
            disabled={selectedRows.length === 0 || scanning || planBlocked}
            onClick={() => onPlan(selectedRows, filter.target || undefined)}
          >
            {i18n.t('opportunities.plan', { count: selectedRows.length })}
          </button>
        </div>
      ) : null}

      {rows.length === 0 ? (
        <p className="empty">{scanning ? i18n.t('opportunities.none.yet') : i18n.t('opportunities.none')}</p>
      ) : (
        <>
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">{i18n.t('opportunities.caption')}</caption>
              <thead>
                <tr>
                  {canManage ? (
                    <th scope="col" className="cell-select">
                      <input
                        type="checkbox"
                        aria-label={i18n.t('opportunities.selectPage')}
                        checked={pageAllSelected}
                        onChange={(event) =>
                          toggle(
                            shown.map((r) => r.subscriptionId),
                            event.target.checked,
                          )
                        }
                      />
                    </th>
                  ) : null}
                  {COLUMNS.map((column) => {
                    const active = sort.key === column.key
                    return (
                      <th
                        key={column.key}
                        scope="col"
                        className={column.key === 'seats' ? 'numeric' : undefined}
                        aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}
                      >
                        <button type="button" className="sort-button" onClick={() => sortBy(column.key)}>
                          {i18n.t(`opportunities.col.${column.label}`)}
                          <span aria-hidden="true" className="sort-mark">
                            {active ? (sort.dir === 'asc' ? '▲' : '▼') : ''}
                          </span>
                        </button>
                      </th>
                    )
                  })}
                  <th scope="col">{i18n.t('opportunities.col.targets')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((row) => (
                  <tr key={row.subscriptionId}>
                    {canManage ? (
                      <td className="cell-select">
                        <input
                          type="checkbox"
                          aria-label={i18n.t('opportunities.selectRow', {
                            name: isolate(row.subscriptionName),
                            customer: isolate(row.customerName),
                          })}
                          checked={selected.has(row.subscriptionId)}
                          onChange={(event) => toggle([row.subscriptionId], event.target.checked)}
                        />
                      </td>
                    ) : null}
                    <td className="cell-wrap">{row.customerName}</td>
                    <th scope="row" className="cell-name">
                      {row.subscriptionName}
                    </th>
                    <td className="cell-wrap">{row.offerName}</td>
                    <td className="numeric">{i18n.formatNumber(row.quantity)}</td>
                    <td className="cell-wrap">{row.targets.map((t) => t.offerName).join(', ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager label={i18n.t('opportunities.pages')} page={pageIndex} pages={pages} onPage={setPage} />
        </>
      )}
    </section>
  )
}
