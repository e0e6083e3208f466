import { Field } from './field'
import styles from './filter-control.module.css'

/** A choice's value and the words shown for it. */
export type Choice = readonly [value: string, text: string]

/**
 * A labelled choice of one value, or none (the first option: "all customers", "any offer",
 * "skip"): the filters of the subscriptions, the opportunities and the activity, and a bulk plan's
 * target for a group. (Paired by duplicates with DateField and SearchField by shape: see DateField.)
 */
export function SelectField({
  label,
  value,
  none,
  options,
  onChange,
}: {
  label: string
  value: string
  none: { value: string; label: string }
  options: readonly Choice[]
  onChange: (value: string) => void
}) {
  return (
    // `field`: the global name the filter bars lay their fields out by (min-width in .toolbar).
    <Field label={label} className="field">
      {(control) => (
        <select
          {...control}
          className={styles.control}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        >
          <option value={none.value}>{none.label}</option>
          {options.map(([option, text]) => (
            <option key={option} value={option}>
              {text}
            </option>
          ))}
        </select>
      )}
    </Field>
  )
}

/** A SelectField of offers, by id and name. */
export function OfferSelect({
  offers,
  ...field
}: Omit<Parameters<typeof SelectField>[0], 'options'> & { offers: readonly { id: string; name: string }[] }) {
  return <SelectField {...field} options={offers.map((offer) => [offer.id, offer.name] as const)} />
}
