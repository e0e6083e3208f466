import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { usesMocks } from './api/config'
import { App } from './app/app'
import { createQueryClient } from './app/query-client'
import './app/styles.css'

const base = import.meta.env.BASE_URL.replace(/\/$/, '')

type BootNotice = 'demo_state_discarded' | undefined

async function startMocks(): Promise<BootNotice> {
  // Loaded on demand, and only in mock mode, so that a live build carries no mock code.
  const { startMockApi } = await import('../mocks/browser')
  const { restore } = await startMockApi(`${import.meta.env.BASE_URL}mockServiceWorker.js`)
  if (restore.kind === 'discarded') {
    console.warn('Stored demo data was discarded:', restore.problems.join('; '))
    return 'demo_state_discarded'
  }
  return undefined
}

async function boot(): Promise<void> {
  const notice = usesMocks ? await startMocks() : undefined
  const root = document.getElementById('root')
  if (!root) throw new Error('index.html has no #root')
  createRoot(root).render(
    <StrictMode>
      <App queryClient={createQueryClient()} base={base} bootNotice={notice} />
    </StrictMode>,
  )
}

boot().catch((error: unknown) => {
  const root = document.getElementById('root')
  if (root) {
    root.textContent = `Upgrade Console could not start: ${error instanceof Error ? error.message : String(error)}. Reload the page; if it persists, check that the browser allows service workers on this address.`
  }
})
