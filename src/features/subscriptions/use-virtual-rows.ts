import { useCallback } from 'react'
import type { Subscription } from '../../api/subscription-schemas'
import { useWindowRows } from '../../ui/use-window-rows'

// A row is about 72 px high in the table, and a card of about 260 px on a phone (styles.css).
// One query, read on each call (a property read: the virtualizer asks for every row).
const phone = globalThis.matchMedia?.('(max-width: 640px)')
const estimateRowSize = () => (phone?.matches ? 260 : 72)

/**
 * The subscription rows near the viewport (src/ui/use-window-rows.ts), and the heights of the
 * spacers that stand for the rows above and below them.
 */
export function useVirtualRows(rows: readonly Subscription[]) {
  // The key function must keep its identity between renders: the virtualizer recomputes every
  // row's offset (10,000 of them, on each scroll frame) whenever it changes.
  const getItemKey = useCallback((index: number) => rows[index]?.id ?? index, [rows])
  // Heights vary a little (names wrap), so the estimate is generous and the overscan covers the
  // difference. Six rows on each side (about half a screen) are enough for that; every extra row
  // in the DOM adds to the layout and paint of each scroll frame (12 cost about 1 ms more per frame
  // than 6, for no visible gain).
  const { start, ...shown } = useWindowRows<HTMLTableSectionElement>({
    count: rows.length,
    estimateSize: estimateRowSize,
    overscan: 6,
    getItemKey,
  })
  return { body: start, ...shown }
}
