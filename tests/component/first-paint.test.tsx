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
import { type FirstPaintSnapshot, showFirstPaint } from '../../scripts/first-paint-script'
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

describe('index.html’s first-paint script (scripts/first-paint-script.ts)', () => {
  const snapshot: FirstPaintSnapshot = {
    template: 'first-paint-customers',
    hash: '#/',
    scenario: 'default',
    fingerprint: 'unused: nothing is stored',
    startsWhenNoneStored: true,
    media: 'all',
  }
  const entry = './assets/index-test.js'
  const appScript = () => document.head.querySelector<HTMLScriptElement>(`script[src="${entry}"]`)

  function pageWithTemplate(hash: string) {
    window.history.replaceState(null, '', `/${hash}`)
    const template = document.createElement('template')
    template.id = snapshot.template
    template.innerHTML =
      // As captured: the chosen option only, the others' labels beside it (scripts/first-paint.ts).
      '<main><h1>Customers</h1><div class="theme-picker"><select style="width: 159px" data-labels=\'{"system":"Match the system","light":"Light","dark":"Dark"}\'><option value="system">Match the system</option></select></div></main>'
    document.head.append(template)
    const root = document.createElement('div')
    root.id = 'root'
    document.body.append(root)
    window.matchMedia = ((query: string) => ({ matches: query === 'all' })) as unknown as typeof window.matchMedia
    return { template, root }
  }
  afterEach(() => {
    appScript()?.remove()
    document.getElementById(snapshot.template)?.remove()
    delete document.documentElement.dataset.theme
  })

  it('paints the snapshot where #root is, inert and hidden, in the stored theme, then starts the app', async () => {
    localStorage.setItem('upgrade-console.theme', 'dark')
    const { root } = pageWithTemplate('#/')
    showFirstPaint([snapshot], entry)
    const paint = document.getElementById(FIRST_PAINT_ID)
    expect(paint?.nextElementSibling).toBe(root)
    expect(paint).toHaveAttribute('aria-hidden', 'true')
    expect(paint?.inert).toBe(true)
    expect(screen.queryByRole('heading', { name: 'Customers' })).toBeNull()
    expect(document.documentElement.dataset.theme).toBe('dark')
    const theme = paint?.querySelector('select')
    expect(theme?.value).toBe('dark')
    expect(theme?.selectedOptions[0]?.text).toBe('Dark')
    expect(theme?.options).toHaveLength(1)
    // The app starts after the snapshot's frame, not before it.
    expect(appScript()).toBeNull()
    await waitFor(() => expect(appScript()).not.toBeNull())
    expect(appScript()?.type).toBe('module')
  })

  it('paints nothing for another page, and starts the app at once', () => {
    pageWithTemplate('#/help')
    showFirstPaint([snapshot], entry)
    expect(document.getElementById(FIRST_PAINT_ID)).toBeNull()
    expect(appScript()).not.toBeNull()
  })

  it('goes as soon as the app writes its boot failure into #root before holding it', () => {
    const { root } = pageWithTemplate('#/')
    showFirstPaint([snapshot], entry)
    const paint = document.getElementById(FIRST_PAINT_ID)
    root.textContent = 'The app could not start: no network.'
    return waitFor(() => expect(paint?.isConnected).toBe(false))
  })
})
