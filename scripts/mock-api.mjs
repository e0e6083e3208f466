// `npm run mock-api -- [options]`: the mocked Partner Center over HTTP on 127.0.0.1 (the same
// handlers and scenarios as the browser demo). See mocks/cli.ts and docs/scenarios.md.
// The mocks are TypeScript with extensionless imports and JSON modules, which Node's type
// stripping cannot run as they are; Vite's module runner (vite is a dev dependency) loads them.
import { fileURLToPath } from 'node:url'
import { runnerImport } from 'vite'

const root = fileURLToPath(new URL('..', import.meta.url))
const { module: cli } = await runnerImport(fileURLToPath(new URL('../mocks/cli.ts', import.meta.url)), {
  root,
  configFile: false,
  logLevel: 'error',
})

const outcome = await cli.runMockApiCli(process.argv.slice(2), {
  env: process.env,
  out: (line) => console.log(line),
  err: (line) => console.error(line),
})
if (outcome.kind === 'done') process.exit(outcome.exitCode)

const stop = () => {
  outcome.server.close().then(
    () => process.exit(0),
    () => process.exit(1),
  )
}
process.once('SIGINT', stop)
process.once('SIGTERM', stop)
