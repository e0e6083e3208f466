import { useQuery } from '@tanstack/react-query'
import { useCallback, useMemo, useRef, useState } from 'react'
import { Link } from 'wouter'
import { toCustomerFacts } from '../api/customer-facts'
import { customerQueryOptions } from '../api/customers'
import type { Subscription } from '../api/schemas'
import { subscribedSkusQueryOptions, subscriptionsQueryOptions } from '../api/subscriptions'
import { AddLicensesDialog } from '../features/licenses/add-licenses-dialog'
import { SubscriptionTable } from '../features/subscriptions/subscription-table'
import { UpgradeDialog } from '../features/upgrade/upgrade-dialog'
import { useI18n } from '../i18n/i18n'
import { evaluateCustomer } from '../rules/eligibility'
import { canManageSubscriptions } from '../rules/roles'
import { ErrorPanel } from '../ui/error-panel'
import { useSession } from './session'

type OpenDialog =
  | { readonly kind: 'upgrade'; readonly subscription: Subscription; readonly key: number }
  | { readonly kind: 'licenses'; readonly subscription: Subscription; readonly key: number }

/** A customer's page: its subscriptions, the upgrade flow and add licenses, composed here. */
export function CustomerRoute({ customerId }: { customerId: string }) {
  const i18n = useI18n()
  const { role } = useSession()
  const canManage = canManageSubscriptions(role)
  const customer = useQuery(customerQueryOptions(customerId))
  const subscriptions = useQuery(subscriptionsQueryOptions(customerId))
  const skus = useQuery(subscribedSkusQueryOptions(customerId))
  const [dialog, setDialog] = useState<OpenDialog | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const triggers = useRef(new Map<string, HTMLElement>())
  const heading = useRef<HTMLHeadingElement>(null)
  const dialogCount = useRef(0)

  // Eligibility for every row, computed once per data change (not per render, not per row).
  const eligibility = useMemo(() => {
    if (!customer.data || !subscriptions.data || !skus.data) return new Map()
    return evaluateCustomer(toCustomerFacts(customer.data, subscriptions.data, skus.data), role)
  }, [customer.data, subscriptions.data, skus.data, role])

  const registerTrigger = useCallback((id: string, kind: 'upgrade' | 'licenses', element: HTMLElement | null) => {
    const key = `${kind}:${id}`
    if (element) triggers.current.set(key, element)
    else triggers.current.delete(key)
  }, [])

  const actions = useMemo(
    () => ({
      onUpgrade: (subscription: Subscription) => {
        setNotice(null)
        dialogCount.current += 1
        setDialog({ kind: 'upgrade', subscription, key: dialogCount.current })
      },
      onAddLicenses: (subscription: Subscription) => {
        setNotice(null)
        dialogCount.current += 1
        setDialog({ kind: 'licenses', subscription, key: dialogCount.current })
      },
      registerTrigger,
    }),
    [registerTrigger],
  )

  // After a dialog, focus goes back to the control that opened it, or to the heading if the row
  // changed so much that the control is gone (a fully upgraded row loses its info icon).
  const returnFocus = (kind: 'upgrade' | 'licenses', id: string) => () =>
    triggers.current.get(`${kind}:${id}`) ?? heading.current

  const error = customer.error ?? subscriptions.error ?? skus.error
  const companyName = customer.data?.companyProfile.companyName

  return (
    <section className="page" aria-labelledby="customer-heading">
      <nav aria-label={i18n.t('nav.breadcrumb')} className="breadcrumb">
        <Link href="/">{i18n.t('customers.title')}</Link>
        <span aria-hidden="true"> / </span>
        <span aria-current="page">{companyName ?? i18n.t('customer.loadingName')}</span>
      </nav>
      <h1 id="customer-heading" ref={heading} tabIndex={-1}>
        {companyName ?? i18n.t('customer.loadingName')}
      </h1>
      {customer.data ? (
        <dl className="customer-facts">
          <div>
            <dt>{i18n.t('customer.domain')}</dt>
            <dd>{customer.data.companyProfile.domain ?? '—'}</dd>
          </div>
          <div>
            <dt>{i18n.t('customer.relationship')}</dt>
            <dd>{i18n.t('relationship', { value: customer.data.relationshipToPartner ?? 'none' })}</dd>
          </div>
          <div>
            <dt>{i18n.t('customer.delegatedAdmin')}</dt>
            <dd>
              {customer.data.allowDelegatedAccess
                ? i18n.t('customers.delegatedAdmin.on')
                : i18n.t('customers.delegatedAdmin.off')}
            </dd>
          </div>
        </dl>
      ) : null}

      {!canManage ? (
        <p className="notice" role="note">
          {i18n.t('customer.readOnly', { role: i18n.t(`role.${role}`) })}
        </p>
      ) : null}
      {customer.data && !customer.data.allowDelegatedAccess && canManage ? (
        <p className="notice notice-warning" role="note">
          {i18n.t('customer.noDelegatedAdmin')}
        </p>
      ) : null}
      <div aria-live="polite" className="live-region">
        {notice ? <p className="notice notice-success">{notice}</p> : null}
      </div>

      <h2>{i18n.t('subscriptions.title')}</h2>
      {error ? (
        <ErrorPanel
          error={error}
          onRetry={() => {
            void customer.refetch()
            void subscriptions.refetch()
            void skus.refetch()
          }}
        />
      ) : !subscriptions.data || !customer.data || !skus.data ? (
        <p role="status" className="loading">
          {i18n.t('subscriptions.loading')}
        </p>
      ) : subscriptions.data.length === 0 ? (
        <p className="empty">{i18n.t('subscriptions.empty', { name: customer.data.companyProfile.companyName })}</p>
      ) : (
        <>
          <p className="lead">{canManage ? i18n.t('subscriptions.lead') : i18n.t('subscriptions.leadReadOnly')}</p>
          <SubscriptionTable
            subscriptions={subscriptions.data}
            eligibility={eligibility}
            canManage={canManage}
            actions={actions}
          />
        </>
      )}

      {dialog?.kind === 'upgrade' ? (
        <UpgradeDialog
          key={dialog.key}
          customerId={customerId}
          subscription={dialog.subscription}
          eligibility={eligibility.get(dialog.subscription.id)}
          open
          onOpenChange={(open) => {
            if (!open) setDialog(null)
          }}
          returnFocus={returnFocus('upgrade', dialog.subscription.id)}
        />
      ) : null}
      {dialog?.kind === 'licenses' ? (
        <AddLicensesDialog
          key={dialog.key}
          customerId={customerId}
          subscription={dialog.subscription}
          open
          onOpenChange={(open) => {
            if (!open) setDialog(null)
          }}
          onAdded={(updated, added) => {
            setDialog(null)
            setNotice(
              i18n.t('licenses.done', {
                added,
                name: updated.friendlyName || updated.offerName,
                total: updated.quantity,
              }),
            )
          }}
          returnFocus={returnFocus('licenses', dialog.subscription.id)}
        />
      ) : null}
    </section>
  )
}
