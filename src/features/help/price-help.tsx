import { useI18n } from '../../i18n/i18n'
import { OFFER_IDS } from '../../rules/offers'
import { currentTerm, fromMinorUnits, newTerm, previewUpgrade } from '../../rules/proration'
import { offerName } from './help-paths'

/** An illustrative upgrade, worked out by the rules themselves (not a price list). */
const EXAMPLE = (() => {
  const today = Date.UTC(2026, 10, 16) / 86_400_000
  const term = currentTerm('2027-01-28', 'P1Y')
  const licenses = 10
  const prices = { old: 600, new: 1250 }
  const preview = previewUpgrade({
    licenses,
    source: { pricePerMonth: prices.old, term },
    target: { pricePerMonth: prices.new, term: newTerm(new Date(today * 86_400_000), 'P1Y') },
    today,
  })
  return { licenses, prices, preview }
})()

/** What the cost preview shows and how it is worked out, with an example the rules compute. */
export function PriceHelp() {
  const i18n = useI18n()
  const usd = new Intl.NumberFormat(i18n.locale, { style: 'currency', currency: 'USD' })
  const money = (minor: number) => usd.format(fromMinorUnits(minor, 'USD'))
  const { licenses, prices, preview } = EXAMPLE
  // Heading, lead and a list of messages, like the help page's steps (duplicates pairs them by
  // shape): the words differ and there is no logic to share.
  return (
    <>
      <h2 id="price-help">{i18n.t('help.price.title')}</h2>
      <p>{i18n.t('help.price.lead')}</p>
      <ul>
        <li>{i18n.t('help.price.credit')}</li>
        <li>{i18n.t('help.price.charge')}</li>
        <li>{i18n.t('help.price.net')}</li>
        <li>{i18n.t('help.price.licenses')}</li>
      </ul>
      <p>
        {i18n.t('help.price.example', {
          licenses,
          source: offerName(OFFER_IDS.businessBasic),
          target: offerName(OFFER_IDS.businessStandard),
          oldPrice: money(prices.old),
          newPrice: money(prices.new),
          days: preview.remainingDays,
          total: preview.termDays,
          credit: money(preview.credit),
          charge: money(preview.charge),
          net: money(preview.net),
        })}
      </p>
      <p>{i18n.t('help.price.demo')}</p>
    </>
  )
}
