import type { ServiceId } from './services'

/**
 * The offer catalog: every offer the article names, the India variants of its footnote, and a
 * few add-ons and standalone offers that the conditions need (add-ons block an upgrade; a
 * standalone Exchange or Apps subscription can hold a service that an upgrade would add).
 *
 * Offer ids are Partner Center's real legacy (license-based) CSP offer ids, so that the demo shows
 * what live mode will show and the rules recognise a real subscription's offer. OFFER_ID_SOURCES
 * (offer-id-sources.ts) records, beside each id, where it is published. Where no public source
 * confirms an id (the India variants), the id is a placeholder and says so: live mode then asks
 * the service (`GET …/upgrades`) for such a subscription rather than trusting the local rules. The
 * SKU ids and part numbers are Microsoft's published ones where one exists.
 */
export type OfferFamily = 'business' | 'enterprise' | 'addon' | 'standalone'

export interface OfferDefinition {
  readonly id: string
  readonly name: string
  readonly description: string
  readonly family: OfferFamily
  readonly isAddOn: boolean
  readonly minimumQuantity: number
  readonly maximumQuantity: number
  readonly services: readonly ServiceId[]
  /** The India variant of the footnote, if this is one. */
  readonly india: boolean
  readonly skuId: string
  readonly skuPartNumber: string
}

/** DOMAIN.md: Microsoft 365 Business plans hold at most 300 licenses. */
export const BUSINESS_SEAT_LIMIT = 300
/** Enterprise plans have no 300 cap; Partner Center's catalog states 10,000,000 for them. */
export const ENTERPRISE_SEAT_LIMIT = 10_000_000

const BASIC: readonly ServiceId[] = ['exchange', 'onedrive', 'sharepoint', 'teams', 'officeWeb']
const APPS: readonly ServiceId[] = ['officeDesktop', 'officeWeb', 'onedrive']
const STANDARD: readonly ServiceId[] = [...BASIC, 'officeDesktop', 'bookings']
const PREMIUM: readonly ServiceId[] = [...STANDARD, 'intune', 'entraIdP1', 'defender']
const E1: readonly ServiceId[] = [...BASIC, 'bookings']
const E3: readonly ServiceId[] = [...E1, 'officeDesktop', 'exchangeArchiving']
const E5: readonly ServiceId[] = [...E3, 'defender', 'phoneSystem', 'audioConferencing', 'powerBiPro']

function business(
  id: string,
  name: string,
  services: readonly ServiceId[],
  sku: [string, string],
  description: string,
  india = false,
): OfferDefinition {
  return {
    id,
    name,
    description,
    family: 'business',
    isAddOn: false,
    minimumQuantity: 1,
    maximumQuantity: BUSINESS_SEAT_LIMIT,
    services,
    india,
    skuId: sku[0],
    skuPartNumber: sku[1],
  }
}

function enterprise(
  id: string,
  name: string,
  services: readonly ServiceId[],
  sku: [string, string],
  description: string,
): OfferDefinition {
  return {
    id,
    name,
    description,
    family: 'enterprise',
    isAddOn: false,
    minimumQuantity: 1,
    maximumQuantity: ENTERPRISE_SEAT_LIMIT,
    services,
    india: false,
    skuId: sku[0],
    skuPartNumber: sku[1],
  }
}

export const OFFER_IDS = {
  appsForBusiness: '5C9FD4CC-EDCE-44A8-8E91-07DF09744609',
  businessBasic: 'BD938F12-058F-4927-BBA3-AE36B1D2501C',
  businessStandard: '031C9E47-4802-4248-838E-778FB1D2CC05',
  businessPremium: '61795CAB-2ABD-43F6-88E9-C9ADAE5746E0',
  appsForEnterprise: 'BE57FF4C-100C-4F1F-B82D-F1C5AB63A665',
  e1: '91FD106F-4B2C-4938-95AC-F54F74E9A239',
  e3: '796B6B5F-613C-4E24-A17C-EBA730D49C02',
  e5: 'A044B16A-1861-4308-8086-A3A3B506FAC2',
  appsForBusinessIndia: '5A1C2D3E-0101-4B6F-9C11-000000000101',
  businessBasicIndia: '5A1C2D3E-0102-4B6F-9C11-000000000102',
  businessStandardIndia: '5A1C2D3E-0103-4B6F-9C11-000000000103',
  audioConferencing: 'C94271D8-B431-4A25-A3C5-A57737A1C909',
  exchangeArchivingAddOn: '2828BE95-46BA-4F91-B2FD-0BEF192ECF60',
  exchangePlan1: '195416C1-3447-423A-B37B-EE59A99A19C4',
} as const

export type KnownOfferKey = keyof typeof OFFER_IDS

export const OFFERS: readonly OfferDefinition[] = [
  business(
    OFFER_IDS.appsForBusiness,
    'Microsoft 365 Apps for business',
    APPS,
    ['cdd28e44-67e3-425e-be4c-737fab2899d3', 'O365_BUSINESS'],
    'Desktop and web Office apps with 1 TB of cloud storage, no business email.',
  ),
  business(
    OFFER_IDS.businessBasic,
    'Microsoft 365 Business Basic',
    BASIC,
    ['3b555118-da6a-4418-894f-7df1e2096870', 'O365_BUSINESS_ESSENTIALS'],
    'Business email, Teams, SharePoint, OneDrive and Office for the web.',
  ),
  business(
    OFFER_IDS.businessStandard,
    'Microsoft 365 Business Standard',
    STANDARD,
    ['f245ecc8-75af-4f8e-b61f-27d8114de5f3', 'O365_BUSINESS_PREMIUM'],
    'Everything in Business Basic plus the desktop Office apps and Bookings.',
  ),
  business(
    OFFER_IDS.businessPremium,
    'Microsoft 365 Business Premium',
    PREMIUM,
    ['cbdc14ab-d96c-4c30-b9f4-6ada7cdc1d46', 'SPB'],
    'Everything in Business Standard plus device management and advanced security.',
  ),
  enterprise(
    OFFER_IDS.appsForEnterprise,
    'Microsoft 365 Apps for enterprise',
    APPS,
    ['c2273bd0-dff7-4215-9ef5-2c7bcfb06425', 'OFFICESUBSCRIPTION'],
    'Desktop and web Office apps for organizations of any size.',
  ),
  enterprise(
    OFFER_IDS.e1,
    'Office 365 E1',
    E1,
    ['18181a46-0d4e-45cd-891e-60aabd171b4e', 'STANDARDPACK'],
    'Email, Teams, SharePoint and Office for the web for any size.',
  ),
  enterprise(
    OFFER_IDS.e3,
    'Office 365 E3',
    E3,
    ['6fd2c87f-b296-42f0-b197-1e91e994b900', 'ENTERPRISEPACK'],
    'E1 plus the desktop Office apps and email archiving.',
  ),
  enterprise(
    OFFER_IDS.e5,
    'Office 365 E5',
    E5,
    ['c7df2760-2c81-4ef7-b578-5b5392b571df', 'ENTERPRISEPREMIUM'],
    'E3 plus advanced security, voice and analytics.',
  ),
  business(
    OFFER_IDS.appsForBusinessIndia,
    'Microsoft 365 Apps for business (India)',
    APPS,
    ['5a1c0101-0000-4000-8000-000000000101', 'O365_BUSINESS_IN'],
    'Microsoft 365 Apps for business, sold in India.',
    true,
  ),
  business(
    OFFER_IDS.businessBasicIndia,
    'Microsoft 365 Business Basic (India)',
    BASIC,
    ['5a1c0102-0000-4000-8000-000000000102', 'O365_BUSINESS_ESSENTIALS_IN'],
    'Microsoft 365 Business Basic, sold in India.',
    true,
  ),
  business(
    OFFER_IDS.businessStandardIndia,
    'Microsoft 365 Business Standard (India)',
    STANDARD,
    ['5a1c0103-0000-4000-8000-000000000103', 'O365_BUSINESS_PREMIUM_IN'],
    'Microsoft 365 Business Standard, sold in India.',
    true,
  ),
  {
    id: OFFER_IDS.audioConferencing,
    name: 'Microsoft Teams Audio Conferencing',
    description: 'Dial-in numbers for Teams meetings (add-on).',
    family: 'addon',
    isAddOn: true,
    minimumQuantity: 1,
    maximumQuantity: ENTERPRISE_SEAT_LIMIT,
    services: ['audioConferencing'],
    india: false,
    skuId: '0c266dff-15dd-4b49-8397-2bb16070ed52',
    skuPartNumber: 'MCOMEETADV',
  },
  {
    id: OFFER_IDS.exchangeArchivingAddOn,
    name: 'Exchange Online Archiving for Exchange Online',
    description: 'Archiving and legal hold for Exchange Online mailboxes (add-on).',
    family: 'addon',
    isAddOn: true,
    minimumQuantity: 1,
    maximumQuantity: ENTERPRISE_SEAT_LIMIT,
    services: ['exchangeArchiving'],
    india: false,
    skuId: 'ee02fd1b-340e-4a4b-b355-4a514e4c8943',
    skuPartNumber: 'EXCHANGEARCHIVE_ADDON',
  },
  {
    id: OFFER_IDS.exchangePlan1,
    name: 'Exchange Online (Plan 1)',
    description: 'Business email only.',
    family: 'standalone',
    isAddOn: false,
    minimumQuantity: 1,
    maximumQuantity: ENTERPRISE_SEAT_LIMIT,
    services: ['exchange'],
    india: false,
    skuId: '4b9405b0-7788-4568-add1-99614e613b69',
    skuPartNumber: 'EXCHANGESTANDARD',
  },
]

const BY_ID = new Map(OFFERS.map((offer) => [offer.id.toUpperCase(), offer]))
const BY_SKU = new Map(OFFERS.map((offer) => [offer.skuId.toLowerCase(), offer]))

/** Offer ids compare case-insensitively, as Partner Center's GUIDs do. */
export function findOffer(offerId: string): OfferDefinition | undefined {
  return BY_ID.get(offerId.toUpperCase())
}

const KEY_BY_ID = new Map(
  (Object.entries(OFFER_IDS) as [KnownOfferKey, string][]).map(([key, id]) => [id.toUpperCase(), key]),
)

/** The catalog's name for an offer id (e.g. 'businessBasic'), for messages keyed by offer. */
export function offerKey(offerId: string): KnownOfferKey | undefined {
  return KEY_BY_ID.get(offerId.toUpperCase())
}

export function findOfferBySku(skuId: string): OfferDefinition | undefined {
  return BY_SKU.get(skuId.toLowerCase())
}

export function sameOffer(a: string, b: string): boolean {
  return a.toUpperCase() === b.toUpperCase()
}
