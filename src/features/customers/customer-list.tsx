import { useInfiniteQuery } from '@tanstack/react-query'
import { lazy, Suspense, useDeferredValue, useEffect, useMemo } from 'react'
import { useLocation, useSearch } from 'wouter'
import { customersQueryOptions } from '../../api/customers'
import type { Customer } from '../../api/schemas'
import { useI18n } from '../../i18n/i18n'
import { ErrorPanel } from '../../ui/error-panel'
import { Field } from '../../ui/field'
import { CustomerRow, CustomerTableShell } from './customer-table'

/** Up to this many rows render plainly; beyond, the virtualized table loads (kept out of the first screen). */
const PLAIN_ROWS = 300
const VirtualCustomerRows = lazy(() =>
  import('./virtual-customer-rows').then((m) => ({ default: m.VirtualCustomerRows })),
)

/**
 * Step 1 of the article: select the customer, by company name. Pages arrive from the API one after
 * the other (size + continuation token, as Partner Center pages); the first is shown at once and the
 * rest load in the background, so search covers every customer by any part of the name. The table
 * is virtualized for partners with thousands of customers.
 */
export function CustomerList() {
  const i18n = useI18n()
  const urlSearch = useSearch()
  const [path, navigate] = useLocation()
  // The search lives in the URL (`#/?q=toys`): a link or the back button restores it.
  const search = new URLSearchParams(urlSearch).get('q') ?? ''
  const deferredSearch = useDeferredValue(search)
  const customers = useInfiniteQuery(customersQueryOptions())
  const { hasNextPage, isFetchingNextPage, fetchNextPage, isError } = customers

  // Keep loading pages until the last one, unless a page failed (the error offers Try again).
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && !isError) void fetchNextPage()
  }, [hasNextPage, isFetchingNextPage, isError, fetchNextPage])

  const all = useMemo(() => customers.data?.pages.flatMap((page) => page.customers) ?? [], [customers.data])
  const visible = useMemo(() => {
    // Case-insensitive by the locale's rules (Turkish i/İ), sorted by the locale's collation.
    const needle = i18n.lower(deferredSearch.trim())
    return all
      .filter((c) => needle === '' || i18n.lower(c.companyProfile.companyName).includes(needle))
      .sort((a, b) => i18n.compare(a.companyProfile.companyName, b.companyProfile.companyName))
  }, [all, deferredSearch, i18n])

  const loadingMore = hasNextPage || isFetchingNextPage
  return (
    <section aria-labelledby="customers-heading" className="page">
      <h1 id="customers-heading">{i18n.t('customers.title')}</h1>
      <p className="lead">{i18n.t('customers.lead')}</p>
      <Field label={i18n.t('customers.search.label')} className="search">
        {(control) => (
          <input
            {...control}
            type="search"
            value={search}
            onChange={(event) => {
              const q = event.target.value
              navigate(q ? `${path}?${new URLSearchParams({ q })}` : path, { replace: true })
            }}
            placeholder={i18n.t('customers.search.placeholder')}
            autoComplete="off"
          />
        )}
      </Field>
      {customers.isPending ? (
        <p role="status" className="loading">
          {i18n.t('customers.loading')}
        </p>
      ) : all.length === 0 && customers.isError ? (
        <ErrorPanel error={customers.error} onRetry={() => customers.refetch()} />
      ) : (
        <>
          <p role="status" className="result-count">
            {loadingMore
              ? i18n.t('customers.countLoading', { shown: visible.length, loaded: all.length })
              : i18n.t('customers.count', { shown: visible.length, total: all.length })}
          </p>
          {customers.isError ? <ErrorPanel error={customers.error} onRetry={() => fetchNextPage()} /> : null}
          {visible.length === 0 ? (
            <p className="empty">
              {all.length === 0 && !loadingMore
                ? i18n.t('customers.empty')
                : i18n.rich('customers.noMatch', { search: deferredSearch.trim() })}
            </p>
          ) : (
            <CustomerTable customers={visible} />
          )}
        </>
      )}
    </section>
  )
}

function CustomerTable({ customers }: { customers: readonly Customer[] }) {
  if (customers.length <= PLAIN_ROWS) {
    return (
      <CustomerTableShell rowCount={customers.length}>
        {customers.map((customer, index) => (
          <CustomerRow key={customer.id} customer={customer} index={index} />
        ))}
      </CustomerTableShell>
    )
  }
  return (
    <CustomerTableShell rowCount={customers.length}>
      <Suspense
        fallback={customers
          .slice(0, 30)
          .map((customer, index) => <CustomerRow key={customer.id} customer={customer} index={index} />)}
      >
        <VirtualCustomerRows customers={customers} />
      </Suspense>
    </CustomerTableShell>
  )
}
