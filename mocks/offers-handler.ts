import { findOffer } from '../src/rules/offers'
import { MOCK_ERROR_CODES as CODES, fail } from './errors'
import type { Route } from './handlers'
import { wireOffer } from './wire'

/**
 * GET /v1/offers/{offerId}?country=XX: Partner Center's offer of a market. The mock's offers
 * carry a demo list price for the demo markets (mocks/prices.ts); Partner Center's carry none.
 */
export const offerRoute: Route = ({ params, url }) => {
  const country = url.searchParams.get('country')?.trim().toUpperCase() ?? ''
  if (!/^[A-Z]{2}$/.test(country)) {
    fail(400, CODES.invalidInput, 'country is required: the two-letter code of the market, e.g. ?country=US.')
  }
  const offer = findOffer(params.offerId ?? '')
  if (!offer) fail(404, CODES.notFound, 'Offer not found.')
  return { status: 200, body: wireOffer(offer, country) }
}
