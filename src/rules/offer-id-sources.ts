import type { OFFER_IDS } from './offers'

/**
 * Where each offer id is published.
 *
 * OFFERS_RESPONSE: Microsoft's own recording of Partner Center's answer to
 * `GET /v1/offers?country=US` (274 offers), in github.com/microsoft/Partner-Center-PowerShell,
 * test/PowerShell.UnitTests/SessionRecords/GetPartnerOffer.json (commit 8fbf334, February 2021).
 * It lists the offers under their names of the time; each entry's product id is the SKU id below,
 * which ties it to today's name (April 2020 renames: Office 365 Business -> Microsoft 365 Apps for
 * business, Business Essentials -> Business Basic, Business Premium -> Business Standard,
 * Microsoft 365 Business -> Business Premium, ProPlus -> Microsoft 365 Apps for enterprise).
 */
const OFFERS_RESPONSE =
  'github.com/microsoft/Partner-Center-PowerShell/blob/8fbf3346cf8b86a8214389b29e725efcba14702c/test/PowerShell.UnitTests/SessionRecords/GetPartnerOffer.json'

export interface OfferIdSource {
  /** False: no public source confirms the id; it is a placeholder of this product. */
  readonly confirmed: boolean
  readonly source: string
}

export const OFFER_ID_SOURCES: Readonly<Record<keyof typeof OFFER_IDS, OfferIdSource>> = {
  appsForBusiness: { confirmed: true, source: `${OFFERS_RESPONSE} ("Office 365 Business", product CDD28E44…)` },
  businessBasic: {
    confirmed: true,
    source: `${OFFERS_RESPONSE} ("Office 365 Business Essentials", product 3B555118…); also a prerequisite offer in learn.microsoft.com/partner-center/developer/get-addon-offers-by-offer-id`,
  },
  businessStandard: {
    confirmed: true,
    source: `${OFFERS_RESPONSE} ("Office 365 Business Premium", product F245ECC8…); also the target offer of learn.microsoft.com/partner-center/developer/convert-a-trial-subscription-to-paid`,
  },
  businessPremium: { confirmed: true, source: `${OFFERS_RESPONSE} ("Microsoft 365 Business", product CBDC14AB…)` },
  appsForEnterprise: { confirmed: true, source: `${OFFERS_RESPONSE} ("Office 365 ProPlus", product C2273BD0…)` },
  e1: { confirmed: true, source: `${OFFERS_RESPONSE} ("Office 365 Enterprise E1", product 18181A46…)` },
  e3: {
    confirmed: true,
    source: `learn.microsoft.com/partner-center/developer/transition-a-subscription (the upgrade example's target offer, "Office 365 Enterprise E3"); ${OFFERS_RESPONSE} (product 6FD2C87F…)`,
  },
  e5: { confirmed: true, source: `${OFFERS_RESPONSE} ("Office 365 Enterprise E5", product C7DF2760…)` },
  appsForBusinessIndia: {
    confirmed: false,
    source: 'Not confirmed: no public source lists the India-only offers; placeholder id of this product.',
  },
  businessBasicIndia: {
    confirmed: false,
    source: 'Not confirmed: no public source lists the India-only offers; placeholder id of this product.',
  },
  businessStandardIndia: {
    confirmed: false,
    source: 'Not confirmed: no public source lists the India-only offers; placeholder id of this product.',
  },
  audioConferencing: {
    confirmed: true,
    source: `${OFFERS_RESPONSE} ("Audio Conferencing", add-on, product 0C266DFF…)`,
  },
  exchangeArchivingAddOn: {
    confirmed: true,
    source: `learn.microsoft.com/partner-center/developer/get-addon-offers-by-offer-id (add-on of Exchange Online (Plan 1)); ${OFFERS_RESPONSE} (product EE02FD1B…)`,
  },
  exchangePlan1: {
    confirmed: true,
    source: `${OFFERS_RESPONSE} ("Exchange Online (Plan 1)", product 4B9405B0…); learn.microsoft.com/partner-center/developer/change-the-billing-cycle`,
  },
}
