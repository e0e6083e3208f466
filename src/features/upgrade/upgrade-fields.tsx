import { useId } from 'react'
import { useI18n } from '../../i18n/i18n'
import type { TargetOption } from './upgrade-types'

/** How many licenses move (all by default; fewer is a partial upgrade) and whether users' licenses move. */
export function UpgradeFields({
  selected,
  sourceQuantity,
  quantityText,
  onQuantityText,
  quantityError,
  transfer,
  onTransfer,
  disabled,
}: {
  selected: TargetOption | undefined
  sourceQuantity: number
  quantityText: string
  onQuantityText: (text: string) => void
  /** The quantity's problem, shown only once the agent tried to submit. */
  quantityError: string | null
  transfer: boolean
  onTransfer: (transfer: boolean) => void
  disabled: boolean
}) {
  const i18n = useI18n()
  const ids = { quantity: useId(), quantityHint: useId(), transfer: useId() }
  return (
    <div className="form-row">
      <div className="field">
        <label htmlFor={ids.quantity}>{i18n.t('upgrade.quantity.label')}</label>
        <input
          id={ids.quantity}
          type="number"
          inputMode="numeric"
          min={selected?.minimum ?? 1}
          max={selected?.maximum ?? sourceQuantity}
          step={1}
          value={quantityText}
          disabled={disabled}
          onChange={(event) => onQuantityText(event.target.value)}
          aria-invalid={quantityError ? true : undefined}
          aria-describedby={ids.quantityHint}
        />
        <p id={ids.quantityHint} className={quantityError ? 'field-error' : 'field-hint'}>
          {quantityError ??
            i18n.t('upgrade.quantity.hint', { max: selected?.maximum ?? sourceQuantity, total: sourceQuantity })}
        </p>
      </div>
      <div className="field field-checkbox">
        <input
          id={ids.transfer}
          type="checkbox"
          checked={transfer}
          disabled={disabled}
          onChange={(event) => onTransfer(event.target.checked)}
        />
        <label htmlFor={ids.transfer}>
          {i18n.t('upgrade.transfer.label')}
          <span className="field-hint">{i18n.t('upgrade.transfer.hint')}</span>
        </label>
      </div>
    </div>
  )
}
