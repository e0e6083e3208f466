import { useI18n } from '../../i18n/i18n'
import { isolate } from '../../i18n/isolate'
import { SortHeader } from '../../ui/sort-header'
import { Table } from '../../ui/table'
import type { OpportunitySortKey } from './opportunity-view'
import type { OpportunityList } from './use-opportunity-list'

const COLUMNS: readonly { key: OpportunitySortKey; label: 'customer' | 'subscription' | 'offer' | 'seats' }[] = [
  { key: 'customer', label: 'customer' },
  { key: 'subscription', label: 'subscription' },
  { key: 'offer', label: 'offer' },
  { key: 'seats', label: 'seats' },
]

/** One page of opportunities: sortable columns, and a checkbox per row for an agent who may upgrade. */
export function OpportunityTable({ list, canManage }: { list: OpportunityList; canManage: boolean }) {
  const i18n = useI18n()
  const { shown, selected, toggle } = list
  return (
    <Table>
      <caption className="visually-hidden">{i18n.t('opportunities.caption')}</caption>
      <OpportunityHead list={list} canManage={canManage} />
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
    </Table>
  )
}

function OpportunityHead({ list, canManage }: { list: OpportunityList; canManage: boolean }) {
  const i18n = useI18n()
  const { shown, selected, sort } = list
  const pageAllSelected = shown.length > 0 && shown.every((row) => selected.has(row.subscriptionId))
  return (
    <thead>
      <tr>
        {canManage ? (
          <th scope="col" className="cell-select">
            <input
              type="checkbox"
              aria-label={i18n.t('opportunities.selectPage')}
              checked={pageAllSelected}
              onChange={(event) =>
                list.toggle(
                  shown.map((r) => r.subscriptionId),
                  event.target.checked,
                )
              }
            />
          </th>
        ) : null}
        {COLUMNS.map((column) => (
          <SortHeader
            key={column.key}
            label={i18n.t(`opportunities.col.${column.label}`)}
            direction={sort.key === column.key ? sort.dir : undefined}
            numeric={column.key === 'seats'}
            onSort={() => list.sortBy(column.key)}
          />
        ))}
        <th scope="col">{i18n.t('opportunities.col.targets')}</th>
      </tr>
    </thead>
  )
}
