import { useCallback } from 'react'
import type { Customer } from '../../api/schemas'
import { VirtualRows } from '../../ui/table'
import { useWindowRows } from '../../ui/use-window-rows'
import { CustomerRow } from './customer-table'

// Rows are one line high and not measured one by one (src/ui/use-window-rows.ts).
const estimateRowSize = () => 45

/**
 * The rows of a large partner's customer list, virtualized against the window's scroll: only the
 * rows near the viewport are in the DOM. Loaded on demand, so small partners never download it.
 */
export function VirtualCustomerRows({ customers }: { customers: readonly Customer[] }) {
  const getItemKey = useCallback((index: number) => customers[index]?.id ?? index, [customers])
  const { start, items, before, after } = useWindowRows<HTMLTableRowElement>({
    count: customers.length,
    estimateSize: estimateRowSize,
    overscan: 15,
    getItemKey,
  })
  return (
    <VirtualRows before={before} after={after} columns={4} marker={start}>
      {items.map((item) => {
        const customer = customers[item.index]
        return customer ? <CustomerRow key={item.key} customer={customer} index={item.index} /> : null
      })}
    </VirtualRows>
  )
}
