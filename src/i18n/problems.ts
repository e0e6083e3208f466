import type { UpgradeProblem } from '../rules/eligibility'
import { findOffer } from '../rules/offers'
import { serviceName } from '../rules/services'
import type { I18n } from './i18n'

/** A person's sentence for a broken condition, in the active locale. Offer names stay Microsoft's. */
export function problemText(i18n: I18n, problem: UpgradeProblem, targetName?: string): string {
  const target = targetName ?? i18n.t('problem.theTarget')
  const offerName = (id: string) => findOffer(id)?.name ?? id
  switch (problem.kind) {
    case 'delegated_admin_permissions_disabled':
      return i18n.t('problem.delegatedAdmin')
    case 'subscription_status_not_active':
      return i18n.t('problem.notActive', { status: i18n.t(`status.${problem.status}`) })
    case 'subscription_not_provisioned':
      return i18n.t('problem.notProvisioned')
    case 'conflicting_service_types':
      return i18n.t('problem.conflictingServices', {
        holders: i18n.formatList(
          problem.heldBy.map((h) => i18n.t('problem.holder', { offer: offerName(h.offerId), channel: h.channel })),
        ),
        services: i18n.formatList(problem.services.map(serviceName)),
        target,
      })
    case 'concurrency_conflicts':
      return i18n.t('problem.alreadyHasTarget', { target, channel: problem.channel })
    case 'subscription_add_ons_present':
      return i18n.t('problem.addOns', { addOns: i18n.formatList(problem.addOnOfferIds.map(offerName)) })
    case 'subscription_does_not_have_any_upgrade_paths':
      return i18n.t('problem.noPaths')
    case 'subscription_target_offer_not_found':
      return i18n.t('problem.targetNotFound', { target })
  }
}
