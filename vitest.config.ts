import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'
import { prebuiltScenario } from './scripts/prebuilt-scenario.ts'

// Two projects: pure unit tests (rules, mock database, API client) in Node, and component tests
// in jsdom against the MSW handlers. Playwright specs (tests/e2e) have their own runner.
export default defineConfig({
  // The prebuilt scenario is the demo build's; tests generate it (mocks/prebuilt.ts sees no file).
  plugins: [react(), prebuiltScenario({ enabled: false })],
  test: {
    restoreMocks: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          // Some tests build the 5,000-customer scenario: room for a busy machine, not a timing.
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.tsx'],
          setupFiles: ['tests/component/setup.ts'],
          testTimeout: 20_000,
        },
      },
    ],
  },
})
