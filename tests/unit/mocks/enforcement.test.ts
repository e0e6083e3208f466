import { describe, expect, it } from 'vitest'
import { db } from '../../../mocks/handlers'
import { apiErrorSchema } from '../../../src/api/schemas'
import { OFFER_IDS } from '../../../src/rules/offers'
import { PARTNER_ROLES, UPGRADE_ROLES } from '../../../src/rules/roles'
import {
  type CallOptions,
  type CallResult,
  call,
  subscriptionNamed,
  subscriptionPath,
  withMockServer,
} from './mock-api'

/**
 * The mock refuses what Partner Center would refuse, whatever the client sends: every refusal
 * is a Partner Center error body ({ code, description, data, source }), echoes the request and
 * correlation ids, and changes nothing.
 */
withMockServer()

const UNKNOWN = '00000000-0000-4000-8000-00000000dead'
const VALID_UPGRADE = { targetOffer: { id: OFFER_IDS.e3 }, upgradeType: 'upgrade_with_license_transfer', quantity: 25 }
const NOT_UPGRADE_ROLES = PARTNER_ROLES.filter((r) => !UPGRADE_ROLES.includes(r))

function contosoBasic() {
  return subscriptionNamed(db, 'Contoso – Business Basic')
}

function fabrikam() {
  return subscriptionNamed(db, 'Fabrikam – Microsoft 365 Apps for business')
}

/** Sends the request and checks it is refused with `status` and a Partner Center error body, changing nothing. */
async function refused(
  status: number,
  path: string,
  options: CallOptions,
  expected: { code?: string; says?: RegExp } = {},
): Promise<CallResult & { error: ReturnType<typeof apiErrorSchema.parse> }> {
  const before = db.snapshot()
  const correlationId = crypto.randomUUID()
  const res = await call(path, { ...options, headers: { 'MS-CorrelationId': correlationId, ...options.headers } })
  const label = `${options.method ?? 'GET'} ${path} ${JSON.stringify(options.body ?? options.rawBody ?? '')}`
  expect(res.status, label).toBe(status)
  const error = apiErrorSchema.parse(res.body)
  expect(res.body, label).toMatchObject({ source: 'PartnerCenter', data: expect.any(Array) })
  expect((error.description ?? '').length, label).toBeGreaterThan(10)
  if (expected.code !== undefined) expect(error.code, label).toBe(expected.code)
  if (expected.says) expect(error.description, label).toMatch(expected.says)
  expect(res.headers.get('MS-CorrelationId'), label).toBe(correlationId)
  expect(res.headers.get('MS-RequestId'), label).toBeTruthy()
  expect(db.snapshot(), label).toEqual(before)
  return { ...res, error }
}

function postUpgrade(body: unknown, options: CallOptions = {}) {
  return { path: `${subscriptionPath(contosoBasic())}/upgrades`, options: { method: 'POST', body, ...options } }
}

function patchFabrikam(body: unknown, options: CallOptions = {}) {
  const sub = fabrikam()
  return {
    path: subscriptionPath(sub),
    options: { method: 'PATCH', body, ...options, headers: { 'If-Match': sub.etag, ...options.headers } },
  }
}

describe('authentication (401)', () => {
  const paths = () => [
    ['GET', '/customers'],
    ['GET', `/customers/${contosoBasic().customerId}/subscriptions`],
    ['POST', `${subscriptionPath(contosoBasic())}/upgrades`],
    ['PATCH', subscriptionPath(fabrikam())],
  ]

  it('without Authorization, on every endpoint', async () => {
    for (const [method, path] of paths()) {
      const body = method === 'GET' ? undefined : {}
      const res = await refused(401, path ?? '', { method, role: null, body }, { code: '400', says: /Authorization/ })
      expect(res.headers.get('WWW-Authenticate')).toBe('Bearer')
    }
  })

  it('with a token that is not one, or names no known role', async () => {
    const noRole = `${btoa('{"alg":"none"}')}.${btoa('{"name":"x","roles":["pirate"]}')}.`
    for (const authorization of ['Bearer', 'Bearer abc', 'Basic dXNlcjpwYXNz', `Bearer ${noRole}`]) {
      await refused(401, '/customers', { headers: { Authorization: authorization } })
    }
  })

  it('is checked before anything else but an injected fault', async () => {
    const { path } = postUpgrade({})
    await refused(401, path, { method: 'POST', role: null, requestId: null, rawBody: 'garbage' })
  })
})

describe('roles (403)', () => {
  it('refuses upgrades, their listing and quantity changes to every role that may only look', async () => {
    for (const role of NOT_UPGRADE_ROLES) {
      const upgrade = postUpgrade(VALID_UPGRADE, { role })
      await refused(403, upgrade.path, upgrade.options, { code: '2032', says: /may view subscriptions but not/ })
      await refused(403, upgrade.path, { role }, { code: '2032' })
      const patch = patchFabrikam({ quantity: 41 }, { role })
      await refused(403, patch.path, patch.options, { code: '2032', says: /change their license count/ })
      // Looking is allowed.
      expect((await call(subscriptionPath(contosoBasic()), { role })).status).toBe(200)
    }
  })
})

describe('missing or bad headers', () => {
  it('POST without MS-RequestId: 400, the header is required', async () => {
    const { path, options } = postUpgrade(VALID_UPGRADE, { requestId: null })
    await refused(400, path, options, { code: '400056', says: /MS-RequestId header is required/ })
  })

  it('PATCH without MS-RequestId: 400, the header is required', async () => {
    const { path, options } = patchFabrikam({ quantity: 41 }, { requestId: null })
    await refused(400, path, options, { code: '400056', says: /MS-RequestId header is required/ })
  })

  it('a write whose MS-RequestId is not a GUID: 400', async () => {
    for (const requestId of ['1', 'not-a-guid', '{6c1d0b1e-2f4a-4c55-9a66-7b7c8d9e0f10}x']) {
      const { path, options } = postUpgrade(VALID_UPGRADE, { requestId })
      await refused(400, path, options, { says: /must be a GUID/ })
    }
  })

  it('reads do not need MS-RequestId', async () => {
    expect((await call('/customers', { requestId: null })).status).toBe(200)
  })

  it("If-Match is optional (absent: no check, as Microsoft's SDKs send it); empty, malformed or stale: 412", async () => {
    const sub = fabrikam()
    const noEtag = await call(subscriptionPath(sub), { method: 'PATCH', body: { quantity: 41 } })
    expect(noEtag.status).toBe(200)
    expect(fabrikam().quantity).toBe(41)
    for (const garbage of [' ', '"', 'W/', 'not an etag', '""']) {
      await refused(
        412,
        subscriptionPath(sub),
        { method: 'PATCH', body: { quantity: 44 }, headers: { 'If-Match': garbage } },
        { code: '412', says: /If-Match|changed since you loaded it/ },
      )
    }
    const current = fabrikam().etag
    expect(
      (await call(subscriptionPath(sub), { method: 'PATCH', body: { quantity: 42 }, headers: { 'If-Match': current } }))
        .status,
    ).toBe(200)
    await refused(
      412,
      subscriptionPath(sub),
      { method: 'PATCH', body: { quantity: 43 }, headers: { 'If-Match': current } },
      { code: '412', says: /changed since you loaded it/ },
    )
  })

  it('the upgrade POST honours If-Match too: a stale or malformed one is 412 and nothing is upgraded', async () => {
    const sub = contosoBasic()
    for (const etag of [sub.etag.slice(1), 'garbage', ' ']) {
      const { path, options } = postUpgrade(VALID_UPGRADE, { headers: { 'If-Match': etag } })
      await refused(412, path, options, { code: '412' })
    }
    const { path, options } = postUpgrade(VALID_UPGRADE, { headers: { 'If-Match': `"${sub.etag}"` } })
    expect((await call(path, options)).status).toBe(200)
  })
})

describe('unknown ids', () => {
  it('unknown customer or subscription: 404; unknown or unrelated offer: 400 with code 8', async () => {
    const sub = contosoBasic()
    await refused(404, `/customers/${UNKNOWN}/subscriptions`, {}, { code: '20003', says: /Customer not found/ })
    await refused(404, `/customers/${UNKNOWN}/subscriptions/${sub.id}/upgrades`, {
      method: 'POST',
      body: VALID_UPGRADE,
    })
    await refused(404, `/customers/${sub.customerId}/subscriptions/${UNKNOWN}/upgrades`, {
      method: 'POST',
      body: VALID_UPGRADE,
    })
    await refused(404, `/customers/${sub.customerId}/subscriptions/not-even-a-guid`, {
      method: 'PATCH',
      body: { quantity: 3 },
      headers: { 'If-Match': 'x' },
    })
    // Another customer's subscription under this customer is not found either.
    await refused(404, `/customers/${sub.customerId}/subscriptions/${fabrikam().id}`, {})
    for (const id of [UNKNOWN, OFFER_IDS.businessPremium, OFFER_IDS.exchangePlan1, OFFER_IDS.audioConferencing]) {
      const { path, options } = postUpgrade({ ...VALID_UPGRADE, targetOffer: { id } })
      const res = await refused(400, path, options, { code: '900001' })
      expect(res.error.data).toEqual([expect.objectContaining({ code: 8, additionalDetails: id })])
    }
  })

  it('unknown API paths: 404; a known path with a method it does not have: 405 with Allow', async () => {
    await refused(404, `/customers/${contosoBasic().customerId}/orders`, {}, { code: '1000' })
    const wrong = await refused(405, subscriptionPath(contosoBasic()), { method: 'DELETE' }, { code: '405' })
    expect(wrong.headers.get('Allow')).toBe('GET, PATCH')
  })
})

describe('POST upgrades: bodies', () => {
  it('malformed JSON and bodies that are not an object', async () => {
    for (const rawBody of ['', '   ', '{', '{"targetOffer":', 'null', 'true', '42', '"E3"', '[]', '[{}]']) {
      const { path, options } = postUpgrade(undefined, { rawBody })
      await refused(400, path, options, { code: '400056', says: /JSON|object|empty/ })
    }
  })

  it('missing or mistyped targetOffer and upgradeType', async () => {
    const cases: readonly [Record<string, unknown>, RegExp][] = [
      [{ ...VALID_UPGRADE, targetOffer: undefined }, /targetOffer.id is required/],
      [{ ...VALID_UPGRADE, targetOffer: OFFER_IDS.e3 }, /targetOffer.id is required/],
      [{ ...VALID_UPGRADE, targetOffer: {} }, /targetOffer.id is required/],
      [{ ...VALID_UPGRADE, targetOffer: { id: '' } }, /targetOffer.id is required/],
      [{ ...VALID_UPGRADE, targetOffer: { id: 7 } }, /targetOffer.id is required/],
      [{ ...VALID_UPGRADE, upgradeType: undefined }, /upgradeType is required/],
      [{ ...VALID_UPGRADE, upgradeType: null }, /upgradeType is required/],
      [{ ...VALID_UPGRADE, upgradeType: 'teleport' }, /upgradeType must be/],
      [{ ...VALID_UPGRADE, upgradeType: 3 }, /upgradeType must be/],
      [{ ...VALID_UPGRADE, upgradeType: -1 }, /upgradeType must be/],
      [{ ...VALID_UPGRADE, upgradeType: 1.5 }, /upgradeType must be/],
      [{ ...VALID_UPGRADE, upgradeType: true }, /upgradeType must be/],
      [{ ...VALID_UPGRADE, upgradeType: 'none' }, /upgradeType none cannot be submitted/],
      [{ ...VALID_UPGRADE, upgradeType: 0 }, /upgradeType none cannot be submitted/],
    ]
    for (const [body, says] of cases) {
      const { path, options } = postUpgrade(body)
      await refused(400, path, options, { code: '400056', says })
    }
  })

  it('quantities: missing, not a number, zero, negative, fractional, above the source, above the target maximum', async () => {
    for (const quantity of [undefined, null, '25', '', true, [25], { n: 25 }]) {
      const { path, options } = postUpgrade({ ...VALID_UPGRADE, quantity })
      await refused(400, path, options, { code: '400056', says: /quantity is required and must be a number/ })
    }
    for (const quantity of [0, -1, -25, 0.5, 2.5, 24.999, 26, 1000, 1e21, Number.MAX_SAFE_INTEGER + 2]) {
      const { path, options } = postUpgrade({ ...VALID_UPGRADE, quantity })
      await refused(400, path, options, { code: '3000', says: /whole number from 1 to 25/ })
    }
    // A source at the Business plans' 300 cap: 301 is above both the source and the target's maximum.
    const sub = contosoBasic()
    db.setQuantity(sub.customerId, sub.id, 300)
    for (const target of [OFFER_IDS.businessStandard, OFFER_IDS.e3]) {
      const { path, options } = postUpgrade({ ...VALID_UPGRADE, targetOffer: { id: target }, quantity: 301 })
      await refused(400, path, options, { code: '3000', says: /from 1 to 300/ })
    }
  })

  it('an ineligible target: 400 with the UpgradeErrors in data', async () => {
    const litware = subscriptionNamed(db, 'Litware – Business Basic')
    const res = await refused(
      400,
      `${subscriptionPath(litware)}/upgrades`,
      { method: 'POST', body: { ...VALID_UPGRADE, targetOffer: { id: OFFER_IDS.e5 }, quantity: 1 } },
      { code: '900001', says: /cannot be upgraded to Office 365 E5/ },
    )
    expect(res.error.data).toEqual([expect.objectContaining({ code: 3, description: expect.any(String) })])
    // A suspended subscription (2), a pending one (9 and 4), one with add-ons (6), no paths (7), no DAP (1).
    const codes = async (friendlyName: string, target: string) => {
      const sub = subscriptionNamed(db, friendlyName)
      const r = await refused(
        400,
        `${subscriptionPath(sub)}/upgrades`,
        { method: 'POST', body: { ...VALID_UPGRADE, targetOffer: { id: target }, quantity: 1 } },
        { code: '900001' },
      )
      return (r.error.data ?? []).map((e) => (e as { code: number }).code)
    }
    expect(await codes('Contoso – Business Basic (Contractors)', OFFER_IDS.e3)).toEqual([2])
    expect(await codes('Northwind – Business Basic (Warehouse)', OFFER_IDS.businessStandard)).toEqual([9, 4])
    expect(await codes('Woodgrove Bank – Business Basic', OFFER_IDS.e3)).toEqual([6])
    expect(await codes('Contoso – Exchange Online (Plan 1)', OFFER_IDS.e3)).toEqual([7])
    expect(await codes('Adventure Works – Business Basic', OFFER_IDS.e3)).toEqual([1])
  })
})

describe('PATCH subscription: bodies', () => {
  it('malformed JSON and bodies that are not an object', async () => {
    for (const rawBody of ['', '{"quantity":', 'null', '41', '"41"', '[41]']) {
      const { path, options } = patchFabrikam(undefined, { rawBody })
      await refused(400, path, options, { code: '400056' })
    }
  })

  it('quantities: missing, not a number, zero, negative, fractional, above the offer maximum', async () => {
    for (const quantity of [undefined, null, '41', true, [41]]) {
      const { path, options } = patchFabrikam({ quantity })
      await refused(400, path, options, { code: '400056', says: /quantity/ })
    }
    for (const [quantity, says] of [
      [0, /at least 1/],
      [-5, /at least 1/],
      [1.5, /whole number/],
      [301, /at most 300/],
      [1e21, /at most 300/],
    ] as const) {
      const { path, options } = patchFabrikam({ quantity })
      await refused(400, path, options, { code: '3000', says })
    }
  })

  it('a body for another subscription, or one that tries to change more than quantity', async () => {
    const sub = fabrikam()
    const cases: readonly [Record<string, unknown>, RegExp][] = [
      [{ id: UNKNOWN, quantity: 41 }, /does not match the URL/],
      [{ id: 5, quantity: 41 }, /does not match the URL/],
      [{ quantity: 41, status: 'suspended' }, /status/],
      [{ quantity: 41, status: 'deleted' }, /status/],
      [{ quantity: 41, offerId: OFFER_IDS.e5 }, /offerId/],
      [{ quantity: 41, billingCycle: 'monthly' }, /billingCycle/],
      [{ quantity: 41, termDuration: 'P1M' }, /termDuration/],
      [{ quantity: 41, autoRenewEnabled: false }, /autoRenewEnabled/],
      [{ quantity: 41, friendlyName: 'Renamed' }, /friendlyName/],
      [{ quantity: 41, parentSubscriptionId: contosoBasic().id }, /parentSubscriptionId/],
    ]
    for (const [body, says] of cases) {
      const { path, options } = patchFabrikam(body)
      await refused(400, path, options, { code: '400056', says })
    }
    // The subscription as read, with a new quantity (what the UI sends), is fine, whatever the case of ids.
    const current = (await call(subscriptionPath(sub))).body as Record<string, unknown>
    const ok = await call(subscriptionPath(sub), {
      method: 'PATCH',
      headers: { 'If-Match': sub.etag },
      body: { ...current, id: sub.id.toUpperCase(), offerId: sub.offerId.toLowerCase(), quantity: 41 },
    })
    expect(ok.status).toBe(200)
  })

  it('a subscription that is not active: 409', async () => {
    const sub = subscriptionNamed(db, 'Northwind – Business Basic (Warehouse)')
    await refused(
      409,
      subscriptionPath(sub),
      { method: 'PATCH', body: { quantity: 11 }, headers: { 'If-Match': sub.etag } },
      { code: '409', says: /pending/ },
    )
  })
})

describe('idempotency', () => {
  it('a refused write stores nothing: the same request id, corrected, then acts once', async () => {
    const requestId = '2b3c4d5e-6f70-4812-9a3b-4c5d6e7f8091'
    const { path, options } = postUpgrade({ ...VALID_UPGRADE, quantity: 26 }, { requestId })
    await refused(400, path, options)
    const fixed = postUpgrade({ ...VALID_UPGRADE, quantity: 25 }, { requestId })
    const first = await call(fixed.path, fixed.options)
    expect(first.status).toBe(200)
    const afterFirst = db.snapshot()
    const again = await call(fixed.path, fixed.options)
    expect(again.body).toEqual(first.body)
    expect(db.snapshot()).toEqual(afterFirst)
  })

  it('request ids compare without case, like GUIDs', async () => {
    const requestId = 'abcdefab-cdef-4abc-8def-abcdefabcdef'
    const first = postUpgrade(VALID_UPGRADE, { requestId })
    expect((await call(first.path, first.options)).status).toBe(200)
    const afterFirst = db.snapshot()
    const upper = postUpgrade(VALID_UPGRADE, { requestId: requestId.toUpperCase() })
    const res = await call(upper.path, upper.options)
    expect(res.status).toBe(200)
    expect(db.snapshot()).toEqual(afterFirst)
  })

  it('concurrent PATCHes with one request id act once', async () => {
    const requestId = '3c4d5e6f-7081-4923-8b4c-5d6e7f809102'
    const sub = fabrikam()
    const send = () =>
      call(subscriptionPath(sub), {
        method: 'PATCH',
        requestId,
        headers: { 'If-Match': sub.etag },
        body: { quantity: 44 },
      })
    const results = await Promise.all([send(), send(), send()])
    expect(results.map((r) => r.status)).toEqual([200, 200, 200])
    expect(fabrikam()).toMatchObject({ quantity: 44, version: 2 })
  })
})
