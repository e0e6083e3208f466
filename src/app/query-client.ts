import { QueryClient } from '@tanstack/react-query'
import { isApiError, isPassingFault } from '../api/errors'

/** Reads may retry on faults that pass (network, sign-in service, timeout, 429, 5xx); writes never retry blindly. */
export function shouldRetryRead(failureCount: number, error: unknown): boolean {
  if (failureCount >= 2 || !isApiError(error)) return false
  return error.kind === 'signin' || isPassingFault(error)
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: shouldRetryRead,
        retryDelay: (attempt, error) =>
          isApiError(error) && error.details.retryAfterSeconds !== undefined
            ? error.details.retryAfterSeconds * 1000
            : Math.min(1000 * 2 ** attempt, 8000),
      },
      mutations: { retry: false },
    },
  })
}
