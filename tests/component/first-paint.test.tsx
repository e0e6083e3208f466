/**
 * The demo build's first paint, the app's side (src/app/first-paint.ts): while index.html shows a
 * snapshot, the app renders into #root held out of the page, and #root takes the snapshot's place
 * when the app's own content for the page is in: its rows, or an error, or at once when the agent
 * presses a key. The page never holds both.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { createDemoControls, type MockDemoControls } from '../../mocks/demo'
import { db, mockSettings, setFault } from '../../mocks/handlers'
import { App } from '../../src/app/app'
import { FIRST_PAINT_ID, holdRootForFirstPaint } from '../../src/app/first-paint'
import { createQueryClient } from '../../src/app/query-client'

let demo: MockDemoControls | undefined
let watcher: MutationObserver | undefined
afterEach(() => {
  watcher?.disconnect()
  demo?.dispose()
  demo = undefined
  setFault(null)
  document.getElementById(FIRST_PAINT_ID)?.remove()
  document.getElementById('root')?.remove()
})

/** index.html with a snapshot painted where #root is (as its inline script leaves it), then the app booted. */
function bootOverSnapshot({ snapshot = true } = {}) {
  window.history.replaceState(null, '', '/#/')
  const paint = document.createElement('div')
  paint.id = FIRST_PAINT_ID
  paint.inert = true
  paint.setAttribute('aria-hidden', 'true')
  paint.innerHTML =
    '<main><h1>Customers</h1><table><tbody><tr aria-rowindex="2"><th>Snapshot row</th></tr></tbody></table></main>'
  const root = document.createElement('div')
  root.id = 'root'
  if (snapshot) document.body.append(paint)
  document.body.append(root)
  // Whether the page ever held the snapshot and the app's root at once.
  const seen = { both: false }
  watcher = new MutationObserver(() => {
    if (paint.isConnected && root.isConnected && root.firstChild) seen.both = true
  })
  watcher.observe(document.body, { childList: true, subtree: true })
  holdRootForFirstPaint(root)
  const queryClient = createQueryClient()
  queryClient.setDefaultOptions({ queries: { retry: false } })
  demo = createDemoControls({ db, settings: mockSettings })
  render(<App queryClient={queryClient} initialRole="admin_agent" demo={demo} />, { container: root })
  return { paint, root, seen }
}

describe('the app taking over from the first paint', () => {
  it('shows its page in the snapshot’s place once its rows are in, never both at once', async () => {
    const { paint, root, seen } = bootOverSnapshot()
    expect(root.isConnected).toBe(false)
    expect(paint.isConnected).toBe(true)
    // The snapshot is a picture: assistive technology meets nothing of it.
    expect(screen.queryByRole('heading', { name: 'Customers' })).toBeNull()
    expect(await screen.findByRole('link', { name: 'Contoso Ltd' })).toBeVisible()
    expect(root.isConnected).toBe(true)
    expect(paint.isConnected).toBe(false)
    expect(screen.getAllByRole('table')).toHaveLength(1)
    expect(screen.getByRole('heading', { level: 1, name: 'Customers' })).toBeInTheDocument()
    expect(seen.both).toBe(false)
  })

  it('shows an error at once, never behind the snapshot', async () => {
    setFault({ kind: 'server_error', scope: 'all' })
    const { paint } = bootOverSnapshot()
    const alert = await screen.findByRole('alert')
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeVisible()
    expect(paint.isConnected).toBe(false)
  })

  it('shows the app as it is as soon as the agent presses a key', async () => {
    const { paint, root } = bootOverSnapshot()
    await waitFor(() => expect(root.querySelector('header')).not.toBeNull())
    fireEvent.keyDown(window, { key: 'Tab' })
    expect(root.isConnected).toBe(true)
    expect(paint.isConnected).toBe(false)
    expect(screen.getByRole('banner')).toBeInTheDocument()
  })

  it('holds nothing back when no snapshot is painted', async () => {
    const { root } = bootOverSnapshot({ snapshot: false })
    expect(root.isConnected).toBe(true)
    expect(await screen.findByRole('link', { name: 'Contoso Ltd' })).toBeVisible()
  })
})
