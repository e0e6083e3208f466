import { describe, expect, it } from 'vitest'
import { createDemoToken, readDemoToken } from '../../../mocks/auth'
import { base64UrlEncode } from '../../../mocks/base64url'
import { mockSettings } from '../../../mocks/handlers'
import { PARTNER_ROLES } from '../../../src/rules/roles'
import { call, withMockServer } from './mock-api'

describe('demo token', () => {
  it('round-trips every role and non-ASCII names', () => {
    for (const role of PARTNER_ROLES) {
      const token = createDemoToken(role, 'Zoë Łukasiewicz-Ōta')
      expect(token).toMatch(/^[\w-]+\.[\w-]+\.$/)
      expect(readDemoToken(`Bearer ${token}`)).toEqual({ name: 'Zoë Łukasiewicz-Ōta', role, roles: [role] })
    }
  })

  it('acts on the first role allowed to upgrade', () => {
    const payload = base64UrlEncode(JSON.stringify({ name: 'A', roles: ['billing_admin', 'sales_agent', 'nope'] }))
    const header = base64UrlEncode(JSON.stringify({ alg: 'none' }))
    expect(readDemoToken(`bearer ${header}.${payload}.`)).toEqual({
      name: 'A',
      role: 'sales_agent',
      roles: ['billing_admin', 'sales_agent'],
    })
  })

  it('rejects missing or unreadable tokens', () => {
    const header = base64UrlEncode('{}')
    for (const bad of [
      null,
      undefined,
      '',
      'Bearer',
      'Bearer abc',
      'Bearer a.b.c.d',
      `Bearer ${header}.${base64UrlEncode('not json')}.`,
      `Bearer ${header}.${base64UrlEncode(JSON.stringify({ name: 'A', roles: ['emperor'] }))}.`,
      `Bearer ${header}.${base64UrlEncode(JSON.stringify({ roles: ['admin_agent'] }))}.`,
      `Bearer ${header}.%%%.`,
    ]) {
      expect(readDemoToken(bad), String(bad)).toBeUndefined()
    }
  })
})

describe('API authentication', () => {
  withMockServer()

  it('answers 401 with an error body without a token', async () => {
    const res = await call('/customers', { role: null })
    expect(res.status).toBe(401)
    expect(res.body).toMatchObject({ code: '400', data: [], source: 'PartnerCenter' })
    expect(res.headers.get('WWW-Authenticate')).toBe('Bearer')
  })

  it('answers 401 to an unreadable token', async () => {
    const res = await call('/customers', { role: null, headers: { Authorization: 'Bearer garbage' } })
    expect(res.status).toBe(401)
  })

  it('echoes MS-RequestId and MS-CorrelationId, and makes them up when missing', async () => {
    const headers = {
      'MS-RequestId': '11111111-2222-4333-8444-555555555555',
      'MS-CorrelationId': '66666666-7777-4888-8999-000000000000',
    }
    for (const role of ['admin_agent', null] as const) {
      const res = await call('/customers', { role, headers })
      expect(res.headers.get('MS-RequestId')).toBe(headers['MS-RequestId'])
      expect(res.headers.get('MS-CorrelationId')).toBe(headers['MS-CorrelationId'])
    }
    const res = await call('/customers')
    expect(res.headers.get('MS-RequestId')).toMatch(/^[0-9a-f-]{36}$/)
    expect(res.headers.get('MS-CorrelationId')).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('answers 404 with an error body to unknown paths under /v1/customers', async () => {
    const res = await call('/customers/x/invoices')
    expect(res.status).toBe(404)
    expect(res.body).toMatchObject({ code: '1000', source: 'PartnerCenter' })
  })

  it('answers 405 with Allow to methods a path of the API does not have', async () => {
    const res = await call('/customers', { method: 'POST', body: {} })
    expect(res.status).toBe(405)
    expect(res.headers.get('Allow')).toBe('GET')
    expect(JSON.stringify(res.body)).not.toMatch(/TypeError/)
  })

  it('applies the configured latency', async () => {
    mockSettings.latencyMs = 120
    try {
      const started = performance.now()
      expect((await call('/customers')).status).toBe(200)
      expect(performance.now() - started).toBeGreaterThanOrEqual(100)
    } finally {
      mockSettings.latencyMs = 0
    }
  })
})
