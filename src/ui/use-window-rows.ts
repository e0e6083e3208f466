import { useWindowVirtualizer } from '@tanstack/react-virtual'
import { useLayoutEffect, useRef, useState } from 'react'

/**
 * The rows of a long table near the viewport, virtualized against the window's scroll, and the
 * heights of the spacers that stand for the rows above and below them (VirtualRows). `start` goes
 * on the element where the rows begin. Rows are not measured one by one: with 10,000 rows, every
 * measurement makes the virtualizer recompute all offsets. `estimateSize` and `getItemKey` should
 * keep their identity between renders, for the same reason.
 */
export function useWindowRows<Start extends HTMLElement>(options: {
  count: number
  estimateSize: (index: number) => number
  overscan: number
  getItemKey: (index: number) => string | number
}) {
  const start = useRef<Start>(null)
  const [scrollMargin, setScrollMargin] = useState(0)
  useLayoutEffect(() => {
    const measure = () => setScrollMargin((start.current?.getBoundingClientRect().top ?? 0) + window.scrollY)
    measure()
    const element = start.current
    if (!element || element.isConnected) return
    // Rendered out of the page (the demo's first paint holds the app until its rows are in:
    // src/app/first-paint.ts): measured again once it is in the page and has a box.
    const observer = new ResizeObserver(() => {
      if (!element.isConnected) return
      observer.disconnect()
      measure()
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [])
  const virtualizer = useWindowVirtualizer({ ...options, scrollMargin })
  const items = virtualizer.getVirtualItems()
  const before = items.length > 0 ? (items[0]?.start ?? 0) - scrollMargin : 0
  const after = items.length > 0 ? virtualizer.getTotalSize() - ((items[items.length - 1]?.end ?? 0) - scrollMargin) : 0
  return { start, items, before, after }
}
