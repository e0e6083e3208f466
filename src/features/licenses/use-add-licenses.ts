import { useRef, useState } from 'react'
import { isApiError } from '../../api/errors'
import { useIdempotentWrite } from '../../api/idempotent-write'
import type { Subscription } from '../../api/subscription-schemas'
import { useChangeQuantity, type useReviewedSubscription } from '../../api/subscriptions'
import { useI18n } from '../../i18n/i18n'
import { parseWholeNumber, quantityLimits } from '../../rules/quantity'

/**
 * Add licenses' state and its one write: how many to add (within the offer's limit), sent once
 * under the ETag of what the agent saw.
 */
export function useAddLicenses(
  customerId: string,
  reviewed: ReturnType<typeof useReviewedSubscription>,
  onAdded: (updated: Subscription, added: number) => void,
) {
  const i18n = useI18n()
  const subscription = reviewed.shown
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

  const retry =
    write.retry ??
    // Partner Center failed or was busy and said so: the same change can be sent again.
    (isApiError(change.error) && (change.error.status === 429 || (change.error.status ?? 0) >= 500)
      ? () => form.current?.requestSubmit()
      : undefined)

  return {
    subscription,
    limits,
    room,
    countText,
    setCountText,
    count,
    error,
    showError,
    change,
    form,
    handleSubmit,
    retry,
  }
}
