import { useOfferPrices } from '../../api/offers'
import type { Subscription } from '../../api/subscription-schemas'
import { useI18n } from '../../i18n/i18n'
import { currentTerm, newTerm, previewUpgrade, type TermDurationCode, utcDay } from '../../rules/proration'
import { PriceFigures, PriceUnavailable, useMoney } from '../../ui/price-figures'

function termOf(subscription: Subscription): TermDurationCode | undefined {
  const term = subscription.termDuration
  return term === 'P1M' || term === 'P1Y' ? term : undefined
}

/**
 * "What will happen" in money: the credit for the moved licenses' remaining days, the new
 * subscription's charge for its term and per month, and the net change, in the customer's
 * currency (src/rules/proration.ts). Without prices from the API (Partner Center gives none), says so.
 */
export function UpgradePricePreview({
  customerId,
  subscription,
  targetOfferId,
  targetName,
  quantity,
  title,
}: {
  customerId: string
  /** The source as it was before the upgrade. */
  subscription: Subscription
  targetOfferId: string
  targetName: string
  quantity: number
  title?: string
}) {
  const i18n = useI18n()
  const prices = useOfferPrices(customerId, [subscription.offerId, targetOfferId])
  const term = termOf(subscription)
  const money = useMoney(prices.status === 'ready' ? prices.currency : 'USD')
  const heading = title ?? i18n.t('price.title')
  const end = subscription.commitmentEndDate
  if (prices.status === 'unavailable' || !term || !end) {
    const reason = prices.status === 'unavailable' ? prices.reason : 'no_term'
    return <PriceUnavailable title={heading} reason={i18n.t('price.unavailable', { reason })} />
  }
  if (prices.status === 'loading') {
    return (
      <p role="status" className="loading">
        {i18n.t('price.loading')}
      </p>
    )
  }
  const today = new Date()
  const [sourcePrice = 0, targetPrice = 0] = prices.prices
  const preview = previewUpgrade({
    licenses: quantity,
    source: { pricePerMonth: sourcePrice, term: currentTerm(end, term) },
    target: { pricePerMonth: targetPrice, term: newTerm(today, term) },
    today: utcDay(today),
  })
  const source = subscription.friendlyName || subscription.offerName
  return (
    <PriceFigures
      title={heading}
      figures={[
        {
          label: i18n.t('price.credit', {
            quantity,
            source,
            days: preview.remainingDays,
            total: preview.termDays,
          }),
          amount: money.signed(-preview.credit),
        },
        { label: i18n.t('price.charge', { target: targetName, term }), amount: money.format(preview.charge) },
        { label: i18n.t('price.perMonth', { target: targetName }), amount: money.format(preview.perMonth) },
        { label: i18n.t('price.net'), amount: money.signed(preview.net), total: true },
      ]}
      notes={[i18n.t('price.basis', { currency: prices.currency })]}
    />
  )
}
