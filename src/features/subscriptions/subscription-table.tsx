import type { Subscription } from '../../api/schemas'
import { useI18n } from '../../i18n/i18n'
import type { SubscriptionEligibility } from '../../rules/eligibility'
import { quantityLimits } from '../../rules/quantity'
import { StatusBadge } from '../../ui/status-badge'
import { BlockedReasons } from './blocked-reasons'
import { UpgradeInfo } from './upgrade-info'

export interface RowActions {
  onUpgrade(subscription: Subscription): void
  onAddLicenses(subscription: Subscription): void
  /** Where focus goes back after a dialog opened from this row closes. */
  registerTrigger(subscriptionId: string, kind: 'upgrade' | 'licenses', element: HTMLElement | null): void
}

/** Step 1's list of subscriptions: name (with the info icon), offer, quantity, status, billing, term end. */
export function SubscriptionTable({
  subscriptions,
  eligibility,
  canManage,
  actions,
}: {
  subscriptions: readonly Subscription[]
  eligibility: ReadonlyMap<string, SubscriptionEligibility>
  canManage: boolean
  actions: RowActions
}) {
  const i18n = useI18n()
  const names = new Map(subscriptions.map((s) => [s.id, s.friendlyName || s.offerName]))
  return (
    <div className="table-wrap">
      <table className="table subscriptions">
        <caption className="visually-hidden">{i18n.t('subscriptions.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{i18n.t('subscriptions.col.name')}</th>
            <th scope="col">{i18n.t('subscriptions.col.offer')}</th>
            <th scope="col" className="numeric">
              {i18n.t('subscriptions.col.quantity')}
            </th>
            <th scope="col">{i18n.t('subscriptions.col.status')}</th>
            <th scope="col">{i18n.t('subscriptions.col.billing')}</th>
            <th scope="col">{i18n.t('subscriptions.col.termEnd')}</th>
            {canManage ? <th scope="col">{i18n.t('subscriptions.col.actions')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {subscriptions.map((subscription) => {
            const name = subscription.friendlyName || subscription.offerName
            const rowEligibility = eligibility.get(subscription.id)
            const eligibleCount = rowEligibility?.targets.filter((t) => t.isEligible).length ?? 0
            const limits = quantityLimits(subscription.offerId)
            const canAdd =
              canManage &&
              subscription.status === 'active' &&
              limits !== undefined &&
              subscription.quantity < limits.maximum
            return (
              <tr key={subscription.id} data-status={subscription.status}>
                <th scope="row" className="cell-name">
                  <span>
                    <span className="subscription-name">{name}</span>
                    {canManage && rowEligibility?.canUpgrade ? (
                      <UpgradeInfo
                        subscriptionName={name}
                        eligibleCount={eligibleCount}
                        onUpgrade={() => actions.onUpgrade(subscription)}
                        triggerRef={(el) => actions.registerTrigger(subscription.id, 'upgrade', el)}
                      />
                    ) : null}
                  </span>
                  {subscription.parentSubscriptionId ? (
                    <span className="secondary">
                      {i18n.t('subscriptions.addOnOf', {
                        parent: names.get(subscription.parentSubscriptionId) ?? subscription.parentSubscriptionId,
                      })}
                    </span>
                  ) : null}
                </th>
                <td className="cell-wrap">{subscription.offerName}</td>
                <td className="numeric">{i18n.formatNumber(subscription.quantity)}</td>
                <td>
                  <StatusBadge status={subscription.status} />
                  {subscription.suspensionReasons?.length ? (
                    <span className="secondary">
                      {subscription.suspensionReasons
                        .map((reason) => i18n.t('subscriptions.suspensionReason', { reason }))
                        .join(', ')}
                    </span>
                  ) : null}
                </td>
                <td>
                  {i18n.t('billing.cycle', { cycle: subscription.billingCycle ?? 'unknown' })}
                  <span className="secondary">
                    {i18n.t('billing.term', { term: subscription.termDuration ?? 'unknown' })}
                  </span>
                </td>
                <td>{i18n.formatDate(subscription.commitmentEndDate)}</td>
                {canManage ? (
                  <td>
                    <div className="row-actions">
                      {canAdd ? (
                        <button
                          type="button"
                          className="button button-small"
                          ref={(el) => actions.registerTrigger(subscription.id, 'licenses', el)}
                          aria-label={i18n.t('licenses.open.label', { name })}
                          onClick={() => actions.onAddLicenses(subscription)}
                        >
                          {i18n.t('licenses.open')}
                        </button>
                      ) : null}
                      {rowEligibility && !rowEligibility.canUpgrade ? (
                        <BlockedReasons subscriptionName={name} eligibility={rowEligibility} />
                      ) : null}
                    </div>
                  </td>
                ) : null}
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
