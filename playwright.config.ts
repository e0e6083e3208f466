import { defineConfig } from '@playwright/test'
import { chromiumArgs, chromiumPath } from './scripts/chromium'

/**
 * End-to-end suite in Debian's Chromium, two projects:
 * - `demo`: the production build (`vite build`, dist/) served by `vite preview` with the MSW
 *   worker on (E2E_PORT, default 4183);
 * - `live`: a live build signing in against a local OpenID Connect provider over https, and the
 *   mocked API verifying its tokens (scripts/live-stack.mjs; E2E_LIVE_PORT, default 4185, and
 *   E2E_IDP_PORT, default 8443).
 * Run with `npm run test:e2e`.
 */
const PORT = Number(process.env.E2E_PORT ?? 4183)
const LIVE_PORT = Number(process.env.E2E_LIVE_PORT ?? 4185)

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  globalSetup: './tests/e2e/global-setup.ts',
  outputDir: 'test-results/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  timeout: 45_000,
  expect: {
    timeout: 8_000,
    // Visual checks (visual.spec.ts): a per-pixel colour tolerance and at most 0.5 % of the pixels
    // different absorb anti-aliasing, while a tooltip over the dialog (about 1 %) still fails.
    toHaveScreenshot: { maxDiffPixelRatio: 0.005, threshold: 0.2, animations: 'disabled', caret: 'hide' },
  },
  // Approved screenshots live with the tests, one name per state (the same Debian Chromium everywhere).
  snapshotPathTemplate: '{testDir}/__screenshots__/{testFileName}/{arg}{ext}',
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-results.json' }]],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    viewport: { width: 1280, height: 860 },
  },
  projects: [
    { name: 'demo', testIgnore: 'live/**', use: { baseURL: `http://127.0.0.1:${PORT}` } },
    {
      name: 'live',
      testMatch: 'live/**/*.spec.ts',
      // The local identity provider's certificate is self-signed, made at test time.
      use: { baseURL: `http://127.0.0.1:${LIVE_PORT}`, ignoreHTTPSErrors: true },
    },
  ],
  webServer: [
    {
      command: `vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
      url: `http://127.0.0.1:${PORT}`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: 'node scripts/live-stack.mjs',
      url: `http://127.0.0.1:${LIVE_PORT}/index.html`,
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ],
})
