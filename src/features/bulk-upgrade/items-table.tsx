import type { ReactNode } from 'react'
import { useI18n } from '../../i18n/i18n'
import { isolate } from '../../i18n/isolate'
import { Table } from '../../ui/table'
import type { PlannedItem } from './bulk-run'

/** The upgrades of a plan or a run, one row each; a run adds each one's outcome. */
export function ItemsTable<T extends PlannedItem>({
  caption,
  items,
  outcome,
}: {
  caption: string
  items: readonly T[]
  outcome?: (item: T) => ReactNode
}) {
  const i18n = useI18n()
  return (
    <Table>
      <caption className="table-caption">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{i18n.t('opportunities.col.customer')}</th>
          <th scope="col">{i18n.t('opportunities.col.subscription')}</th>
          <th scope="col">{i18n.t('bulk.col.change')}</th>
          <th scope="col" className="numeric">
            {i18n.t('opportunities.col.seats')}
          </th>
          {outcome ? <th scope="col">{i18n.t('bulk.col.outcome')}</th> : null}
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.subscriptionId}>
            <td className="cell-wrap">{item.customerName}</td>
            <th scope="row" className="cell-name">
              {item.subscriptionName}
            </th>
            <td className="cell-wrap">
              {i18n.t('bulk.review.change', {
                source: isolate(item.sourceOfferName),
                target: isolate(item.targetOfferName),
              })}
            </td>
            <td className="numeric">{i18n.formatNumber(item.quantity)}</td>
            {outcome ? <td className="cell-wrap">{outcome(item)}</td> : null}
          </tr>
        ))}
      </tbody>
    </Table>
  )
}
