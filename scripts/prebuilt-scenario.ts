import { fileURLToPath } from 'node:url'
import { type Plugin, runnerImport } from 'vite'

/**
 * The "many customers" scenario, generated once at build time instead of in every demo page that
 * loads it (5,000 customers and 10,000 subscriptions: generating them in the page was the largest
 * piece of the mock's work before the big customer's first row). A demo build ships it as a JSON
 * asset that is fetched only when that scenario is about to be loaded; `virtual:prebuilt-scenario`
 * gives its URL (undefined in a live build, which ships no mock at all). The dev server serves the
 * same file from memory. The asset names its generator's version: a page whose generator differs
 * (it cannot, in one build) would generate instead.
 */
export const PREBUILT_SCENARIO_MODULE = 'virtual:prebuilt-scenario'
const RESOLVED = `\0${PREBUILT_SCENARIO_MODULE}`
/** The file's name; the page checks the scenario's own name and generator version inside it. */
const FILE_NAME = 'many-customers.json'
const DEV_PATH = `/@prebuilt/${FILE_NAME}`
const GENERATOR = fileURLToPath(new URL('../mocks/scenarios/generate.ts', import.meta.url))

/**
 * The file's text. The generator is loaded through Vite's module runner when needed (not imported
 * by the config: its sources import without file extensions, as the app's do).
 */
export async function prebuiltScenarioText(): Promise<string> {
  const { module } = await runnerImport<typeof import('../mocks/scenarios/generate.ts')>(GENERATOR, {
    configFile: false,
    logLevel: 'error',
  })
  return JSON.stringify({ generatorVersion: module.GENERATOR_VERSION, scenario: module.generateManyCustomers() })
}

export function prebuiltScenario({ enabled }: { enabled: boolean }): Plugin {
  let build = false
  let text: Promise<string> | undefined
  const source = () => {
    text ??= prebuiltScenarioText()
    return text
  }
  return {
    name: 'upgrade-console:prebuilt-scenario',
    configResolved(config) {
      build = config.command === 'build'
    },
    resolveId(id) {
      return id === PREBUILT_SCENARIO_MODULE ? RESOLVED : undefined
    },
    async load(id) {
      if (id !== RESOLVED) return undefined
      if (!enabled) return 'export default undefined'
      if (!build) return `export default ${JSON.stringify(DEV_PATH)}`
      const ref = this.emitFile({ type: 'asset', name: FILE_NAME, source: await source() })
      return `export default import.meta.ROLLUP_FILE_URL_${ref}`
    },
    configureServer(server) {
      if (!enabled) return
      server.middlewares.use(DEV_PATH, (_request, response, next) => {
        source().then((body) => {
          response.setHeader('Content-Type', 'application/json')
          response.end(body)
        }, next)
      })
    },
  }
}
