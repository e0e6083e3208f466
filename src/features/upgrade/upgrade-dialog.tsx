import { useQuery } from '@tanstack/react-query'
import { type ReactNode, useId, useMemo, useRef, useState } from 'react'
import { isApiError } from '../../api/errors'
import { useIdempotentWrite } from '../../api/idempotent-write'
import type { Subscription, Upgrade, UpgradeResult } from '../../api/subscription-schemas'
import { useReviewedSubscription } from '../../api/subscriptions'
import { upgradesQueryOptions, useSubmitUpgrade } from '../../api/upgrades'
import { useI18n } from '../../i18n/i18n'
import { problemText, upgradeErrorText } from '../../i18n/problems'
import type { SubscriptionEligibility, TargetEligibility } from '../../rules/eligibility'
import { offerKey, sameOffer } from '../../rules/offers'
import { parseWholeNumber } from '../../rules/quantity'
import { serviceName } from '../../rules/services'
import { DialogShell } from '../../ui/dialog'
import { ErrorPanel } from '../../ui/error-panel'
import { NewerDataNotice, SubscriptionChanges } from '../../ui/subscription-changes'
import { UpgradePricePreview } from './price-preview'
import { UpgradeResultView } from './upgrade-result'

interface Option {
  readonly upgrade: Upgrade
  readonly local: TargetEligibility | undefined
  readonly isEligible: boolean
  readonly reasons: readonly ReactNode[]
  readonly maximum: number
  readonly minimum: number
}

export interface SubmittedUpgrade {
  readonly result: UpgradeResult
  readonly targetOfferId: string
  /** The source as the service has it after the upgrade (undefined: could not be read). */
  readonly source?: Subscription
  /** The source's license count the agent submitted against. */
  readonly sourceQuantity: number
  readonly targetName: string
  readonly quantity: number
  readonly transfer: boolean
  readonly full: boolean
}

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

function UpgradeForm({
  customerId,
  reviewed,
  eligibility,
  onSubmitted,
  onCancel,
}: {
  customerId: string
  reviewed: ReturnType<typeof useReviewedSubscription>
  eligibility: SubscriptionEligibility | undefined
  onSubmitted: (submitted: SubmittedUpgrade) => void
  onCancel: () => void
}) {
  const i18n = useI18n()
  const subscription = reviewed.shown
  const ids = { quantity: useId(), quantityHint: useId(), transfer: useId(), legend: useId() }
  const upgrades = useQuery(upgradesQueryOptions(customerId, subscription.id))
  const submit = useSubmitUpgrade(customerId, subscription.id)
  const [targetId, setTargetId] = useState<string | null>(null)
  const [quantityText, setQuantityText] = useState(String(subscription.quantity))
  const [transfer, setTransfer] = useState(true)
  const [showErrors, setShowErrors] = useState(false)
  const write = useIdempotentWrite(submit)
  const form = useRef<HTMLFormElement>(null)

  const options = useMemo<Option[]>(() => {
    return (upgrades.data ?? []).map((upgrade) => {
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
        maximum: Math.min(subscription.quantity, offerMax, upgrade.quantity ?? Number.POSITIVE_INFINITY),
        minimum: upgrade.targetOffer.minimumQuantity ?? 1,
      }
    })
  }, [upgrades.data, eligibility, subscription.quantity, i18n])

  // A choice that a refetch made ineligible is no choice: it is neither shown checked nor submitted.
  const selected = options.find((o) => o.upgrade.targetOffer.id === targetId && o.isEligible)

  // Digits only: Number() would read "1e1" as 10 and "0x10" as 16.
  const quantity = parseWholeNumber(quantityText)
  const quantityError = (() => {
    if (!selected) return null
    if (!Number.isInteger(quantity)) return i18n.t('upgrade.quantity.whole')
    if (quantity < selected.minimum || quantity > selected.maximum) {
      return i18n.t('upgrade.quantity.range', { min: selected.minimum, max: selected.maximum })
    }
    return null
  })()

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

  if (upgrades.isPending) {
    return (
      <p role="status" className="loading">
        {i18n.t('upgrade.loading')}
      </p>
    )
  }
  if (upgrades.isError) return <ErrorPanel error={upgrades.error} onRetry={() => upgrades.refetch()} />
  if (options.length === 0) {
    return (
      <div>
        <p>{i18n.t('upgrade.noTargets')}</p>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onCancel}>
            {i18n.t('action.close')}
          </button>
        </div>
      </div>
    )
  }

  const full = selected ? quantity === subscription.quantity : true
  const remaining = subscription.quantity - (Number.isInteger(quantity) ? quantity : 0)
  const sourceName = subscription.friendlyName || subscription.offerName
  const submitError = submit.error
  const refusedReasons =
    isApiError(submitError) && submitError.details.data
      ? [
          ...new Set(
            submitError.details.data.flatMap((d) =>
              typeof d === 'object' &&
              d !== null &&
              'code' in d &&
              (typeof d.code === 'number' || typeof d.code === 'string')
                ? [
                    upgradeErrorText(i18n, {
                      code: d.code,
                      ...('description' in d && typeof d.description === 'string'
                        ? { description: d.description }
                        : {}),
                    }),
                  ]
                : [],
            ),
          ),
        ]
      : []
  // Partner Center failed or was busy: the same choice can be submitted again (a new request, since
  // it answered). An unknown outcome (timeout, no connection) re-sends the same one (write.retry).
  const submitAgain =
    isApiError(submitError) && (submitError.status === 429 || (submitError.status ?? 0) >= 500)
      ? () => form.current?.requestSubmit()
      : undefined

  return (
    <form ref={form} onSubmit={handleSubmit} noValidate aria-busy={submit.isPending}>
      <fieldset className="offer-picker" aria-describedby={showErrors && !selected ? ids.legend : undefined}>
        <legend>{i18n.t('upgrade.offer.legend')}</legend>
        {options.map((option) => {
          const offer = option.upgrade.targetOffer
          const optionId = `target-${offer.id}`
          const added = option.local?.additionalServices ?? []
          const key = offerKey(offer.id)
          const description = key ? i18n.t('offer.description', { offer: key }) : offer.description
          return (
            <div key={offer.id} className={option.isEligible ? 'offer-option' : 'offer-option offer-option-disabled'}>
              <input
                type="radio"
                id={optionId}
                name="target-offer"
                value={offer.id}
                checked={selected?.upgrade.targetOffer.id === offer.id}
                disabled={!option.isEligible || submit.isPending}
                onChange={() => setTargetId(offer.id)}
                aria-describedby={`${optionId}-details`}
              />
              <label htmlFor={optionId}>
                <span className="offer-name">{offer.name}</span>
                <span id={`${optionId}-details`} className="offer-details">
                  {option.isEligible ? (
                    <>
                      {description ? <span>{description}</span> : null}
                      {added.length > 0 ? (
                        <span className="offer-adds">
                          {i18n.t('upgrade.offer.adds', { services: i18n.formatList(added.map(serviceName)) })}
                        </span>
                      ) : null}
                    </>
                  ) : (
                    <span className="offer-blocked">
                      {i18n.t('upgrade.offer.unavailable')}{' '}
                      {option.reasons.map((reason, index) => (
                        // biome-ignore lint/suspicious/noArrayIndexKey: the reasons of one offer never reorder
                        <span key={index}>
                          {index > 0 ? ' ' : null}
                          {reason}
                        </span>
                      ))}
                    </span>
                  )}
                </span>
              </label>
            </div>
          )
        })}
        {showErrors && !selected ? (
          <p id={ids.legend} className="field-error">
            {i18n.t('upgrade.offer.required')}
          </p>
        ) : null}
      </fieldset>

      <div className="form-row">
        <div className="field">
          <label htmlFor={ids.quantity}>{i18n.t('upgrade.quantity.label')}</label>
          <input
            id={ids.quantity}
            type="number"
            inputMode="numeric"
            min={selected?.minimum ?? 1}
            max={selected?.maximum ?? subscription.quantity}
            step={1}
            value={quantityText}
            disabled={submit.isPending}
            onChange={(event) => setQuantityText(event.target.value)}
            aria-invalid={showErrors && quantityError ? true : undefined}
            aria-describedby={ids.quantityHint}
          />
          <p id={ids.quantityHint} className={showErrors && quantityError ? 'field-error' : 'field-hint'}>
            {showErrors && quantityError
              ? quantityError
              : i18n.t('upgrade.quantity.hint', {
                  max: selected?.maximum ?? subscription.quantity,
                  total: subscription.quantity,
                })}
          </p>
        </div>
        <div className="field field-checkbox">
          <input
            id={ids.transfer}
            type="checkbox"
            checked={transfer}
            disabled={submit.isPending}
            onChange={(event) => setTransfer(event.target.checked)}
          />
          <label htmlFor={ids.transfer}>
            {i18n.t('upgrade.transfer.label')}
            <span className="field-hint">{i18n.t('upgrade.transfer.hint')}</span>
          </label>
        </div>
      </div>

      <section className="summary" aria-labelledby="upgrade-summary-heading">
        <h3 id="upgrade-summary-heading">{i18n.t('upgrade.summary.title')}</h3>
        {selected ? (
          <ul>
            <li>
              {i18n.rich('upgrade.summary.newSubscription', {
                target: selected.upgrade.targetOffer.name,
                quantity: Number.isInteger(quantity) ? quantity : 0,
              })}
            </li>
            <li>
              {full
                ? i18n.rich('upgrade.summary.sourceSuspended', { source: sourceName })
                : i18n.rich('upgrade.summary.sourceReduced', { source: sourceName, remaining: Math.max(remaining, 0) })}
            </li>
            <li>
              {transfer
                ? i18n.rich('upgrade.summary.transfer', { target: selected.upgrade.targetOffer.name })
                : i18n.rich('upgrade.summary.noTransfer', { target: selected.upgrade.targetOffer.name })}
            </li>
            <li>{i18n.rich('upgrade.summary.billing', { source: sourceName })}</li>
            <li>{i18n.t('upgrade.summary.irreversible')}</li>
          </ul>
        ) : (
          <p className="muted">{i18n.t('upgrade.summary.choose')}</p>
        )}
        {selected && !quantityError ? (
          <UpgradePricePreview
            customerId={customerId}
            subscription={subscription}
            targetOfferId={selected.upgrade.targetOffer.id}
            targetName={selected.upgrade.targetOffer.name}
            quantity={quantity}
          />
        ) : null}
      </section>

      {reviewed.newer && !submit.isPending ? (
        <NewerDataNotice shown={subscription} newer={reviewed.newer} onShowLatest={reviewed.showLatest} />
      ) : null}

      {submit.isError ? (
        <ErrorPanel error={submit.error} onRetry={write.retry ?? submitAgain}>
          {isApiError(submitError) && submitError.status === 412 && reviewed.review ? (
            <SubscriptionChanges before={reviewed.review} after={subscription} />
          ) : null}
          {refusedReasons.length > 0 ? (
            <ul className="reason-list" aria-label={i18n.t('upgrade.refused.reasons')}>
              {refusedReasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          ) : null}
        </ErrorPanel>
      ) : null}

      <div className="dialog-actions">
        <button type="button" className="button" onClick={onCancel} disabled={submit.isPending}>
          {i18n.t('action.cancel')}
        </button>
        <button type="submit" className="button button-primary" aria-disabled={submit.isPending || undefined}>
          {submit.isPending ? i18n.t('upgrade.submitting') : i18n.t('upgrade.submit')}
        </button>
      </div>
    </form>
  )
}
