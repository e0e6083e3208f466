import { setupWorker } from 'msw/browser'
import type { DemoControls } from '../src/api/demo-controls'
import { createDemoControls } from './demo'
import { db, handlers, mockSettings } from './handlers'
import { createMemoryStorage, type KeyValueStorage, type RestoreOutcome, STORAGE_KEY } from './persistence'
import { fetchPrebuiltManyCustomers, mayLoadManyCustomers } from './prebuilt'

/** The mocked Partner Center in the browser (the demo), over the one handler list. */
export const worker = setupWorker(...handlers)

export interface MockStartOptions {
  /** The page's `?scenario=` value: load that scenario (from its start) instead of the stored one. */
  readonly scenario?: string | null
}

export interface MockStart {
  /** What became of the stored demo data: none (`fresh`), `restored`, or `discarded` (show a notice). */
  readonly restore: RestoreOutcome
  /** The demo panel's controls. */
  readonly demo: DemoControls
  /** Set when `?scenario=` named no scenario: the stored or default one was loaded instead. */
  readonly unknownScenario?: string
}

/** localStorage, or a memory stand-in where the browser refuses it (the demo then won't survive a reload). */
function browserStorage(): KeyValueStorage {
  try {
    const storage = window.localStorage
    const probe = 'upgrade-console.probe'
    storage.setItem(probe, '1')
    storage.removeItem(probe)
    return storage
  } catch {
    return createMemoryStorage()
  }
}

function readStored(storage: KeyValueStorage): string | null {
  try {
    return storage.getItem(STORAGE_KEY)
  } catch {
    return null
  }
}

/**
 * Restores the demo (data and active scenario) from browser storage, or loads `?scenario=`'s
 * scenario, keeps it saved after every change, and starts the worker.
 */
export async function startMockApi(serviceWorkerUrl: string, options: MockStartOptions = {}): Promise<MockStart> {
  const storage = browserStorage()
  if (mayLoadManyCustomers(options.scenario, readStored(storage))) await fetchPrebuiltManyCustomers()
  // A realistic delay by default, so that loading states are seen in demos.
  const demo = createDemoControls({ db, settings: mockSettings, storage, latency: 'realistic' })
  const { restore, unknownScenario } = demo.start(options.scenario)
  await worker.start({ serviceWorker: { url: serviceWorkerUrl }, onUnhandledFrame: 'bypass', quiet: true })
  return unknownScenario === undefined ? { restore, demo } : { restore, demo, unknownScenario }
}
