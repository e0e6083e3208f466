import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { BUILT_IN_SCENARIOS } from '../../../mocks/scenarios'
import { parseDemoLink } from '../../../src/features/demo/demo-link'
import { TOUR_CUSTOMERS } from '../../../src/features/tour/tour-steps'

/** docs/demo.md stays true: every link opens what the script says, with nothing unknown in it. */
const doc = readFileSync(new URL('../../../docs/demo.md', import.meta.url), 'utf8')
const links = [...doc.matchAll(/<(http:\/\/127\.0\.0\.1:5173\/[^>]+)>/g)].map((m) => m[1] ?? '')
const scenario = (name: string) => BUILT_IN_SCENARIOS.find((s) => s.name === name)?.load()

describe('docs/demo.md', () => {
  it('has a link for each moment of the script', () => {
    expect(links.length).toBeGreaterThanOrEqual(10)
  })

  it.each(links)('%s: every parameter is known, and a customer page names a customer of its scenario', (href) => {
    const link = parseDemoLink(href)
    expect(link.problems).toEqual([])
    if (link.scenario !== undefined) expect(scenario(link.scenario), link.scenario).toBeDefined()
    const customerId = /#\/customers\/([^?]+)/.exec(href)?.[1]
    if (customerId) {
      const customers = scenario(link.scenario ?? 'default')?.customers ?? []
      expect(customers.map((c) => c.id)).toContain(customerId)
    }
  })

  it('the tour’s customers exist in their scenarios', () => {
    for (const [name, id] of Object.entries(TOUR_CUSTOMERS)) {
      expect(scenario(name)?.customers.map((c) => c.id)).toContain(id)
    }
  })
})
