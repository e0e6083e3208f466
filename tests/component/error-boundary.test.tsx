import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { RouteErrorBoundary } from '../../src/app/error-boundary'
import { I18nProvider } from '../../src/i18n/i18n'
import { ErrorPanel } from '../../src/ui/error-panel'

function Exploding({ explode }: { explode: boolean }) {
  if (explode) throw new Error('Cannot read properties of undefined')
  return <p>Page content</p>
}

function Harness() {
  const [explode, setExplode] = useState(true)
  return (
    <I18nProvider>
      <nav>
        <button type="button" onClick={() => setExplode(false)}>
          Fix it
        </button>
      </nav>
      <RouteErrorBoundary fallback={(error, reset) => <ErrorPanel error={error} onRetry={reset} />}>
        <Exploding explode={explode} />
      </RouteErrorBoundary>
    </I18nProvider>
  )
}

function RoutedHarness() {
  const [route, setRoute] = useState('/broken')
  return (
    <I18nProvider>
      <nav>
        <button type="button" onClick={() => setRoute('/help')}>
          Help
        </button>
      </nav>
      <RouteErrorBoundary resetKey={route} fallback={(error, reset) => <ErrorPanel error={error} onRetry={reset} />}>
        <Exploding explode={route === '/broken'} />
      </RouteErrorBoundary>
    </I18nProvider>
  )
}

describe('route error boundary', () => {
  it('shows what happened instead of a blank page, keeps the rest usable, and recovers on retry', async () => {
    // React reports the caught render error on the console; here it is expected.
    vi.mocked(console.error).mockImplementation(() => {})
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    const user = userEvent.setup()
    render(<Harness />)
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent('Something went wrong')
    expect(alert).toHaveTextContent('Cannot read properties of undefined')
    await user.click(screen.getByRole('button', { name: 'Fix it' }))
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    expect(screen.getByText('Page content')).toBeInTheDocument()
  })

  it('shows the next page when the route changes, without Try again', async () => {
    vi.mocked(console.error).mockImplementation(() => {})
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    const user = userEvent.setup()
    render(<RoutedHarness />)
    expect(screen.getByRole('alert')).toHaveTextContent('Something went wrong')
    await user.click(screen.getByRole('button', { name: 'Help' }))
    expect(screen.getByText('Page content')).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })
})
