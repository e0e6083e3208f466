import { Field, type FieldText } from './field'

/**
 * A whole number typed by the agent (licenses). The value is the text as typed, for the caller to
 * read with rules/quantity's parseWholeNumber, which takes digits only: "1e1", "2.5" and "-1" are
 * errors to show, never numbers read some other way. (Paired by duplicates with SearchField by
 * shape: see DateField.) Not in field.tsx: a module goes whole into one chunk, and beside Field,
 * which the first screen's search uses, it would load with the first screen, which has none.
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
