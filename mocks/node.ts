import { setupServer } from 'msw/node'
import { createDemoControls, type MockDemoControls } from './demo'
import { clearFault, db, handlers, mockSettings } from './handlers'
import { createMemoryStorage, type KeyValueStorage } from './persistence'
import type { Scenario } from './scenario'

/** The mocked Partner Center for Node (unit and component tests): `server.listen()` in a setup file. */
export const server = setupServer(...handlers)

/**
 * Back to the start of the default scenario, or of `scenario`; forgets idempotent replays, clears
 * injected faults and latency.
 */
export function resetMockDatabase(scenario?: Scenario): void {
  db.reset(scenario)
  clearFault()
  mockSettings.latencyMs = 0
}

/**
 * Demo controls over the Node mock's database and settings (e.g. for tests of the demo panel),
 * kept in `storage` (default: a fresh in-memory one). Call `dispose()` when done.
 */
export function createNodeDemoControls(storage: KeyValueStorage = createMemoryStorage()): MockDemoControls {
  return createDemoControls({ db, settings: mockSettings, storage })
}
