import { toUpgradeError } from '../src/rules/describe'
import type { TargetEligibility } from '../src/rules/eligibility'
import type { OfferDefinition } from '../src/rules/offers'
import { findOffer } from '../src/rules/offers'
import { SERVICE_NAMES, type ServiceId } from '../src/rules/services'
import { upgradeTargets } from '../src/rules/upgrade-paths'
import type { Database, DbCustomer, DbSubscription } from './db'
import { demoPrice } from './prices'

/**
 * Partner Center REST v1 JSON shapes (camelCase, every object with attributes.objectType), built
 * from the mock database. src/api/schemas.ts is what the client checks them against.
 */
export interface WireLink {
  readonly uri: string
  readonly method: string
  readonly headers: readonly { readonly key: string; readonly value: string }[]
}

export function link(uri: string, method = 'GET', headers: WireLink['headers'] = []): WireLink {
  return { uri, method, headers }
}

export function collection<T>(items: readonly T[], self: WireLink, next?: WireLink) {
  return {
    totalCount: items.length,
    items,
    links: next ? { self, next } : { self },
    attributes: { objectType: 'Collection' },
  }
}

/**
 * A page of a seek-based collection (customers): `continuationToken` at the top level, as the
 * SDKs' SeekBasedResourceCollection reads it, and the same token in `links.next`'s header.
 */
export function seekCollection<T>(items: readonly T[], self: WireLink, next?: WireLink, continuationToken?: string) {
  return { ...collection(items, self, next), ...(continuationToken ? { continuationToken } : {}) }
}

/** `country`: the customer's market (mocks/prices.ts), in its billing profile's address. */
export function wireCustomer(customer: DbCustomer, country?: string) {
  return {
    id: customer.id,
    companyProfile: {
      tenantId: customer.tenantId,
      domain: customer.domain,
      companyName: customer.companyName,
      attributes: { objectType: 'CustomerCompanyProfile' },
    },
    relationshipToPartner: customer.relationshipToPartner,
    allowDelegatedAccess: customer.allowDelegatedAccess,
    ...(country
      ? {
          billingProfile: {
            defaultAddress: { country, attributes: { objectType: 'Address' } },
            attributes: { objectType: 'CustomerBillingProfile' },
          },
        }
      : {}),
    links: { self: link(`/customers/${customer.id}`) },
    attributes: { objectType: 'Customer' },
  }
}

export function wireSubscription(sub: DbSubscription) {
  const offer = findOffer(sub.offerId)
  const base = `/customers/${sub.customerId}/subscriptions/${sub.id}`
  return {
    id: sub.id,
    offerId: sub.offerId,
    offerName: sub.offerName,
    friendlyName: sub.friendlyName,
    quantity: sub.quantity,
    unitType: 'Licenses',
    hasPurchasableAddons: offer ? !offer.isAddOn : false,
    creationDate: sub.creationDate,
    effectiveStartDate: sub.effectiveStartDate,
    commitmentEndDate: sub.commitmentEndDate,
    status: sub.status,
    autoRenewEnabled: sub.autoRenewEnabled,
    isTrial: false,
    // Every offer of this catalog is Microsoft's own (not a third-party product).
    isMicrosoftProduct: true,
    billingType: 'license',
    billingCycle: sub.billingCycle,
    termDuration: sub.termDuration,
    contractType: 'subscription',
    suspensionReasons: [...sub.suspensionReasons],
    ...(sub.parentSubscriptionId ? { parentSubscriptionId: sub.parentSubscriptionId } : {}),
    links: {
      self: link(base),
      offer: link(`/offers/${sub.offerId}`),
      ...(sub.parentSubscriptionId
        ? { parentSubscription: link(`/customers/${sub.customerId}/subscriptions/${sub.parentSubscriptionId}`) }
        : {}),
    },
    attributes: { etag: sub.etag, objectType: 'Subscription' },
  }
}

/** The offer in `market` (default: its own, IN or US), with the demo list price there if it has one. */
export function wireOffer(offer: OfferDefinition, market?: string) {
  const country = market ?? (offer.india ? 'IN' : 'US')
  const price = demoPrice(offer, country)
  return {
    id: offer.id,
    name: offer.name,
    description: offer.description,
    minimumQuantity: offer.minimumQuantity,
    maximumQuantity: offer.maximumQuantity,
    rank: 0,
    locale: 'en-US',
    country,
    category: { id: 'Microsoft365', name: 'Microsoft 365', rank: 0, locale: 'en-US', country },
    prerequisiteOffers: [],
    isAddOn: offer.isAddOn,
    isAvailableForPurchase: true,
    billing: 'license',
    supportedBillingCycles: ['annual', 'monthly'],
    isAutoRenewable: true,
    ...offerPurchaseLimits(offer),
    hasAddOns: !offer.isAddOn,
    isTrial: false,
    product: {
      id: offer.skuPartNumber,
      name: offer.name,
      unit: 'Licenses',
    },
    unitType: 'Licenses',
    upgradeTargetOffers: upgradeTargets(offer.id).map((target) => target.id),
    ...(price ? { demoListPrice: price } : {}),
    attributes: { objectType: 'Offer' },
  }
}

/**
 * Offer.limitUnitOfMeasure and Offer.limit: how many subscriptions of the offer a customer may
 * hold. Partner Center states "Concurrent" mostly for small-business offers (the 300-license
 * plans) and "None" (limit 0) for the rest; 25 subscriptions at a time is this demo's figure.
 * Derived from the offer's family, so it holds for any offer id.
 */
function offerPurchaseLimits(offer: OfferDefinition) {
  return offer.family === 'business'
    ? { limitUnitOfMeasure: 'Concurrent', limit: BUSINESS_SUBSCRIPTION_LIMIT }
    : { limitUnitOfMeasure: 'None', limit: 0 }
}

export const BUSINESS_SUBSCRIPTION_LIMIT = 25

export function wireUpgrade(target: TargetEligibility, market?: string) {
  return {
    targetOffer: wireOffer(target.offer, market),
    upgradeType: target.upgradeType,
    isEligible: target.isEligible,
    quantity: target.maximumQuantity,
    upgradeErrors: target.problems.map(toUpgradeError),
    attributes: { objectType: 'Upgrade' },
  }
}

/**
 * Service plans as Microsoft names them (serviceName); the ids are this demo's own, shaped like
 * the real ones.
 */
const SERVICE_PLANS: Readonly<Record<ServiceId, { readonly serviceName: string; readonly id: string }>> = {
  exchange: { serviceName: 'EXCHANGE_S_STANDARD', id: '5a1c5e00-0001-4000-8000-000000000001' },
  onedrive: { serviceName: 'ONEDRIVESTANDARD', id: '5a1c5e00-0002-4000-8000-000000000002' },
  sharepoint: { serviceName: 'SHAREPOINTSTANDARD', id: '5a1c5e00-0003-4000-8000-000000000003' },
  teams: { serviceName: 'TEAMS1', id: '5a1c5e00-0004-4000-8000-000000000004' },
  officeWeb: { serviceName: 'SHAREPOINTWAC', id: '5a1c5e00-0005-4000-8000-000000000005' },
  officeDesktop: { serviceName: 'OFFICESUBSCRIPTION', id: '5a1c5e00-0006-4000-8000-000000000006' },
  bookings: { serviceName: 'MICROSOFTBOOKINGS', id: '5a1c5e00-0007-4000-8000-000000000007' },
  intune: { serviceName: 'INTUNE_A', id: '5a1c5e00-0008-4000-8000-000000000008' },
  entraIdP1: { serviceName: 'AAD_PREMIUM', id: '5a1c5e00-0009-4000-8000-000000000009' },
  defender: { serviceName: 'ATP_ENTERPRISE', id: '5a1c5e00-0010-4000-8000-000000000010' },
  phoneSystem: { serviceName: 'MCOEV', id: '5a1c5e00-0011-4000-8000-000000000011' },
  audioConferencing: { serviceName: 'MCOMEETADV', id: '5a1c5e00-0012-4000-8000-000000000012' },
  powerBiPro: { serviceName: 'BI_AZURE_P2', id: '5a1c5e00-0013-4000-8000-000000000013' },
  exchangeArchiving: { serviceName: 'EXCHANGE_S_ARCHIVE_ADDON', id: '5a1c5e00-0014-4000-8000-000000000014' },
}

/**
 * The tenant's SKUs: one per offer the customer holds (from this partner, in any status but
 * deleted, or through another channel). totalUnits counts the partner's active and pending
 * licenses plus the other channels' ones, so a client can tell "held through another channel"
 * from totalUnits exceeding its own subscriptions' units.
 */
export function wireSubscribedSkus(db: Database, customerId: string) {
  const subs = db.subscriptionsOf(customerId).filter((s) => s.status !== 'deleted')
  const others = db.otherChannelOf(customerId)
  const users = db.usersOf(customerId)
  const offerIds: string[] = []
  for (const id of [...subs.map((s) => s.offerId), ...others.map((o) => o.offerId)]) {
    if (!offerIds.some((known) => known.toUpperCase() === id.toUpperCase())) offerIds.push(id)
  }
  return offerIds.flatMap((offerId) => {
    const offer = findOffer(offerId)
    if (!offer) return []
    const own = subs.filter((s) => s.offerId.toUpperCase() === offer.id.toUpperCase())
    const sum = (list: readonly { readonly quantity: number }[]) => list.reduce((n, s) => n + s.quantity, 0)
    const activeOwn = sum(own.filter((s) => s.status === 'active'))
    const pendingOwn = sum(own.filter((s) => s.status === 'pending'))
    const suspendedOwn = sum(
      own.filter(
        (s) => s.status === 'suspended' || s.status === 'none' || s.status === 'expired' || s.status === 'disabled',
      ),
    )
    const otherUnits = sum(others.filter((o) => o.offerId.toUpperCase() === offer.id.toUpperCase()))
    const holding = new Set(
      own.filter((s) => s.status === 'active' || s.status === 'pending').map((s) => s.id.toLowerCase()),
    )
    const consumedUnits = users.filter((u) => u.licenses.some((l) => holding.has(l.toLowerCase()))).length
    const activeUnits = activeOwn + otherUnits
    const totalUnits = activeUnits + pendingOwn
    return [
      {
        availableUnits: Math.max(0, totalUnits - consumedUnits),
        activeUnits,
        consumedUnits,
        suspendedUnits: suspendedOwn,
        totalUnits,
        warningUnits: pendingOwn,
        productSku: {
          id: offer.skuId,
          name: offer.name,
          skuPartNumber: offer.skuPartNumber,
          targetType: 'User',
          licenseGroupId: 'group1',
        },
        servicePlans: offer.services.map((service) => ({
          displayName: SERVICE_NAMES[service],
          serviceName: SERVICE_PLANS[service].serviceName,
          id: SERVICE_PLANS[service].id,
          capabilityStatus: 'Enabled',
          targetType: 'User',
        })),
        capabilityStatus: totalUnits > 0 ? 'Enabled' : 'Suspended',
        attributes: { objectType: 'SubscribedSku' },
      },
    ]
  })
}
