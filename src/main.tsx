import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import type { DemoControls } from './api/demo-controls'
import { App, type BootNotice, CustomerRoute } from './app/app'
import { createQueryClient } from './app/query-client'
import type { LiveAuth } from './auth/live-auth'
import { loadCatalog } from './i18n/catalogs'
import { createI18n, initialLocale } from './i18n/i18n'
import './app/styles.css'

interface MockBoot {
  readonly demo: DemoControls
  readonly notices: BootNotice[]
}

async function startMocks(): Promise<MockBoot> {
  // Loaded on demand, and only in mock mode: a live build carries no mock code at all.
  const { startMockApi } = await import('../mocks/browser')
  const scenario = new URLSearchParams(window.location.search).get('scenario')
  const started = await startMockApi(`${import.meta.env.BASE_URL}mockServiceWorker.js`, { scenario })
  if (scenario !== null) {
    // The choice is now stored with the demo; drop it from the address so that a reload after
    // switching scenarios in the demo panel does not bring this one back.
    const url = new URL(window.location.href)
    url.searchParams.delete('scenario')
    window.history.replaceState(null, '', url)
  }
  const notices: BootNotice[] = []
  if (started.restore.kind === 'discarded') {
    console.warn('Stored demo data was discarded:', started.restore.problems.join('; '))
    notices.push({ kind: 'demo_state_discarded' })
  }
  if (started.unknownScenario) notices.push({ kind: 'unknown_scenario', name: started.unknownScenario })
  return { demo: started.demo, notices }
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

async function boot(): Promise<void> {
  // A deep link to a customer: fetch that page's code while the mock API starts.
  if (window.location.hash.startsWith('#/customers/')) void CustomerRoute.preload()
  // The first screen renders in the agent's language at once: its catalog loads with the mocks.
  // VITE_API_BASE_URL is replaced at build time: in a live build this is a constant, and the mock
  // code behind startMocks() is dropped from the bundle entirely.
  const [mocks, auth] = await Promise.all([
    import.meta.env.VITE_API_BASE_URL ? undefined : startMocks(),
    import.meta.env.VITE_API_BASE_URL ? startLiveAuth() : undefined,
    loadCatalog(initialLocale()),
  ])
  const root = document.getElementById('root')
  if (!root) throw new Error('index.html has no #root')
  createRoot(root).render(
    <StrictMode>
      <App queryClient={createQueryClient()} demo={mocks?.demo} bootNotices={mocks?.notices} auth={auth} />
    </StrictMode>,
  )
}

boot().catch((error: unknown) => {
  const root = document.getElementById('root')
  if (root) {
    const message = error instanceof Error ? error.message : String(error)
    root.textContent = createI18n('en-US').t('boot.failed', { message })
  }
})
