import { findOffer } from './offers'
import { serviceName } from './services'
import { type Channel, problemCode, type UpgradeProblem } from './upgrade-problems'

/**
 * English descriptions as the Partner Center API sends them in `UpgradeError.description`.
 * The UI renders its own translated text from the structured problem; these are for the wire.
 */
function offerName(id: string): string {
  return findOffer(id)?.name ?? id
}

function channelText(channel: Channel): string {
  return channel === 'other' ? 'through another partner or channel' : 'from you'
}

export function describeProblem(problem: UpgradeProblem): string {
  switch (problem.kind) {
    case 'delegated_admin_permissions_disabled':
      return 'Delegated admin permissions are disabled for this customer.'
    case 'subscription_status_not_active':
      return `The subscription is ${problem.status}, not active.`
    case 'subscription_not_provisioned':
      return 'The subscription is not provisioned yet.'
    case 'conflicting_service_types':
      return `The customer already has ${problem.heldBy.map((h) => `${offerName(h.offerId)} (${channelText(h.channel)})`).join(', ')}, which includes ${problem.services.map(serviceName).join(', ')}.`
    case 'concurrency_conflicts':
      return problem.channel === 'other'
        ? 'The customer already has the target offer through another partner or channel and must cancel it first.'
        : 'The customer already has the target offer.'
    case 'subscription_add_ons_present':
      return `The subscription has add-ons: ${problem.addOnOfferIds.map(offerName).join(', ')}.`
    case 'subscription_does_not_have_any_upgrade_paths':
      return 'The subscription does not have any upgrade paths.'
    case 'subscription_target_offer_not_found':
      return `The target offer ${problem.targetOfferId} is not an upgrade path of this subscription.`
  }
}

/** A machine-readable detail for `UpgradeError.additionalDetails`. */
export function problemDetails(problem: UpgradeProblem): string {
  switch (problem.kind) {
    case 'conflicting_service_types':
      return problem.services.join(',')
    case 'concurrency_conflicts':
      return problem.channel
    case 'subscription_status_not_active':
      return problem.status
    case 'subscription_add_ons_present':
      return problem.addOnOfferIds.join(',')
    case 'subscription_target_offer_not_found':
      return problem.targetOfferId
    case 'delegated_admin_permissions_disabled':
    case 'subscription_not_provisioned':
    case 'subscription_does_not_have_any_upgrade_paths':
      return ''
  }
}

export function toUpgradeError(problem: UpgradeProblem): {
  code: number
  description: string
  additionalDetails: string
} {
  return {
    code: problemCode(problem),
    description: describeProblem(problem),
    additionalDetails: problemDetails(problem),
  }
}
