import { describe, expect, it } from 'vitest'
import { db } from '../../../mocks/handlers'
import { resetMockDatabase } from '../../../mocks/node'
import type { Scenario } from '../../../mocks/scenario'
import { defaultScenario } from '../../../mocks/scenarios/default-scenario'
import { apiErrorSchema, type Customer, customerCollectionSchema, customerSchema } from '../../../src/api/schemas'
import { call, customerNamed, withMockServer } from './mock-api'

withMockServer()

type Page = ReturnType<typeof customerCollectionSchema.parse>

async function page(path: string, token?: string): Promise<Page> {
  const res = await call(path, token ? { headers: { 'MS-ContinuationToken': token } } : {})
  expect(res.status).toBe(200)
  return customerCollectionSchema.parse(res.body)
}

async function allPages(first: string): Promise<Customer[]> {
  const seen: Customer[] = []
  let current = await page(first)
  for (let guard = 0; guard < 100; guard++) {
    seen.push(...current.items)
    const next = current.links?.next
    if (!next) return seen
    expect(next.method).toBe('GET')
    const token = next.headers?.find((h) => h.key === 'MS-ContinuationToken')?.value
    expect(token).toBeTruthy()
    current = await page(next.uri, token)
  }
  throw new Error('paging does not end')
}

function manyCustomers(n: number): Scenario {
  const template = defaultScenario.customers[0]
  if (!template) throw new Error('empty scenario')
  return {
    ...defaultScenario,
    name: 'many',
    description: `${n} customers`,
    customers: Array.from({ length: n }, (_, i) => ({
      ...template,
      id: `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
      companyProfile: { ...template.companyProfile, companyName: `Customer ${String(n - i).padStart(4, '0')}` },
      subscriptions: [],
      users: [],
    })),
  }
}

describe('GET /customers', () => {
  it('lists every customer sorted by company name, in the Collection shape', async () => {
    const res = await call('/customers')
    const body = customerCollectionSchema.parse(res.body)
    expect(body.attributes?.objectType).toBe('Collection')
    expect(body.totalCount).toBe(body.items.length)
    expect(body.links?.self).toEqual({ uri: '/customers?size=100', method: 'GET', headers: [] })
    expect(body.links?.next).toBeUndefined()
    const names = body.items.map((c) => c.companyProfile.companyName)
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })))
    expect(names[0]).toBe('Adventure Works')
    expect(names).toHaveLength(defaultScenario.customers.length)
    for (const item of body.items) expect(item.attributes?.objectType).toBe('Customer')
  })

  it('pages with MS-ContinuationToken and returns every customer exactly once', async () => {
    const first = await page('/customers?size=3')
    expect(first.items).toHaveLength(3)
    expect(first.links?.next?.uri).toBe('/customers?size=3')
    const all = await allPages('/customers?size=3')
    const ids = all.map((c) => c.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids.sort()).toEqual(defaultScenario.customers.map((c) => c.id).sort())
  })

  it('defaults to 100 a page and caps the size at 500', async () => {
    resetMockDatabase(manyCustomers(1201))
    expect((await page('/customers')).items).toHaveLength(100)
    expect((await page('/customers?size=2000')).items).toHaveLength(500)
    const all = await allPages('/customers?size=2000')
    expect(new Set(all.map((c) => c.id)).size).toBe(1201)
    expect(all[0]?.companyProfile.companyName).toBe('Customer 0001')
  })

  it('filters by company name prefix, case-insensitively, across pages', async () => {
    const filter = encodeURIComponent(JSON.stringify({ Field: 'CompanyName', Value: 'w', Operator: 'starts_with' }))
    const names = (await allPages(`/customers?size=1&filter=${filter}`)).map((c) => c.companyProfile.companyName)
    expect(names).toEqual(['Wingtip Toys India', 'Woodgrove Bank'])
    const none = encodeURIComponent(JSON.stringify({ Field: 'CompanyName', Value: 'zzz', Operator: 'starts_with' }))
    expect((await page(`/customers?filter=${none}`)).items).toEqual([])
  })

  it('answers 400 to a bad size, filter or continuation token', async () => {
    for (const path of [
      '/customers?size=-1',
      '/customers?size=2.5',
      '/customers?size=abc',
      '/customers?filter=%7Bnope',
    ]) {
      const res = await call(path)
      expect(res.status, path).toBe(400)
      expect(apiErrorSchema.parse(res.body).code).toBe('400056')
    }
    const res = await call('/customers', { headers: { 'MS-ContinuationToken': 'not-a-token' } })
    expect(res.status).toBe(400)
  })
})

describe('GET /customers/{id}', () => {
  it('returns the customer', async () => {
    const contoso = customerNamed(db, 'Contoso Ltd')
    const res = await call(`/customers/${contoso.id.toUpperCase()}`)
    expect(res.status).toBe(200)
    const customer = customerSchema.parse(res.body)
    expect(customer).toMatchObject({
      id: contoso.id,
      companyProfile: { companyName: 'Contoso Ltd', domain: 'contoso.com', tenantId: contoso.tenantId },
      relationshipToPartner: 'reseller',
      allowDelegatedAccess: true,
      attributes: { objectType: 'Customer' },
    })
  })

  it('answers 404 for an unknown customer', async () => {
    const res = await call('/customers/00000000-0000-4000-8000-000000000000')
    expect(res.status).toBe(404)
    expect(apiErrorSchema.parse(res.body)).toEqual({
      code: '20003',
      description: 'Customer not found.',
      data: [],
      source: 'PartnerCenter',
    })
  })

  it('answers 403 (20002) for a customer without a relationship, on every path', async () => {
    const template = defaultScenario.customers.find((c) => c.companyProfile.companyName === 'Contoso Ltd')
    if (!template) throw new Error('Contoso missing')
    resetMockDatabase({ ...defaultScenario, customers: [{ ...template, relationshipToPartner: 'none' }] })
    const sub = template.subscriptions[0]
    for (const path of [
      `/customers/${template.id}`,
      `/customers/${template.id}/subscriptions`,
      `/customers/${template.id}/subscribedskus`,
      `/customers/${template.id}/subscriptions/${sub?.id}/upgrades`,
    ]) {
      const res = await call(path)
      expect(res.status, path).toBe(403)
      expect(apiErrorSchema.parse(res.body).code).toBe('20002')
    }
  })
})
