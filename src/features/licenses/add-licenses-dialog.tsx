import { useRef, useState } from 'react'
import { isApiError } from '../../api/errors'
import { useIdempotentWrite } from '../../api/idempotent-write'
import type { Subscription } from '../../api/subscription-schemas'
import { useChangeQuantity, useReviewedSubscription } from '../../api/subscriptions'
import { useI18n } from '../../i18n/i18n'
import { parseWholeNumber, quantityLimits } from '../../rules/quantity'
import { DialogShell } from '../../ui/dialog'
import { ErrorPanel } from '../../ui/error-panel'
import { NumberField } from '../../ui/field'
import { FormActions } from '../../ui/form-actions'
import { NewerDataNotice, SubscriptionChanges } from '../../ui/subscription-changes'
import { LicensesPricePreview } from './price-preview'

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
  const subscription = reviewed.shown
  const name = subscription.friendlyName || subscription.offerName
  const limits = quantityLimits(subscription.offerId) ?? { minimum: 1, maximum: subscription.quantity }
  const room = Math.max(0, limits.maximum - subscription.quantity)
  const [countText, setCountText] = useState('1')
  const [showError, setShowError] = useState(false)
  const change = useChangeQuantity(customerId)
  const write = useIdempotentWrite(change)
  const form = useRef<HTMLFormElement>(null)

  // Digits only: Number() would read "1e1" as 10.
  const count = parseWholeNumber(countText)
  const error = (() => {
    if (!Number.isInteger(count) || count < 1) return i18n.t('licenses.error.whole')
    if (count > room) {
      return i18n.t('licenses.error.max', { max: limits.maximum, offer: subscription.offerName, room })
    }
    return null
  })()

  const handleSubmit = (event: React.FormEvent) => {
    event.preventDefault()
    if (write.busy()) return
    setShowError(true)
    if (error) return
    const quantity = subscription.quantity + count
    write.send(
      { subscription, quantity, requestId: write.requestIdFor(`${subscription.attributes?.etag}|${quantity}`) },
      (updated) => onAdded(updated, count),
      (failure) => {
        // Changed since the agent looked: show the latest data and what changed, for review.
        if (isApiError(failure) && failure.status === 412) reviewed.refused()
      },
    )
  }

  return (
    <DialogShell
      open={open}
      onOpenChange={onOpenChange}
      title={i18n.rich('licenses.dialog.title', { name })}
      description={i18n.rich('licenses.dialog.description', {
        quantity: subscription.quantity,
        offer: subscription.offerName,
        max: limits.maximum,
      })}
      returnFocus={returnFocus}
    >
      <form ref={form} onSubmit={handleSubmit} noValidate aria-busy={change.isPending}>
        <NumberField
          label={i18n.t('licenses.count.label')}
          hint={i18n.t('licenses.count.hint', {
            total: subscription.quantity + (Number.isInteger(count) && count > 0 ? count : 0),
            room,
          })}
          error={showError ? error : null}
          min={1}
          max={room}
          value={countText}
          disabled={change.isPending}
          onValueChange={setCountText}
        />
        <p className="muted">{i18n.t('licenses.billing')}</p>
        {error ? null : <LicensesPricePreview customerId={customerId} subscription={subscription} count={count} />}
        {reviewed.newer && !change.isPending ? (
          <NewerDataNotice shown={subscription} newer={reviewed.newer} onShowLatest={reviewed.showLatest} />
        ) : null}
        {change.isError ? (
          <ErrorPanel
            error={change.error}
            onRetry={
              write.retry ??
              // Partner Center failed or was busy and said so: the same change can be sent again.
              (isApiError(change.error) && (change.error.status === 429 || (change.error.status ?? 0) >= 500)
                ? () => form.current?.requestSubmit()
                : undefined)
            }
          >
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
