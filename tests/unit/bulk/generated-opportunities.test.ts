import { describe, expect, it } from 'vitest'
import { generateManyCustomers, scenarioCustomerFacts } from '../../../mocks/scenarios/generate'
import { evaluateCustomer } from '../../../src/rules/eligibility'

describe('the many-customers scenario has plenty of upgrade opportunities', () => {
  it('across thousands of customers, and among the first customers by name too', () => {
    const scenario = generateManyCustomers()
    const byName = [...scenario.customers].sort((a, b) =>
      a.companyProfile.companyName.localeCompare(b.companyProfile.companyName),
    )
    let total = 0
    let customersWith = 0
    let firstHundred = 0
    for (const [n, customer] of byName.entries()) {
      // What the rules know of the customer, straight from the scenario (as the mock's database has it).
      const facts = scenarioCustomerFacts(customer)
      const count = [...evaluateCustomer(facts, 'admin_agent').values()].filter((e) => e.canUpgrade).length
      total += count
      if (count > 0) customersWith += 1
      if (n < 100) firstHundred += count
    }
    expect(total).toBeGreaterThan(2000)
    expect(customersWith).toBeGreaterThan(1500)
    expect(firstHundred).toBeGreaterThanOrEqual(25)
  }, 60_000)
})
