/**
 * The demo paints its shell and first screen while the mock API starts: calls wait for it, and the
 * demo panel and boot notices arrive with it (src/main.tsx renders the app twice in that order).
 */
import { render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { createDemoControls, type MockDemoControls } from '../../mocks/demo'
import { db, mockSettings } from '../../mocks/handlers'
import { server } from '../../mocks/node'
import { holdRequestsUntil } from '../../src/api/client'
import { App } from '../../src/app/app'
import { createQueryClient } from '../../src/app/query-client'

let demo: MockDemoControls | undefined
afterEach(() => {
  server.events.removeAllListeners()
  holdRequestsUntil(undefined)
  demo?.dispose()
  demo = undefined
})

function startingApp() {
  let started: () => void = () => undefined
  holdRequestsUntil(
    new Promise<void>((resolve) => {
      started = resolve
    }),
  )
  window.history.replaceState(null, '', '/#/')
  const queryClient = createQueryClient()
  queryClient.setDefaultOptions({ queries: { retry: false, staleTime: 0 } })
  const view = render(<App queryClient={queryClient} demoStarting />)
  return { queryClient, started: () => started(), ...view }
}

describe('boot', () => {
  it('shows the shell and the customer list’s frame before the mock API has started, and the data when it has', async () => {
    const asked: string[] = []
    server.events.on('request:start', ({ request }) => {
      asked.push(new URL(request.url).pathname)
    })
    const { queryClient, started, rerender } = startingApp()
    expect(screen.getByRole('link', { name: 'Upgrade Console' })).toBeInTheDocument()
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument()
    expect(screen.getByText('Demo data · mocked Partner Center')).toBeInTheDocument()
    expect(screen.getByText('Signed in as Admin agent')).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 1, name: 'Customers' })).toBeInTheDocument()
    // Nothing is asked of the API until it is there.
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(asked).toEqual([])
    expect(screen.queryByRole('table', { name: 'Customers' })).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Demo controls' })).toBeDisabled()

    started()
    demo = createDemoControls({ db, settings: mockSettings })
    rerender(<App queryClient={queryClient} demo={demo} bootNotices={[{ kind: 'unknown_scenario', name: 'nope' }]} />)
    const table = await screen.findByRole('table', { name: 'Customers' })
    expect(within(table).getByRole('link', { name: 'Contoso Ltd' })).toBeInTheDocument()
    await waitFor(() => expect(screen.getByRole('button', { name: 'Demo controls' })).toBeEnabled())
    expect(screen.getByText(/nope/)).toBeInTheDocument()
    expect(asked).toContain('/v1/customers')
  })

  it('reports a mock API that failed to start as a network problem, with the correlation id', async () => {
    holdRequestsUntil(Promise.reject(new Error('no service worker')))
    window.history.replaceState(null, '', '/#/')
    const queryClient = createQueryClient()
    queryClient.setDefaultOptions({ queries: { retry: false } })
    render(<App queryClient={queryClient} demoStarting />)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Can’t reach Partner Center')
    expect(alert).toHaveTextContent(/correlation/i)
    expect(screen.queryByRole('table', { name: 'Customers' })).not.toBeInTheDocument()
  })
})
