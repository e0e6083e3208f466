import { useQueryClient } from '@tanstack/react-query'
import { startTransition, useCallback, useEffect, useRef, useState } from 'react'
import { type OpportunityScan, scanOpportunities } from '../../api/opportunities'
import { queryKeys } from '../../api/query-keys'
import { partnerCenterBudget } from '../../api/request-budget'
import type { PartnerRole } from '../../rules/roles'

export type ScanStatus = 'scanning' | 'cancelled' | 'done' | 'error'

/**
 * The opportunities scan of the page: started on arrival unless a finished scan of this role is
 * in the query cache, cancellable, restartable. Progress updates are transitions, so typing in a
 * filter stays responsive while thousands of customers are read.
 */
export function useOpportunityScan(role: PartnerRole) {
  const queryClient = useQueryClient()
  const cached = () => queryClient.getQueryData<OpportunityScan>(queryKeys.opportunities(role))
  const [scan, setScan] = useState<OpportunityScan | undefined>(cached)
  const [status, setStatus] = useState<ScanStatus>(() => (cached() ? 'done' : 'scanning'))
  const [error, setError] = useState<unknown>(null)
  const controller = useRef<AbortController | null>(null)

  const start = useCallback(() => {
    controller.current?.abort()
    const current = new AbortController()
    controller.current = current
    setStatus('scanning')
    setError(null)
    scanOpportunities({
      queryClient,
      role,
      budget: partnerCenterBudget,
      signal: current.signal,
      onProgress: (next) => {
        if (!current.signal.aborted) startTransition(() => setScan(next))
      },
    }).then(
      (done) => {
        if (current.signal.aborted) return
        setScan(done)
        setStatus('done')
      },
      (reason: unknown) => {
        if (current.signal.aborted) return
        setError(reason)
        setStatus('error')
      },
    )
  }, [queryClient, role])

  const cancel = useCallback(() => {
    controller.current?.abort()
    setStatus('cancelled')
  }, [])

  useEffect(() => {
    if (!queryClient.getQueryData(queryKeys.opportunities(role))) start()
    return () => controller.current?.abort()
  }, [queryClient, role, start])

  return { scan, status, error, start, cancel }
}
