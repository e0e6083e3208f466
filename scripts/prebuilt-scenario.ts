import { fileURLToPath } from 'node:url'
import { type Plugin, runnerImport } from 'vite'

/**
 * The "many customers" scenario, generated once at build time instead of in every demo page that
 * loads it (5,000 customers and 10,000 subscriptions: generating them in the page was the largest
 * piece of the mock's work before the big customer's first row). A demo build ships it as a JSON
 * asset that is fetched only when that scenario is about to be loaded; `virtual:prebuilt-scenario`
 * gives its URL (undefined in a live build, which ships no mock at all). Beside it, a small file of
 * the scenario's first answers (mocks/first-answers.ts: a large customer's record and the first
 * chunk of its subscription list), which an untouched demo answers from while the big file loads;
 * its URL is `firstAnswersUrl`. The dev server serves the same files from memory. Each file names
 * its generator's version: a page whose generator differs (it cannot, in one build) would ignore it.
 */
export const PREBUILT_SCENARIO_MODULE = 'virtual:prebuilt-scenario'
const RESOLVED = `\0${PREBUILT_SCENARIO_MODULE}`
/** The files' names; the page checks the scenario's own name and generator version inside them. */
const FILE_NAME = 'many-customers.json'
const FIRST_ANSWERS_NAME = 'many-customers-first.json'
const DEV_PATH = `/@prebuilt/${FILE_NAME}`
const DEV_FIRST_PATH = `/@prebuilt/${FIRST_ANSWERS_NAME}`
const GENERATOR = fileURLToPath(new URL('../mocks/scenarios/generate.ts', import.meta.url))
const FIRST_ANSWERS = fileURLToPath(new URL('../mocks/first-answers.ts', import.meta.url))

/**
 * The files' texts: the scenario, and its first answers (mocks/first-answers.ts) computed from the
 * scenario as the page reads it back (parsed from that same text). The mock's modules are loaded
 * through Vite's module runner when needed (not imported by the config: their sources import
 * without file extensions, as the app's do).
 */
export async function prebuiltScenarioFiles(): Promise<{ readonly scenario: string; readonly firstAnswers: string }> {
  const options = { configFile: false as const, logLevel: 'error' as const }
  const [{ module: generator }, { module: first }] = await Promise.all([
    runnerImport<typeof import('../mocks/scenarios/generate.ts')>(GENERATOR, options),
    runnerImport<typeof import('../mocks/first-answers.ts')>(FIRST_ANSWERS, options),
  ])
  const scenario = JSON.stringify({
    generatorVersion: generator.GENERATOR_VERSION,
    scenario: generator.generateManyCustomers(),
  })
  const asLoaded = JSON.parse(scenario).scenario
  const firstAnswers = JSON.stringify(first.firstAnswersFile(asLoaded, generator.GENERATOR_VERSION))
  return { scenario, firstAnswers }
}

export function prebuiltScenario({ enabled }: { enabled: boolean }): Plugin {
  let build = false
  let files: ReturnType<typeof prebuiltScenarioFiles> | undefined
  const source = () => {
    files ??= prebuiltScenarioFiles()
    return files
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
      if (!enabled) return 'export default undefined\nexport const firstAnswersUrl = undefined'
      if (!build) {
        return `export default ${JSON.stringify(DEV_PATH)}\nexport const firstAnswersUrl = ${JSON.stringify(DEV_FIRST_PATH)}`
      }
      const { scenario, firstAnswers } = await source()
      const ref = this.emitFile({ type: 'asset', name: FILE_NAME, source: scenario })
      const firstRef = this.emitFile({ type: 'asset', name: FIRST_ANSWERS_NAME, source: firstAnswers })
      return `export default import.meta.ROLLUP_FILE_URL_${ref}\nexport const firstAnswersUrl = import.meta.ROLLUP_FILE_URL_${firstRef}`
    },
    configureServer(server) {
      if (!enabled) return
      const serve = (path: string, pick: (files: Awaited<ReturnType<typeof prebuiltScenarioFiles>>) => string) =>
        server.middlewares.use(path, (_request, response, next) => {
          source().then((body) => {
            response.setHeader('Content-Type', 'application/json')
            response.end(pick(body))
          }, next)
        })
      serve(DEV_FIRST_PATH, (body) => body.firstAnswers)
      serve(DEV_PATH, (body) => body.scenario)
    },
  }
}
