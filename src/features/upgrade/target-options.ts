import { type ReactNode, useMemo } from 'react'
import { isApiError } from '../../api/errors'
import type { Upgrade } from '../../api/subscription-schemas'
import type { I18n } from '../../i18n/i18n'
import { problemText, upgradeErrorText } from '../../i18n/problems'
import type { SubscriptionEligibility } from '../../rules/eligibility'
import { sameOffer } from '../../rules/offers'
import type { TargetOption } from './upgrade-types'

/**
 * The server's list of upgrades (GET .../upgrades) decides what can be chosen; the shared rules
 * give the reasons in words, and the limits come from the source, the offer and the server.
 */
export function useTargetOptions(
  upgrades: readonly Upgrade[] | undefined,
  eligibility: SubscriptionEligibility | undefined,
  sourceQuantity: number,
  i18n: I18n,
): TargetOption[] {
  return useMemo(
    () =>
      (upgrades ?? []).map((upgrade) => {
        const local = eligibility?.targets.find((t) => sameOffer(t.offer.id, upgrade.targetOffer.id))
        const reasons: ReactNode[] = []
        if (!upgrade.isEligible) {
          if (local && !local.isEligible) {
            for (const p of local.problems) reasons.push(problemText(i18n, p, local.offer.name))
          } else {
            for (const e of upgrade.upgradeErrors ?? []) reasons.push(upgradeErrorText(i18n, e))
          }
          if (reasons.length === 0) reasons.push(i18n.t('upgrade.reason.unknown'))
        }
        const offerMax = upgrade.targetOffer.maximumQuantity ?? Number.POSITIVE_INFINITY
        return {
          upgrade,
          local,
          isEligible: upgrade.isEligible,
          reasons,
          maximum: Math.min(sourceQuantity, offerMax, upgrade.quantity ?? Number.POSITIVE_INFINITY),
          minimum: upgrade.targetOffer.minimumQuantity ?? 1,
        }
      }),
    [upgrades, eligibility, sourceQuantity, i18n],
  )
}

/** The quantity's problem in words for the chosen offer, or null when it may be submitted. */
export function quantityProblem(i18n: I18n, selected: TargetOption | undefined, quantity: number): string | null {
  if (!selected) return null
  if (!Number.isInteger(quantity)) return i18n.t('upgrade.quantity.whole')
  if (quantity < selected.minimum || quantity > selected.maximum) {
    return i18n.t('upgrade.quantity.range', { min: selected.minimum, max: selected.maximum })
  }
  return null
}

/** The reasons Partner Center gave for refusing the upgrade, in words, each once. */
export function refusedReasons(i18n: I18n, error: unknown): string[] {
  if (!isApiError(error) || !error.details.data) return []
  return [
    ...new Set(
      error.details.data.flatMap((d) =>
        typeof d === 'object' && d !== null && 'code' in d && (typeof d.code === 'number' || typeof d.code === 'string')
          ? [
              upgradeErrorText(i18n, {
                code: d.code,
                ...('description' in d && typeof d.description === 'string' ? { description: d.description } : {}),
              }),
            ]
          : [],
      ),
    ),
  ]
}
