import { Field } from './field'
import styles from './filter-control.module.css'

/** A whole day as a date input gives it; an emptied or half-typed date gives "". */
const DAY = /^\d{4}-\d{2}-\d{2}$/

/**
 * A labelled day within bounds (yyyy-mm-dd). Only whole days are passed on: clearing the field or
 * typing half a date keeps the last day chosen. `errorId`: the id of an error that concerns it.
 * (It, SelectField, SearchField and NumberField each wrap Field around their own control; duplicates
 * pairs their props and opening lines by shape. Field is the part they share.)
 */
export function DateField({
  label,
  value,
  bounds,
  errorId,
  onChange,
}: {
  label: string
  value: string
  bounds: readonly [min: string, max: string]
  errorId?: string
  onChange: (day: string) => void
}) {
  return (
    // `field`: the global name the filter bars lay their fields out by (min-width in .toolbar).
    <Field label={label} className="field">
      {(control) => (
        <input
          {...control}
          className={styles.control}
          type="date"
          value={value}
          min={bounds[0]}
          max={bounds[1]}
          aria-invalid={errorId ? true : undefined}
          aria-describedby={errorId}
          onChange={(event) => {
            if (DAY.test(event.target.value)) onChange(event.target.value)
          }}
        />
      )}
    </Field>
  )
}
