import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { usesMocks } from './api/config'
import { App } from './app/app'
import { createQueryClient } from './app/query-client'
import './app/styles.css'

const base = import.meta.env.BASE_URL.replace(/\/$/, '')

async function startMocks(): Promise<void> {
  // Loaded on demand, and only in mock mode, so that a live build carries no mock code.
  const [{ worker }, { mockSettings }] = await Promise.all([import('../mocks/browser'), import('../mocks/handlers')])
  // A small delay, like a real network, so that loading states are seen in demos.
  mockSettings.latencyMs = 120
  await worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledFrame: 'bypass',
    quiet: true,
  })
}

async function boot(): Promise<void> {
  if (usesMocks) await startMocks()
  const root = document.getElementById('root')
  if (!root) throw new Error('index.html has no #root')
  createRoot(root).render(
    <StrictMode>
      <App queryClient={createQueryClient()} base={base} />
    </StrictMode>,
  )
}

boot().catch((error: unknown) => {
  const root = document.getElementById('root')
  if (root) {
    root.textContent = `Upgrade Console could not start: ${error instanceof Error ? error.message : String(error)}. Reload the page; if it persists, check that the browser allows service workers on this address.`
  }
})
