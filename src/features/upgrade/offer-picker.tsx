import { useId } from 'react'
import { useI18n } from '../../i18n/i18n'
import { offerKey } from '../../rules/offers'
import { serviceName } from '../../rules/services'
import type { TargetOption } from './upgrade-types'

/** The new offers as radio buttons: the blocked ones disabled, each with its reasons in words. */
export function OfferPicker({
  options,
  selectedId,
  disabled,
  showRequired,
  onChoose,
}: {
  options: readonly TargetOption[]
  selectedId: string | undefined
  disabled: boolean
  showRequired: boolean
  onChoose: (offerId: string) => void
}) {
  const i18n = useI18n()
  const requiredId = useId()
  return (
    <fieldset className="offer-picker" aria-describedby={showRequired ? requiredId : undefined}>
      <legend>{i18n.t('upgrade.offer.legend')}</legend>
      {options.map((option) => (
        <OfferOption
          key={option.upgrade.targetOffer.id}
          option={option}
          checked={selectedId === option.upgrade.targetOffer.id}
          disabled={disabled}
          onChoose={onChoose}
        />
      ))}
      {showRequired ? (
        <p id={requiredId} className="field-error">
          {i18n.t('upgrade.offer.required')}
        </p>
      ) : null}
    </fieldset>
  )
}

function OfferOption({
  option,
  checked,
  disabled,
  onChoose,
}: {
  option: TargetOption
  checked: boolean
  disabled: boolean
  onChoose: (offerId: string) => void
}) {
  const offer = option.upgrade.targetOffer
  const optionId = `target-${offer.id}`
  return (
    <div className={option.isEligible ? 'offer-option' : 'offer-option offer-option-disabled'}>
      <input
        type="radio"
        id={optionId}
        name="target-offer"
        value={offer.id}
        checked={checked}
        disabled={!option.isEligible || disabled}
        onChange={() => onChoose(offer.id)}
        aria-describedby={`${optionId}-details`}
      />
      <label htmlFor={optionId}>
        <span className="offer-name">{offer.name}</span>
        <span id={`${optionId}-details`} className="offer-details">
          {option.isEligible ? <OfferDetails option={option} /> : <OfferBlocked option={option} />}
        </span>
      </label>
    </div>
  )
}

function OfferDetails({ option }: { option: TargetOption }) {
  const i18n = useI18n()
  const offer = option.upgrade.targetOffer
  const added = option.local?.additionalServices ?? []
  const key = offerKey(offer.id)
  const description = key ? i18n.t('offer.description', { offer: key }) : offer.description
  return (
    <>
      {description ? <span>{description}</span> : null}
      {added.length > 0 ? (
        <span className="offer-adds">
          {i18n.t('upgrade.offer.adds', { services: i18n.formatList(added.map(serviceName)) })}
        </span>
      ) : null}
    </>
  )
}

function OfferBlocked({ option }: { option: TargetOption }) {
  const i18n = useI18n()
  return (
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
  )
}
