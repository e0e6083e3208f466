// The end-to-end suite's live mode (scripts/live-stack-server.ts): a local OpenID Connect provider
// over https, a live build pointed at it, and the app + the mocked API (verifying the provider's
// tokens) on one origin. Playwright starts it as a web server; it runs until stopped.
// Ports: E2E_LIVE_PORT (default 4185) for the app, E2E_IDP_PORT (default 8443) for the provider.
import { fileURLToPath } from 'node:url'
import { runnerImport } from 'vite'

const root = fileURLToPath(new URL('..', import.meta.url))
const { module: stack } = await runnerImport(fileURLToPath(new URL('./live-stack-server.ts', import.meta.url)), {
  root,
  configFile: false,
  logLevel: 'error',
})
const running = await stack.startLiveStack({
  appPort: Number(process.env.E2E_LIVE_PORT ?? 4185),
  idpPort: Number(process.env.E2E_IDP_PORT ?? 8443),
  outDir: fileURLToPath(new URL('../dist-live', import.meta.url)),
  log: (line) => console.log(line),
})
const stop = () =>
  running.close().then(
    () => process.exit(0),
    () => process.exit(1),
  )
process.once('SIGINT', stop)
process.once('SIGTERM', stop)
