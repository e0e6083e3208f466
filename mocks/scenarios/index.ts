import { assignScenarioFingerprint } from '../db'
import { parseScenario, type Scenario } from '../scenario'
import { defaultScenario } from './default-scenario'
import edgeCases from './edge-cases.json'
import {
  GENERATOR_VERSION,
  generateManyCustomers,
  MANY_CUSTOMERS_DESCRIPTION,
  MANY_CUSTOMERS_NAME,
  MANY_CUSTOMERS_TITLE,
} from './generate'

/**
 * The built-in scenarios, as the demo panel and `?scenario=name` offer them. Each is loaded (or
 * generated) on first use and then kept: `load()` returns the same object every time, so that a
 * database or a stored state can tell it apart from an edited copy.
 */
export interface BuiltInScenario {
  /** Used in `?scenario=name`, the demo panel, and `npm run mock-api -- --scenario name`. */
  readonly name: string
  readonly title: string
  readonly description: string
  /** The scenario at its start. Throws InvalidScenarioError if a built-in file was broken by an edit. */
  load(): Scenario
}

export const DEFAULT_SCENARIO_NAME = 'default'

/** The many-customers scenario's fingerprint (stored with its demo): its generator's version. */
export const MANY_CUSTOMERS_FINGERPRINT = `generated:${MANY_CUSTOMERS_NAME}:${GENERATOR_VERSION}`

/** The many-customers scenario as the build generated it (mocks/prebuilt.ts), used instead of generating it. */
let prebuiltManyCustomers: Scenario | undefined

export function providePrebuiltManyCustomers(scenario: Scenario): void {
  prebuiltManyCustomers = scenario
}

function once(make: () => Scenario): () => Scenario {
  let scenario: Scenario | undefined
  return () => {
    scenario ??= make()
    return scenario
  }
}

export const BUILT_IN_SCENARIOS: readonly BuiltInScenario[] = [
  {
    name: DEFAULT_SCENARIO_NAME,
    title: defaultScenario.title,
    description: defaultScenario.description,
    load: () => defaultScenario,
  },
  {
    name: edgeCases.name,
    title: edgeCases.title,
    description: edgeCases.description,
    load: once(() => parseScenario(edgeCases)),
  },
  {
    name: MANY_CUSTOMERS_NAME,
    title: MANY_CUSTOMERS_TITLE,
    description: MANY_CUSTOMERS_DESCRIPTION,
    // Not validated at load (it would double the time); tests/unit/mocks validate the generator.
    // A demo build ships it generated at build time (scripts/prebuilt-scenario.ts).
    load: once(() => {
      const scenario = prebuiltManyCustomers ?? generateManyCustomers()
      assignScenarioFingerprint(scenario, MANY_CUSTOMERS_FINGERPRINT)
      return scenario
    }),
  },
]

export function findBuiltInScenario(name: string): BuiltInScenario | undefined {
  return BUILT_IN_SCENARIOS.find((s) => s.name === name)
}
