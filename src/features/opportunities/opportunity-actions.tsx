import type { UpgradeOpportunity } from '../../api/opportunities'
import { useI18n } from '../../i18n/i18n'
import { Button } from '../../ui/button'
import { downloadText, toCsv } from '../../ui/csv'
import { opportunitiesCsv, seatsOf } from './opportunity-view'
import type { OpportunityList } from './use-opportunity-list'

/** What the filters leave (count and seats), and its export as CSV. */
export function OpportunityTotals({ rows }: { rows: readonly UpgradeOpportunity[] }) {
  const i18n = useI18n()
  return (
    <div className="totals-bar">
      <p role="status" className="toolbar-count">
        {i18n.t('opportunities.totals', { count: rows.length, seats: seatsOf(rows) })}
      </p>
      <Button
        size="small"
        disabled={rows.length === 0}
        onClick={() =>
          downloadText(
            `upgrade-opportunities-${new Date().toISOString().slice(0, 10)}.csv`,
            toCsv(opportunitiesCsv(rows, i18n)),
          )
        }
      >
        {i18n.t('opportunities.export')}
      </Button>
    </div>
  )
}

/**
 * The selection: how much is selected, select all that match, clear, and plan a bulk upgrade of it.
 * (A status and a button, like OpportunityTotals, which duplicates pairs with it by shape: other acts.)
 */
export function SelectionBar({
  list,
  planDisabled,
  onPlan,
}: {
  list: OpportunityList
  /** A scan or another bulk upgrade is on its way. */
  planDisabled: boolean
  onPlan: () => void
}) {
  const i18n = useI18n()
  const { rows, selectedRows } = list
  return (
    <div className="selection-bar">
      <p role="status">
        {i18n.t('opportunities.selected', { count: selectedRows.length, seats: seatsOf(selectedRows) })}
      </p>
      <Button
        size="small"
        disabled={rows.length === 0}
        onClick={() =>
          list.toggle(
            rows.map((r) => r.subscriptionId),
            true,
          )
        }
      >
        {i18n.t('opportunities.selectMatching', { count: rows.length })}
      </Button>
      <Button size="small" disabled={list.selected.size === 0} onClick={list.clearSelection}>
        {i18n.t('opportunities.clearSelection')}
      </Button>
      <Button variant="primary" disabled={selectedRows.length === 0 || planDisabled} onClick={onPlan}>
        {i18n.t('opportunities.plan', { count: selectedRows.length })}
      </Button>
    </div>
  )
}
