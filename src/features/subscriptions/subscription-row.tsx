import { memo, useMemo } from 'react'
import type { Subscription } from '../../api/subscription-schemas'
import { useI18n } from '../../i18n/i18n'
import type { SubscriptionEligibility } from '../../rules/eligibility'
import { quantityLimits } from '../../rules/quantity'
import { readSubscriptionStatus } from '../../rules/subscription-status'
import { Button } from '../../ui/button'
import { StatusBadge } from '../../ui/status-badge'
import { BlockedReasonsTrigger } from './blocked-reasons'
import { UpgradeInfo } from './upgrade-info'

export interface RowActions {
  onUpgrade(subscription: Subscription): void
  onAddLicenses(subscription: Subscription): void
  /** Where focus goes back after a dialog opened from this row closes. */
  registerTrigger(subscriptionId: string, kind: 'upgrade' | 'licenses', element: HTMLElement | null): void
}

/** The columns' names, which label each cell of a row shown as a card on a phone. */
export interface RowLabels {
  readonly offer: string
  readonly quantity: string
  readonly status: string
  readonly billing: string
  readonly termEnd: string
  readonly actions: string
}

/** Made once per table and language, not once per cell of each row that scrolls into view. */
export function useRowLabels(): RowLabels {
  const i18n = useI18n()
  return useMemo(
    () => ({
      offer: i18n.t('subscriptions.col.offer'),
      quantity: i18n.t('subscriptions.col.quantity'),
      status: i18n.t('subscriptions.col.status'),
      billing: i18n.t('subscriptions.col.billing'),
      termEnd: i18n.t('subscriptions.col.termEnd'),
      actions: i18n.t('subscriptions.col.actions'),
    }),
    [i18n],
  )
}

/** One subscription: its cells, and the actions the agent's role and the rules allow on it. */
export const SubscriptionRow = memo(function SubscriptionRow({
  index,
  subscription,
  parentName,
  eligibility,
  canManage,
  actions,
  labels,
  whyOpen,
  popoverId,
  onWhy,
  servicePending,
  serviceEligible,
}: {
  index: number
  subscription: Subscription
  parentName: string | undefined
  eligibility: SubscriptionEligibility | undefined
  canManage: boolean
  actions: RowActions
  labels: RowLabels
  /** The table's "Why no upgrade?" popover shows this row's reasons. */
  whyOpen: boolean
  popoverId: string
  onWhy: (id: string, name: string, trigger: HTMLElement) => void
  /** An offer the catalog does not know: the service was asked (service-upgrades.ts), and is still
   * answering, or found this many eligible upgrades. Both undefined for a row that does not ask. */
  servicePending?: boolean
  serviceEligible?: number
}) {
  const i18n = useI18n()
  const name = subscription.friendlyName || subscription.offerName
  const canUpgrade = eligibility?.canUpgrade === true || (serviceEligible ?? 0) > 0
  const eligibleCount = serviceEligible ?? eligibility?.targets.filter((t) => t.isEligible).length ?? 0
  const limits = quantityLimits(subscription.offerId)
  const status = readSubscriptionStatus(subscription.status)
  const canAdd = canManage && status === 'active' && limits !== undefined && subscription.quantity < limits.maximum
  return (
    <tr aria-rowindex={index + 2} data-status={status}>
      <th scope="row" className="cell-name">
        {canManage && canUpgrade ? (
          <UpgradableName
            name={name}
            eligibleCount={eligibleCount}
            onUpgrade={() => actions.onUpgrade(subscription)}
            triggerRef={(el) => actions.registerTrigger(subscription.id, 'upgrade', el)}
          />
        ) : (
          <span className="subscription-name">{name}</span>
        )}
        {parentName ? (
          <span className="secondary">{i18n.rich('subscriptions.addOnOf', { parent: parentName })}</span>
        ) : null}
      </th>
      <SubscriptionCells subscription={subscription} labels={labels} />
      {canManage ? (
        <td className="cell-actions" data-label={labels.actions}>
          <div className="row-actions">
            {canAdd ? (
              <Button
                size="small"
                ref={(el) => actions.registerTrigger(subscription.id, 'licenses', el)}
                aria-label={i18n.t('licenses.open.label', { name })}
                onClick={() => actions.onAddLicenses(subscription)}
              >
                {i18n.t('licenses.open')}
              </Button>
            ) : null}
            {eligibility && !canUpgrade && !servicePending ? (
              <BlockedReasonsTrigger
                subscriptionName={name}
                open={whyOpen}
                popoverId={popoverId}
                onToggle={(trigger) => onWhy(subscription.id, name, trigger)}
              />
            ) : null}
          </div>
        </td>
      ) : null}
    </tr>
  )
})

/** The name with the info icon glued to its last word: it stays on that line however the name wraps. */
function UpgradableName({
  name,
  eligibleCount,
  onUpgrade,
  triggerRef,
}: {
  name: string
  eligibleCount: number
  onUpgrade: () => void
  triggerRef: (element: HTMLElement | null) => void
}) {
  const at = name.lastIndexOf(' ')
  return (
    <span className="subscription-name">
      {at < 0 ? '' : name.slice(0, at + 1)}
      <span className="nowrap">
        {at < 0 ? name : name.slice(at + 1)}
        <UpgradeInfo
          subscriptionName={name}
          eligibleCount={eligibleCount}
          onUpgrade={onUpgrade}
          triggerRef={triggerRef}
        />
      </span>
    </span>
  )
}

/** Offer, quantity, status (with suspension reasons), billing and term end. */
function SubscriptionCells({ subscription, labels }: { subscription: Subscription; labels: RowLabels }) {
  const i18n = useI18n()
  return (
    <>
      <td className="cell-wrap" data-label={labels.offer}>
        {subscription.offerName}
      </td>
      <td className="numeric" data-label={labels.quantity}>
        {i18n.formatNumber(subscription.quantity)}
      </td>
      <td data-label={labels.status}>
        <StatusBadge status={subscription.status} />
        {subscription.suspensionReasons?.length ? (
          <span className="secondary">
            {subscription.suspensionReasons
              .map((reason) => i18n.t('subscriptions.suspensionReason', { reason }))
              .join(', ')}
          </span>
        ) : null}
      </td>
      <td className="cell-billing" data-label={labels.billing}>
        {i18n.t('billing.cycle', { cycle: subscription.billingCycle ?? 'unknown' })}
        <span className="secondary">{i18n.t('billing.term', { term: subscription.termDuration ?? 'unknown' })}</span>
      </td>
      <td className="cell-date" data-label={labels.termEnd}>
        {i18n.formatDate(subscription.commitmentEndDate)}
      </td>
    </>
  )
}
