import { queryOptions, useQuery } from '@tanstack/react-query'
import * as z from 'zod/mini'
import { toMinorUnits } from '../rules/proration'
import { apiRequest } from './client'
import { customerQueryOptions } from './customer'
import { queryKeys } from './query-keys'
import { attributes, collectionSchema } from './schemas'

/**
 * GET /offers?country=XX: the offers of the customer's market. Partner Center's offers carry no
 * price; the mocked Partner Center adds a DEMO list price (`demoListPrice`, mocks/prices.ts),
 * which is the only price this console ever shows.
 */
const demoListPriceSchema = z.looseObject({
  currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
  unitPricePerMonth: z.number().check(z.nonnegative()),
  isDemoPrice: z.optional(z.boolean()),
})

export const pricedOfferSchema = z.looseObject({
  id: z.string(),
  name: z.optional(z.string()),
  country: z.optional(z.string()),
  demoListPrice: z.optional(demoListPriceSchema),
  attributes: z.optional(attributes),
})

const pricedOfferCollectionSchema = collectionSchema(pricedOfferSchema)

/** A price per license per month, in the currency's minor unit (see src/rules/proration.ts). */
export interface LicensePrice {
  readonly currency: string
  readonly pricePerMonth: number
}

/** The market's prices by upper-case offer id (empty when the API gives none). */
export async function fetchMarketPrices(country: string, signal?: AbortSignal): Promise<Map<string, LicensePrice>> {
  const { data } = await apiRequest({
    path: `/offers?country=${encodeURIComponent(country)}`,
    schema: pricedOfferCollectionSchema,
    signal,
  })
  const prices = new Map<string, LicensePrice>()
  for (const offer of data.items) {
    const price = offer.demoListPrice
    if (price) {
      prices.set(offer.id.toUpperCase(), {
        currency: price.currency,
        pricePerMonth: toMinorUnits(price.unitPricePerMonth, price.currency),
      })
    }
  }
  return prices
}

export const marketPricesQueryOptions = (country: string) =>
  queryOptions({
    queryKey: queryKeys.marketPrices(country),
    queryFn: ({ signal }) => fetchMarketPrices(country, signal),
    staleTime: 60 * 60 * 1000,
  })

export type OfferPrices =
  | { readonly status: 'loading' }
  /** `no_prices`: the API gives none (Partner Center itself); `failed`: they could not be fetched. */
  | { readonly status: 'unavailable'; readonly reason: 'no_prices' | 'failed' }
  | { readonly status: 'ready'; readonly currency: string; readonly prices: readonly number[] }

/**
 * The prices per license per month of `offerIds` in the customer's market (its billing address's
 * country), all in one currency; unavailable when any is missing or the currencies differ. The
 * customer page calls it with no offers, so that the market's prices are in before a dialog opens.
 */
export function useOfferPrices(customerId: string, offerIds: readonly string[]): OfferPrices {
  const customer = useQuery(customerQueryOptions(customerId))
  const country = customer.data?.billingProfile?.defaultAddress?.country
  const market = useQuery({ ...marketPricesQueryOptions(country ?? ''), enabled: !!country })
  if (customer.isPending) return { status: 'loading' }
  if (customer.isError) return { status: 'unavailable', reason: 'failed' }
  if (!country) return { status: 'unavailable', reason: 'no_prices' }
  if (market.isError) return { status: 'unavailable', reason: 'failed' }
  if (market.isPending) return { status: 'loading' }
  const prices = offerIds.map((id) => market.data.get(id.toUpperCase()))
  const currency = prices[0]?.currency
  if (!currency || prices.some((p) => p === undefined || p.currency !== currency)) {
    return { status: 'unavailable', reason: 'no_prices' }
  }
  return { status: 'ready', currency, prices: prices.map((p) => p?.pricePerMonth ?? 0) }
}
