import { Field, type FieldText } from './field'

/**
 * A whole number typed by the agent (licenses). The value is the text as typed, for the caller to
 * read with rules/quantity's parseWholeNumber, which takes digits only: "1e1", "2.5" and "-1" are
 * errors to show, never numbers read some other way.
 */
export function NumberField({
  value,
  onValueChange,
  min,
  max,
  disabled,
  ...text
}: FieldText & {
  value: string
  onValueChange: (text: string) => void
  min?: number
  max?: number
  disabled?: boolean
}) {
  return (
    <Field {...text}>
      {(control) => (
        <input
          {...control}
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          step={1}
          value={value}
          disabled={disabled}
          onChange={(event) => onValueChange(event.target.value)}
        />
      )}
    </Field>
  )
}
