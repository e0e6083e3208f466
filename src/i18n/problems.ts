import type { ReactNode } from 'react'
import { findOffer } from '../rules/offers'
import { isServiceId, serviceName } from '../rules/services'
import { UPGRADE_ERROR_CODES, type UpgradeErrorName, type UpgradeProblem } from '../rules/upgrade-problems'
import type { I18n } from './i18n'

/**
 * A person's sentence for a broken condition, in the active locale, for display (names isolated,
 * see I18n.rich). Offer names stay Microsoft's.
 */
export function problemText(i18n: I18n, problem: UpgradeProblem, targetName?: string): ReactNode {
  const target = targetName ?? i18n.t('problem.theTarget')
  const offerName = (id: string) => findOffer(id)?.name ?? id
  switch (problem.kind) {
    case 'delegated_admin_permissions_disabled':
      return i18n.t('problem.delegatedAdmin')
    case 'subscription_status_not_active':
      return i18n.rich('problem.notActive', { status: i18n.t(`status.${problem.status}`) })
    case 'subscription_not_provisioned':
      return i18n.t('problem.notProvisioned')
    case 'conflicting_service_types':
      return i18n.rich('problem.conflictingServices', {
        holders: i18n.formatList(
          problem.heldBy.map((h) => i18n.t('problem.holder', { offer: offerName(h.offerId), channel: h.channel })),
        ),
        services: i18n.formatList(problem.services.map(serviceName)),
        target,
      })
    case 'concurrency_conflicts':
      return i18n.rich('problem.alreadyHasTarget', { target, channel: problem.channel })
    case 'subscription_add_ons_present':
      return i18n.rich('problem.addOns', { addOns: i18n.formatList(problem.addOnOfferIds.map(offerName)) })
    case 'subscription_does_not_have_any_upgrade_paths':
      return i18n.t('problem.noPaths')
    case 'subscription_target_offer_not_found':
      return i18n.rich('problem.targetNotFound', { target })
  }
}

const CONDITION_BY_CODE = new Map<number, Exclude<UpgradeErrorName, 'other'>>(
  Object.entries(UPGRADE_ERROR_CODES).flatMap(([name, code]) =>
    name === 'other' ? [] : [[code, name as Exclude<UpgradeErrorName, 'other'>]],
  ),
)

/**
 * An UpgradeError of the API (code as a number, a numeric string or a name) as the condition it
 * breaks, in the active locale; the API's own text only for a code this app does not know.
 */
export function upgradeErrorText(i18n: I18n, error: { code: string | number; description?: string }): string {
  const code = typeof error.code === 'number' || /^\d+$/.test(error.code) ? Number(error.code) : undefined
  const name =
    code !== undefined
      ? CONDITION_BY_CODE.get(code)
      : [...CONDITION_BY_CODE.values()].find((n) => n === String(error.code).toLowerCase())
  if (name) return i18n.t('upgrade.reason.condition', { condition: i18n.t(`condition.${name}`) })
  return error.description ?? i18n.t('upgrade.reason.code', { code: String(error.code) })
}

/** License error codes (Microsoft Entra's license assignment errors) the catalog has words for. */
const LICENSE_ERROR_CODES = [
  'MutuallyExclusiveViolation',
  'CountViolation',
  'DependencyViolation',
  'ProhibitedInUsageLocationViolation',
  'UniquenessViolation',
] as const

/**
 * Why a user's license could not move, in the active locale (the target and the user named); the
 * API's own text only for a code this app does not know.
 */
export function licenseErrorText(
  i18n: I18n,
  error: { code: string | number; description?: string; data?: unknown },
  values: { target: string; user: string },
): ReactNode {
  const code = String(error.code)
  // The service and the license in conflict, where the answer names them in ApiFault's data (the mock does).
  const conflict = code === 'MutuallyExclusiveViolation' ? conflictOf(error.data) : undefined
  if (conflict) return i18n.rich('licenseError.conflict', { ...conflict, ...values })
  if ((LICENSE_ERROR_CODES as readonly string[]).includes(code)) return i18n.rich('licenseError', { code, ...values })
  return error.description ?? i18n.t('upgrade.reason.code', { code })
}

/** The first `{ service, conflictingLicense }` of an ApiFault's data, with the service's name. */
function conflictOf(data: unknown): { service: string; license: string } | undefined {
  if (!Array.isArray(data)) return undefined
  for (const entry of data) {
    if (typeof entry !== 'object' || entry === null) continue
    const { service, conflictingLicense } = entry as { service?: unknown; conflictingLicense?: unknown }
    if (typeof service === 'string' && isServiceId(service) && typeof conflictingLicense === 'string') {
      return { service: serviceName(service), license: conflictingLicense }
    }
  }
  return undefined
}
