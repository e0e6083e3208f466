import { setupWorker } from 'msw/browser'
import type { DemoControls } from '../src/contract/demo-controls'
import { createDemoControls } from './demo'
import { applyStartLatency } from './demo-latency'
import { earlyReplies } from './first-answers'
import { databaseLoading, db, handlers, mockSettings } from './handlers'
import { afterThePagesWork } from './json-stream'
import type { DatabaseLoading } from './middleware'
import { createMemoryStorage, type KeyValueStorage, type RestoreOutcome, STORAGE_KEY } from './persistence'
import { fetchFirstAnswers, fetchPrebuiltManyCustomers, mayLoadManyCustomers } from './prebuilt'
import { MANY_CUSTOMERS_FINGERPRINT } from './scenarios'
import { MANY_CUSTOMERS_NAME } from './scenarios/generate'
import type { Lock } from './shared-demo'
import { isUntouchedStart } from './stored-demo-envelope'

/** The mocked Partner Center in the browser (the demo), over the one handler list. */
export const worker = setupWorker(...handlers)

export interface MockStartOptions {
  /** The page's `?scenario=` value: load that scenario (from its start) instead of the stored one. */
  readonly scenario?: string | null
}

export interface MockBeginOptions extends MockStartOptions {
  /** The customer whose page the app opens first (its address): its first rows come first. */
  readonly firstCustomerId?: string
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

/** The mock API under way: when it answers, and when its database holds the demo. */
export interface MockBegin {
  /**
   * Requests may be sent: the service worker answers. Each waits there for the database, unless
   * the first answers of an untouched large demo answer it at once (mocks/first-answers.ts).
   */
  readonly answering: Promise<void>
  /** The demo, once its database holds the demo's data (restored or loaded). */
  readonly started: Promise<MockStart>
}

const START_LATENCY = 'realistic'

/** After the next frame is painted (a tab in the background gets no frames, hence the timer). */
function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve))
    setTimeout(resolve, 100)
  })
}

/**
 * After the page has had time to read an answer and paint it: the client reads the first rows,
 * validates them and renders them over a few tasks and frames after they were sent. Three frames,
 * each followed by the page's pending work, then an idle moment.
 */
async function afterTheFirstRowsPaint(): Promise<void> {
  for (let frame = 0; frame < 3; frame++) {
    await afterNextFrame()
    await afterThePagesWork()
  }
  await new Promise<void>((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 200 })
    else setTimeout(resolve)
  })
}

/** How long the database's load waits for the opened customer's first rows to be sent, at most. */
const FIRST_ROWS_WAIT_MS = 1000

/**
 * Starts the mock API: the service worker, and the demo's database (restored from browser storage,
 * or `?scenario=`'s scenario loaded), kept saved after every change. An untouched many-customers
 * demo answers a large customer's record and first rows from the scenario's first answers while
 * its 10.8 MB load waits for them to be sent and painted (`firstCustomerId`, the customer whose
 * page the app opens); everything else waits for the database.
 */
export function beginMockApi(serviceWorkerUrl: string, options: MockBeginOptions = {}): MockBegin {
  // The service worker starts (messages to and from its own thread) while this thread loads the
  // data: the app's calls wait for it (src/api/client.ts holdRequestsUntil), then for the data.
  const workerStarted = worker.start({
    serviceWorker: { url: serviceWorkerUrl },
    onUnhandledFrame: 'bypass',
    quiet: true,
  })
  workerStarted.catch(() => undefined)
  const storage = browserStorage()
  const storedText = readStored(storage)
  // A realistic delay by default, so that loading states are seen in demos: from the first answer.
  applyStartLatency(mockSettings, storage, START_LATENCY)
  const many = mayLoadManyCustomers(options.scenario, storedText)
  const firstAnswers =
    many && isUntouchedStart(MANY_CUSTOMERS_NAME, MANY_CUSTOMERS_FINGERPRINT, options.scenario, storedText)
      ? fetchFirstAnswers()
      : Promise.resolve(undefined)
  const opened = options.firstCustomerId?.toLowerCase()
  let firstRowsSent: () => void = () => undefined
  const firstRows = new Promise<void>((resolve) => {
    firstRowsSent = resolve
  })
  // The database's load waits, when the app opens a large customer's page answered from the first
  // answers, until its first rows have been sent and painted (or FIRST_ROWS_WAIT_MS): parsing the
  // 10.8 MB scenario would hold this thread meanwhile. The file downloads from the start.
  const firstRowsFirst = firstAnswers.then((answers) =>
    opened !== undefined && answers?.has(opened)
      ? Promise.race([firstRows.then(afterTheFirstRowsPaint), delay(FIRST_ROWS_WAIT_MS)])
      : undefined,
  )
  const prebuilt = many ? fetchPrebuiltManyCustomers(undefined, firstRowsFirst) : undefined
  const started = (async (): Promise<MockStart> => {
    await firstRowsFirst
    await prebuilt
    const lock = crossTabLock()
    const demo = createDemoControls({
      db,
      settings: mockSettings,
      storage,
      latency: START_LATENCY,
      watch: watchStorage,
      ...(lock ? { lock } : {}),
    })
    const { restore, unknownScenario } = demo.start(options.scenario)
    await workerStarted
    return unknownScenario === undefined ? { restore, demo } : { restore, demo, unknownScenario }
  })()
  const ready = started.then(() => undefined)
  ready.catch(() => undefined)
  // Until the database is loaded, requests wait for it (forever failing if it fails to load).
  const loading: { ready: Promise<void>; early: DatabaseLoading['early'] } = { ready, early: () => undefined }
  databaseLoading.current = loading
  ready.then(() => {
    if (databaseLoading.current === loading) databaseLoading.current = undefined
  }, noop)
  const answering = Promise.all([workerStarted, firstAnswers]).then(([, answers]) => {
    if (answers) {
      loading.early = earlyReplies(answers, db, ready, (id) => {
        if (id === opened) firstRowsSent()
      })
    }
  })
  return { answering, started }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

function noop(): void {}
