import { queryOptions, useQuery } from '@tanstack/react-query'
import * as z from 'zod/mini'
import { toMinorUnits } from '../rules/proration'
import { apiRequest } from './client'
import { customerQueryOptions } from './customers'
import { queryKeys } from './query-keys'
import { attributes } from './schemas'

/**
 * GET /offers/{offerId}?country=XX: an offer of the customer's market. Partner Center's offers carry
 * no price; the mocked Partner Center adds a DEMO list price (`demoListPrice`, mocks/prices.ts),
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

/** A price per license per month, in the currency's minor unit (see src/rules/proration.ts). */
export interface LicensePrice {
  readonly currency: string
  readonly pricePerMonth: number
}

export async function fetchOfferPrice(
  offerId: string,
  country: string,
  signal?: AbortSignal,
): Promise<LicensePrice | null> {
  const { data } = await apiRequest({
    path: `/offers/${encodeURIComponent(offerId)}?country=${encodeURIComponent(country)}`,
    schema: pricedOfferSchema,
    signal,
  })
  const price = data.demoListPrice
  if (!price) return null
  return { currency: price.currency, pricePerMonth: toMinorUnits(price.unitPricePerMonth, price.currency) }
}

export const offerPriceQueryOptions = (offerId: string, country: string) =>
  queryOptions({
    queryKey: queryKeys.offerPrice(offerId, country),
    queryFn: ({ signal }) => fetchOfferPrice(offerId, country, signal),
    staleTime: 60 * 60 * 1000,
  })

export type OfferPrices =
  | { readonly status: 'loading' }
  /** `no_prices`: the API gives none (Partner Center itself); `failed`: they could not be fetched. */
  | { readonly status: 'unavailable'; readonly reason: 'no_prices' | 'failed' }
  | { readonly status: 'ready'; readonly currency: string; readonly prices: readonly number[] }

/**
 * The prices per license per month of `offerIds` in the customer's market (its billing address's
 * country), all in one currency; unavailable when any is missing or the currencies differ.
 */
export function useOfferPrices(customerId: string, offerIds: readonly string[]): OfferPrices {
  const customer = useQuery(customerQueryOptions(customerId))
  const country = customer.data?.billingProfile?.defaultAddress?.country
  const first = useQuery({ ...offerPriceQueryOptions(offerIds[0] ?? '', country ?? ''), enabled: !!country })
  const second = useQuery({
    ...offerPriceQueryOptions(offerIds[1] ?? '', country ?? ''),
    enabled: !!country && offerIds.length > 1,
  })
  if (customer.isPending) return { status: 'loading' }
  if (customer.isError) return { status: 'unavailable', reason: 'failed' }
  if (!country) return { status: 'unavailable', reason: 'no_prices' }
  const queries = offerIds.length > 1 ? [first, second] : [first]
  if (queries.some((q) => q.isError)) return { status: 'unavailable', reason: 'failed' }
  if (queries.some((q) => q.isPending)) return { status: 'loading' }
  const prices = queries.map((q) => q.data ?? null)
  const currency = prices[0]?.currency
  if (!currency || prices.some((p) => p === null || p.currency !== currency)) {
    return { status: 'unavailable', reason: 'no_prices' }
  }
  return { status: 'ready', currency, prices: prices.map((p) => p?.pricePerMonth ?? 0) }
}
