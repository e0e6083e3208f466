import { describe, expect, it } from 'vitest'
import { db } from '../../../mocks/handlers'
import { apiErrorSchema } from '../../../src/api/schemas'
import {
  subscriptionCollectionSchema,
  upgradeCollectionSchema,
  upgradeResultSchema,
} from '../../../src/api/subscription-schemas'
import { OFFER_IDS } from '../../../src/rules/offers'
import { call, customerNamed, subscriptionNamed, subscriptionPath, withMockServer } from './mock-api'

withMockServer()

function upgradesPath(friendlyName: string): string {
  return `${subscriptionPath(subscriptionNamed(db, friendlyName))}/upgrades`
}

function licensesOn(subscriptionId: string): number {
  return db.state.users.filter((u) => u.licenses.includes(subscriptionId)).length
}

describe('GET upgrades', () => {
  it('returns one Upgrade per target, eligible ones with the maximum quantity', async () => {
    const res = await call(upgradesPath('Contoso – Business Basic'))
    expect(res.status).toBe(200)
    const body = upgradeCollectionSchema.parse(res.body)
    expect(body.totalCount).toBe(4)
    expect(body.items.map((u) => [u.targetOffer.name, u.isEligible, u.upgradeType, u.quantity])).toEqual([
      ['Microsoft 365 Business Standard', true, 'upgrade_with_license_transfer', 25],
      ['Office 365 E1', true, 'upgrade_with_license_transfer', 25],
      ['Office 365 E3', true, 'upgrade_with_license_transfer', 25],
      ['Office 365 E5', true, 'upgrade_with_license_transfer', 25],
    ])
    expect(res.body).toMatchObject({
      items: [
        {
          targetOffer: {
            id: OFFER_IDS.businessStandard,
            minimumQuantity: 1,
            maximumQuantity: 300,
            isAddOn: false,
            unitType: 'Licenses',
            upgradeTargetOffers: [OFFER_IDS.e3, OFFER_IDS.e5],
            product: { id: 'O365_BUSINESS_PREMIUM' },
            attributes: { objectType: 'Offer' },
          },
          upgradeErrors: [],
          attributes: { objectType: 'Upgrade' },
        },
        { targetOffer: { maximumQuantity: 10_000_000, upgradeTargetOffers: [] } },
        {},
        {},
      ],
    })
  })

  it('explains ineligible targets with UpgradeErrors', async () => {
    const body = upgradeCollectionSchema.parse((await call(upgradesPath('Litware – Business Basic'))).body)
    expect(body.items.map((u) => [u.isEligible, u.upgradeType, u.upgradeErrors?.map((e) => e.code)])).toEqual([
      [false, 'none', [4]],
      [false, 'none', [3]],
      [false, 'none', [3]],
      [false, 'none', [3]],
    ])
    expect(body.items[0]?.upgradeErrors?.[0]).toMatchObject({
      additionalDetails: 'other',
      description: expect.stringMatching(/another partner or channel/),
    })
    const pending = upgradeCollectionSchema.parse(
      (await call(upgradesPath('Northwind – Business Basic (Warehouse)'))).body,
    )
    expect(pending.items[0]?.upgradeErrors?.map((e) => e.code)).toEqual([9, 4])
  })

  it('returns an empty collection when the offer has no upgrade path', async () => {
    const res = await call(upgradesPath('Contoso – Exchange Online (Plan 1)'))
    expect(res.status).toBe(200)
    expect(upgradeCollectionSchema.parse(res.body)).toMatchObject({ totalCount: 0, items: [] })
  })

  it('answers 403 to roles that may not upgrade', async () => {
    for (const role of ['billing_admin', 'account_admin', 'executive_report_viewer'] as const) {
      const res = await call(upgradesPath('Contoso – Business Basic'), { role })
      expect(res.status, role).toBe(403)
      expect(apiErrorSchema.parse(res.body).code).toBe('2032')
    }
    for (const role of ['helpdesk_agent', 'sales_agent', 'global_admin', 'user_management_admin'] as const) {
      expect((await call(upgradesPath('Contoso – Business Basic'), { role })).status, role).toBe(200)
    }
  })
})

describe('POST upgrades', () => {
  function post(friendlyName: string, body: unknown, options: { role?: 'billing_admin'; requestId?: string } = {}) {
    return call(upgradesPath(friendlyName), {
      method: 'POST',
      role: options.role,
      body,
      headers: options.requestId ? { 'MS-RequestId': options.requestId } : {},
    })
  }

  it('upgrades fully: new subscription, source suspended, license errors returned', async () => {
    const source = subscriptionNamed(db, 'Contoso – Business Basic')
    const licensesBefore = licensesOn(source.id)
    const res = await post('Contoso – Business Basic', {
      targetOffer: { id: OFFER_IDS.e3 },
      upgradeType: 'upgrade_with_license_transfer',
      quantity: 25,
    })
    expect(res.status).toBe(200)
    const result = upgradeResultSchema.parse(res.body)
    expect(result).toMatchObject({
      sourceSubscriptionId: source.id,
      upgradeType: 'upgrade_with_license_transfer',
      upgradeErrors: [],
      attributes: { objectType: 'UpgradeResult' },
    })
    expect(result.licenseErrors?.map((e) => [e.name, e.email, e.errors.map((x) => x.code)])).toEqual([
      ['Alex Wilber', 'alex.wilber@contoso.com', ['MutuallyExclusiveViolation']],
      ['Lee Gu', 'lee.gu@contoso.com', ['MutuallyExclusiveViolation']],
    ])

    const list = subscriptionCollectionSchema.parse((await call(`/customers/${source.customerId}/subscriptions`)).body)
    const after = list.items.find((s) => s.id === source.id)
    const target = list.items.find((s) => s.id === result.targetSubscriptionId)
    expect(after).toMatchObject({ status: 'suspended', suspensionReasons: ['Upgraded'], quantity: 25 })
    expect(target).toMatchObject({ offerId: OFFER_IDS.e3, offerName: 'Office 365 E3', quantity: 25, status: 'active' })
    expect(licensesOn(source.id) + licensesOn(result.targetSubscriptionId ?? '')).toBe(licensesBefore)
    expect(licensesOn(result.targetSubscriptionId ?? '')).toBe(4)

    // The source is now suspended: its upgrades say so.
    const again = upgradeCollectionSchema.parse((await call(upgradesPath('Contoso – Business Basic'))).body)
    expect(again.items.every((u) => !u.isEligible && u.upgradeErrors?.[0]?.code === 2)).toBe(true)
  })

  it('upgrades partially: the source keeps the rest', async () => {
    const res = await post('Tailspin Toys – Business Basic (India)', {
      targetOffer: { id: OFFER_IDS.businessStandardIndia.toLowerCase() },
      upgradeType: 2,
      quantity: 5,
    })
    expect(res.status).toBe(200)
    const result = upgradeResultSchema.parse(res.body)
    expect(result.upgradeType).toBe('upgrade_with_license_transfer')
    expect(result.licenseErrors).toEqual([])
    const source = subscriptionNamed(db, 'Tailspin Toys – Business Basic (India)')
    expect(source).toMatchObject({ status: 'active', quantity: 15 })
    const target = db.findSubscription(source.customerId, result.targetSubscriptionId ?? '')
    expect(target).toMatchObject({ quantity: 5, friendlyName: 'Microsoft 365 Business Standard (India)' })
    expect(licensesOn(source.id)).toBe(0)
    expect(licensesOn(target?.id ?? '')).toBe(5)
  })

  it('accepts upgrade_only as a string or as 1, and moves nobody', async () => {
    const res = await post('Northwind – Business Standard', {
      targetOffer: { id: OFFER_IDS.e5 },
      upgradeType: '1',
      quantity: 60,
    })
    expect(res.status).toBe(200)
    const result = upgradeResultSchema.parse(res.body)
    expect(result.upgradeType).toBe('upgrade_only')
    expect(licensesOn(result.targetSubscriptionId ?? '')).toBe(0)
  })

  it('answers 403 to a billing admin and changes nothing', async () => {
    const res = await post(
      'Contoso – Business Basic',
      { targetOffer: { id: OFFER_IDS.e3 }, upgradeType: 'upgrade_with_license_transfer', quantity: 25 },
      { role: 'billing_admin' },
    )
    expect(res.status).toBe(403)
    expect(apiErrorSchema.parse(res.body).description).toMatch(/billing admin/)
    expect(subscriptionNamed(db, 'Contoso – Business Basic').status).toBe('active')
  })

  it('answers 400 naming the bounds for a bad quantity', async () => {
    for (const quantity of [0, 26, 2.5]) {
      const res = await post('Contoso – Business Basic', {
        targetOffer: { id: OFFER_IDS.e3 },
        upgradeType: 'upgrade_with_license_transfer',
        quantity,
      })
      expect(res.status, String(quantity)).toBe(400)
      expect(apiErrorSchema.parse(res.body)).toMatchObject({
        code: '3000',
        description: expect.stringMatching(/from 1 to 25/),
      })
    }
  })

  it('answers 400 with the UpgradeErrors for an ineligible target', async () => {
    const res = await post('Litware – Business Basic', {
      targetOffer: { id: OFFER_IDS.businessStandard },
      upgradeType: 'upgrade_with_license_transfer',
      quantity: 10,
    })
    expect(res.status).toBe(400)
    const error = apiErrorSchema.parse(res.body)
    expect(error.code).toBe('900001')
    expect(error.description).toMatch(/Microsoft 365 Business Standard/)
    expect(error.data).toEqual([
      { code: 4, description: expect.stringMatching(/another partner or channel/), additionalDetails: 'other' },
    ])
    expect(db.subscriptionsOf(customerNamed(db, 'Litware, Inc.').id)).toHaveLength(1)
  })

  it('answers 400 with code 8 for a target that is not a path, and 7 without paths', async () => {
    const notPath = await post('Northwind – Business Standard', {
      targetOffer: { id: OFFER_IDS.e1 },
      upgradeType: 'upgrade_with_license_transfer',
      quantity: 1,
    })
    expect(notPath.status).toBe(400)
    expect(apiErrorSchema.parse(notPath.body).data).toMatchObject([{ code: 8, additionalDetails: OFFER_IDS.e1 }])
    const noPath = await post('Woodgrove Bank – Exchange Online Archiving', {
      targetOffer: { id: OFFER_IDS.e3 },
      upgradeType: 'upgrade_with_license_transfer',
      quantity: 1,
    })
    expect(apiErrorSchema.parse(noPath.body).data).toMatchObject([{ code: 7 }])
  })

  it('answers 400 to malformed JSON, missing fields and upgradeType none', async () => {
    const path = upgradesPath('Contoso – Business Basic')
    const malformed = await call(path, { method: 'POST', rawBody: '{"targetOffer": ' })
    expect(malformed.status).toBe(400)
    expect(apiErrorSchema.parse(malformed.body)).toMatchObject({
      code: '400056',
      description: expect.stringMatching(/JSON/),
    })
    expect((await call(path, { method: 'POST', rawBody: '' })).status).toBe(400)
    expect((await call(path, { method: 'POST', rawBody: '[]' })).status).toBe(400)
    const valid = { targetOffer: { id: OFFER_IDS.e3 }, upgradeType: 'upgrade_with_license_transfer', quantity: 25 }
    for (const body of [
      { ...valid, targetOffer: undefined },
      { ...valid, targetOffer: { name: 'Office 365 E3' } },
      { ...valid, upgradeType: undefined },
      { ...valid, upgradeType: 'upgrade_everything' },
      { ...valid, upgradeType: 7 },
      { ...valid, quantity: undefined },
      { ...valid, quantity: '25' },
      { ...valid, upgradeType: 'none' },
      { ...valid, upgradeType: 0 },
    ]) {
      const res = await call(path, { method: 'POST', body })
      expect(res.status, JSON.stringify(body)).toBe(400)
      expect(apiErrorSchema.parse(res.body).code).toBe('400056')
    }
    expect(subscriptionNamed(db, 'Contoso – Business Basic').status).toBe('active')
  })

  it('does not act twice for a repeated MS-RequestId', async () => {
    const requestId = '0f0f0f0f-1e1e-4d2d-8c3c-4b4b4b4b4b4b'
    const body = { targetOffer: { id: OFFER_IDS.e1 }, upgradeType: 'upgrade_with_license_transfer', quantity: 10 }
    const [first, second] = await Promise.all([
      post('Contoso – Business Basic', body, { requestId }),
      post('Contoso – Business Basic', body, { requestId }),
    ])
    const third = await post('Contoso – Business Basic', body, { requestId })
    expect(first?.status).toBe(200)
    expect(second?.body).toEqual(first?.body)
    expect(third.body).toEqual(first?.body)
    expect(third.headers.get('MS-RequestId')).toBe(requestId)
    const contoso = customerNamed(db, 'Contoso Ltd')
    expect(db.subscriptionsOf(contoso.id)).toHaveLength(4)
    expect(subscriptionNamed(db, 'Contoso – Business Basic').quantity).toBe(15)

    // The customer now holds E1, so a further upgrade of the rest is refused (conflicting services).
    const fourth = await post('Contoso – Business Basic', { ...body, targetOffer: { id: OFFER_IDS.e5 }, quantity: 5 })
    expect(apiErrorSchema.parse(fourth.body).data).toMatchObject([{ code: 3 }])
    // The request id is bound to its first request: on another subscription it is refused, never acted on.
    const other = await post(
      'Fabrikam – Microsoft 365 Apps for business',
      { targetOffer: { id: OFFER_IDS.appsForEnterprise }, upgradeType: 'upgrade_with_license_transfer', quantity: 40 },
      { requestId },
    )
    expect(other.status).toBe(422)
    expect(apiErrorSchema.parse(other.body).description).toMatch(/already used for another request/)
    expect(subscriptionNamed(db, 'Fabrikam – Microsoft 365 Apps for business').status).toBe('active')
  })
})
