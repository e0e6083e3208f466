import { describe, expect, it } from 'vitest'
import { readScenarioText, scenarioText, validateScenario } from '../../../mocks/scenario'
import { BUILT_IN_SCENARIOS } from '../../../mocks/scenarios'
import { defaultScenario } from '../../../mocks/scenarios/default-scenario'
import { SCENARIO_FILE_MAX_BYTES } from '../../../src/contract/demo-controls'

/** A scenario whose one customer's subscriptions are `count` numbers instead of objects. */
function withBadSubscriptions(count: number) {
  const [customer] = defaultScenario.customers
  if (!customer) throw new Error('the default scenario has no customers')
  return { ...defaultScenario, customers: [{ ...customer, subscriptions: Array(count).fill(42) }] }
}

describe('scenario files at scale', () => {
  it('refuses text above the stated size at once, saying how large it may be', () => {
    const text = ' '.repeat(SCENARIO_FILE_MAX_BYTES + 1)
    const check = readScenarioText(text)
    expect(check.ok).toBe(false)
    if (check.ok) return
    expect(check.problems).toHaveLength(1)
    expect(check.problems[0]).toMatch(/larger than .*MB/)
  })

  it('takes an export of every built-in scenario, the 5,000-customer one included', () => {
    for (const scenario of BUILT_IN_SCENARIOS) {
      expect(new Blob([scenarioText(scenario.load())]).size).toBeLessThan(SCENARIO_FILE_MAX_BYTES)
    }
  })

  it('reports 200,000 problems without overflowing the stack, each one kept', () => {
    const check = validateScenario(withBadSubscriptions(200_000))
    expect(check.ok).toBe(false)
    if (check.ok) return
    expect(check.problems.length).toBeGreaterThanOrEqual(200_000)
    expect(check.problems[0]).toBe('customers[0].subscriptions[0]: expected an object ({...}), not number 42')
    expect(check.problems).toContain('customers[0].subscriptions[199999]: expected an object ({...}), not number 42')
    expect(check.problems.some((p) => p.includes('unreadable'))).toBe(false)
  }, 120_000)
})
