import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import type { DemoControls } from './api/demo-controls'
import { App, type BootNotice, CustomerRoute } from './app/app'
import { createQueryClient } from './app/query-client'
import { rememberRole } from './app/session'
import type { DemoLink } from './features/demo/demo-link'
import { mayBeDemoLink } from './features/demo/demo-link-params'
import { loadCatalog, withPageMessages } from './i18n/catalogs'
import { createI18n, initialLocale, rememberLocale } from './i18n/i18n'
import './app/styles.css'

interface MockBoot {
  readonly demo: DemoControls
  readonly notices: BootNotice[]
}

/**
 * A demo link (features/demo/demo-link.ts) is read once, then dropped from the address, so that a
 * reload, or a scenario switched in the demo panel afterwards, does not bring it back.
 */
async function readDemoLink(): Promise<DemoLink | undefined> {
  if (!mayBeDemoLink(window.location)) return undefined
  const { parseDemoLink } = await import('./features/demo/demo-link')
  const link = parseDemoLink(window.location.href)
  window.history.replaceState(null, '', link.cleaned)
  return link
}

async function startMocks(link: DemoLink | undefined): Promise<MockBoot> {
  // Loaded on demand, and only in mock mode: a live build carries no mock code at all.
  const { startMockApi } = await import('../mocks/browser')
  const scenario = link?.scenario ?? null
  const started = await startMockApi(`${import.meta.env.BASE_URL}mockServiceWorker.js`, { scenario })
  const { demo } = started
  const notices: BootNotice[] = []
  if (started.restore.kind === 'discarded') {
    console.warn('Stored demo data was discarded:', started.restore.problems.join('; '))
    notices.push({ kind: 'demo_state_discarded' })
  }
  if (started.unknownScenario) notices.push({ kind: 'unknown_scenario', name: started.unknownScenario })
  else if (scenario !== null) {
    // A link gives the same demo every time: the scenario from its start (not what this browser
    // stored of it), signed in as the scenario declares unless the link names a role.
    demo.reset()
    const declared = demo.getState().signedInRole
    if (!link?.role && declared) rememberRole(declared)
  }
  if (link?.role) rememberRole(link.role)
  if (link?.latency) demo.setLatency(link.latency)
  return { demo, notices }
}

/** What a demo link asks that a live build cannot do (no mock: no scenario, role, latency or tour). */
function liveOnlyNotices(link: DemoLink | undefined): BootNotice[] {
  if (!link) return []
  const params = [
    link.scenario !== undefined ? 'scenario' : undefined,
    link.role ? 'role' : undefined,
    link.latency ? 'latency' : undefined,
    link.tour ? 'tour' : undefined,
  ].filter((p) => p !== undefined)
  return params.length > 0 ? [{ kind: 'demo_only', params }] : []
}

async function boot(): Promise<void> {
  // A deep link to a customer: fetch that page's code while the mock API starts.
  if (window.location.hash.startsWith('#/customers/')) void CustomerRoute.preload()
  const link = await readDemoLink()
  if (link?.lang) rememberLocale(link.lang)
  // The first screen renders in the agent's language at once: its catalog loads with the mocks.
  // VITE_API_BASE_URL is replaced at build time: in a live build this is a constant, and the mock
  // code behind startMocks() is dropped from the bundle entirely.
  const [mocks] = await Promise.all([
    import.meta.env.VITE_API_BASE_URL ? undefined : startMocks(link),
    loadCatalog(initialLocale()),
  ])
  const notices: BootNotice[] = [
    ...(mocks?.notices ?? []),
    ...(link?.problems ?? []).map((problem): BootNotice => ({ kind: 'demo_link', problem })),
    ...(mocks ? [] : liveOnlyNotices(link)),
  ]
  // The demo link's notices are among the pages' messages (not in the first screen's bundle).
  if (link && notices.some((n) => n.kind === 'demo_link' || n.kind === 'demo_only')) {
    await withPageMessages(Promise.resolve())
  }
  const root = document.getElementById('root')
  if (!root) throw new Error('index.html has no #root')
  createRoot(root).render(
    <StrictMode>
      <App
        queryClient={createQueryClient()}
        demo={mocks?.demo}
        bootNotices={notices}
        startTour={Boolean(mocks && link?.tour)}
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
