import { memo } from 'react'
import { useI18n } from '../../i18n/i18n'
import { SortHeader } from '../../ui/sort-header'
import { SORT_KEYS, type SortKey, type SubscriptionView } from './subscription-view'

/**
 * The subscriptions' column headers, one per sort key in the table's order, each a button that sorts
 * by it (again: the other way). Memoized: they change with the sort, not with the rows in view.
 */
export const SubscriptionHead = memo(function SubscriptionHead({
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
        {SORT_KEYS.map((key) => (
          <SortHeader
            key={key}
            label={i18n.t(`subscriptions.col.${key}`)}
            direction={view.sort === key ? view.dir : undefined}
            numeric={key === 'quantity'}
            onSort={() => onSort(key)}
          />
        ))}
        {canManage ? <th scope="col">{i18n.t('subscriptions.col.actions')}</th> : null}
      </tr>
    </thead>
  )
})
