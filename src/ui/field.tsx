import { type ReactNode, useId } from 'react'
import styles from './field.module.css'

/** What a field's control needs to be labelled and described: spread it onto the control. */
export interface FieldControl {
  id: string
  'aria-describedby'?: string
  'aria-invalid'?: true
}

export interface FieldText {
  label: ReactNode
  /** Said under the control, and read with it by screen readers. */
  hint?: ReactNode
  /** Shown in the hint's place, and marks the control invalid; null or undefined when valid. */
  error?: ReactNode
  className?: string
}

/** A labelled control with its hint or error, wired by id (`children` renders the control). */
export function Field({
  label,
  hint,
  error,
  className,
  children,
}: FieldText & { children: (control: FieldControl) => ReactNode }) {
  const id = useId()
  const noteId = useId()
  const note = error ?? hint
  const control: FieldControl = {
    id,
    ...(note ? { 'aria-describedby': noteId } : {}),
    ...(error ? { 'aria-invalid': true } : {}),
  }
  return (
    <div className={className ? `${styles.field} ${className}` : styles.field}>
      <label htmlFor={id}>{label}</label>
      {children(control)}
      {note ? (
        <p id={noteId} className={error ? styles.error : styles.hint}>
          {note}
        </p>
      ) : null}
    </div>
  )
}
