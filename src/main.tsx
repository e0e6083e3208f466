import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import type { DemoControls } from './api/demo-controls'
import { App, type BootNotice, CustomerRoute } from './app/app'
import { createQueryClient } from './app/query-client'
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

async function boot(): Promise<void> {
  // A deep link to a customer: fetch that page's code while the mock API starts.
  if (window.location.hash.startsWith('#/customers/')) void CustomerRoute.preload()
  // The first screen renders in the agent's language at once: its catalog loads with the mocks.
  // VITE_API_BASE_URL is replaced at build time: in a live build this is a constant, and the mock
  // code behind startMocks() is dropped from the bundle entirely.
  const [mocks] = await Promise.all([
    import.meta.env.VITE_API_BASE_URL ? undefined : startMocks(),
    loadCatalog(initialLocale()),
  ])
  const root = document.getElementById('root')
  if (!root) throw new Error('index.html has no #root')
  createRoot(root).render(
    <StrictMode>
      <App queryClient={createQueryClient()} demo={mocks?.demo} bootNotices={mocks?.notices} />
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
