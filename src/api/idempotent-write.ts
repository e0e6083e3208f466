import type { UseMutationResult } from '@tanstack/react-query'
import { useRef, useState } from 'react'
import { newGuid } from './client'
import { isApiError } from './errors'

/**
 * A write that must not happen twice (an upgrade, a quantity change):
 * - one MS-RequestId per distinct write: submitting the same choice again reuses it, so Partner
 *   Center answers a repeat with its first result; a different choice gets a new id;
 * - double clicks and Enter-mashing send once, even before React re-renders;
 * - after a timeout or a dropped connection, whose outcome is unknown, `retry` re-sends exactly
 *   that write; after an answer from the server, the next submit is a new request.
 */
export function useIdempotentWrite<V, R>(mutation: UseMutationResult<R, unknown, V>) {
  const requestId = useRef<{ key: string; id: string } | null>(null)
  const inFlight = useRef(false)
  const [unsettled, setUnsettled] = useState<{ variables: V; onSuccess: (result: R) => void } | null>(null)

  const send = (variables: V, onSuccess: (result: R) => void, onAnswered?: (error: unknown) => void) => {
    if (inFlight.current) return
    inFlight.current = true
    mutation.mutate(variables, {
      onSettled: () => {
        inFlight.current = false
      },
      onSuccess: (result) => {
        setUnsettled(null)
        onSuccess(result)
      },
      onError: (error) => {
        if (isApiError(error) && (error.kind === 'timeout' || error.kind === 'network')) {
          setUnsettled({ variables, onSuccess })
          return
        }
        setUnsettled(null)
        // The server answered: what it said is final for this request id.
        requestId.current = null
        onAnswered?.(error)
      },
    })
  }

  return {
    /** A write is on its way: ignore further submits. */
    busy: () => mutation.isPending || inFlight.current,
    /** The MS-RequestId of the write identified by `key`. */
    requestIdFor(key: string): string {
      if (!requestId.current || requestId.current.key !== key) requestId.current = { key, id: newGuid() }
      return requestId.current.id
    },
    send,
    /** Re-sends the write whose outcome is unknown, if there is one. */
    retry: unsettled ? () => send(unsettled.variables, unsettled.onSuccess) : undefined,
  }
}
