import type { UpgradeOpportunity } from '../../api/opportunities'
import { useI18n } from '../../i18n/i18n'
import type { PartnerRole } from '../../rules/roles'
import { Notice } from '../../ui/notice'
import { Page } from '../../ui/page'
import { Pager } from '../../ui/pager'
import { OpportunityTotals, SelectionBar } from './opportunity-actions'
import { OpportunityFilters } from './opportunity-filters'
import { OpportunityTable } from './opportunity-table'
import { ScanStatus } from './scan-status'
import { useOpportunityList } from './use-opportunity-list'
import { useOpportunityScan } from './use-opportunity-scan'

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
  const list = useOpportunityList(scan?.opportunities ?? NO_ROWS)
  const scanning = status === 'scanning'
  return (
    <Page title={i18n.t('opportunities.title')}>
      <p className="lead">{i18n.t('opportunities.lead')}</p>
      {notice}
      {!canManage ? (
        <Notice role="note">{i18n.t('opportunities.readOnly', { role: i18n.t(`role.${role}`) })}</Notice>
      ) : null}
      <ScanStatus scan={scan} status={status} error={error} onStart={start} onCancel={cancel} />
      <OpportunityFilters filter={list.filter} offers={list.offers} onChange={list.changeFilter} />
      <OpportunityTotals rows={list.rows} />
      {canManage ? (
        <SelectionBar
          list={list}
          planDisabled={scanning || planBlocked}
          onPlan={() => onPlan(list.selectedRows, list.filter.target || undefined)}
        />
      ) : null}
      {list.rows.length === 0 ? (
        <p className="empty">{scanning ? i18n.t('opportunities.none.yet') : i18n.t('opportunities.none')}</p>
      ) : (
        <>
          <OpportunityTable list={list} canManage={canManage} />
          <Pager label={i18n.t('opportunities.pages')} page={list.pageIndex} pages={list.pages} onPage={list.setPage} />
        </>
      )}
    </Page>
  )
}

const NO_ROWS: readonly UpgradeOpportunity[] = []
