import { request as httpRequest } from 'node:http'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createDemoToken } from '../../../mocks/auth'
import { type MockHttpServer, startMockHttpServer } from '../../../mocks/http'
import { IDEMPOTENCY_WINDOW_MS } from '../../../mocks/idempotency'
import { defaultScenario } from '../../../mocks/scenarios/default-scenario'
import { OFFER_IDS } from '../../../src/rules/offers'
import type { PartnerRole } from '../../../src/rules/roles'

/**
 * Points 3 and 4 of "never act twice" over real HTTP (the server of `npm run mock-api`):
 * If-Match on both writes (optional; stale or malformed is 412), and request ids bound to caller,
 * method, path and body, authorized before any replay, and kept for a time window, not a count.
 */
let clock = Date.parse('2026-06-01T08:00:00.000Z')
let http: MockHttpServer

beforeAll(async () => {
  http = await startMockHttpServer({ port: 0, database: { now: () => new Date(clock) } })
})
afterAll(() => http.close())
beforeEach(() => {
  http.demo.reset()
})

const contoso = defaultScenario.customers[0]
const basic = contoso?.subscriptions[0]
const fabrikam = defaultScenario.customers.find((c) => c.companyProfile.companyName.startsWith('Fabrikam'))
const apps = fabrikam?.subscriptions.find((s) => s.offerId === OFFER_IDS.appsForBusiness)
if (!contoso || !basic || !fabrikam || !apps) throw new Error('the demo data changed')
const basicPath = `/v1/customers/${contoso.id}/subscriptions/${basic.id}`
const appsPath = `/v1/customers/${fabrikam.id}/subscriptions/${apps.id}`
const UPGRADE = {
  targetOffer: { id: OFFER_IDS.businessStandard },
  upgradeType: 'upgrade_with_license_transfer',
  quantity: 25,
}

interface Sent {
  readonly status: number
  readonly body: { readonly [key: string]: unknown }
  readonly headers: Headers
}

async function send(
  path: string,
  init: { method?: string; body?: unknown; headers?: Record<string, string>; role?: PartnerRole; name?: string } = {},
): Promise<Sent> {
  const token = createDemoToken(init.role ?? 'admin_agent', init.name ?? 'Rosa Alvarez')
  const response = await fetch(`${http.url}${path}`, {
    method: init.method ?? 'GET',
    headers: {
      Authorization: `Bearer ${token}`,
      ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...init.headers,
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  })
  const text = await response.text()
  return { status: response.status, body: text === '' ? {} : JSON.parse(text), headers: response.headers }
}

const id = () => crypto.randomUUID()

async function current(path: string): Promise<{ quantity: number; status: string; etag: string }> {
  const answer = await send(path)
  return {
    quantity: answer.body.quantity as number,
    status: answer.body.status as string,
    etag: answer.headers.get('ETag') ?? '',
  }
}

describe('If-Match on both writes', () => {
  it("absent: no concurrency check, as Microsoft's SDKs send them", async () => {
    const patch = await send(appsPath, { method: 'PATCH', body: { quantity: 41 }, headers: { 'MS-RequestId': id() } })
    expect(patch.status).toBe(200)
    const upgrade = await send(`${basicPath}/upgrades`, {
      method: 'POST',
      body: UPGRADE,
      headers: { 'MS-RequestId': id() },
    })
    expect(upgrade.status).toBe(200)
  })

  it('stale: 412 on the quantity PATCH and on the upgrade POST, and nothing changes', async () => {
    const seen = await current(basicPath)
    // Another agent adds licenses: the ETag the first one saw is now stale.
    expect(
      (await send(basicPath, { method: 'PATCH', body: { quantity: 30 }, headers: { 'MS-RequestId': id() } })).status,
    ).toBe(200)
    const upgrade = await send(`${basicPath}/upgrades`, {
      method: 'POST',
      body: UPGRADE,
      headers: { 'MS-RequestId': id(), 'If-Match': seen.etag },
    })
    expect(upgrade.status).toBe(412)
    expect(upgrade.body.description).toMatch(/changed since you loaded it/)
    const patch = await send(basicPath, {
      method: 'PATCH',
      body: { quantity: 35 },
      headers: { 'MS-RequestId': id(), 'If-Match': seen.etag },
    })
    expect(patch.status).toBe(412)
    expect(await current(basicPath)).toMatchObject({ quantity: 30, status: 'active' })
  })

  it('malformed: 412 on both, never a success', async () => {
    for (const garbage of ['garbage', '"', ',', 'W/""', '"a" "b"']) {
      const upgrade = await send(`${basicPath}/upgrades`, {
        method: 'POST',
        body: UPGRADE,
        headers: { 'MS-RequestId': id(), 'If-Match': garbage },
      })
      expect(upgrade.status, garbage).toBe(412)
      const patch = await send(appsPath, {
        method: 'PATCH',
        body: { quantity: 41 },
        headers: { 'MS-RequestId': id(), 'If-Match': garbage },
      })
      expect(patch.status, garbage).toBe(412)
    }
    expect(await current(basicPath)).toMatchObject({ quantity: 25, status: 'active' })
  })

  it('current (plain, quoted or weak): the write is done', async () => {
    const seen = await current(basicPath)
    const upgrade = await send(`${basicPath}/upgrades`, {
      method: 'POST',
      body: UPGRADE,
      headers: { 'MS-RequestId': id(), 'If-Match': `W/"${seen.etag}"` },
    })
    expect(upgrade.status).toBe(200)
    expect(await current(basicPath)).toMatchObject({ status: 'suspended' })
  })
})

describe('request ids bound to caller, method, path and body', () => {
  it('the same id with another body is refused with 422, never replayed, and the first reply still is', async () => {
    const requestId = id()
    const first = await send(appsPath, {
      method: 'PATCH',
      body: { quantity: 41 },
      headers: { 'MS-RequestId': requestId },
    })
    expect(first.status).toBe(200)
    const other = await send(appsPath, {
      method: 'PATCH',
      body: { quantity: 45 },
      headers: { 'MS-RequestId': requestId },
    })
    expect(other.status).toBe(422)
    expect(other.body).toMatchObject({ code: '422', source: 'PartnerCenter' })
    expect(other.body.description).toMatch(/already used for another request/)
    expect((await current(appsPath)).quantity).toBe(41)
    const again = await send(appsPath, {
      method: 'PATCH',
      body: { quantity: 41 },
      headers: { 'MS-RequestId': requestId },
    })
    expect(again.status).toBe(200)
    expect(again.body).toEqual(first.body)
  })

  it('a write that changed nothing binds its id too', async () => {
    const requestId = id()
    const same = await send(appsPath, {
      method: 'PATCH',
      body: { quantity: 40 },
      headers: { 'MS-RequestId': requestId },
    })
    expect(same.status).toBe(200)
    const other = await send(appsPath, {
      method: 'PATCH',
      body: { quantity: 44 },
      headers: { 'MS-RequestId': requestId },
    })
    expect(other.status).toBe(422)
    expect((await current(appsPath)).quantity).toBe(40)
  })

  it('the same id on another path or method, or by another caller, is refused too', async () => {
    const requestId = id()
    expect(
      (await send(`${basicPath}/upgrades`, { method: 'POST', body: UPGRADE, headers: { 'MS-RequestId': requestId } }))
        .status,
    ).toBe(200)
    const elsewhere = await send(appsPath, {
      method: 'PATCH',
      body: { quantity: 41 },
      headers: { 'MS-RequestId': requestId },
    })
    expect(elsewhere.status).toBe(422)
    const byAnother = await send(`${basicPath}/upgrades`, {
      method: 'POST',
      body: UPGRADE,
      headers: { 'MS-RequestId': requestId },
      name: 'Somebody Else',
      role: 'sales_agent',
    })
    expect(byAnother.status).toBe(422)
    expect(byAnother.body.description).toMatch(/sent by Rosa Alvarez/)
    expect((await current(appsPath)).quantity).toBe(40)
  })

  it("a read-only role re-sending an admin's request id gets 403, not the admin's reply", async () => {
    const requestId = id()
    const admin = await send(`${basicPath}/upgrades`, {
      method: 'POST',
      body: UPGRADE,
      headers: { 'MS-RequestId': requestId },
    })
    expect(admin.status).toBe(200)
    for (const role of ['billing_admin', 'executive_report_viewer'] as const) {
      const replay = await send(`${basicPath}/upgrades`, {
        method: 'POST',
        body: UPGRADE,
        headers: { 'MS-RequestId': requestId },
        role,
        name: 'Rosa Alvarez',
      })
      expect(replay.status, role).toBe(403)
      expect(replay.body.code, role).toBe('2032')
      expect(replay.body.targetSubscriptionId, role).toBeUndefined()
    }
  })

  it('a retry after 1,000 other writes is still a replay: the upgrade is not done again nor refused', async () => {
    const requestId = id()
    const first = await send(`${basicPath}/upgrades`, {
      method: 'POST',
      body: { ...UPGRADE, quantity: 5 },
      headers: { 'MS-RequestId': requestId },
    })
    expect(first.status).toBe(200)
    for (let n = 0; n < 1000; n++) {
      const answer = await send(appsPath, {
        method: 'PATCH',
        body: { quantity: 41 + (n % 2) },
        headers: { 'MS-RequestId': id() },
      })
      expect(answer.status).toBe(200)
    }
    const retry = await send(`${basicPath}/upgrades`, {
      method: 'POST',
      body: { ...UPGRADE, quantity: 5 },
      headers: { 'MS-RequestId': requestId },
    })
    expect(retry.status).toBe(200)
    expect(retry.body).toEqual(first.body)
    expect((await current(basicPath)).quantity).toBe(20)
    const subs = await send(`/v1/customers/${contoso.id}/subscriptions`)
    const standard = (subs.body.items as { offerId: string }[]).filter((s) => s.offerId === OFFER_IDS.businessStandard)
    expect(standard).toHaveLength(1)
  }, 60_000)

  it(`forgets an id after ${IDEMPOTENCY_WINDOW_MS / 3_600_000} hours: then it is a new request`, async () => {
    const requestId = id()
    expect(
      (await send(appsPath, { method: 'PATCH', body: { quantity: 41 }, headers: { 'MS-RequestId': requestId } }))
        .status,
    ).toBe(200)
    clock += IDEMPOTENCY_WINDOW_MS - 1000
    expect(
      (await send(appsPath, { method: 'PATCH', body: { quantity: 45 }, headers: { 'MS-RequestId': requestId } }))
        .status,
    ).toBe(422)
    clock += 2000
    const later = await send(appsPath, {
      method: 'PATCH',
      body: { quantity: 45 },
      headers: { 'MS-RequestId': requestId },
    })
    expect(later.status).toBe(200)
    expect((await current(appsPath)).quantity).toBe(45)
  })
})

describe('methods', () => {
  it('a method the path does not have: 405 with Allow, and no internal error text', async () => {
    const remove = await send(basicPath, { method: 'DELETE', headers: { 'MS-RequestId': id() } })
    expect(remove.status).toBe(405)
    expect(remove.headers.get('Allow')).toBe('GET, PATCH')
    // Methods fetch itself refuses (TRACE) are answered before any Request is built.
    const trace = await new Promise<{ status: number; allow: string | undefined; body: string }>((resolve, reject) => {
      const req = httpRequest(`${http.url}${basicPath}/upgrades`, { method: 'TRACE' }, (res) => {
        let body = ''
        res.on('data', (chunk) => {
          body += chunk
        })
        res.on('end', () => resolve({ status: res.statusCode ?? 0, allow: res.headers.allow, body }))
      })
      req.on('error', reject)
      req.end()
    })
    expect(trace.status).toBe(405)
    expect(trace.allow).toBe('GET, POST')
    expect(trace.body).not.toMatch(/TypeError|Error:/)
  })
})
