import { useOfferPrices } from '../../api/offers'
import type { Subscription } from '../../api/subscription-schemas'
import { useI18n } from '../../i18n/i18n'
import { currentTerm, previewQuantityChange, utcDay } from '../../rules/proration'
import { PriceFigures, PriceUnavailable, useMoney } from '../../ui/price-figures'

/**
 * Add licenses in money: the new licenses' charge for the rest of the current term, and the
 * monthly charge before and after, in the customer's currency (src/rules/proration.ts).
 */
export function LicensesPricePreview({
  customerId,
  subscription,
  count,
}: {
  customerId: string
  subscription: Subscription
  count: number
}) {
  const i18n = useI18n()
  const prices = useOfferPrices(customerId, [subscription.offerId])
  const money = useMoney(prices.status === 'ready' ? prices.currency : 'USD')
  const title = i18n.t('price.title')
  const term =
    subscription.termDuration === 'P1M' || subscription.termDuration === 'P1Y' ? subscription.termDuration : undefined
  const end = subscription.commitmentEndDate
  if (prices.status === 'unavailable' || !term || !end) {
    const reason = prices.status === 'unavailable' ? prices.reason : 'no_term'
    return <PriceUnavailable title={title} reason={i18n.t('price.unavailable', { reason })} />
  }
  if (prices.status === 'loading') {
    return (
      <p role="status" className="loading">
        {i18n.t('price.loading')}
      </p>
    )
  }
  const [price = 0] = prices.prices
  const preview = previewQuantityChange({
    from: subscription.quantity,
    to: subscription.quantity + count,
    priced: { pricePerMonth: price, term: currentTerm(end, term) },
    today: utcDay(new Date()),
  })
  return (
    <PriceFigures
      title={title}
      figures={[
        {
          label: i18n.t('price.licenses.charge', { count, days: preview.remainingDays, total: preview.termDays }),
          amount: money.format(preview.charge),
        },
        { label: i18n.t('price.licenses.perMonthBefore'), amount: money.format(subscription.quantity * price) },
        { label: i18n.t('price.licenses.perMonthAfter'), amount: money.format(preview.newPerMonth), total: true },
      ]}
      notes={[i18n.t('price.basis', { currency: prices.currency })]}
    />
  )
}
