import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readScenarioText } from '../../../mocks/scenario'
import { BUILT_IN_SCENARIOS } from '../../../mocks/scenarios'
import { defaultScenario } from '../../../mocks/scenarios/default-scenario'

/** docs/scenarios.md stays true: its example is a valid scenario, its names and ids exist. */
const doc = readFileSync(new URL('../../../docs/scenarios.md', import.meta.url), 'utf8')

describe('docs/scenarios.md', () => {
  it('its example scenario is valid', () => {
    const example = /```json\n([\s\S]*?)\n```/.exec(doc)?.[1]
    if (example === undefined) throw new Error('no json example')
    const check = readScenarioText(example)
    expect(check.ok ? [] : check.problems).toEqual([])
  })

  it('lists every built-in scenario', () => {
    for (const { name, title } of BUILT_IN_SCENARIOS) {
      expect(doc).toMatch(new RegExp(`^\\| \`${name}\` +\\| ${title} +\\|`, 'm'))
    }
  })

  it('its curl examples use ids of the default scenario', () => {
    const customer = /^C=(\S+)$/m.exec(doc)?.[1]
    const subscription = /^S=(\S+)$/m.exec(doc)?.[1]
    const contoso = defaultScenario.customers.find((c) => c.id === customer)
    expect(contoso?.companyProfile.companyName).toBe('Contoso Ltd')
    expect(contoso?.subscriptions.find((s) => s.id === subscription)?.friendlyName).toBe('Contoso – Business Basic')
  })
})
