import { useId } from 'react'
import { useI18n } from '../../i18n/i18n'

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
  const ids = { count: useId(), hint: useId() }
  return (
    <div className="field">
      <label htmlFor={ids.count}>{i18n.t('licenses.count.label')}</label>
      <input
        id={ids.count}
        type="number"
        inputMode="numeric"
        min={1}
        max={room}
        step={1}
        value={countText}
        disabled={disabled}
        onChange={(event) => onCountText(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.hint}
      />
      <p id={ids.hint} className={error ? 'field-error' : 'field-hint'}>
        {error ??
          i18n.t('licenses.count.hint', {
            total: current + (Number.isInteger(count) && count > 0 ? count : 0),
            room,
          })}
      </p>
    </div>
  )
}
