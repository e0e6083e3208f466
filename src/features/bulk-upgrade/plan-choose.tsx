import { type Ref, useId } from 'react'
import { useI18n } from '../../i18n/i18n'
import { isolate } from '../../i18n/isolate'
import { Button } from '../../ui/button'
import { Notice } from '../../ui/notice'
import { Page } from '../../ui/page'
import { OfferSelect } from '../../ui/select-field'
import type { SourceGroup } from './review'

/** The plan's first step: a target for each source offer, and whether users' licenses move. */
export function PlanChoose({
  headingRef,
  count,
  seats,
  groups,
  targets,
  onTarget,
  transfer,
  onTransfer,
  onBack,
  onReview,
}: {
  headingRef: Ref<HTMLHeadingElement>
  count: number
  seats: number
  groups: readonly SourceGroup[]
  /** The chosen target by source offer id (upper case). */
  targets: ReadonlyMap<string, string>
  onTarget: (sourceOfferId: string, targetId: string) => void
  transfer: boolean
  onTransfer: (transfer: boolean) => void
  onBack: () => void
  onReview: () => void
}) {
  const i18n = useI18n()
  const transferId = useId()
  return (
    <Page title={i18n.t('bulk.plan.title')} headingRef={headingRef}>
      <p className="lead">{i18n.t('bulk.plan.lead', { count, seats })}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault()
          onReview()
        }}
      >
        {groups.map((group) => (
          <TargetChoice
            key={group.offerId}
            offerName={group.offerName}
            count={group.rows.length}
            targets={group.targets}
            value={targets.get(group.offerId.toUpperCase()) ?? ''}
            onChange={(targetId) => onTarget(group.offerId.toUpperCase(), targetId)}
          />
        ))}
        <div className="field field-checkbox plan-transfer">
          <input
            id={transferId}
            type="checkbox"
            checked={transfer}
            onChange={(event) => onTransfer(event.target.checked)}
          />
          <label htmlFor={transferId}>{i18n.t('bulk.plan.transfer')}</label>
        </div>
        <p className="field-hint">{transfer ? i18n.t('bulk.plan.transferOn') : i18n.t('bulk.plan.transferOff')}</p>
        <div className="dialog-actions">
          <Button onClick={onBack}>{i18n.t('bulk.plan.back')}</Button>
          <Button type="submit" variant="primary" disabled={targets.size === 0}>
            {i18n.t('bulk.plan.review')}
          </Button>
        </div>
      </form>
    </Page>
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
        <Notice tone="warning">{i18n.t('bulk.plan.noCommonTarget', { count })}</Notice>
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
