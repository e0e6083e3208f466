import { memo, type ReactNode } from 'react'
import { Link } from 'wouter'
import type { Customer } from '../../api/schemas'
import { useI18n } from '../../i18n/i18n'
import { Table } from '../../ui/table'

/** The customers table's frame: caption, headers, and the row count for assistive technology. */
export function CustomerTableShell({ rowCount, children }: { rowCount: number; children: ReactNode }) {
  const i18n = useI18n()
  return (
    <Table stack aria-rowcount={rowCount + 1}>
      <caption className="visually-hidden">{i18n.t('customers.caption')}</caption>
      <thead>
        <tr aria-rowindex={1}>
          <th scope="col">{i18n.t('customers.col.company')}</th>
          <th scope="col">{i18n.t('customers.col.domain')}</th>
          <th scope="col">{i18n.t('customers.col.relationship')}</th>
          <th scope="col">{i18n.t('customers.col.delegatedAdmin')}</th>
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </Table>
  )
}

/**
 * One customer. Memoized: a virtualized list renders on every scroll frame, and only the rows that
 * come into view need rendering then, not all fifty in the DOM.
 */
export const CustomerRow = memo(function CustomerRow({ customer, index }: { customer: Customer; index: number }) {
  const i18n = useI18n()
  return (
    <tr aria-rowindex={index + 2}>
      <th scope="row" className="cell-name">
        {customer.relationshipToPartner === 'none' ? (
          // Partner Center shows nothing of a customer without a relationship: no dead link to it.
          <>
            <span className="customer-unmanaged">{customer.companyProfile.companyName}</span>
            <span className="secondary">{i18n.t('customers.noRelationship')}</span>
          </>
        ) : (
          <Link href={`/customers/${encodeURIComponent(customer.id)}`}>{customer.companyProfile.companyName}</Link>
        )}
      </th>
      <td className="cell-wrap" data-label={i18n.t('customers.col.domain')}>
        {customer.companyProfile.domain ?? '—'}
      </td>
      <td data-label={i18n.t('customers.col.relationship')}>
        {i18n.t('relationship', { value: customer.relationshipToPartner ?? 'none' })}
      </td>
      <td data-label={i18n.t('customers.col.delegatedAdmin')}>
        {customer.allowDelegatedAccess ? (
          i18n.t('customers.delegatedAdmin.on')
        ) : (
          <span className="muted-warning">{i18n.t('customers.delegatedAdmin.off')}</span>
        )}
      </td>
    </tr>
  )
})
