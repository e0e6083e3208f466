import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest'
import { resetMockDatabase, server } from '../../mocks/node'

// findBy*/waitFor give up after 1 s by default: on a busy 2-core machine the whole app renders
// slower than that, and a test must fail for what it shows, not for how fast it showed it.
configure({ asyncUtilTimeout: 5_000 })

// jsdom lacks what Radix's positioning needs.
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver
Element.prototype.scrollIntoView ??= () => {}

beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))

// A test fails on any console.error it did not expect (React warnings, act() problems, ...).
beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    throw new Error(`Unexpected console.error: ${args.map(String).join(' ')}`)
  })
})

afterEach(() => {
  cleanup()
  server.resetHandlers()
  resetMockDatabase()
  localStorage.clear()
  window.history.replaceState(null, '', '/')
})

afterAll(() => server.close())
