import { useQuery } from '@tanstack/react-query'
import { useDeferredValue, useId, useMemo, useState } from 'react'
import { Link } from 'wouter'
import { customersQueryOptions } from '../../api/customers'
import { useI18n } from '../../i18n/i18n'
import { ErrorPanel } from '../../ui/error-panel'

/** Step 1 of the article: select the customer, by company name. */
export function CustomerList() {
  const i18n = useI18n()
  const searchId = useId()
  const [search, setSearch] = useState('')
  const deferredSearch = useDeferredValue(search)
  const customers = useQuery(customersQueryOptions())

  const collator = useMemo(() => new Intl.Collator(i18n.locale, { sensitivity: 'base' }), [i18n.locale])
  const visible = useMemo(() => {
    const needle = deferredSearch.trim().toLocaleLowerCase(i18n.locale)
    return (customers.data ?? [])
      .filter((c) => needle === '' || c.companyProfile.companyName.toLocaleLowerCase(i18n.locale).includes(needle))
      .sort((a, b) => collator.compare(a.companyProfile.companyName, b.companyProfile.companyName))
  }, [customers.data, deferredSearch, collator, i18n.locale])

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
          onChange={(event) => setSearch(event.target.value)}
          placeholder={i18n.t('customers.search.placeholder')}
          autoComplete="off"
        />
      </div>
      {customers.isPending ? (
        <p role="status" className="loading">
          {i18n.t('customers.loading')}
        </p>
      ) : customers.isError ? (
        <ErrorPanel error={customers.error} onRetry={() => customers.refetch()} />
      ) : (
        <>
          <p role="status" className="result-count">
            {i18n.t('customers.count', { shown: visible.length, total: customers.data.length })}
          </p>
          {visible.length === 0 ? (
            <p className="empty">
              {customers.data.length === 0
                ? i18n.t('customers.empty')
                : i18n.t('customers.noMatch', { search: deferredSearch.trim() })}
            </p>
          ) : (
            <div className="table-wrap">
              <table className="table">
                <caption className="visually-hidden">{i18n.t('customers.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{i18n.t('customers.col.company')}</th>
                    <th scope="col">{i18n.t('customers.col.domain')}</th>
                    <th scope="col">{i18n.t('customers.col.relationship')}</th>
                    <th scope="col">{i18n.t('customers.col.delegatedAdmin')}</th>
                  </tr>
                </thead>
                <tbody>
                  {visible.map((customer) => (
                    <tr key={customer.id}>
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
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  )
}
