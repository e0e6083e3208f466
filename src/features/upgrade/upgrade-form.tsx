import { isApiError } from '../../api/errors'
import { useI18n } from '../../i18n/i18n'
import type { SubscriptionEligibility } from '../../rules/eligibility'
import { Button } from '../../ui/button'
import { ErrorPanel } from '../../ui/error-panel'
import { FormActions } from '../../ui/form-actions'
import { NewerDataNotice, SubscriptionChanges } from '../../ui/subscription-changes'
import { OfferPicker } from './offer-picker'
import { refusedReasons } from './target-options'
import { UpgradeFields } from './upgrade-fields'
import { UpgradeSummary } from './upgrade-summary'
import type { SubmittedUpgrade } from './upgrade-types'
import { type ReviewedSubscription, useUpgradeForm } from './use-upgrade-form'

/** Step 3 of the article: choose the new offer and the licenses, read what will happen, Submit. */
export function UpgradeForm({
  customerId,
  reviewed,
  eligibility,
  onSubmitted,
  onCancel,
}: {
  customerId: string
  reviewed: ReviewedSubscription
  eligibility: SubscriptionEligibility | undefined
  onSubmitted: (submitted: SubmittedUpgrade) => void
  onCancel: () => void
}) {
  const i18n = useI18n()
  const form = useUpgradeForm(customerId, reviewed, eligibility, onSubmitted)
  const { subscription, upgrades, submit, selected } = form

  if (upgrades.isPending) {
    return (
      <p role="status" className="loading">
        {i18n.t('upgrade.loading')}
      </p>
    )
  }
  if (upgrades.isError) return <ErrorPanel error={upgrades.error} onRetry={() => upgrades.refetch()} />
  if (form.options.length === 0) {
    return (
      <div>
        <p>{i18n.t('upgrade.noTargets')}</p>
        <div className="dialog-actions">
          <Button onClick={onCancel}>{i18n.t('action.close')}</Button>
        </div>
      </div>
    )
  }

  return (
    <form ref={form.form} onSubmit={form.handleSubmit} noValidate aria-busy={submit.isPending}>
      <OfferPicker
        options={form.options}
        selectedId={selected?.upgrade.targetOffer.id}
        disabled={submit.isPending}
        showRequired={form.showErrors && !selected}
        onChoose={form.setTargetId}
      />
      <UpgradeFields
        selected={selected}
        sourceQuantity={subscription.quantity}
        quantityText={form.quantityText}
        onQuantityText={form.setQuantityText}
        quantityError={form.showErrors ? form.quantityError : null}
        transfer={form.transfer}
        onTransfer={form.setTransfer}
        disabled={submit.isPending}
      />
      <UpgradeSummary
        customerId={customerId}
        subscription={subscription}
        selected={selected}
        quantity={form.quantity}
        quantityValid={!form.quantityError}
        transfer={form.transfer}
      />
      {reviewed.newer && !submit.isPending ? (
        <NewerDataNotice shown={subscription} newer={reviewed.newer} onShowLatest={reviewed.showLatest} />
      ) : null}
      {submit.isError ? <SubmitError error={submit.error} reviewed={reviewed} onRetry={form.retry} /> : null}
      <FormActions
        pending={submit.isPending}
        submit={submit.isPending ? i18n.t('upgrade.submitting') : i18n.t('upgrade.submit')}
        onCancel={onCancel}
      />
    </form>
  )
}

/** Why Submit failed: what changed since the agent looked (412), or Partner Center's reasons. */
function SubmitError({
  error,
  reviewed,
  onRetry,
}: {
  error: unknown
  reviewed: ReviewedSubscription
  onRetry: (() => void) | undefined
}) {
  const i18n = useI18n()
  const reasons = refusedReasons(i18n, error)
  return (
    <ErrorPanel error={error} onRetry={onRetry}>
      {isApiError(error) && error.status === 412 && reviewed.review ? (
        <SubscriptionChanges before={reviewed.review} after={reviewed.shown} />
      ) : null}
      {reasons.length > 0 ? (
        <ul className="reason-list" aria-label={i18n.t('upgrade.refused.reasons')}>
          {reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      ) : null}
    </ErrorPanel>
  )
}
