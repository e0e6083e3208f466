import { useQuery } from '@tanstack/react-query'
import { useRef, useState } from 'react'
import { isApiError } from '../../api/errors'
import { useIdempotentWrite } from '../../api/idempotent-write'
import type { useReviewedSubscription } from '../../api/subscriptions'
import { upgradesQueryOptions, useSubmitUpgrade } from '../../api/upgrades'
import { useI18n } from '../../i18n/i18n'
import type { SubscriptionEligibility } from '../../rules/eligibility'
import { parseWholeNumber } from '../../rules/quantity'
import { quantityProblem, useTargetOptions } from './target-options'
import type { SubmittedUpgrade } from './upgrade-types'

export type ReviewedSubscription = ReturnType<typeof useReviewedSubscription>

/**
 * The upgrade form's state and its one write: the offers, the choice, the quantity and transfer,
 * and Submit sent once under the ETag of what the agent saw.
 */
export function useUpgradeForm(
  customerId: string,
  reviewed: ReviewedSubscription,
  eligibility: SubscriptionEligibility | undefined,
  onSubmitted: (submitted: SubmittedUpgrade) => void,
) {
  const i18n = useI18n()
  const subscription = reviewed.shown
  const upgrades = useQuery(upgradesQueryOptions(customerId, subscription.id))
  const submit = useSubmitUpgrade(customerId, subscription.id)
  const [targetId, setTargetId] = useState<string | null>(null)
  const [quantityText, setQuantityText] = useState(String(subscription.quantity))
  const [transfer, setTransfer] = useState(true)
  const [showErrors, setShowErrors] = useState(false)
  const write = useIdempotentWrite(submit)
  const form = useRef<HTMLFormElement>(null)
  const options = useTargetOptions(upgrades.data, eligibility, subscription.quantity, i18n)

  // A choice that a refetch made ineligible is no choice: it is neither shown checked nor submitted.
  const selected = options.find((o) => o.upgrade.targetOffer.id === targetId && o.isEligible)
  // Digits only: Number() would read "1e1" as 10 and "0x10" as 16.
  const quantity = parseWholeNumber(quantityText)
  const quantityError = quantityProblem(i18n, selected, quantity)

  const handleSubmit = (event: React.FormEvent) => {
    event.preventDefault()
    if (write.busy()) return
    setShowErrors(true)
    if (!selected || quantityError) return
    const upgradeType = transfer ? 'upgrade_with_license_transfer' : 'upgrade_only'
    const meta = {
      targetOfferId: selected.upgrade.targetOffer.id,
      sourceQuantity: subscription.quantity,
      targetName: selected.upgrade.targetOffer.name,
      quantity,
      transfer,
      full: quantity === subscription.quantity,
    }
    write.send(
      {
        upgrade: selected.upgrade,
        quantity,
        upgradeType,
        requestId: write.requestIdFor(
          `${subscription.attributes?.etag}|${selected.upgrade.targetOffer.id}|${quantity}|${upgradeType}`,
        ),
        // Always the ETag of what the agent saw: a source changed since is refused (412), never
        // upgraded on terms the agent did not review.
        sourceEtag: subscription.attributes?.etag,
      },
      ({ result, source }) => onSubmitted(source ? { result, source, ...meta } : { result, ...meta }),
      (error) => {
        // Refused or changed meanwhile: show the offers as they are now.
        if (isApiError(error) && (error.status === 409 || error.status === 412 || error.status === 400)) {
          void upgrades.refetch()
        }
        if (isApiError(error) && error.status === 412) reviewed.refused()
      },
    )
  }

  const submitError = submit.error
  // Partner Center failed or was busy: the same choice can be submitted again (a new request, since
  // it answered). An unknown outcome (timeout, no connection) re-sends the same one (write.retry).
  const submitAgain =
    isApiError(submitError) && (submitError.status === 429 || (submitError.status ?? 0) >= 500)
      ? () => form.current?.requestSubmit()
      : undefined

  return {
    subscription,
    upgrades,
    submit,
    options,
    selected,
    setTargetId,
    quantityText,
    setQuantityText,
    quantity,
    quantityError,
    transfer,
    setTransfer,
    showErrors,
    form,
    handleSubmit,
    retry: write.retry ?? submitAgain,
  }
}
