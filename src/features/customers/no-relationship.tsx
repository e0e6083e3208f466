import { type InfiniteData, useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'
import { Link } from 'wouter'
import { listedCustomerQueryOptions } from '../../api/customer'
import type { CustomerPage } from '../../api/customers'
import type { ApiError } from '../../api/errors'
import { queryKeys } from '../../api/query-keys'
import { useI18n } from '../../i18n/i18n'
import { ErrorIds } from '../../ui/error-panel'
import { focusIfLost } from '../../ui/focus'
import { Notice } from '../../ui/notice'
import { CustomerHeader } from './customer-header'

/**
 * A customer the partner has no relationship with (Partner Center answers 403, code 20002): its
 * page names it (from the customer list) and says why nothing of it can be shown, and what to do.
 * Trying again cannot help, so nothing offers it.
 */
export function NoRelationship({ customerId, error }: { customerId: string; error: ApiError }) {
  const i18n = useI18n()
  const queryClient = useQueryClient()
  const heading = useRef<HTMLHeadingElement>(null)
  // It replaces the page whose heading had focus.
  useEffect(() => focusIfLost(heading.current), [])
  const listed = useQuery(
    listedCustomerQueryOptions(customerId, queryClient.getQueryData<InfiniteData<CustomerPage>>(queryKeys.customers())),
  )
  const name = listed.data?.companyProfile.companyName
  const title =
    name ?? (listed.isPending ? i18n.t('customer.loadingName') : i18n.t('customer.unnamed', { id: customerId }))
  return (
    <section className="page" aria-labelledby="customer-heading">
      <CustomerHeader title={title} headingRef={heading} />
      <Notice as="div" tone="warning" role="note">
        <p>
          {name
            ? i18n.rich('customer.noRelationship.lead', { name })
            : i18n.rich('customer.noRelationship.leadUnnamed', { id: customerId })}
        </p>
        <p>{i18n.t('customer.noRelationship.action')}</p>
        <ErrorIds error={error} />
      </Notice>
      <p>
        <Link href="/">{i18n.t('notFound.back')}</Link>
      </p>
    </section>
  )
}
