import { describe, expect, it } from 'vitest'
import { createDatabase } from '../../../mocks/db'
import { generateManyCustomers } from '../../../mocks/scenarios/generate'
import { evaluateCustomer } from '../../../src/rules/eligibility'

describe('the many-customers scenario has plenty of upgrade opportunities', () => {
  it('across thousands of customers, and among the first customers by name too', () => {
    const db = createDatabase(generateManyCustomers())
    const byName = [...db.state.customers].sort((a, b) => a.companyName.localeCompare(b.companyName))
    let total = 0
    let customersWith = 0
    let firstHundred = 0
    for (const [n, customer] of byName.entries()) {
      const eligibility = evaluateCustomer(db.customerFacts(customer.id), 'admin_agent')
      const count = [...eligibility.values()].filter((e) => e.canUpgrade).length
      total += count
      if (count > 0) customersWith += 1
      if (n < 100) firstHundred += count
    }
    expect(total).toBeGreaterThan(2000)
    expect(customersWith).toBeGreaterThan(1500)
    expect(firstHundred).toBeGreaterThanOrEqual(25)
  }, 60_000)
})
