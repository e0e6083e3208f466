import { useDeferredValue, useMemo, useState } from 'react'
import type { UpgradeOpportunity } from '../../api/opportunities'
import { useI18n } from '../../i18n/i18n'
import {
  filterOpportunities,
  NO_FILTER,
  type OpportunityFilter,
  type OpportunitySort,
  type OpportunitySortKey,
  offersIn,
} from './opportunity-view'

const OPPORTUNITIES_PAGE_SIZE = 50

/** The list's view of the scan: filter, sort, the page shown, and the rows the agent selected. */
export function useOpportunityList(all: readonly UpgradeOpportunity[]) {
  const i18n = useI18n()
  const [filter, setFilter] = useState<OpportunityFilter>(NO_FILTER)
  const [sort, setSort] = useState<OpportunitySort>({ key: 'customer', dir: 'asc' })
  const [page, setPage] = useState(0)
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set())

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

  return {
    filter,
    changeFilter,
    sort,
    sortBy,
    rows,
    offers,
    shown,
    pageIndex,
    pages,
    setPage,
    selected,
    selectedRows,
    toggle,
    clearSelection: () => setSelected(new Set()),
  }
}

export type OpportunityList = ReturnType<typeof useOpportunityList>
