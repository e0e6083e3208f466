import { Field } from './field'

/** A labelled search box, without the browser's autocomplete: the subscriptions' and the opportunities' search. */
export function SearchField({
  label,
  value,
  onChange,
}: {
  label: string
  value: string
  onChange: (text: string) => void
}) {
  return (
    <Field label={label}>
      {(control) => (
        <input
          {...control}
          type="search"
          autoComplete="off"
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  )
}
