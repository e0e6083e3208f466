import { useEffect, useId, useMemo, useRef, useState } from 'react'
import type { UpgradeOpportunity } from '../../api/opportunities'
import { useI18n } from '../../i18n/i18n'
import { isolate } from '../../i18n/isolate'
import { problemText } from '../../i18n/problems'
import { findOffer, sameOffer } from '../../rules/offers'
import type { PartnerRole } from '../../rules/roles'
import { OfferSelect } from '../../ui/offer-select'
import { type BulkRun, type BulkUpgradeType, createRun } from './bulk-run'
import { ItemsTable } from './items-table'
import { buildReview, groupBySource } from './review'

/**
 * A bulk upgrade's plan: one target per source offer (only targets valid for every selected
 * subscription of that offer), license transfer on or off; then the review of what will happen to
 * each subscription, and the start.
 */
export function BulkPlanner({
  selected,
  preferredTarget,
  role,
  onBack,
  onStart,
}: {
  selected: readonly UpgradeOpportunity[]
  /** Chosen for every offer it is open to (the list was filtered by it); else each offer's first target. */
  preferredTarget?: string
  role: PartnerRole
  onBack: () => void
  onStart: (run: BulkRun) => void
}) {
  const i18n = useI18n()
  const groups = useMemo(() => groupBySource(selected), [selected])
  const [step, setStep] = useState<'choose' | 'review'>('choose')
  const [targets, setTargets] = useState<ReadonlyMap<string, string>>(
    () =>
      new Map(
        groups.flatMap((g) => {
          const target = g.targets.find((t) => preferredTarget && sameOffer(t.id, preferredTarget)) ?? g.targets[0]
          return target ? [[g.offerId.toUpperCase(), target.id] as const] : []
        }),
      ),
  )
  const [transfer, setTransfer] = useState(true)
  const upgradeType: BulkUpgradeType = transfer ? 'upgrade_with_license_transfer' : 'upgrade_only'
  const review = useMemo(() => buildReview(selected, targets, role), [selected, targets, role])
  const heading = useRef<HTMLHeadingElement>(null)
  const transferId = useId()
  const headingId = useId()
  const started = useRef(false)

  // Each step starts at its heading, for keyboard and screen-reader users alike.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the step is what moves focus
  useEffect(() => heading.current?.focus(), [step])

  if (step === 'choose') {
    return (
      <section className="page" aria-labelledby={headingId}>
        <h1 id={headingId} ref={heading} tabIndex={-1}>
          {i18n.t('bulk.plan.title')}
        </h1>
        <p className="lead">
          {i18n.t('bulk.plan.lead', {
            count: selected.length,
            seats: selected.reduce((n, r) => n + r.quantity, 0),
          })}
        </p>
        <form
          onSubmit={(event) => {
            event.preventDefault()
            setStep('review')
          }}
        >
          {groups.map((group) => (
            <TargetChoice
              key={group.offerId}
              offerName={group.offerName}
              count={group.rows.length}
              targets={group.targets}
              value={targets.get(group.offerId.toUpperCase()) ?? ''}
              onChange={(targetId) =>
                setTargets((current) => {
                  const next = new Map(current)
                  if (targetId) next.set(group.offerId.toUpperCase(), targetId)
                  else next.delete(group.offerId.toUpperCase())
                  return next
                })
              }
            />
          ))}
          <div className="field field-checkbox plan-transfer">
            <input
              id={transferId}
              type="checkbox"
              checked={transfer}
              onChange={(event) => setTransfer(event.target.checked)}
            />
            <label htmlFor={transferId}>{i18n.t('bulk.plan.transfer')}</label>
          </div>
          <p className="field-hint">{transfer ? i18n.t('bulk.plan.transferOn') : i18n.t('bulk.plan.transferOff')}</p>
          <div className="dialog-actions">
            <button type="button" className="button" onClick={onBack}>
              {i18n.t('bulk.plan.back')}
            </button>
            <button type="submit" className="button button-primary" disabled={targets.size === 0}>
              {i18n.t('bulk.plan.review')}
            </button>
          </div>
        </form>
      </section>
    )
  }

  return (
    <section className="page" aria-labelledby={headingId}>
      <h1 id={headingId} ref={heading} tabIndex={-1}>
        {i18n.t('bulk.review.title')}
      </h1>
      <p className="lead" role="status">
        {i18n.t('bulk.review.totals', {
          count: review.items.length,
          seats: review.seats,
          customers: review.customers,
        })}
      </p>
      <p>{transfer ? i18n.t('bulk.plan.transferOn') : i18n.t('bulk.plan.transferOff')}</p>
      {review.items.length > 0 ? <ItemsTable caption={i18n.t('bulk.review.caption')} items={review.items} /> : null}
      {review.refused.length > 0 ? (
        <>
          <h2>{i18n.t('bulk.review.refusedTitle', { count: review.refused.length })}</h2>
          <ul className="refused-list">
            {review.refused.map(({ row, targetOfferId, problems }) => {
              const targetName = findOffer(targetOfferId)?.name
              return (
                <li key={row.subscriptionId}>
                  <strong>{row.subscriptionName}</strong> ({row.customerName}):{' '}
                  {problems.map((p) => problemText(i18n, p, targetName)).join(' ')}
                </li>
              )
            })}
          </ul>
        </>
      ) : null}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={() => setStep('choose')}>
          {i18n.t('bulk.review.back')}
        </button>
        <button
          type="button"
          className="button button-primary"
          disabled={review.items.length === 0}
          onClick={() => {
            if (started.current) return
            started.current = true
            onStart(createRun(review.items, upgradeType))
          }}
        >
          {i18n.t('bulk.review.start', { count: review.items.length })}
        </button>
      </div>
    </section>
  )
}

function TargetChoice({
  offerName,
  count,
  targets,
  value,
  onChange,
}: {
  offerName: string
  count: number
  targets: readonly { id: string; name: string }[]
  value: string
  onChange: (targetId: string) => void
}) {
  const i18n = useI18n()
  return (
    <fieldset className="plan-group">
      <legend>{i18n.t('bulk.plan.group', { offer: isolate(offerName), count })}</legend>
      {targets.length === 0 ? (
        <p className="notice notice-warning">{i18n.t('bulk.plan.noCommonTarget', { count })}</p>
      ) : (
        <OfferSelect
          label={i18n.t('bulk.plan.target')}
          offers={targets}
          value={value}
          none={{ value: '', label: i18n.t('bulk.plan.skip') }}
          onChange={onChange}
        />
      )}
    </fieldset>
  )
}
