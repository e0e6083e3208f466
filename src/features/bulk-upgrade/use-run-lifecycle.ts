import { useQueryClient } from '@tanstack/react-query'
import { type RefObject, useEffect } from 'react'
import { queryKeys } from '../../api/query-keys'
import { focusIfLost } from '../../ui/focus'
import type { BulkRunner } from './bulk-run'

/**
 * What the run's page does by itself: go on after a reload, keep focus on the page as controls come
 * and go, and drop what the run made stale once it is over.
 */
export function useRunLifecycle(runner: BulkRunner, heading: RefObject<HTMLHeadingElement | null>, over: boolean) {
  const queryClient = useQueryClient()
  const run = runner.snapshot

  // After a reload the stored run goes on by itself where it stopped, unless it was paused.
  useEffect(() => {
    if (runner.snapshot.state === 'running') runner.resume()
  }, [runner])

  // A new run (retry) starts at its heading.
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new run id is what moves focus
  useEffect(() => heading.current?.focus(), [run.id])

  // The run's controls go when it ends: focus that was on one of them moves to the heading.
  useEffect(() => {
    if (over) focusIfLost(heading.current)
  }, [over, heading])

  // Once over, what was read before is stale: the opportunities and the customers touched.
  useEffect(() => {
    if (!over) return
    queryClient.removeQueries({ queryKey: queryKeys.allOpportunities() })
    for (const customerId of new Set(run.items.map((i) => i.customerId))) {
      void queryClient.invalidateQueries({ queryKey: queryKeys.customer(customerId) })
    }
  }, [over, queryClient, run.items])
}
