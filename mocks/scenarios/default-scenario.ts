import { parseScenario, type Scenario } from '../scenario'
import data from './default.json'

/** The demo's default data (default.json), checked on load: a broken edit fails loudly, not in the UI. */
export const defaultScenario: Scenario = parseScenario(data)
