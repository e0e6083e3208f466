import { useInfiniteQuery } from '@tanstack/react-query'
import { useWindowVirtualizer } from '@tanstack/react-virtual'
import { useDeferredValue, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { Link, useLocation, useSearch } from 'wouter'
import { customersQueryOptions } from '../../api/customers'
import type { Customer } from '../../api/schemas'
import { useI18n } from '../../i18n/i18n'
import { ErrorPanel } from '../../ui/error-panel'

/**
 * Step 1 of the article: select the customer, by company name. Pages arrive from the API one after
 * the other (size + continuation token, as Partner Center pages); the first is shown at once and the
 * rest load in the background, so search covers every customer by any part of the name. The table
 * is virtualized for partners with thousands of customers.
 */
export function CustomerList() {
  const i18n = useI18n()
  const searchId = useId()
  const urlSearch = useSearch()
  const [path, navigate] = useLocation()
  const [search, setSearch] = useState(() => new URLSearchParams(urlSearch).get('q') ?? '')
  const deferredSearch = useDeferredValue(search)
  // The back button restores an earlier search.
  const urlQuery = new URLSearchParams(urlSearch).get('q') ?? ''
  useEffect(() => setSearch(urlQuery), [urlQuery])
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
      <div className="search">
        <label htmlFor={searchId}>{i18n.t('customers.search.label')}</label>
        <input
          id={searchId}
          type="search"
          value={search}
          onChange={(event) => {
            setSearch(event.target.value)
            const q = event.target.value
            navigate(q ? `${path}?${new URLSearchParams({ q })}` : path, { replace: true })
          }}
          placeholder={i18n.t('customers.search.placeholder')}
          autoComplete="off"
        />
      </div>
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
                : i18n.t('customers.noMatch', { search: deferredSearch.trim() })}
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
  const i18n = useI18n()
  const body = useRef<HTMLTableSectionElement>(null)
  const [scrollMargin, setScrollMargin] = useState(0)
  useLayoutEffect(() => {
    setScrollMargin((body.current?.getBoundingClientRect().top ?? 0) + window.scrollY)
  }, [])
  const virtualizer = useWindowVirtualizer({
    count: customers.length,
    // Not measured row by row (see the subscription table): rows are one line high.
    estimateSize: () => 45,
    overscan: 15,
    scrollMargin,
    getItemKey: (index) => customers[index]?.id ?? index,
  })
  const items = virtualizer.getVirtualItems()
  const before = items.length > 0 ? (items[0]?.start ?? 0) - scrollMargin : 0
  const after = items.length > 0 ? virtualizer.getTotalSize() - ((items[items.length - 1]?.end ?? 0) - scrollMargin) : 0
  return (
    <div className="table-wrap">
      <table className="table" aria-rowcount={customers.length + 1}>
        <caption className="visually-hidden">{i18n.t('customers.caption')}</caption>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">{i18n.t('customers.col.company')}</th>
            <th scope="col">{i18n.t('customers.col.domain')}</th>
            <th scope="col">{i18n.t('customers.col.relationship')}</th>
            <th scope="col">{i18n.t('customers.col.delegatedAdmin')}</th>
          </tr>
        </thead>
        <tbody ref={body}>
          {before > 0 ? (
            // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a spacer row holds no content and nothing focusable
            <tr aria-hidden="true" className="spacer">
              <td colSpan={4} style={{ height: before }} />
            </tr>
          ) : null}
          {items.map((item) => {
            const customer: Customer | undefined = customers[item.index]
            if (!customer) return null
            return (
              <tr key={item.key} aria-rowindex={item.index + 2}>
                <th scope="row" className="cell-name">
                  <Link href={`/customers/${encodeURIComponent(customer.id)}`}>
                    {customer.companyProfile.companyName}
                  </Link>
                </th>
                <td className="cell-wrap">{customer.companyProfile.domain ?? '—'}</td>
                <td>{i18n.t('relationship', { value: customer.relationshipToPartner ?? 'none' })}</td>
                <td>
                  {customer.allowDelegatedAccess ? (
                    i18n.t('customers.delegatedAdmin.on')
                  ) : (
                    <span className="muted-warning">{i18n.t('customers.delegatedAdmin.off')}</span>
                  )}
                </td>
              </tr>
            )
          })}
          {after > 0 ? (
            // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a spacer row holds no content and nothing focusable
            <tr aria-hidden="true" className="spacer">
              <td colSpan={4} style={{ height: after }} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  )
}
