import type { ReactNode, Ref } from 'react'
import styles from './table.module.css'

// The virtualized lists' rows (table.tsx's Table holds them). Not in table.tsx: a module goes whole
// into one chunk, and beside Table, which the first screen's customer list uses, they would load
// with the first screen, whose list is virtualized only past 300 customers (a chunk of its own).

/** An empty row that stands for the rows of a virtualized list out of view, `height` px high. */
function SpacerRow({ height, columns, ref }: { height: number; columns: number; ref?: Ref<HTMLTableRowElement> }) {
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
