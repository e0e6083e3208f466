import { setupServer } from 'msw/node'
import { clearFault, db, handlers, mockSettings } from './handlers'
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
