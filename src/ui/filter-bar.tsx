import type { ReactNode } from 'react'

/** A list's search and filters, as one named search landmark (the subscriptions, opportunities, activity). */
export function FilterBar({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: <search> is not known to every browser and test DOM yet; the role says the same
    <div role="search" className="toolbar" aria-label={label}>
      {children}
    </div>
  )
}
