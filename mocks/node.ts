import { setupServer } from 'msw/node'
import { db, handlers } from './handlers'
import type { Scenario } from './scenario'

/** The mocked Partner Center for Node (unit and component tests): `server.listen()` in a setup file. */
export const server = setupServer(...handlers)

/** Back to the start of the default scenario, or of `scenario`; forgets idempotent replays. */
export function resetMockDatabase(scenario?: Scenario): void {
  db.reset(scenario)
}
