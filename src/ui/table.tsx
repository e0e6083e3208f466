import type { ComponentProps, ReactNode, Ref } from 'react'
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

/** An empty row that stands for the rows of a virtualized list out of view, `height` px high. */
export function SpacerRow({
  height,
  columns,
  ref,
}: {
  height: number
  columns: number
  ref?: Ref<HTMLTableRowElement>
}) {
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: a spacer row holds no content and nothing focusable
    <tr ref={ref} aria-hidden="true" className={styles.spacer}>
      <td colSpan={columns} style={{ height }} />
    </tr>
  )
}

/**
 * The rows in view of a virtualized list between two spacer rows standing for those above and
 * below. `marker` always renders the first spacer, to measure where the list starts.
 */
export function VirtualRows({
  before,
  after,
  columns,
  marker,
  children,
}: {
  before: number
  after: number
  columns: number
  marker?: Ref<HTMLTableRowElement>
  children: ReactNode
}) {
  return (
    <>
      {before > 0 || marker ? <SpacerRow ref={marker} height={before} columns={columns} /> : null}
      {children}
      {after > 0 ? <SpacerRow height={after} columns={columns} /> : null}
    </>
  )
}
