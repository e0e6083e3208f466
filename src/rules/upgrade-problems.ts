import type { ServiceId } from './services'
import type { ReportedStatus } from './subscription-status'

/**
 * The conditions that block an upgrade (eligibility.ts decides them): every condition of the seeds'
 * "Conditions" section, with the Partner Center `UpgradeError` code the real API reports for it
 * (DOMAIN.md).
 */
export const UPGRADE_ERROR_CODES = {
  other: 0,
  delegated_admin_permissions_disabled: 1,
  subscription_status_not_active: 2,
  conflicting_service_types: 3,
  concurrency_conflicts: 4,
  subscription_add_ons_present: 6,
  subscription_does_not_have_any_upgrade_paths: 7,
  subscription_target_offer_not_found: 8,
  subscription_not_provisioned: 9,
} as const

export type UpgradeErrorName = keyof typeof UPGRADE_ERROR_CODES
export type UpgradeErrorCode = (typeof UPGRADE_ERROR_CODES)[UpgradeErrorName]

export type Channel = 'partner' | 'other'

/** A broken condition, with what a person needs to understand it. */
export type UpgradeProblem =
  | { readonly kind: 'delegated_admin_permissions_disabled' }
  | { readonly kind: 'subscription_status_not_active'; readonly status: ReportedStatus }
  | { readonly kind: 'subscription_not_provisioned' }
  | {
      readonly kind: 'conflicting_service_types'
      readonly services: readonly ServiceId[]
      readonly heldBy: readonly { readonly offerId: string; readonly channel: Channel }[]
    }
  | { readonly kind: 'concurrency_conflicts'; readonly channel: Channel }
  | { readonly kind: 'subscription_add_ons_present'; readonly addOnOfferIds: readonly string[] }
  | { readonly kind: 'subscription_does_not_have_any_upgrade_paths' }
  | { readonly kind: 'subscription_target_offer_not_found'; readonly targetOfferId: string }

export function problemCode(problem: UpgradeProblem): UpgradeErrorCode {
  return UPGRADE_ERROR_CODES[problem.kind]
}
