import { useI18n } from '../../i18n/i18n'
import { SortHeader } from '../../ui/sort-header'
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
        {COLUMNS.map((column) => (
          <SortHeader
            key={column.key}
            label={i18n.t(`subscriptions.col.${column.label}`)}
            direction={view.sort === column.key ? view.dir : undefined}
            numeric={column.key === 'quantity'}
            onSort={() => onSort(column.key)}
          />
        ))}
        {canManage ? <th scope="col">{i18n.t('subscriptions.col.actions')}</th> : null}
      </tr>
    </thead>
  )
}
