import { useState } from 'react'
import type { Subscription } from '../../api/subscription-schemas'
import { useReviewedSubscription } from '../../api/subscriptions'
import { useI18n } from '../../i18n/i18n'
import type { SubscriptionEligibility } from '../../rules/eligibility'
import { DialogShell } from '../../ui/dialog'
import { UpgradeForm } from './upgrade-form'
import { UpgradeResultView } from './upgrade-result'
import type { SubmittedUpgrade } from './upgrade-types'

/**
 * Step 3 of the article: choose the new offer, then Submit. The server's list of upgrades
 * (GET .../upgrades) decides what can be chosen; the shared rules give the reasons in words.
 */
export function UpgradeDialog({
  customerId,
  subscription,
  eligibility,
  open,
  onOpenChange,
  returnFocus,
}: {
  customerId: string
  subscription: Subscription
  eligibility: SubscriptionEligibility | undefined
  open: boolean
  onOpenChange: (open: boolean) => void
  returnFocus?: () => HTMLElement | null | undefined
}) {
  const i18n = useI18n()
  const name = subscription.friendlyName || subscription.offerName
  const [submitted, setSubmitted] = useState<SubmittedUpgrade | null>(null)
  // What the dialog shows and decides on, from its title down: see useReviewedSubscription.
  const reviewed = useReviewedSubscription(customerId, subscription)
  return (
    <DialogShell
      open={open}
      onOpenChange={onOpenChange}
      title={
        submitted ? i18n.rich('upgrade.result.dialogTitle', { name }) : i18n.rich('upgrade.dialog.title', { name })
      }
      description={
        submitted
          ? undefined
          : i18n.rich('upgrade.dialog.description', {
              offer: reviewed.shown.offerName,
              quantity: reviewed.shown.quantity,
            })
      }
      returnFocus={returnFocus}
      variant="wide"
    >
      {submitted ? (
        <UpgradeResultView
          submitted={submitted}
          subscription={subscription}
          customerId={customerId}
          onDone={() => onOpenChange(false)}
        />
      ) : (
        <UpgradeForm
          customerId={customerId}
          reviewed={reviewed}
          eligibility={eligibility}
          onSubmitted={setSubmitted}
          onCancel={() => onOpenChange(false)}
        />
      )}
    </DialogShell>
  )
}
