import type { ReactNode } from 'react'
import { ErrorBoundary } from 'react-error-boundary'

/**
 * Keeps the rest of the app usable when one route throws while rendering: react-error-boundary's
 * boundary, reset when `resetKey` (the route) changes or when the fallback's Try again is chosen.
 */
export function RouteErrorBoundary({
  fallback,
  children,
  resetKey,
}: {
  fallback: (error: unknown, reset: () => void) => ReactNode
  children: ReactNode
  resetKey?: string
}) {
  return (
    <ErrorBoundary
      resetKeys={[resetKey]}
      onError={(error, info) => console.warn('A page failed to render', error, info.componentStack)}
      fallbackRender={({ error, resetErrorBoundary }) => fallback(error, () => resetErrorBoundary())}
    >
      {children}
    </ErrorBoundary>
  )
}
