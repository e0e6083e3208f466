import { findOffer, OFFERS } from '../src/rules/offers'
import { MOCK_ERROR_CODES as CODES, fail } from './errors'
import type { Route } from './middleware'
import { collection, link, wireOffer } from './wire'

/**
 * GET /v1/offers?country=XX and /v1/offers/{offerId}?country=XX: Partner Center's offers of a market. The mock's offers
 * carry a demo list price for the demo markets (mocks/prices.ts); Partner Center's carry none.
 */
function requireCountry(url: URL): string {
  const country = url.searchParams.get('country')?.trim().toUpperCase() ?? ''
  if (!/^[A-Z]{2}$/.test(country)) {
    fail(400, CODES.invalidInput, 'country is required: the two-letter code of the market, e.g. ?country=US.')
  }
  return country
}

/** GET /v1/offers?country=XX: the market's whole catalog (the mock's is small: one page). */
export const offersRoute: Route = ({ url }) => {
  const country = requireCountry(url)
  return {
    status: 200,
    body: collection(
      OFFERS.map((offer) => wireOffer(offer, country)),
      link(`/offers?country=${country}`),
    ),
  }
}

export const offerRoute: Route = ({ params, url }) => {
  const country = requireCountry(url)
  const offer = findOffer(params.offerId ?? '')
  if (!offer) fail(404, CODES.notFound, 'Offer not found.')
  return { status: 200, body: wireOffer(offer, country) }
}
