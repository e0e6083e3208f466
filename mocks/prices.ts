import type { OfferDefinition } from '../src/rules/offers'
import type { Database } from './db'
import type { Scenario } from './scenario'

/**
 * DEMO list prices of the mock's offers: per license per month, for each market of the demo
 * customers, in its currency. They are made up for this demo (roughly the US list price converted
 * and rounded), are NOT Microsoft's prices, and Partner Center's offers carry no price at all: a
 * live backend gives none, and the console then hides amounts (docs/scenarios.md, "Demo prices").
 *
 * Keyed by the offer's SKU part number, a stable catalog key (offer ids differ between the demo
 * catalog and Microsoft's), and by market (ISO 3166 country code).
 */
export const DEMO_MARKET_CURRENCIES = {
  US: 'USD',
  IN: 'INR',
  SE: 'SEK',
  HU: 'HUF',
  NL: 'EUR',
  TR: 'TRY',
  CN: 'CNY',
} as const

export type DemoMarket = keyof typeof DEMO_MARKET_CURRENCIES

type PriceRow = Readonly<Partial<Record<DemoMarket, number>>>

/** Per license per month, in the market's currency (major units). India variants sell in India only. */
export const DEMO_PRICES: Readonly<Record<string, PriceRow>> = {
  O365_BUSINESS: { US: 8.25, IN: 685, SE: 90, HU: 3010, NL: 7.8, TR: 280, CN: 59 },
  O365_BUSINESS_ESSENTIALS: { US: 6, IN: 498, SE: 65, HU: 2190, NL: 5.6, TR: 204, CN: 43 },
  O365_BUSINESS_PREMIUM: { US: 12.5, IN: 1038, SE: 136, HU: 4560, NL: 11.8, TR: 425, CN: 90 },
  SPB: { US: 22, IN: 1826, SE: 240, HU: 8030, NL: 20.7, TR: 748, CN: 158 },
  OFFICESUBSCRIPTION: { US: 12, IN: 996, SE: 131, HU: 4380, NL: 11.3, TR: 408, CN: 86 },
  STANDARDPACK: { US: 10, IN: 830, SE: 109, HU: 3650, NL: 9.4, TR: 340, CN: 72 },
  ENTERPRISEPACK: { US: 23, IN: 1909, SE: 251, HU: 8400, NL: 21.6, TR: 782, CN: 166 },
  ENTERPRISEPREMIUM: { US: 38, IN: 3154, SE: 414, HU: 13870, NL: 35.7, TR: 1292, CN: 274 },
  MCOMEETADV: { US: 4, IN: 332, SE: 44, HU: 1460, NL: 3.8, TR: 136, CN: 29 },
  EXCHANGEARCHIVE_ADDON: { US: 3, IN: 249, SE: 33, HU: 1100, NL: 2.8, TR: 102, CN: 22 },
  EXCHANGESTANDARD: { US: 4, IN: 332, SE: 44, HU: 1460, NL: 3.8, TR: 136, CN: 29 },
  O365_BUSINESS_IN: { IN: 600 },
  O365_BUSINESS_ESSENTIALS_IN: { IN: 145 },
  O365_BUSINESS_PREMIUM_IN: { IN: 770 },
}

export function isDemoMarket(value: string): value is DemoMarket {
  return Object.hasOwn(DEMO_MARKET_CURRENCIES, value)
}

/** The price an Offer of the mock carries (Partner Center's offers have no such field). */
export interface WireDemoPrice {
  readonly market: DemoMarket
  readonly currency: string
  /** Per license per month, in major units of `currency`. */
  readonly unitPricePerMonth: number
  readonly isDemoPrice: true
  readonly note: string
}

export const DEMO_PRICE_NOTE = 'Demo list price of the mocked Partner Center; not a Microsoft price.'

export function demoPrice(offer: OfferDefinition, market: string): WireDemoPrice | undefined {
  if (!isDemoMarket(market)) return undefined
  const amount = DEMO_PRICES[offer.skuPartNumber]?.[market]
  if (amount === undefined) return undefined
  return {
    market,
    currency: DEMO_MARKET_CURRENCIES[market],
    unitPricePerMonth: amount,
    isDemoPrice: true,
    note: DEMO_PRICE_NOTE,
  }
}

const marketsByScenario = new WeakMap<Scenario, Map<string, string>>()

/** A customer's market: its scenario's `country`, else IN for a `.in` domain, else US. */
export function customerMarket(db: Database, customerId: string): string {
  let markets = marketsByScenario.get(db.scenario)
  if (!markets) {
    markets = new Map(
      db.scenario.customers.map((c) => [
        c.id.toLowerCase(),
        c.country ?? (c.companyProfile.domain.toLowerCase().endsWith('.in') ? 'IN' : 'US'),
      ]),
    )
    marketsByScenario.set(db.scenario, markets)
  }
  return markets.get(customerId.toLowerCase()) ?? 'US'
}
