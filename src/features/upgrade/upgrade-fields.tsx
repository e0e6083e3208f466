import { useId } from 'react'
import { useI18n } from '../../i18n/i18n'
import { NumberField } from '../../ui/number-field'
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
  const transferId = useId()
  return (
    <div className="form-row">
      <NumberField
        label={i18n.t('upgrade.quantity.label')}
        hint={i18n.t('upgrade.quantity.hint', { max: selected?.maximum ?? sourceQuantity, total: sourceQuantity })}
        error={quantityError}
        min={selected?.minimum ?? 1}
        max={selected?.maximum ?? sourceQuantity}
        value={quantityText}
        disabled={disabled}
        onValueChange={onQuantityText}
      />
      <div className="field field-checkbox">
        <input
          id={transferId}
          type="checkbox"
          checked={transfer}
          disabled={disabled}
          onChange={(event) => onTransfer(event.target.checked)}
        />
        <label htmlFor={transferId}>
          {i18n.t('upgrade.transfer.label')}
          <span className="field-hint">{i18n.t('upgrade.transfer.hint')}</span>
        </label>
      </div>
    </div>
  )
}
