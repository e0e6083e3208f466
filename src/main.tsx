import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { holdRequestsUntil } from './api/client'
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

function showBootFailure(error: unknown): void {
  const root = document.getElementById('root')
  if (root) {
    const message = error instanceof Error ? error.message : String(error)
    root.textContent = createI18n('en-US').t('boot.failed', { message })
  }
}

async function boot(): Promise<void> {
  // A deep link to a customer: fetch that page's code while the first screen paints.
  if (window.location.hash.startsWith('#/customers/')) void CustomerRoute.preload()
  // VITE_API_BASE_URL is replaced at build time: in a live build this is a constant, and the mock
  // code behind startMocks() is dropped from the bundle entirely. The demo's first screen paints
  // without waiting for the mock API, whose code is fetched only after that paint (so that it does
  // not compete with the first screen's own files on a slow network): the API calls wait for it.
  let painted: () => void = () => undefined
  const mocks = import.meta.env.VITE_API_BASE_URL
    ? undefined
    : new Promise<void>((resolve) => {
        painted = resolve
      }).then(startMocks)
  holdRequestsUntil(mocks)
  // The first screen renders in the agent's language at once.
  await loadCatalog(initialLocale())
  const element = document.getElementById('root')
  if (!element) throw new Error('index.html has no #root')
  const root = createRoot(element)
  const queryClient = createQueryClient()
  const render = (started?: MockBoot) =>
    root.render(
      <StrictMode>
        <App
          queryClient={queryClient}
          demo={started?.demo}
          demoStarting={mocks !== undefined && started === undefined}
          bootNotices={started?.notices}
        />
      </StrictMode>,
    )
  render()
  if (!mocks) return
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
