import { setupWorker } from 'msw/browser'
import { handlers } from './handlers'

/**
 * The mocked Partner Center in the browser (the demo): `await worker.start()` before rendering.
 * Reset the demo data with `db.reset()` from ./handlers; set `mockSettings.latencyMs` there for
 * a realistic delay.
 */
export const worker = setupWorker(...handlers)
