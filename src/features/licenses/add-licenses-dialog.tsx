import { isApiError } from '../../api/errors'
import type { Subscription } from '../../api/subscription-schemas'
import { useReviewedSubscription } from '../../api/subscriptions'
import { useI18n } from '../../i18n/i18n'
import { DialogShell } from '../../ui/dialog'
import { ErrorPanel } from '../../ui/error-panel'
import { FormActions } from '../../ui/form-actions'
import { NewerDataNotice, SubscriptionChanges } from '../../ui/subscription-changes'
import { LicenseCountField } from './license-count-field'
import { LicensesPricePreview } from './price-preview'
import { useAddLicenses } from './use-add-licenses'

/**
 * "Add licenses" (the article's title): raise an active subscription's quantity within its offer's
 * limits (300 for Microsoft 365 Business plans).
 */
export function AddLicensesDialog({
  customerId,
  subscription: opened,
  open,
  onOpenChange,
  onAdded,
  returnFocus,
}: {
  customerId: string
  subscription: Subscription
  open: boolean
  onOpenChange: (open: boolean) => void
  onAdded: (updated: Subscription, added: number) => void
  returnFocus?: () => HTMLElement | null | undefined
}) {
  const i18n = useI18n()
  const reviewed = useReviewedSubscription(customerId, opened)
  const add = useAddLicenses(customerId, reviewed, onAdded)
  const { subscription, change } = add
  const name = subscription.friendlyName || subscription.offerName
  return (
    <DialogShell
      open={open}
      onOpenChange={onOpenChange}
      title={i18n.rich('licenses.dialog.title', { name })}
      description={i18n.rich('licenses.dialog.description', {
        quantity: subscription.quantity,
        offer: subscription.offerName,
        max: add.limits.maximum,
      })}
      returnFocus={returnFocus}
    >
      <form ref={add.form} onSubmit={add.handleSubmit} noValidate aria-busy={change.isPending}>
        <LicenseCountField
          countText={add.countText}
          onCountText={add.setCountText}
          count={add.count}
          current={subscription.quantity}
          room={add.room}
          error={add.showError ? add.error : null}
          disabled={change.isPending}
        />
        <p className="muted">{i18n.t('licenses.billing')}</p>
        {add.error ? null : (
          <LicensesPricePreview customerId={customerId} subscription={subscription} count={add.count} />
        )}
        {reviewed.newer && !change.isPending ? (
          <NewerDataNotice shown={subscription} newer={reviewed.newer} onShowLatest={reviewed.showLatest} />
        ) : null}
        {change.isError ? (
          <ErrorPanel error={change.error} onRetry={add.retry}>
            {isApiError(change.error) && change.error.status === 412 && reviewed.review ? (
              <SubscriptionChanges before={reviewed.review} after={subscription} />
            ) : null}
          </ErrorPanel>
        ) : null}
        <FormActions
          pending={change.isPending}
          submit={change.isPending ? i18n.t('licenses.submitting') : i18n.t('licenses.submit')}
          onCancel={() => onOpenChange(false)}
        />
      </form>
    </DialogShell>
  )
}
