import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { AUDIT_STORAGE_KEY, auditLogOf, recordAudit } from '../../../mocks/audit'
import { createDemoToken } from '../../../mocks/auth'
import { createDatabase } from '../../../mocks/db'
import { createDemoControls } from '../../../mocks/demo'
import { createMockSettings } from '../../../mocks/handlers'
import { type MockHttpServer, startMockHttpServer } from '../../../mocks/http'
import { createMemoryStorage } from '../../../mocks/persistence'
import { defaultScenario } from '../../../mocks/scenarios/default-scenario'
import { OFFER_IDS } from '../../../src/rules/offers'

/** GET /v1/auditrecords over the HTTP mock (npm run mock-api), right after writes. */
const NOW = new Date('2026-11-30T10:00:00.000Z')
const CORRELATION = '11111111-2222-4333-8444-555555555555'

interface Answer {
  readonly status: number
  readonly body: unknown
}

async function send(
  base: string,
  path: string,
  init: {
    method?: string
    body?: unknown
    headers?: Record<string, string>
    role?: 'admin_agent' | 'billing_admin'
  } = {},
): Promise<Answer> {
  const method = init.method ?? 'GET'
  const response = await fetch(`${base}/v1${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${createDemoToken(init.role ?? 'admin_agent', 'Rosa Alvarez')}`,
      'MS-CorrelationId': CORRELATION,
      ...(method === 'GET' ? {} : { 'MS-RequestId': crypto.randomUUID(), 'Content-Type': 'application/json' }),
      ...init.headers,
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
  const text = await response.text()
  return { status: response.status, body: text === '' ? undefined : JSON.parse(text) }
}

interface WireAuditRecord {
  readonly [key: string]: unknown
  readonly customizedData: readonly { key: string; value: string }[]
  readonly resourceOldValue: string
  readonly resourceNewValue: string
}
interface AuditPage {
  readonly totalCount: number
  readonly items: readonly WireAuditRecord[]
  readonly links: { readonly next?: { uri: string; headers: { key: string; value: string }[] } }
}

const contoso = defaultScenario.customers[0]
const basic = contoso?.subscriptions[0]
const fabrikam = defaultScenario.customers[1]
const apps = fabrikam?.subscriptions[0]
if (!contoso || !basic || !fabrikam || !apps) throw new Error('demo data changed')
const basicPath = `/customers/${contoso.id}/subscriptions/${basic.id}`
const appsPath = `/customers/${fabrikam.id}/subscriptions/${apps.id}`

function detail(record: WireAuditRecord, key: string): string | undefined {
  return record.customizedData.find((d) => d.key === key)?.value
}

describe('audit records over the HTTP mock', () => {
  let http: MockHttpServer
  beforeAll(async () => {
    http = await startMockHttpServer({ port: 0, database: { now: () => NOW } })
  })
  afterAll(() => http.close())
  beforeEach(() => http.demo.reset())

  const records = async (query = '') => {
    const answer = await send(http.url, `/auditrecords${query}`)
    expect(answer.status).toBe(200)
    return answer.body as AuditPage
  }

  it('a license change is served at once as a subscription audit record in Partner Center’s shape', async () => {
    const current = await send(http.url, appsPath)
    const etag = (current.body as { attributes: { etag: string } }).attributes.etag
    const requestId = '0a0b0c0d-0000-4000-8000-0000000000aa'
    const patched = await send(http.url, appsPath, {
      method: 'PATCH',
      body: { quantity: apps.quantity + 5 },
      headers: { 'If-Match': etag, 'MS-RequestId': requestId },
    })
    expect(patched.status).toBe(200)

    const page = await records()
    expect(page).toMatchObject({ totalCount: 1, attributes: { objectType: 'Collection' } })
    const [record] = page.items
    expect(record).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      partnerId: expect.any(String),
      customerId: fabrikam.id,
      customerName: 'Fabrikam, Inc.',
      userPrincipalName: 'rosa.alvarez@demo-partner.onmicrosoft.com',
      applicationId: expect.any(String),
      resourceType: 'subscription',
      resourceOldValue: expect.any(String),
      resourceNewValue: expect.any(String),
      operationType: 'update_subscription',
      operationStatus: 'succeeded',
      operationDate: NOW.toISOString(),
      originalCorrelationId: CORRELATION,
      customizedData: expect.arrayContaining([
        { key: 'MS-RequestId', value: requestId },
        { key: 'RequestedQuantity', value: String(apps.quantity + 5) },
      ]),
      attributes: { objectType: 'AuditRecord' },
    })
    if (!record) throw new Error('no record')
    expect(JSON.parse(record.resourceOldValue)).toMatchObject({ id: apps.id, quantity: apps.quantity })
    expect(JSON.parse(record.resourceNewValue)).toMatchObject({ id: apps.id, quantity: apps.quantity + 5 })
  })

  it('an upgrade records the source before and the new subscription after; a replay adds nothing', async () => {
    const upgrade = {
      method: 'POST',
      body: {
        targetOffer: { id: OFFER_IDS.businessStandard },
        upgradeType: 'upgrade_with_license_transfer',
        quantity: 25,
      },
      headers: { 'MS-RequestId': '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a' },
    }
    const first = await send(http.url, `${basicPath}/upgrades`, upgrade)
    const replay = await send(http.url, `${basicPath}/upgrades`, upgrade)
    expect([first.status, replay.status]).toEqual([200, 200])
    const { items } = await records()
    expect(items).toHaveLength(1)
    const [record] = items
    if (!record) throw new Error('no record')
    expect(record).toMatchObject({ operationType: 'upgrade_subscription', operationStatus: 'succeeded' })
    const target = (first.body as { targetSubscriptionId: string }).targetSubscriptionId
    expect(JSON.parse(record.resourceOldValue)).toMatchObject({
      id: basic.id,
      offerName: 'Microsoft 365 Business Basic',
    })
    expect(JSON.parse(record.resourceNewValue)).toMatchObject({
      id: target,
      offerName: 'Microsoft 365 Business Standard',
    })
    expect(detail(record, 'TargetSubscriptionId')).toBe(target)
  })

  it('refused writes are recorded as failed, with why, and change nothing', async () => {
    const stale = await send(http.url, appsPath, {
      method: 'PATCH',
      body: { quantity: 3 },
      headers: { 'If-Match': 'not-the-etag' },
    })
    const forbidden = await send(http.url, `${basicPath}/upgrades`, {
      method: 'POST',
      role: 'billing_admin',
      body: { targetOffer: { id: OFFER_IDS.e5 }, upgradeType: 'upgrade_only', quantity: 1 },
    })
    expect([stale.status, forbidden.status]).toEqual([412, 403])
    const { items } = await records()
    expect(items.map((r) => [r.operationType, r.operationStatus, detail(r, 'HttpStatus')])).toEqual([
      ['upgrade_subscription', 'failed', '403'],
      ['update_subscription', 'failed', '412'],
    ])
    const [upgrade] = items
    if (!upgrade) throw new Error('no record')
    expect(detail(upgrade, 'TargetOfferId')).toBe(OFFER_IDS.e5)
    expect(detail(upgrade, 'ErrorDescription')).toMatch(/may view subscriptions but not upgrade/)
    expect(upgrade.resourceNewValue).toBe(upgrade.resourceOldValue)
  })

  it('filters by company name, customer id and resource type; pages newest first with a continuation token', async () => {
    for (let i = 1; i <= 3; i++) {
      const current = await send(http.url, appsPath)
      const etag = (current.body as { attributes: { etag: string } }).attributes.etag
      await send(http.url, appsPath, {
        method: 'PATCH',
        body: { quantity: apps.quantity + i },
        headers: { 'If-Match': etag },
      })
    }
    await send(http.url, `${basicPath}/upgrades`, {
      method: 'POST',
      body: { targetOffer: { id: OFFER_IDS.e3 }, upgradeType: 'upgrade_only', quantity: 2 },
    })
    const filter = (value: object) => `?filter=${encodeURIComponent(JSON.stringify(value))}`
    expect((await records(filter({ Field: 'CompanyName', Value: 'abrik', Operator: 'substring' }))).items).toHaveLength(
      3,
    )
    expect((await records(filter({ Field: 'CustomerId', Value: contoso.id, Operator: 'equals' }))).items).toHaveLength(
      1,
    )
    expect(
      (await records(filter({ Field: 'ResourceType', Value: 'subscription', Operator: 'equals' }))).items,
    ).toHaveLength(4)
    const bad = await send(http.url, `/auditrecords${filter({ Field: 'CompanyName', Value: 'x', Operator: 'equals' })}`)
    expect(bad.status).toBe(400)

    const first = await records(
      `?size=3${filter({ Field: 'ResourceType', Value: 'subscription', Operator: 'equals' }).replace('?', '&')}`,
    )
    expect(first.items.map((r) => detail(r, 'RequestedQuantity'))).toEqual([
      '2',
      String(apps.quantity + 3),
      String(apps.quantity + 2),
    ])
    const next = first.links.next
    if (!next) throw new Error('no next page')
    const second = await send(http.url, next.uri, { headers: { 'MS-ContinuationToken': next.headers[0]?.value ?? '' } })
    const rest = second.body as AuditPage
    expect(rest.items.map((r) => detail(r, 'RequestedQuantity'))).toEqual([String(apps.quantity + 1)])
    expect(rest.links.next).toBeUndefined()
    const forged = await send(http.url, '/auditrecords', { headers: { 'MS-ContinuationToken': 'eyJvZmZzZXQiOi0xfQ' } })
    expect(forged.status).toBe(400)
  })

  it('keeps 90 days: a period that starts earlier is refused; a period without writes is empty', async () => {
    expect((await send(http.url, '/auditrecords?startDate=2026-08-01')).status).toBe(400)
    expect((await send(http.url, '/auditrecords?startDate=2026-11-30&endDate=2026-11-01')).status).toBe(400)
    await send(http.url, `${basicPath}/upgrades`, {
      method: 'POST',
      body: { targetOffer: { id: OFFER_IDS.e3 }, upgradeType: 'upgrade_only', quantity: 2 },
    })
    expect((await records('?startDate=2026-09-15&endDate=2026-11-29')).items).toEqual([])
    expect((await records('?startDate=2026-09-15&endDate=2026-11-30')).items).toHaveLength(1)
  })
})

describe('audit records live and die with the demo data', () => {
  it('survive a reload (restored with the data), and empty on reset', async () => {
    const storage = createMemoryStorage()
    const db = createDatabase(defaultScenario)
    const demo = createDemoControls({ db, settings: createMockSettings(), storage })
    demo.start()
    const fabrikamId = fabrikam.id
    const sub = db.findSubscription(fabrikamId, apps.id)
    if (!sub) throw new Error('demo data changed')
    db.setQuantity(fabrikamId, apps.id, sub.quantity + 1)
    recordAudit(auditLogOf(db), {
      caller: { name: 'Rosa Alvarez', role: 'admin_agent', roles: ['admin_agent'] },
      customer: db.findCustomer(fabrikamId) ?? (undefined as never),
      resourceType: 'subscription',
      operationType: 'update_subscription',
      status: 'succeeded',
      before: { quantity: sub.quantity - 1 },
      after: { quantity: sub.quantity },
      correlationId: CORRELATION,
      requestId: crypto.randomUUID(),
    })
    await Promise.resolve()
    await Promise.resolve()
    expect(storage.entries.has(AUDIT_STORAGE_KEY)).toBe(true)
    demo.dispose()

    // A reload: a new database and controls over the same storage.
    const reloaded = createDatabase(defaultScenario)
    const again = createDemoControls({ db: reloaded, settings: createMockSettings(), storage })
    expect(again.start().restore).toEqual({ kind: 'restored' })
    expect(auditLogOf(reloaded).records()).toHaveLength(1)

    again.reset()
    expect(auditLogOf(reloaded).records()).toEqual([])
    await Promise.resolve()
    expect(storage.entries.has(AUDIT_STORAGE_KEY)).toBe(false)
    again.dispose()
  })
})

describe('prices and markets', () => {
  let http: MockHttpServer
  beforeAll(async () => {
    http = await startMockHttpServer({ port: 0 })
  })
  afterAll(() => http.close())

  it('a customer carries its market; the offer of that market a demo list price in its currency', async () => {
    const customer = await send(http.url, `/customers/${fabrikam.id}`)
    expect(customer.body).toMatchObject({ billingProfile: { defaultAddress: { country: 'SE' } } })
    const offer = await send(http.url, `/offers/${OFFER_IDS.businessStandard}?country=SE`)
    expect(offer.body).toMatchObject({
      id: OFFER_IDS.businessStandard,
      country: 'SE',
      demoListPrice: { market: 'SE', currency: 'SEK', unitPricePerMonth: 136, isDemoPrice: true },
    })
    const hungary = await send(http.url, `/offers/${OFFER_IDS.businessStandard}?country=HU`)
    expect(hungary.body).toMatchObject({ demoListPrice: { currency: 'HUF', unitPricePerMonth: 4560 } })
    const market = await send(http.url, '/offers?country=HU')
    const all = (market.body as { items: { id: string; demoListPrice?: { currency: string } }[] }).items
    expect(all.find((o) => o.id === OFFER_IDS.e5)?.demoListPrice).toMatchObject({ currency: 'HUF' })
    expect(all.find((o) => o.id === OFFER_IDS.businessStandardIndia)).not.toHaveProperty('demoListPrice')
    const elsewhere = await send(http.url, `/offers/${OFFER_IDS.businessStandard}?country=JP`)
    expect(elsewhere.body).not.toHaveProperty('demoListPrice')
    expect((await send(http.url, `/offers/${OFFER_IDS.businessStandard}`)).status).toBe(400)
    expect((await send(http.url, '/offers/00000000-0000-0000-0000-000000000000?country=US')).status).toBe(404)
  })

  it('upgrade targets carry the customer market’s price', async () => {
    const answer = await send(http.url, `${basicPath}/upgrades`)
    const items = (answer.body as { items: { targetOffer: { id: string; demoListPrice?: unknown } }[] }).items
    expect(items.find((u) => u.targetOffer.id === OFFER_IDS.e3)?.targetOffer.demoListPrice).toMatchObject({
      currency: 'USD',
      unitPricePerMonth: 23,
    })
  })
})
