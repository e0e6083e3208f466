import type { CustomerFacts, SubscriptionFacts, TargetEligibility } from '../../../src/rules/eligibility'
import { OFFERS, type OfferDefinition } from '../../../src/rules/offers'
import type { UpgradeProblem } from '../../../src/rules/upgrade-problems'
import { problemCode } from '../../../src/rules/upgrade-problems'

/**
 * Offer names exactly as DOMAIN.md (and the article's table) spell them. Tests look offers up by
 * these names so that expectations come from the domain, not from the code's own table.
 */
export const N = {
  appsForBusiness: 'Microsoft 365 Apps for business',
  businessBasic: 'Microsoft 365 Business Basic',
  businessStandard: 'Microsoft 365 Business Standard',
  businessPremium: 'Microsoft 365 Business Premium',
  appsForEnterprise: 'Microsoft 365 Apps for enterprise',
  e1: 'Office 365 E1',
  e3: 'Office 365 E3',
  e5: 'Office 365 E5',
  appsForBusinessIndia: 'Microsoft 365 Apps for business (India)',
  businessBasicIndia: 'Microsoft 365 Business Basic (India)',
  businessStandardIndia: 'Microsoft 365 Business Standard (India)',
  audioConferencing: 'Microsoft Teams Audio Conferencing',
  exchangeArchivingAddOn: 'Exchange Online Archiving for Exchange Online',
  exchangePlan1: 'Exchange Online (Plan 1)',
} as const

/** The catalog entry with this exact name; throws so that a renamed offer fails loudly. */
export function offer(name: string): OfferDefinition {
  const found = OFFERS.find((o) => o.name === name)
  if (!found) throw new Error(`No offer named ${name} in the catalog`)
  return found
}

export function offerId(name: string): string {
  return offer(name).id
}

let nextId = 0

/** An active subscription of the named offer, 10 licenses, unless overridden. */
export function sub(name: string, overrides: Partial<SubscriptionFacts> = {}): SubscriptionFacts {
  nextId += 1
  return {
    id: `sub-${nextId}`,
    offerId: offerId(name),
    status: 'active',
    quantity: 10,
    parentSubscriptionId: null,
    ...overrides,
  }
}

export function customer(
  subscriptions: readonly SubscriptionFacts[],
  overrides: Partial<Omit<CustomerFacts, 'subscriptions'>> = {},
): CustomerFacts {
  return { allowDelegatedAccess: true, otherChannelOfferIds: [], ...overrides, subscriptions }
}

export function codes(problems: readonly UpgradeProblem[]): number[] {
  return problems.map(problemCode)
}

export function sortedCodes(problems: readonly UpgradeProblem[]): number[] {
  return codes(problems).sort((a, b) => a - b)
}

/** The target with this offer name; throws if the subscription does not offer it. */
export function targetNamed(targets: readonly TargetEligibility[], name: string): TargetEligibility {
  const found = targets.find((t) => t.offer.name === name)
  if (!found) throw new Error(`No target named ${name}; targets are ${targets.map((t) => t.offer.name).join(', ')}`)
  return found
}
