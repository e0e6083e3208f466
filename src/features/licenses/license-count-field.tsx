import { useI18n } from '../../i18n/i18n'
import { NumberField } from '../../ui/number-field'

/** How many licenses to add: digits only, with the total it makes and the room left as its hint. */
export function LicenseCountField({
  countText,
  onCountText,
  count,
  current,
  room,
  error,
  disabled,
}: {
  countText: string
  onCountText: (text: string) => void
  count: number
  /** The subscription's licenses now. */
  current: number
  room: number
  /** The count's problem, shown only once the agent tried to submit. */
  error: string | null
  disabled: boolean
}) {
  const i18n = useI18n()
  return (
    <NumberField
      label={i18n.t('licenses.count.label')}
      hint={i18n.t('licenses.count.hint', {
        total: current + (Number.isInteger(count) && count > 0 ? count : 0),
        room,
      })}
      error={error}
      min={1}
      max={room}
      value={countText}
      disabled={disabled}
      onValueChange={onCountText}
    />
  )
}
