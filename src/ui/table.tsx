import type { ComponentProps } from 'react'
import styles from './table.module.css'

/**
 * A data table in its frame (which scrolls sideways when the table is wider). `stack`: below
 * 640 px each row is a card, each cell labelled by its `data-label`.
 */
export function Table({ stack = false, className, ...props }: ComponentProps<'table'> & { stack?: boolean }) {
  return (
    <div className={styles.frame}>
      <table
        className={[styles.table, stack ? styles.stack : undefined, className].filter(Boolean).join(' ')}
        {...props}
      />
    </div>
  )
}
