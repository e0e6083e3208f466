import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { holdRequestsUntil } from './api/client'
import { App } from './app/app'
import type { BootNotice } from './app/boot-notices'
import { holdRootForFirstPaint } from './app/first-paint'
import { createQueryClient } from './app/query-client'
import { CustomerRoute } from './app/routes/app-routes'
import { rememberRole } from './app/session'
import { applyTheme, storedTheme } from './app/theme'
import { deferredAuth } from './auth/deferred-auth'
import type { LiveAuth } from './auth/live-auth'
import { tabMayHoldSignIn } from './auth/msal-storage'
import type { DemoControls } from './contract/demo-controls'
import { mayBeDemoLink } from './features/demo/demo-link-params'
import { loadCatalog, loadedCatalog } from './i18n/catalogs'
import { createI18n, initialLocale, type Locale, rememberLocale } from './i18n/i18n'
import './app/styles.css'

interface MockBoot {
  readonly demo: DemoControls
  readonly notices: BootNotice[]
  readonly unknownScenario?: string
}

/** The mock API under way: `answering` once requests may be sent, `started` once its data is loaded. */
interface MockStarting {
  readonly answering: Promise<void>
  readonly started: Promise<MockBoot>
}

/** The customer whose page the address opens, if any (its first rows come first in the demo). */
function openedCustomerId(hash: string): string | undefined {
  const match = /^#\/customers\/([^/?#]+)/.exec(hash)
  if (!match?.[1]) return undefined
  try {
    return decodeURIComponent(match[1])
  } catch {
    return undefined
  }
}

/**
 * `firstCustomerId`: the customer whose page the first render shows (its first rows come first);
 * none when the first render waits for the mock (a demo link).
 */
function startMocks(scenario: string | null, firstCustomerId: string | undefined): MockStarting {
  // Loaded on demand, and only in mock mode: a live build carries no mock code at all.
  const begun = import('../mocks/browser').then(({ beginMockApi }) =>
    beginMockApi(`${import.meta.env.BASE_URL}mockServiceWorker.js`, {
      scenario,
      ...(firstCustomerId === undefined ? {} : { firstCustomerId }),
    }),
  )
  const started = begun.then(async (mock): Promise<MockBoot> => {
    const started = await mock.started
    const notices: BootNotice[] = []
    if (started.restore.kind === 'discarded') {
      console.warn('Stored demo data was discarded:', started.restore.problems.join('; '))
      notices.push({ kind: 'demo_state_discarded' })
    }
    if (started.unknownScenario) notices.push({ kind: 'unknown_scenario', name: started.unknownScenario })
    return { demo: started.demo, notices, unknownScenario: started.unknownScenario }
  })
  return { answering: begun.then((mock) => mock.answering), started }
}

async function startLiveAuth(): Promise<LiveAuth> {
  // Loaded only in live mode: the demo build carries no MSAL.
  const [{ liveAuthConfig }, { createMsalAuth }] = await Promise.all([
    import('./auth/auth-config'),
    import('./auth/msal-auth'),
    // The live session and its top bar: fetched now rather than after the first render.
    import('./app/live-session'),
  ])
  // Each variable by name: handing over import.meta.env whole would inline every VITE_* variable
  // of the build's environment into the bundle (tests/unit/build/live-build.test.ts plants one).
  const env = {
    VITE_API_BASE_URL: import.meta.env.VITE_API_BASE_URL,
    VITE_AUTH_CLIENT_ID: import.meta.env.VITE_AUTH_CLIENT_ID,
    VITE_AUTH_TENANT: import.meta.env.VITE_AUTH_TENANT,
    VITE_AUTH_AUTHORITY: import.meta.env.VITE_AUTH_AUTHORITY,
    VITE_AUTH_PROTOCOL: import.meta.env.VITE_AUTH_PROTOCOL,
    VITE_AUTH_REDIRECT_URI: import.meta.env.VITE_AUTH_REDIRECT_URI,
    VITE_API_SCOPE: import.meta.env.VITE_API_SCOPE,
    VITE_ROLE_GROUPS: import.meta.env.VITE_ROLE_GROUPS,
  }
  return createMsalAuth(liveAuthConfig(env, window.location.href))
}

/**
 * The app's element, found once: while a first-paint snapshot shows, the app holds it out of the
 * page (app/first-paint.ts), where a boot failure must still be written (its text ends the hold).
 */
const rootElement = document.getElementById('root')

function showBootFailure(error: unknown): void {
  const root = rootElement
  if (!root) return
  const message = error instanceof Error ? error.message : String(error)
  // What happened and what to do, as an alert (announced), in the error panel's style.
  const panel = document.createElement('p')
  panel.className = 'error-panel boot-failure'
  panel.setAttribute('role', 'alert')
  // A live build has no service worker to check: its sign-in and API are what the agent can check.
  const key = import.meta.env.VITE_API_BASE_URL ? 'boot.failed.live' : 'boot.failed'
  const write = (locale: Locale) => {
    panel.lang = locale
    panel.textContent = createI18n(locale).t(key, { message })
  }
  // In the agent's language: at once when its words are loaded, else in en-US until they are.
  const wanted = initialLocale()
  write(loadedCatalog(wanted) ? wanted : 'en-US')
  if (!loadedCatalog(wanted))
    loadCatalog(wanted).then(
      () => write(wanted),
      () => undefined,
    )
  root.replaceChildren(panel)
}

async function boot(): Promise<void> {
  // A pinned theme, before anything paints.
  applyTheme(storedTheme())
  // A deep link to a customer: that page's code is fetched at once, and the first render waits for
  // it, so that the page renders (and sends its API calls) in that first render rather than after
  // a Suspense fallback, whose reveal React holds back for up to 300 ms.
  const customerPage = window.location.hash.startsWith('#/customers/')
    ? CustomerRoute.preload().catch(() => undefined)
    : undefined
  // A demo link (features/demo/demo-link.ts): its code loads only when the address may hold one.
  const demoLinks = mayBeDemoLink(window.location) ? await import('./features/demo/demo-link') : undefined
  const link = demoLinks?.takeDemoLink()
  if (link?.lang) rememberLocale(link.lang)
  // VITE_API_BASE_URL is replaced at build time: in a live build this is a constant, and the mock
  // code behind startMocks() is dropped from the bundle entirely. The demo's first screen paints
  // without waiting for the mock API, whose code is fetched only after that paint (so that it does
  // not compete with the first screen's own files on a slow network): the API calls wait for it.
  // An address that opens a customer's page fetches it at once: that page shows nothing without
  // the API (docs/performance.md). The calls are sent once the mock answers: a large customer's
  // first rows may be answered before the demo's database has loaded (mocks/first-answers.ts),
  // every other call waits there for it. A demo link sets the role, scenario and latency the app
  // starts with: it waits for the mock.
  let painted: () => void = () => undefined
  const starting = import.meta.env.VITE_API_BASE_URL
    ? undefined
    : (link || openedCustomerId(window.location.hash) !== undefined
        ? Promise.resolve()
        : new Promise<void>((resolve) => {
            painted = resolve
          })
      ).then(() => startMocks(link?.scenario ?? null, link ? undefined : openedCustomerId(window.location.hash)))
  const mocks = starting?.then((mock) => mock.started)
  holdRequestsUntil(starting?.then((mock) => mock.answering))
  // The first screen renders in the agent's language at once.
  // Live mode: MSAL starts (76 kB). A tab that may hold a sign-in waits for it before the first
  // render (who is signed in decides the page); one that holds none renders the sign-in page at
  // once, MSAL loading behind it (auth/deferred-auth.ts).
  const liveAuth = import.meta.env.VITE_API_BASE_URL ? startLiveAuth() : undefined
  const signInLater = liveAuth !== undefined && !tabMayHoldSignIn()
  const [linked, auth] = await Promise.all([
    link ? mocks : undefined,
    signInLater ? deferredAuth(liveAuth) : liveAuth,
    loadCatalog(initialLocale()),
    customerPage,
  ])
  const linkNotices = link ? (demoLinks?.applyDemoLink(link, linked, rememberRole) ?? []) : []
  const element = rootElement
  if (!element) throw new Error('index.html has no #root')
  // index.html may paint the page from a snapshot (the demo's first screens, a live build's
  // sign-in page): #root replaces it once the app's content is in.
  holdRootForFirstPaint(element)
  const root = createRoot(element)
  const queryClient = createQueryClient()
  const render = (started: MockBoot | undefined) =>
    root.render(
      <StrictMode>
        <App
          queryClient={queryClient}
          demo={started?.demo}
          demoStarting={mocks !== undefined && started === undefined}
          bootNotices={[...(started?.notices ?? []), ...linkNotices]}
          startTour={Boolean(started && link?.tour)}
          auth={auth}
        />
      </StrictMode>,
    )
  render(linked)
  // The sign-in that did not wait, should it not start (before this render or after it): the page
  // says so, as it would have at boot.
  if (signInLater)
    liveAuth.catch((error: unknown) => {
      root.unmount()
      showBootFailure(error)
    })
  // A demo link pasted into this tab's address bar only changes the hash: open it afresh.
  window.addEventListener('hashchange', () => {
    if (mayBeDemoLink({ search: '', hash: window.location.hash })) window.location.reload()
  })
  if (!mocks || linked) return
  // After the next frame is painted; a tab in the background gets no frames, hence the timer.
  requestAnimationFrame(() => setTimeout(painted))
  setTimeout(painted, 200)
  try {
    render(await mocks)
  } catch (error) {
    root.unmount()
    throw error
  }
}

boot().catch(showBootFailure)
