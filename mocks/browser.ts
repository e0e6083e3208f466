import { setupWorker } from 'msw/browser'
import { db, handlers, mockSettings } from './handlers'
import { persistDatabase, type RestoreOutcome, restoreDatabase } from './persistence'

/** The mocked Partner Center in the browser (the demo), over the one handler list. */
export const worker = setupWorker(...handlers)

export interface MockStart {
  readonly restore: RestoreOutcome
}

/** Restores the demo database from browser storage, keeps it saved, and starts the worker. */
export async function startMockApi(serviceWorkerUrl: string): Promise<MockStart> {
  const restore = restoreDatabase(db, localStorage)
  persistDatabase(db, localStorage)
  // A small delay, like a real network, so that loading states are seen in demos.
  mockSettings.latencyMs = 120
  await worker.start({ serviceWorker: { url: serviceWorkerUrl }, onUnhandledFrame: 'bypass', quiet: true })
  return { restore }
}
