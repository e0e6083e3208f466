import { describe, expect, it } from 'vitest'
import {
  clearFault,
  createMockSettings,
  db,
  FAULT_KINDS,
  type FaultKind,
  isFaultKind,
  mockSettings,
  setFault,
} from '../../../mocks/handlers'
import { apiErrorSchema } from '../../../src/api/schemas'
import { subscriptionCollectionSchema, upgradeResultSchema } from '../../../src/api/subscription-schemas'
import { OFFER_IDS } from '../../../src/rules/offers'
import { call, customerNamed, subscriptionNamed, subscriptionPath, withMockServer } from './mock-api'

withMockServer()

const REQUEST_ID = '6c1d0b1e-2f4a-4c55-9a66-7b7c8d9e0f10'
const CORRELATION_ID = '0a1b2c3d-4e5f-4061-8273-94a5b6c7d8e9'
const UPGRADE = { targetOffer: { id: OFFER_IDS.e3 }, upgradeType: 'upgrade_with_license_transfer', quantity: 25 }

function stateNow(): unknown {
  return db.snapshot()
}

function upgradePath(): string {
  return `${subscriptionPath(subscriptionNamed(db, 'Contoso – Business Basic'))}/upgrades`
}

function postUpgrade(requestId = REQUEST_ID, signal?: AbortSignal) {
  return call(upgradePath(), {
    method: 'POST',
    body: UPGRADE,
    headers: { 'MS-RequestId': requestId, 'MS-CorrelationId': CORRELATION_ID },
    signal,
  })
}

function listContoso() {
  return call(`/customers/${customerNamed(db, 'Contoso Ltd').id}/subscriptions`)
}

/** The HTTP faults: status, error code, and what the description says. */
const HTTP_FAULTS: readonly { kind: FaultKind; status: number; code: string; says: RegExp }[] = [
  { kind: 'server_error', status: 500, code: '500', says: /internal error/ },
  { kind: 'throttled', status: 429, code: '429', says: /Too many requests/ },
  { kind: 'conflict', status: 409, code: '409', says: /in progress/ },
  { kind: 'precondition_failed', status: 412, code: '412', says: /subscription changed/ },
]

describe('fault injection', () => {
  it('exports every kind and checks them', () => {
    expect(FAULT_KINDS).toEqual(['server_error', 'throttled', 'timeout', 'network', 'conflict', 'precondition_failed'])
    expect(FAULT_KINDS.every(isFaultKind)).toBe(true)
    expect(isFaultKind('meteor')).toBe(false)
    expect(isFaultKind(undefined)).toBe(false)
    expect(() => setFault({ kind: 'meteor' as FaultKind, scope: 'next' })).toThrow(TypeError)
    expect(() => setFault({ kind: 'network', scope: 'sometimes' as 'next' })).toThrow(TypeError)
    expect(mockSettings.fault).toBeNull()
  })

  for (const { kind, status, code, says } of HTTP_FAULTS) {
    it(`${kind} (next): answers ${status} once with an error body, changes nothing, stores nothing`, async () => {
      const before = stateNow()
      setFault({ kind, scope: 'next' })
      const faulted = await postUpgrade()
      expect(faulted.status).toBe(status)
      expect(apiErrorSchema.parse(faulted.body)).toMatchObject({ code, description: expect.stringMatching(says) })
      expect(faulted.body).toMatchObject({ data: [], source: 'PartnerCenter' })
      expect(faulted.headers.get('MS-RequestId')).toBe(REQUEST_ID)
      expect(faulted.headers.get('MS-CorrelationId')).toBe(CORRELATION_ID)
      expect(faulted.headers.get('Retry-After')).toBe(kind === 'throttled' ? '2' : null)
      expect(stateNow()).toEqual(before)
      expect(mockSettings.fault).toBeNull()

      // The retry with the same request id acts (the fault stored nothing), once.
      const retry = await postUpgrade()
      expect(retry.status).toBe(200)
      const again = await postUpgrade()
      expect(again.body).toEqual(retry.body)
      expect(db.subscriptionsOf(customerNamed(db, 'Contoso Ltd').id)).toHaveLength(4)
    })
  }

  it('all: every request meets the fault until it is cleared, reads included', async () => {
    setFault({ kind: 'throttled', scope: 'all' })
    const before = stateNow()
    for (let i = 0; i < 3; i++) {
      const res = await listContoso()
      expect(res.status).toBe(429)
      expect(res.headers.get('Retry-After')).toBe('2')
    }
    expect((await postUpgrade()).status).toBe(429)
    expect((await call('/customers', { role: null })).status).toBe(429)
    expect(stateNow()).toEqual(before)
    expect(mockSettings.fault).toEqual({ kind: 'throttled', scope: 'all' })
    clearFault()
    expect((await listContoso()).status).toBe(200)
  })

  it('network (next): the request fails without an answer, once', async () => {
    const before = stateNow()
    setFault({ kind: 'network', scope: 'next' })
    await expect(postUpgrade()).rejects.toThrow(TypeError)
    expect(stateNow()).toEqual(before)
    expect(mockSettings.fault).toBeNull()
    expect((await postUpgrade()).status).toBe(200)
  })

  it('network (all): fails until cleared', async () => {
    setFault({ kind: 'network', scope: 'all' })
    await expect(listContoso()).rejects.toThrow(TypeError)
    await expect(listContoso()).rejects.toThrow(TypeError)
    setFault(null)
    expect((await listContoso()).status).toBe(200)
  })

  it('timeout (next): never answers; the caller gives up; nothing changes; the retry acts', async () => {
    const before = stateNow()
    setFault({ kind: 'timeout', scope: 'next' })
    const started = Date.now()
    await expect(postUpgrade(REQUEST_ID, AbortSignal.timeout(150))).rejects.toThrow(/abort|timeout/i)
    expect(Date.now() - started).toBeGreaterThanOrEqual(100)
    expect(stateNow()).toEqual(before)
    expect(mockSettings.fault).toBeNull()
    const retry = await postUpgrade()
    expect(retry.status).toBe(200)
    upgradeResultSchema.parse(retry.body)
  })

  it('timeout (all): every request hangs until cleared', async () => {
    setFault({ kind: 'timeout', scope: 'all' })
    await expect(call('/customers', { signal: AbortSignal.timeout(50) })).rejects.toThrow()
    const contoso = customerNamed(db, 'Contoso Ltd')
    await expect(call(`/customers/${contoso.id}`, { signal: AbortSignal.timeout(50) })).rejects.toThrow()
    expect(mockSettings.fault).toEqual({ kind: 'timeout', scope: 'all' })
    clearFault()
    expect((await listContoso()).status).toBe(200)
  })

  it('a next fault meets exactly one of two requests in flight', async () => {
    setFault({ kind: 'server_error', scope: 'next' })
    const statuses = (await Promise.all([listContoso(), listContoso()])).map((r) => r.status).sort()
    expect(statuses).toEqual([200, 500])
  })

  it('comes before authentication and validation: a fault is what the wire shows', async () => {
    setFault({ kind: 'conflict', scope: 'next' })
    expect((await call(upgradePath(), { method: 'POST', role: null, requestId: null, rawBody: '{' })).status).toBe(409)
  })

  it('a repeated request id still replays after a fault on a different request', async () => {
    const first = await postUpgrade()
    expect(first.status).toBe(200)
    const afterFirst = stateNow()
    setFault({ kind: 'server_error', scope: 'next' })
    const otherId = 'f0e1d2c3-b4a5-4968-8776-655443322110'
    const fabrikam = subscriptionNamed(db, 'Fabrikam – Microsoft 365 Apps for business')
    const faulted = await call(`${subscriptionPath(fabrikam)}/upgrades`, {
      method: 'POST',
      requestId: otherId,
      body: { targetOffer: { id: OFFER_IDS.e3 }, upgradeType: 'upgrade_only', quantity: 40 },
    })
    expect(faulted.status).toBe(500)
    expect(stateNow()).toEqual(afterFirst)
    const replay = await postUpgrade()
    expect(replay.status).toBe(200)
    expect(replay.body).toEqual(first.body)
    expect(stateNow()).toEqual(afterFirst)
    const list = subscriptionCollectionSchema.parse((await listContoso()).body)
    expect(list.items.filter((s) => s.offerId === OFFER_IDS.e3)).toHaveLength(1)
  })

  it('separate settings for separate handler lists', () => {
    const settings = createMockSettings()
    setFault({ kind: 'network', scope: 'all' }, settings)
    expect(settings.fault).toEqual({ kind: 'network', scope: 'all' })
    expect(mockSettings.fault).toBeNull()
    clearFault(settings)
    expect(settings.fault).toBeNull()
  })

  it('an error body says what happened for every HTTP fault', async () => {
    for (const { kind, status } of HTTP_FAULTS) {
      setFault({ kind, scope: 'next' })
      const res = await listContoso()
      expect(res.status, kind).toBe(status)
      expect((apiErrorSchema.parse(res.body).description ?? '').length, kind).toBeGreaterThan(20)
    }
  })
})
