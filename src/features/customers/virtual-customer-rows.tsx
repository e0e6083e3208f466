import { useWindowVirtualizer } from '@tanstack/react-virtual'
import { useLayoutEffect, useRef, useState } from 'react'
import type { Customer } from '../../api/schemas'
import { VirtualRows } from '../../ui/table'
import { CustomerRow } from './customer-table'

/**
 * The rows of a large partner's customer list, virtualized against the window's scroll: only the
 * rows near the viewport are in the DOM. Loaded on demand, so small partners never download it.
 */
export function VirtualCustomerRows({ customers }: { customers: readonly Customer[] }) {
  const marker = useRef<HTMLTableRowElement>(null)
  const [scrollMargin, setScrollMargin] = useState(0)
  useLayoutEffect(() => {
    setScrollMargin((marker.current?.getBoundingClientRect().top ?? 0) + window.scrollY)
  }, [])
  // Rows are one line high and not measured one by one (see the subscription table).
  const virtualizer = useWindowVirtualizer({
    count: customers.length,
    estimateSize: () => 45,
    overscan: 15,
    scrollMargin,
    getItemKey: (index) => customers[index]?.id ?? index,
  })
  const items = virtualizer.getVirtualItems()
  const before = items.length > 0 ? (items[0]?.start ?? 0) - scrollMargin : 0
  const after = items.length > 0 ? virtualizer.getTotalSize() - ((items[items.length - 1]?.end ?? 0) - scrollMargin) : 0
  return (
    <VirtualRows before={before} after={after} columns={4} marker={marker}>
      {items.map((item) => {
        const customer = customers[item.index]
        return customer ? <CustomerRow key={item.key} customer={customer} index={item.index} /> : null
      })}
    </VirtualRows>
  )
}
