import { Field } from './field'

/**
 * A labelled search box, without the browser's autocomplete: the subscriptions' and the
 * opportunities' search. (Paired by duplicates with the other fields by shape: see DateField.)
 */
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
    // `field`: the global name the filter bars lay their fields out by (min-width in .toolbar).
    <Field label={label} className="field">
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
