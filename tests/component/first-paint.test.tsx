/**
 * The first paint, the app's side (src/app/first-paint.ts): while index.html shows a snapshot (the
 * demo's customer list, a live build's sign-in page), the app renders into #root held out of the
 * page, and #root takes the snapshot's place when the app's own content for the page is in: its
 * rows, the sign-in page, or an error, or at once when the agent presses a key. The page never
 * holds both.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createDemoControls, type MockDemoControls } from '../../mocks/demo'
import { db, mockSettings, setFault } from '../../mocks/handlers'
import { demoSnapshot, type FirstPaintSnapshot, showFirstPaint } from '../../scripts/first-paint-script'
import { signInSnapshot } from '../../scripts/first-paint-sign-in'
import { startApp } from '../../scripts/first-paint-start'
import { App } from '../../src/app/app'
import { FIRST_PAINT_ID, holdRootForFirstPaint } from '../../src/app/first-paint'
import { createQueryClient } from '../../src/app/query-client'
import type { LiveAuth } from '../../src/auth/live-auth'
import { signedOut } from './render-app'

/** A live build's sign-in snapshot, as captured (in short). */
const SIGN_IN_MARKUP =
  '<main><section class="page sign-in-page"><h1>Sign in to Upgrade Console</h1><button>Sign in with Microsoft</button></section></main>'

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
function bootOverSnapshot({ snapshot = true, auth }: { snapshot?: boolean; auth?: LiveAuth } = {}) {
  window.history.replaceState(null, '', '/#/')
  const paint = document.createElement('div')
  paint.id = FIRST_PAINT_ID
  paint.inert = true
  paint.setAttribute('aria-hidden', 'true')
  paint.innerHTML = auth
    ? SIGN_IN_MARKUP
    : '<main><h1>Customers</h1><table><tbody><tr aria-rowindex="2"><th>Snapshot row</th></tr></tbody></table></main>'
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
  if (auth) render(<App queryClient={queryClient} auth={auth} />, { container: root })
  else {
    demo = createDemoControls({ db, settings: mockSettings })
    render(<App queryClient={queryClient} initialRole="admin_agent" demo={demo} />, { container: root })
  }
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

  it('live: shows its sign-in page in the snapshot’s place once it is in, never both at once', async () => {
    const { paint, root, seen } = bootOverSnapshot({ auth: signedOut })
    expect(root.isConnected).toBe(false)
    expect(screen.queryByRole('button', { name: 'Sign in with Microsoft' })).toBeNull()
    const signIn = await screen.findByRole('button', { name: 'Sign in with Microsoft' })
    expect(signIn).toBeVisible()
    expect(paint.isConnected).toBe(false)
    expect(screen.getAllByRole('heading', { level: 1, name: 'Sign in to Upgrade Console' })).toHaveLength(1)
    expect(seen.both).toBe(false)
  })

  it('holds nothing back when no snapshot is painted', async () => {
    const { root } = bootOverSnapshot({ snapshot: false })
    expect(root.isConnected).toBe(true)
    expect(await screen.findByRole('link', { name: 'Contoso Ltd' })).toBeVisible()
  })
})

/** index.html at `hash` as the parser leaves it for the inline script: a snapshot's <template> and #root. */
function indexWithTemplate(hash: string, id: string, markup: string) {
  window.history.replaceState(null, '', `/${hash}`)
  const template = document.createElement('template')
  template.id = id
  template.innerHTML = markup
  document.head.append(template)
  const root = document.createElement('div')
  root.id = 'root'
  document.body.append(root)
  window.matchMedia = ((query: string) => ({ matches: query === 'all' })) as unknown as typeof window.matchMedia
  return { template, root }
}

/** The app's start (scripts/first-paint-start.ts) with a stand-in for loading the app's module. */
function startWithStandIn(result: 'loads' | 'fails' = 'loads') {
  const load = vi.fn((_address: string) =>
    result === 'loads' ? Promise.resolve() : Promise.reject(new TypeError('Failed to fetch')),
  )
  startApp('http://localhost/assets/index-test.js', load)
  return load
}

describe('index.html’s first-paint script (scripts/first-paint-script.ts) and the app’s start', () => {
  const snapshot: FirstPaintSnapshot = {
    template: 'first-paint-customers',
    hash: '#/',
    scenario: 'default',
    fingerprint: 'unused: nothing is stored',
    startsWhenNoneStored: true,
    media: 'all',
  }

  const pageWithTemplate = (hash: string) =>
    indexWithTemplate(
      hash,
      snapshot.template,
      // As captured: the chosen option only, the others' labels beside it (scripts/first-paint.ts).
      '<main><h1>Customers</h1><div class="theme-picker"><select style="width: 159px" data-labels=\'{"system":"Match the system","light":"Light","dark":"Dark"}\'><option value="system">Match the system</option></select></div></main>',
    )
  afterEach(() => {
    document.getElementById(snapshot.template)?.remove()
    delete document.documentElement.dataset.theme
  })

  it('paints the snapshot where #root is, inert and hidden, in the stored theme; the app starts after its frame', async () => {
    localStorage.setItem('upgrade-console.theme', 'dark')
    const { root } = pageWithTemplate('#/')
    showFirstPaint([snapshot], demoSnapshot)
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
    // The app starts after the snapshot's frame, not before it, and once.
    const load = startWithStandIn()
    expect(load).not.toHaveBeenCalled()
    await waitFor(() => expect(load).toHaveBeenCalledOnce())
    await new Promise((resolve) => setTimeout(resolve, 150))
    expect(load).toHaveBeenCalledOnce()
  })

  it('paints nothing for another page, and the app starts at once', () => {
    pageWithTemplate('#/help')
    showFirstPaint([snapshot], demoSnapshot)
    expect(document.getElementById(FIRST_PAINT_ID)).toBeNull()
    expect(startWithStandIn()).toHaveBeenCalledOnce()
  })

  it('the app starts at once when the inline script did not run (a host’s policy refused it)', () => {
    pageWithTemplate('#/')
    expect(startWithStandIn()).toHaveBeenCalledExactlyOnceWith('http://localhost/assets/index-test.js')
  })

  it('takes the snapshot away when the app’s code cannot load: no picture of an app that will not come', async () => {
    pageWithTemplate('#/')
    showFirstPaint([snapshot], demoSnapshot)
    const paint = document.getElementById(FIRST_PAINT_ID)
    const load = startWithStandIn('fails')
    await waitFor(() => expect(load).toHaveBeenCalled())
    await waitFor(() => expect(paint?.isConnected).toBe(false))
  })

  it('goes as soon as the app writes its boot failure into #root before holding it', () => {
    const { root } = pageWithTemplate('#/')
    showFirstPaint([snapshot], demoSnapshot)
    const paint = document.getElementById(FIRST_PAINT_ID)
    root.textContent = 'The app could not start: no network.'
    return waitFor(() => expect(paint?.isConnected).toBe(false))
  })
})

describe('a live build’s first-paint script (scripts/first-paint-sign-in.ts)', () => {
  const snapshot = { template: 'first-paint-sign-in', hash: '#/', media: 'all' }

  const liveIndex = () => indexWithTemplate('#/', snapshot.template, SIGN_IN_MARKUP)
  afterEach(() => {
    document.getElementById(snapshot.template)?.remove()
    sessionStorage.clear()
  })

  it('paints the sign-in page in a tab MSAL has only started in; the app starts after its frame', async () => {
    sessionStorage.setItem('msal.version', '5.30.0')
    const { root } = liveIndex()
    showFirstPaint([snapshot], signInSnapshot)
    const paint = document.getElementById(FIRST_PAINT_ID)
    expect(paint?.nextElementSibling).toBe(root)
    expect(paint?.textContent).toContain('Sign in to Upgrade Console')
    // A picture: nothing of it to press or to read aloud.
    expect(screen.queryByRole('button', { name: 'Sign in with Microsoft' })).toBeNull()
    const load = startWithStandIn()
    expect(load).not.toHaveBeenCalled()
    await waitFor(() => expect(load).toHaveBeenCalledOnce())
  })

  it('paints nothing for a signed-in agent (no sign-in page for a moment), and the app starts at once', () => {
    sessionStorage.setItem('msal.version', '5.30.0')
    sessionStorage.setItem('msal.3.account.keys', '["account"]')
    liveIndex()
    showFirstPaint([snapshot], signInSnapshot)
    expect(document.getElementById(FIRST_PAINT_ID)).toBeNull()
    expect(startWithStandIn()).toHaveBeenCalledOnce()
  })
})
