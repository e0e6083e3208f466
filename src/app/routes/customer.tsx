import * as Tooltip from '@radix-ui/react-tooltip'
import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react'
import { isApiError, isNoRelationship } from '../../api/errors'
import type { Subscription } from '../../api/subscription-schemas'
import { RecentActivity } from '../../features/activity/recent-activity'
import { CustomerFacts, CustomerHeader } from '../../features/customers/customer-header'
import { NoRelationship } from '../../features/customers/no-relationship'
import { CustomerNotices } from '../../features/subscriptions/customer-notices'
import { CustomerSubscriptions, focusFirstSubscription } from '../../features/subscriptions/customer-subscriptions'
import { useCustomerSubscriptions } from '../../features/subscriptions/use-customer-subscriptions'
import { useI18n } from '../../i18n/i18n'
import { focusIfLost } from '../../ui/focus'
import { useTriggeredDialog } from '../../ui/use-triggered-dialog'
import { useSession } from '../session'
import { CustomerDialogs } from './customer-dialogs'

/** A customer's page: its subscriptions, the upgrade flow and add licenses, composed here. */
export function CustomerRoute({ customerId }: { customerId: string }) {
  const i18n = useI18n()
  const { role } = useSession()
  const page = useCustomerSubscriptions(customerId, role)
  const heading = useRef<HTMLHeadingElement>(null)
  const tableArea = useRef<HTMLDivElement>(null)
  // After a dialog, focus goes back to the control that opened it, or to the heading.
  const dialogs = useTriggeredDialog<'upgrade' | 'licenses', Subscription>(heading)
  const [done, setDone] = useState<ReactNode>(null)
  const { open, close, registerTrigger } = dialogs
  const actions = useMemo(
    () => ({
      onUpgrade: (subscription: Subscription) => {
        setDone(null)
        open('upgrade', subscription.id, subscription)
      },
      onAddLicenses: (subscription: Subscription) => {
        setDone(null)
        open('licenses', subscription.id, subscription)
      },
      registerTrigger,
    }),
    [open, registerTrigger],
  )
  // Opening a customer (by keyboard too) puts focus on its page's heading, not on the body: only
  // when focus was lost with the page that opened it, never taken from what holds it (the tour's card).
  // biome-ignore lint/correctness/useExhaustiveDependencies: again for each customer the route shows
  useEffect(() => focusIfLost(heading.current), [customerId])

  const { error, customer } = page
  if (isNoRelationship(error) && isApiError(error)) return <NoRelationship customerId={customerId} error={error} />
  const title = customer?.companyProfile.companyName ?? i18n.t('customer.loadingName')
  return (
    <Tooltip.Provider delayDuration={250} skipDelayDuration={300}>
      <section className="page" aria-labelledby="customer-heading">
        <CustomerHeader
          title={title}
          headingRef={heading}
          onSkip={page.hasSubscriptions ? () => focusFirstSubscription(tableArea.current) : undefined}
        />
        {customer ? <CustomerFacts customer={customer} /> : null}
        <CustomerNotices customer={customer} role={role} canManage={page.canManage} done={done} />
        <CustomerSubscriptions page={page} actions={actions} areaRef={tableArea} />
        {customer && !error ? (
          <RecentActivity customerId={customerId} customerName={customer.companyProfile.companyName} />
        ) : null}
        <CustomerDialogs
          customerId={customerId}
          opened={dialogs.opened}
          eligibility={page.eligibility}
          onOpenChange={dialogs.onOpenChange}
          returnFocus={dialogs.returnFocus}
          onDone={(notice) => {
            close()
            setDone(notice)
          }}
        />
      </section>
    </Tooltip.Provider>
  )
}
