import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import type { DemoControls } from './api/demo-controls'
import { App, type BootNotice, CustomerRoute } from './app/app'
import { createQueryClient } from './app/query-client'
import { rememberRole } from './app/session'
import type { LiveAuth } from './auth/live-auth'
import { mayBeDemoLink } from './features/demo/demo-link-params'
import { loadCatalog } from './i18n/catalogs'
import { createI18n, initialLocale, rememberLocale } from './i18n/i18n'
import './app/styles.css'

interface MockBoot {
  readonly demo: DemoControls
  readonly notices: BootNotice[]
  readonly unknownScenario?: string
}

async function startMocks(scenario: string | null): Promise<MockBoot> {
  // Loaded on demand, and only in mock mode: a live build carries no mock code at all.
  const { startMockApi } = await import('../mocks/browser')
  const started = await startMockApi(`${import.meta.env.BASE_URL}mockServiceWorker.js`, { scenario })
  const notices: BootNotice[] = []
  if (started.restore.kind === 'discarded') {
    console.warn('Stored demo data was discarded:', started.restore.problems.join('; '))
    notices.push({ kind: 'demo_state_discarded' })
  }
  if (started.unknownScenario) notices.push({ kind: 'unknown_scenario', name: started.unknownScenario })
  return { demo: started.demo, notices, unknownScenario: started.unknownScenario }
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
  // A demo link (features/demo/demo-link.ts): its code loads only when the address may hold one.
  const demoLinks = mayBeDemoLink(window.location) ? await import('./features/demo/demo-link') : undefined
  const link = demoLinks?.takeDemoLink()
  if (link?.lang) rememberLocale(link.lang)
  // The first screen renders in the agent's language at once: its catalog loads with the mocks.
  // VITE_API_BASE_URL is replaced at build time: in a live build this is a constant, and the mock
  // code behind startMocks() is dropped from the bundle entirely.
  const [mocks, auth] = await Promise.all([
    import.meta.env.VITE_API_BASE_URL ? undefined : startMocks(link?.scenario ?? null),
    import.meta.env.VITE_API_BASE_URL ? startLiveAuth() : undefined,
    loadCatalog(initialLocale()),
  ])
  const notices = [
    ...(mocks?.notices ?? []),
    ...(link ? (demoLinks?.applyDemoLink(link, mocks, rememberRole) ?? []) : []),
  ]
  const root = document.getElementById('root')
  if (!root) throw new Error('index.html has no #root')
  createRoot(root).render(
    <StrictMode>
      <App
        queryClient={createQueryClient()}
        demo={mocks?.demo}
        bootNotices={notices}
        startTour={Boolean(mocks && link?.tour)}
        auth={auth}
      />
    </StrictMode>,
  )
  // A demo link pasted into this tab's address bar only changes the hash: open it afresh.
  window.addEventListener('hashchange', () => {
    if (mayBeDemoLink({ search: '', hash: window.location.hash })) window.location.reload()
  })
}

boot().catch((error: unknown) => {
  const root = document.getElementById('root')
  if (root) {
    const message = error instanceof Error ? error.message : String(error)
    root.textContent = createI18n('en-US').t('boot.failed', { message })
  }
})
