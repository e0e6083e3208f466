import { QueryClient } from '@tanstack/react-query'
import { http } from 'msw/http'
import { afterEach, describe, expect, it } from 'vitest'
import { db } from '../../../mocks/handlers'
import { server } from '../../../mocks/node'
import { demoToken } from '../../../src/api/auth'
import { configureApiSession } from '../../../src/api/client'
import { type OpportunityScan, scanOpportunities } from '../../../src/api/opportunities'
import { RequestBudget } from '../../../src/api/request-budget'
import { filterOpportunities, NO_FILTER } from '../../../src/features/opportunities/opportunity-view'
import { withMockServer } from '../mocks/mock-api'

withMockServer()

/** Counts the requests that reach the mock. */
function countRequests() {
  const seen: string[] = []
  const listener = ({ request }: { request: Request }) => {
    seen.push(new URL(request.url).pathname)
  }
  server.events.on('request:start', listener)
  return { seen, stop: () => server.events.removeListener('request:start', listener) }
}

const i18n = {
  lower: (s: string) => s.toLocaleLowerCase('en-US'),
  compare: new Intl.Collator('en-US', { sensitivity: 'base', numeric: true }).compare,
}

afterEach(() => server.resetHandlers())

describe('opportunities scan', () => {
  it('finds every upgradable subscription across customers, by the rules, and reports progress', async () => {
    configureApiSession({ token: () => demoToken('admin_agent', 'Test'), locale: () => 'en-US' })
    const progress: OpportunityScan[] = []
    const scan = await scanOpportunities({
      queryClient: new QueryClient(),
      role: 'admin_agent',
      budget: new RequestBudget(),
      signal: new AbortController().signal,
      onProgress: (p) => progress.push(p),
    })
    expect(scan.phase).toBe('done')
    expect(scan.customersTotal).toBe(db.state.customers.length)
    const names = filterOpportunities(scan.opportunities, NO_FILTER, { key: 'customer', dir: 'asc' }, i18n).map(
      (o) => o.subscriptionName,
    )
    expect(names).toEqual([
      'Contoso – Business Basic',
      'Fabrikam – Microsoft 365 Apps for business',
      'Northwind – Business Standard',
      'Relecloud – Business Basic',
      'Relecloud – Microsoft 365 Apps for business',
      'Tailspin Toys – Business Basic (India)',
      'Wingtip Toys – Microsoft 365 Apps for business (India)',
    ])
    // Relecloud's Business Basic may only go to E1: the others conflict with its Apps for business.
    expect(scan.opportunities.find((o) => o.subscriptionName === 'Relecloud – Business Basic')?.targets).toEqual([
      expect.objectContaining({ offerName: 'Office 365 E1' }),
    ])
    expect(progress.at(0)?.phase).toBe('listing')
    expect(progress.map((p) => p.customersRead)).toEqual(
      [...progress.map((p) => p.customersRead)].sort((a, b) => a - b),
    )
  })

  it('a read-only role sees the same opportunities', async () => {
    configureApiSession({ token: () => demoToken('billing_admin', 'Test'), locale: () => 'en-US' })
    const scan = await scanOpportunities({
      queryClient: new QueryClient(),
      role: 'billing_admin',
      budget: new RequestBudget(),
      signal: new AbortController().signal,
      onProgress: () => {},
    })
    expect(scan.opportunities).toHaveLength(7)
  })

  it('is cached: a second scan within the stale time reads only the customer list again', async () => {
    configureApiSession({ token: () => demoToken('admin_agent', 'Test'), locale: () => 'en-US' })
    const queryClient = new QueryClient()
    const options = {
      queryClient,
      role: 'admin_agent' as const,
      budget: new RequestBudget(),
      signal: new AbortController().signal,
      onProgress: () => {},
    }
    const first = countRequests()
    await scanOpportunities(options)
    first.stop()
    const second = countRequests()
    const again = await scanOpportunities(options)
    second.stop()
    expect(first.seen.length).toBeGreaterThan(10)
    expect(second.seen).toEqual(['/v1/customers'])
    expect(again.opportunities).toHaveLength(7)
  })

  it('stays within its request budget, and stops when cancelled', async () => {
    configureApiSession({ token: () => demoToken('admin_agent', 'Test'), locale: () => 'en-US' })
    const controller = new AbortController()
    let waiting: () => void = () => {}
    const budgetSpent = new Promise<void>((resolve) => {
      waiting = resolve
    })
    // A budget of 5 requests a minute on a clock that never moves: the 6th request waits for ever.
    const budget = new RequestBudget(5, 60_000, {
      now: () => 0,
      sleep: (_ms, signal) =>
        new Promise((_resolve, reject) => {
          waiting()
          signal?.addEventListener('abort', () => reject(signal.reason), { once: true })
        }),
    })
    const requests = countRequests()
    const scan = scanOpportunities({
      queryClient: new QueryClient(),
      role: 'admin_agent',
      budget,
      signal: controller.signal,
      onProgress: () => {},
    })
    await budgetSpent
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(requests.seen).toHaveLength(5)
    controller.abort()
    await expect(scan).rejects.toThrow()
    requests.stop()
    expect(requests.seen).toHaveLength(5)
  })

  it('a customer that cannot be read is reported, the others still scanned', async () => {
    configureApiSession({ token: () => demoToken('admin_agent', 'Test'), locale: () => 'en-US' })
    const contoso = db.state.customers.find((c) => c.companyName === 'Contoso Ltd')
    server.use(http.get(`*/v1/customers/${contoso?.id}/subscriptions`, () => new Response(null, { status: 404 })))
    const scan = await scanOpportunities({
      queryClient: new QueryClient(),
      role: 'admin_agent',
      budget: new RequestBudget(),
      signal: new AbortController().signal,
      onProgress: () => {},
    })
    expect(scan.failures.map((f) => f.customerName)).toEqual(['Contoso Ltd'])
    expect(scan.opportunities).toHaveLength(6)
  })
})
