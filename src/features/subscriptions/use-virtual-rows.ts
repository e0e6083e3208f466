import { useWindowVirtualizer } from '@tanstack/react-virtual'
import { useCallback, useLayoutEffect, useRef, useState } from 'react'
import type { Subscription } from '../../api/subscription-schemas'

// A row is about 72 px high in the table, and a card of about 260 px on a phone (styles.css).
// One query, read on each call (a property read: the virtualizer asks for every row).
const phone = globalThis.matchMedia?.('(max-width: 640px)')
const estimateRowSize = () => (phone?.matches ? 260 : 72)

/**
 * The rows near the viewport, virtualized against the window's scroll, and the heights of the
 * spacers that stand for the rows above and below them.
 */
export function useVirtualRows(rows: readonly Subscription[]) {
  const body = useRef<HTMLTableSectionElement>(null)
  const [scrollMargin, setScrollMargin] = useState(0)
  useLayoutEffect(() => {
    const top = body.current?.getBoundingClientRect().top ?? 0
    setScrollMargin(top + window.scrollY)
  }, [])
  // The key function must keep its identity between renders: the virtualizer recomputes every
  // row's offset (10,000 of them, on each scroll frame) whenever it changes.
  const getItemKey = useCallback((index: number) => rows[index]?.id ?? index, [rows])
  // Rows are not measured one by one: with 10,000 rows, every measurement makes the virtualizer
  // recompute all offsets, which made scrolling stutter. Heights vary a little (names wrap), so
  // the estimate is generous and the overscan covers the difference. Six rows on each side (about
  // half a screen) are enough for that; every extra row in the DOM adds to the layout and paint of
  // each scroll frame (12 cost about 1 ms more per frame than 6, for no visible gain).
  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: estimateRowSize,
    overscan: 6,
    scrollMargin,
    getItemKey,
  })
  const items = virtualizer.getVirtualItems()
  const before = items.length > 0 ? (items[0]?.start ?? 0) - scrollMargin : 0
  const after = items.length > 0 ? virtualizer.getTotalSize() - ((items[items.length - 1]?.end ?? 0) - scrollMargin) : 0
  return { body, items, before, after }
}
