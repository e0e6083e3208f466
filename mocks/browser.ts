import { setupWorker } from 'msw/browser'
import type { DemoControls } from '../src/contract/demo-controls'
import { createDemoControls } from './demo'
import { db, handlers, mockSettings } from './handlers'
import { createMemoryStorage, type KeyValueStorage, type RestoreOutcome, STORAGE_KEY } from './persistence'
import { fetchPrebuiltManyCustomers, mayLoadManyCustomers } from './prebuilt'
import type { Lock } from './shared-demo'

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

/** The name of the Web Lock that serializes the mock's writes across the tabs of the origin. */
export const LOCK_NAME = 'upgrade-console.mock-db'

/**
 * Web Locks: held across every tab of the origin. Where the browser has none (an insecure
 * context), writes are serialized within the tab only; docs/reliability.md says so.
 */
function crossTabLock(): Lock | undefined {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks
  if (!locks) return undefined
  return (fn) => locks.request(LOCK_NAME, fn)
}

/** The `storage` event: fired in every other tab of the origin when one changes localStorage. */
function watchStorage(listener: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY || event.key === null) listener()
  }
  window.addEventListener('storage', onStorage)
  return () => window.removeEventListener('storage', onStorage)
}

/**
 * Restores the demo (data and active scenario) from browser storage, or loads `?scenario=`'s
 * scenario, keeps it saved after every change, and starts the worker.
 */
export async function startMockApi(serviceWorkerUrl: string, options: MockStartOptions = {}): Promise<MockStart> {
  // The service worker starts (messages to and from its own thread) while this thread loads the
  // data: the app's calls wait for both (src/api/client.ts holdRequestsUntil).
  const workerStarted = worker.start({
    serviceWorker: { url: serviceWorkerUrl },
    onUnhandledFrame: 'bypass',
    quiet: true,
  })
  workerStarted.catch(() => undefined)
  const storage = browserStorage()
  if (mayLoadManyCustomers(options.scenario, readStored(storage))) await fetchPrebuiltManyCustomers()
  // A realistic delay by default, so that loading states are seen in demos.
  const lock = crossTabLock()
  const demo = createDemoControls({
    db,
    settings: mockSettings,
    storage,
    latency: 'realistic',
    watch: watchStorage,
    ...(lock ? { lock } : {}),
  })
  const { restore, unknownScenario } = demo.start(options.scenario)
  await workerStarted
  return unknownScenario === undefined ? { restore, demo } : { restore, demo, unknownScenario }
}
