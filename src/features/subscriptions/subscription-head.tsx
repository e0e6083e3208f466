import { useI18n } from '../../i18n/i18n'
import type { SortKey, SubscriptionView } from './subscription-view'

const COLUMNS: readonly { key: SortKey; label: 'name' | 'offer' | 'quantity' | 'status' | 'billing' | 'termEnd' }[] = [
  { key: 'name', label: 'name' },
  { key: 'offer', label: 'offer' },
  { key: 'quantity', label: 'quantity' },
  { key: 'status', label: 'status' },
  { key: 'billing', label: 'billing' },
  { key: 'termEnd', label: 'termEnd' },
]

/** The subscriptions' column headers, each a button that sorts by it (again: the other way). */
export function SubscriptionHead({
  view,
  canManage,
  onSort,
}: {
  view: SubscriptionView
  canManage: boolean
  onSort: (key: SortKey) => void
}) {
  const i18n = useI18n()
  return (
    <thead>
      <tr aria-rowindex={1}>
        {COLUMNS.map((column) => {
          const active = view.sort === column.key
          return (
            <th
              key={column.key}
              scope="col"
              className={column.key === 'quantity' ? 'numeric' : undefined}
              aria-sort={active ? (view.dir === 'asc' ? 'ascending' : 'descending') : undefined}
            >
              <button type="button" className="sort-button" onClick={() => onSort(column.key)}>
                {i18n.t(`subscriptions.col.${column.label}`)}
                <span aria-hidden="true" className="sort-mark">
                  {active ? (view.dir === 'asc' ? '▲' : '▼') : ''}
                </span>
              </button>
            </th>
          )
        })}
        {canManage ? <th scope="col">{i18n.t('subscriptions.col.actions')}</th> : null}
      </tr>
    </thead>
  )
}
