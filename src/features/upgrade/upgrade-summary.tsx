import type { Subscription } from '../../api/subscription-schemas'
import { useI18n } from '../../i18n/i18n'
import { UpgradePricePreview } from './price-preview'
import type { TargetOption } from './upgrade-types'

/** "What will happen": the new subscription, the source, the users, billing, and what it costs. */
export function UpgradeSummary({
  customerId,
  subscription,
  selected,
  quantity,
  quantityValid,
  transfer,
}: {
  customerId: string
  subscription: Subscription
  selected: TargetOption | undefined
  quantity: number
  quantityValid: boolean
  transfer: boolean
}) {
  const i18n = useI18n()
  const full = selected ? quantity === subscription.quantity : true
  const remaining = subscription.quantity - (Number.isInteger(quantity) ? quantity : 0)
  const sourceName = subscription.friendlyName || subscription.offerName
  const target = selected?.upgrade.targetOffer
  return (
    <section className="summary" aria-labelledby="upgrade-summary-heading">
      <h3 id="upgrade-summary-heading">{i18n.t('upgrade.summary.title')}</h3>
      {target ? (
        <ul>
          <li>
            {i18n.rich('upgrade.summary.newSubscription', {
              target: target.name,
              quantity: Number.isInteger(quantity) ? quantity : 0,
            })}
          </li>
          <li>
            {full
              ? i18n.rich('upgrade.summary.sourceSuspended', { source: sourceName })
              : i18n.rich('upgrade.summary.sourceReduced', { source: sourceName, remaining: Math.max(remaining, 0) })}
          </li>
          <li>
            {transfer
              ? i18n.rich('upgrade.summary.transfer', { target: target.name })
              : i18n.rich('upgrade.summary.noTransfer', { target: target.name })}
          </li>
          <li>{i18n.rich('upgrade.summary.billing', { source: sourceName })}</li>
          <li>{i18n.t('upgrade.summary.irreversible')}</li>
        </ul>
      ) : (
        <p className="muted">{i18n.t('upgrade.summary.choose')}</p>
      )}
      {target && quantityValid ? (
        <UpgradePricePreview
          customerId={customerId}
          subscription={subscription}
          targetOfferId={target.id}
          targetName={target.name}
          quantity={quantity}
        />
      ) : null}
    </section>
  )
}
