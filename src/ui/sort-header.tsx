/**
 * A column's header that sorts its table by the column: the button sorts, `aria-sort` tells
 * assistive technology how the table is sorted, and the mark shows it. `direction`: undefined
 * when the table is sorted by another column.
 */
export function SortHeader({
  label,
  direction,
  numeric = false,
  onSort,
}: {
  label: string
  direction: 'asc' | 'desc' | undefined
  numeric?: boolean
  onSort: () => void
}) {
  return (
    <th
      scope="col"
      className={numeric ? 'numeric' : undefined}
      aria-sort={direction === undefined ? undefined : direction === 'asc' ? 'ascending' : 'descending'}
    >
      <button type="button" className="sort-button" onClick={onSort}>
        {label}
        <span aria-hidden="true" className="sort-mark">
          {direction === undefined ? '' : direction === 'asc' ? '▲' : '▼'}
        </span>
      </button>
    </th>
  )
}
