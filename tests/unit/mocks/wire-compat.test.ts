import { describe, expect, it } from 'vitest'
import { db } from '../../../mocks/handlers'
import { withCanonicalNames } from '../../../mocks/wire-compat'
import { upgradeResultSchema } from '../../../src/api/subscription-schemas'
import { OFFER_IDS } from '../../../src/rules/offers'
import { call, subscriptionNamed, subscriptionPath, withMockServer } from './mock-api'

/** Request bodies are read as Partner Center reads them: property names without regard to case. */
withMockServer()

const FABRIKAM = 'Fabrikam – Microsoft 365 Apps for business'

describe('withCanonicalNames', () => {
  it('renames known properties at any depth, keeps the rest, and prefers the exact spelling', () => {
    expect(withCanonicalNames({ TargetOffer: { Id: 'x', Name: 'n' }, UPGRADETYPE: 2, Extra: 1 })).toEqual({
      targetOffer: { id: 'x', Name: 'n' },
      upgradeType: 2,
      Extra: 1,
    })
    expect(withCanonicalNames({ Quantity: 1, quantity: 2 })).toEqual({ quantity: 2 })
    expect(withCanonicalNames({ quantity: 2, Quantity: 1 })).toEqual({ quantity: 2 })
  })

  it('keeps a "__proto__" key as plain data', () => {
    const body = withCanonicalNames(JSON.parse('{"__proto__":{"quantity":5},"Quantity":3}'))
    expect(body.quantity).toBe(3)
    expect(Object.getPrototypeOf(body)).toBe(Object.prototype)
  })
})

describe('PascalCase request bodies (the .NET SDK)', () => {
  it('PATCH {"Quantity": n} changes the quantity', async () => {
    const sub = subscriptionNamed(db, FABRIKAM)
    const res = await call(subscriptionPath(sub), { method: 'PATCH', body: { Quantity: 12 } })
    expect(res.status).toBe(200)
    expect(subscriptionNamed(db, FABRIKAM).quantity).toBe(12)
  })

  it('PATCH still refuses a change to another field, whatever its spelling', async () => {
    const sub = subscriptionNamed(db, FABRIKAM)
    const res = await call(subscriptionPath(sub), {
      method: 'PATCH',
      body: { Quantity: 12, AutoRenewEnabled: !sub.autoRenewEnabled },
    })
    expect(res.status).toBe(400)
    expect(subscriptionNamed(db, FABRIKAM).quantity).toBe(sub.quantity)
  })

  it('PATCH takes null for the fields the SDK did not read (its reference types), and changes only quantity', async () => {
    const sub = subscriptionNamed(db, FABRIKAM)
    const body = { Id: sub.id, Quantity: 13, FriendlyName: null, ParentSubscriptionId: null, TermDuration: null }
    expect((await call(subscriptionPath(sub), { method: 'PATCH', body })).status).toBe(200)
    expect(subscriptionNamed(db, FABRIKAM)).toMatchObject({ quantity: 13, friendlyName: sub.friendlyName })
  })

  it('POST upgrades with TargetOffer.Id, UpgradeType and Quantity', async () => {
    const sub = subscriptionNamed(db, 'Contoso – Business Basic')
    const res = await call(`${subscriptionPath(sub)}/upgrades`, {
      method: 'POST',
      body: { TargetOffer: { Id: OFFER_IDS.businessStandard }, UpgradeType: 'upgrade_only', Quantity: sub.quantity },
    })
    expect(res.status).toBe(200)
    const result = upgradeResultSchema.parse(res.body)
    expect(result).toMatchObject({ sourceSubscriptionId: sub.id, upgradeType: 'upgrade_only' })
  })
})
