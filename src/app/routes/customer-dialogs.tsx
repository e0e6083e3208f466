import { type ReactNode, Suspense, useEffect } from 'react'
import type { Subscription } from '../../api/subscription-schemas'
import { useI18n } from '../../i18n/i18n'
import type { SubscriptionEligibility } from '../../rules/eligibility'
import type { OpenedDialog } from '../../ui/use-triggered-dialog'
import { preloadable } from '../preloadable'

// The dialogs are not in the first screen's bundle; they are fetched while the agent looks at the
// subscriptions, so that opening one is immediate.
const UpgradeDialog = preloadable(() => import('../../features/upgrade/upgrade-dialog').then((m) => m.UpgradeDialog))
const AddLicensesDialog = preloadable(() =>
  import('../../features/licenses/add-licenses-dialog').then((m) => m.AddLicensesDialog),
)

/** The customer page's open dialog, if any: upgrade, or add licenses (which says what it did). */
export function CustomerDialogs({
  customerId,
  opened,
  eligibility,
  onOpenChange,
  returnFocus,
  onDone,
}: {
  customerId: string
  opened: OpenedDialog<'upgrade' | 'licenses', Subscription> | null
  eligibility: ReadonlyMap<string, SubscriptionEligibility>
  onOpenChange: (open: boolean) => void
  returnFocus: () => HTMLElement | null | undefined
  onDone: (notice: ReactNode) => void
}) {
  const i18n = useI18n()
  useEffect(() => {
    void UpgradeDialog.preload()
    void AddLicensesDialog.preload()
  }, [])
  if (!opened) return null
  const subscription = opened.item
  return (
    <Suspense fallback={null}>
      {opened.kind === 'upgrade' ? (
        <UpgradeDialog
          key={opened.key}
          customerId={customerId}
          subscription={subscription}
          eligibility={eligibility.get(subscription.id)}
          open
          onOpenChange={onOpenChange}
          returnFocus={returnFocus}
        />
      ) : (
        <AddLicensesDialog
          key={opened.key}
          customerId={customerId}
          subscription={subscription}
          open
          onOpenChange={onOpenChange}
          onAdded={(updated, added) =>
            onDone(
              i18n.rich('licenses.done', {
                added,
                name: updated.friendlyName || updated.offerName,
                total: updated.quantity,
              }),
            )
          }
          returnFocus={returnFocus}
        />
      )}
    </Suspense>
  )
}
