import { describe, expect, it } from 'vitest'
import { db } from '../../../mocks/handlers'
import { apiErrorSchema } from '../../../src/api/schemas'
import {
  subscribedSkuCollectionSchema,
  subscriptionCollectionSchema,
  subscriptionSchema,
} from '../../../src/api/subscription-schemas'
import { OFFER_IDS } from '../../../src/rules/offers'
import { call, customerNamed, subscriptionNamed, subscriptionPath, withMockServer } from './mock-api'

withMockServer()

describe('GET subscriptions', () => {
  it('lists every subscription of the customer, add-ons included', async () => {
    const woodgrove = customerNamed(db, 'Woodgrove Bank')
    const res = await call(`/customers/${woodgrove.id}/subscriptions`)
    expect(res.status).toBe(200)
    const body = subscriptionCollectionSchema.parse(res.body)
    expect(body.totalCount).toBe(2)
    expect(body.attributes?.objectType).toBe('Collection')
    const [basic, archive] = body.items
    expect(basic).toMatchObject({
      offerId: OFFER_IDS.businessBasic,
      offerName: 'Microsoft 365 Business Basic',
      friendlyName: 'Woodgrove Bank – Business Basic',
      quantity: 120,
      unitType: 'Licenses',
      billingType: 'license',
      status: 'active',
      attributes: { objectType: 'Subscription' },
    })
    expect(basic?.attributes?.etag).toBeTruthy()
    expect(basic?.parentSubscriptionId).toBeUndefined()
    expect(archive).toMatchObject({
      offerName: 'Exchange Online Archiving for Exchange Online',
      parentSubscriptionId: basic?.id,
    })
  })

  it('returns an empty collection for a customer without subscriptions', async () => {
    const blueYonder = customerNamed(db, 'Blue Yonder Airlines')
    const body = subscriptionCollectionSchema.parse((await call(`/customers/${blueYonder.id}/subscriptions`)).body)
    expect(body).toMatchObject({ totalCount: 0, items: [] })
  })

  it('returns one subscription with its ETag, and 404 for an unknown one', async () => {
    const sub = subscriptionNamed(db, 'Contoso – Business Basic (Contractors)')
    const res = await call(subscriptionPath(sub))
    expect(res.status).toBe(200)
    expect(subscriptionSchema.parse(res.body)).toMatchObject({
      id: sub.id,
      status: 'suspended',
      suspensionReasons: ['CustomerCancellation'],
      billingCycle: 'monthly',
      termDuration: 'P1M',
      autoRenewEnabled: false,
      attributes: { etag: sub.etag },
    })
    expect(res.headers.get('ETag')).toBe(sub.etag)

    const missing = await call(`/customers/${sub.customerId}/subscriptions/00000000-0000-4000-8000-000000000000`)
    expect(missing.status).toBe(404)
    expect(apiErrorSchema.parse(missing.body)).toMatchObject({ code: '20003', description: 'Subscription not found.' })
  })

  it('lets every role look', async () => {
    const sub = subscriptionNamed(db, 'Contoso – Business Basic')
    expect((await call(subscriptionPath(sub), { role: 'billing_admin' })).status).toBe(200)
    expect((await call(`/customers/${sub.customerId}/subscriptions`, { role: 'executive_report_viewer' })).status).toBe(
      200,
    )
  })
})

describe('GET subscribedskus', () => {
  it('counts own and other-channel units per offer', async () => {
    const litware = customerNamed(db, 'Litware, Inc.')
    const res = await call(`/customers/${litware.id}/subscribedskus`)
    expect(res.status).toBe(200)
    const body = subscribedSkuCollectionSchema.parse(res.body)
    expect(body.items.map((s) => [s.productSku.skuPartNumber, s.totalUnits, s.consumedUnits])).toEqual([
      ['O365_BUSINESS_ESSENTIALS', 50, 4],
      ['O365_BUSINESS_PREMIUM', 10, 0],
    ])
    const standard = body.items[1]
    expect(standard).toMatchObject({
      productSku: { id: 'f245ecc8-75af-4f8e-b61f-27d8114de5f3', name: 'Microsoft 365 Business Standard' },
      capabilityStatus: 'Enabled',
      attributes: { objectType: 'SubscribedSku' },
    })
    expect(res.body).toMatchObject({
      items: [
        {
          availableUnits: 46,
          activeUnits: 50,
          suspendedUnits: 0,
          warningUnits: 0,
          productSku: { targetType: 'User', licenseGroupId: 'group1' },
          servicePlans: expect.arrayContaining([
            {
              displayName: 'Exchange Online',
              serviceName: 'EXCHANGE_S_STANDARD',
              id: expect.any(String),
              capabilityStatus: 'Enabled',
              targetType: 'User',
            },
          ]),
        },
        {},
      ],
    })
  })

  it('keeps suspended and pending units apart from active ones', async () => {
    const contoso = customerNamed(db, 'Contoso Ltd')
    const contosoRes = await call(`/customers/${contoso.id}/subscribedskus`)
    subscribedSkuCollectionSchema.parse(contosoRes.body)
    // Basic: 25 active + 5 suspended (Contractors), 6 users on the active one; Exchange Online (Plan 1).
    expect(contosoRes.body).toMatchObject({
      items: [
        { totalUnits: 25, activeUnits: 25, suspendedUnits: 5, consumedUnits: 6, availableUnits: 19 },
        { totalUnits: 5, consumedUnits: 3, productSku: { skuPartNumber: 'EXCHANGESTANDARD' } },
      ],
    })

    const northwind = customerNamed(db, 'Northwind Traders')
    const skus = subscribedSkuCollectionSchema.parse((await call(`/customers/${northwind.id}/subscribedskus`)).body)
    expect(skus.items.map((s) => [s.productSku.skuPartNumber, s.activeUnits, s.totalUnits])).toEqual([
      ['O365_BUSINESS_PREMIUM', 60, 60],
      ['O365_BUSINESS_ESSENTIALS', 0, 10],
    ])
  })
})

describe('PATCH subscription (add licenses)', () => {
  async function patch(
    quantity: unknown,
    options: { etag?: string | null; role?: 'billing_admin'; requestId?: string; body?: unknown } = {},
  ) {
    const sub = subscriptionNamed(db, 'Fabrikam – Microsoft 365 Apps for business')
    const headers: Record<string, string> = {}
    const etag = options.etag === undefined ? sub.etag : options.etag
    if (etag !== null) headers['If-Match'] = etag
    if (options.requestId) headers['MS-RequestId'] = options.requestId
    const current = subscriptionSchema.parse((await call(subscriptionPath(sub))).body)
    return call(subscriptionPath(sub), {
      method: 'PATCH',
      role: options.role,
      headers,
      body: options.body ?? { ...current, quantity },
    })
  }

  it('changes the quantity and the ETag', async () => {
    const before = subscriptionNamed(db, 'Fabrikam – Microsoft 365 Apps for business').etag
    const res = await patch(45)
    expect(res.status).toBe(200)
    const updated = subscriptionSchema.parse(res.body)
    expect(updated.quantity).toBe(45)
    expect(updated.attributes?.etag).not.toBe(before)
    expect(res.headers.get('ETag')).toBe(updated.attributes?.etag)
    expect(subscriptionNamed(db, 'Fabrikam – Microsoft 365 Apps for business').quantity).toBe(45)
  })

  it('accepts a quoted or weak If-Match', async () => {
    const etag = subscriptionNamed(db, 'Fabrikam – Microsoft 365 Apps for business').etag
    expect((await patch(41, { etag: `W/"${etag}"` })).status).toBe(200)
  })

  it('applies a PATCH without If-Match (as the SDKs send it) and answers 412 on a stale one', async () => {
    expect((await patch(44, { etag: null })).status).toBe(200)
    expect(subscriptionNamed(db, 'Fabrikam – Microsoft 365 Apps for business').quantity).toBe(44)
    const stale = subscriptionNamed(db, 'Fabrikam – Microsoft 365 Apps for business').etag
    expect((await patch(45, { etag: stale })).status).toBe(200)
    const res = await patch(46, { etag: stale })
    expect(res.status).toBe(412)
    expect(apiErrorSchema.parse(res.body).description).toMatch(/changed/)
    expect(subscriptionNamed(db, 'Fabrikam – Microsoft 365 Apps for business').quantity).toBe(45)
  })

  it('answers 400 naming the limit', async () => {
    const above = await patch(301)
    expect(above.status).toBe(400)
    expect(apiErrorSchema.parse(above.body)).toMatchObject({
      code: '3000',
      description: expect.stringMatching(/at most 300/),
    })
    const below = await patch(0)
    expect(below.status).toBe(400)
    expect(apiErrorSchema.parse(below.body).description).toMatch(/at least 1/)
    expect((await patch(2.5)).status).toBe(400)
    expect((await patch('many')).status).toBe(400)
  })

  it('answers 403 to a billing admin', async () => {
    const res = await patch(45, { role: 'billing_admin' })
    expect(res.status).toBe(403)
    expect(apiErrorSchema.parse(res.body).code).toBe('2032')
  })

  it('answers 409 for a subscription that is not active', async () => {
    const sub = subscriptionNamed(db, 'Contoso – Business Basic (Contractors)')
    const res = await call(subscriptionPath(sub), {
      method: 'PATCH',
      headers: { 'If-Match': sub.etag },
      body: { id: sub.id, quantity: 6 },
    })
    expect(res.status).toBe(409)
  })

  it('answers 400 to malformed JSON', async () => {
    const sub = subscriptionNamed(db, 'Fabrikam – Microsoft 365 Apps for business')
    const res = await call(subscriptionPath(sub), {
      method: 'PATCH',
      headers: { 'If-Match': sub.etag },
      rawBody: '{"quantity":',
    })
    expect(res.status).toBe(400)
    expect(apiErrorSchema.parse(res.body).code).toBe('400056')
  })

  it('replays a repeated MS-RequestId instead of acting twice', async () => {
    const requestId = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee'
    const body = { quantity: 50 }
    const first = await patch(50, { requestId, body })
    expect(first.status).toBe(200)
    // Same request id, even with the now stale ETag: the first answer again, nothing changes.
    const etagAfterFirst = subscriptionNamed(db, 'Fabrikam – Microsoft 365 Apps for business').etag
    const second = await patch(50, { requestId, etag: 'stale', body })
    expect(second.status).toBe(200)
    expect(second.body).toEqual(first.body)
    expect(second.headers.get('MS-RequestId')).toBe(requestId)
    const sub = subscriptionNamed(db, 'Fabrikam – Microsoft 365 Apps for business')
    expect(sub.etag).toBe(etagAfterFirst)
    expect(sub.version).toBe(2)
  })
})
