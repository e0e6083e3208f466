import { useCallback, useMemo, useState } from 'react'
import type { SubscriptionEligibility } from '../../rules/eligibility'
import type { BlockedReasonsTarget } from './blocked-reasons'

/**
 * The state of the table's one "Why no upgrade?" popover: which row's reasons it shows, the button
 * that opened it, and whether it is open.
 */
export function useBlockedReasons(customerId: string, eligibility: ReadonlyMap<string, SubscriptionEligibility>) {
  const [why, setWhy] = useState<{ id: string; name: string; trigger: HTMLElement; open: boolean } | null>(null)
  const toggle = useCallback(
    (id: string, name: string, trigger: HTMLElement) =>
      setWhy((current) =>
        current?.open && current.id === id ? { ...current, open: false } : { id, name, trigger, open: true },
      ),
    [],
  )
  const close = useCallback(() => setWhy((current) => (current?.open ? { ...current, open: false } : current)), [])
  // A row that leaves the DOM (scrolled away, filtered out, now upgradable) takes its button with it:
  // its popover closes, as it did when each row had its own. Called after each render of the rows
  // (they render on every scroll frame; the table does not).
  const closeIfGone = useCallback(() => {
    if (why?.open && !why.trigger.isConnected) close()
  }, [why, close])
  const whyEligibility = why ? eligibility.get(why.id) : undefined
  const target = useMemo<BlockedReasonsTarget | null>(
    () =>
      why && whyEligibility
        ? {
            customerId,
            subscriptionId: why.id,
            subscriptionName: why.name,
            eligibility: whyEligibility,
            trigger: why.trigger,
            open: why.open,
          }
        : null,
    [customerId, why, whyEligibility],
  )
  const openFor = why?.open ? why.id : undefined
  return { target, openFor, toggle, close, closeIfGone }
}
