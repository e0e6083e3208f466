import { describe, expect, it } from 'vitest'
import { createDatabase, type Database, DatabaseError } from '../../../mocks/db'
import { defaultScenario } from '../../../mocks/scenarios/default-scenario'
import { OFFER_IDS } from '../../../src/rules/offers'
import { customerNamed, subscriptionNamed } from './mock-api'

const NOW = new Date('2026-02-10T12:00:00.000Z')

function freshDb(): Database {
  let n = 0
  return createDatabase(defaultScenario, {
    now: () => NOW,
    newId: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  })
}

function licensesOn(db: Database, subscriptionId: string): number {
  return db.state.users.filter((u) => u.licenses.includes(subscriptionId)).length
}

describe('createDatabase', () => {
  it('loads the scenario with version-1 ETags', () => {
    const db = freshDb()
    expect(db.state.customers).toHaveLength(defaultScenario.customers.length)
    const basic = subscriptionNamed(db, 'Contoso – Business Basic')
    expect(basic.version).toBe(1)
    expect(basic.etag).toMatch(/\S+/)
    expect(basic.offerName).toBe('Microsoft 365 Business Basic')
    expect(new Set(db.state.subscriptions.map((s) => s.etag)).size).toBe(db.state.subscriptions.length)
  })

  it('derives customer facts, other channels included', () => {
    const db = freshDb()
    const litware = customerNamed(db, 'Litware, Inc.')
    const facts = db.customerFacts(litware.id.toUpperCase())
    expect(facts.allowDelegatedAccess).toBe(true)
    expect(facts.subscriptions.map((s) => s.offerId)).toEqual([OFFER_IDS.businessBasic])
    expect(facts.otherChannelOfferIds).toEqual([OFFER_IDS.businessStandard])
    expect(() => db.customerFacts('00000000-0000-4000-8000-000000000000')).toThrow(DatabaseError)
  })
})

describe('upgrade', () => {
  it('full, with license transfer: new subscription, source suspended, blocked users reported', () => {
    const db = freshDb()
    const source = subscriptionNamed(db, 'Contoso – Business Basic')
    const before = licensesOn(db, source.id)
    const etagBefore = source.etag
    const outcome = db.upgrade(source.customerId, source.id, {
      targetOfferId: OFFER_IDS.businessStandard,
      quantity: 25,
      upgradeType: 'upgrade_with_license_transfer',
    })
    expect(outcome.partial).toBe(false)
    expect(outcome.source).toMatchObject({
      status: 'suspended',
      suspensionReasons: ['Upgraded'],
      quantity: 25,
      version: 2,
    })
    expect(outcome.source.etag).not.toBe(etagBefore)
    expect(outcome.target).toMatchObject({
      id: '00000000-0000-4000-8000-000000000001',
      offerId: OFFER_IDS.businessStandard,
      offerName: 'Microsoft 365 Business Standard',
      friendlyName: 'Microsoft 365 Business Standard',
      quantity: 25,
      status: 'active',
      billingCycle: 'annual',
      termDuration: 'P1Y',
      creationDate: NOW.toISOString(),
      effectiveStartDate: NOW.toISOString(),
      commitmentEndDate: '2027-02-10T12:00:00.000Z',
      parentSubscriptionId: null,
    })
    // The new subscription sits right after its source.
    const list = db.subscriptionsOf(source.customerId).map((s) => s.id)
    expect(list.indexOf(outcome.target.id)).toBe(list.indexOf(source.id) + 1)
    // Licenses: 4 moved, 2 blocked (O365 Apps trial, Bookings trial) stay on the source; none lost.
    expect(outcome.movedUserIds).toHaveLength(4)
    expect(licensesOn(db, outcome.target.id)).toBe(4)
    expect(licensesOn(db, source.id)).toBe(2)
    expect(licensesOn(db, source.id) + licensesOn(db, outcome.target.id)).toBe(before)
    expect(outcome.licenseErrors.map((e) => e.name)).toEqual(['Alex Wilber', 'Lee Gu'])
    const alex = outcome.licenseErrors[0]
    expect(alex?.email).toBe('alex.wilber@contoso.com')
    expect(alex?.errors).toHaveLength(1)
    expect(alex?.errors[0]?.code).toBe('MutuallyExclusiveViolation')
    expect(alex?.errors[0]?.description).toMatch(/Microsoft 365 Apps trial/)
  })

  it('partial: source keeps the rest, moving stops at the quantity', () => {
    const db = freshDb()
    const source = subscriptionNamed(db, 'Contoso – Business Basic')
    const outcome = db.upgrade(source.customerId, source.id, {
      targetOfferId: OFFER_IDS.e1,
      quantity: 3,
      upgradeType: 'upgrade_with_license_transfer',
    })
    expect(outcome.partial).toBe(true)
    expect(outcome.source).toMatchObject({ status: 'active', quantity: 22, version: 2 })
    expect(outcome.target.quantity).toBe(3)
    expect(outcome.source.quantity + outcome.target.quantity).toBe(25)
    expect(outcome.movedUserIds).toHaveLength(3)
    expect(licensesOn(db, outcome.target.id)).toBe(3)
    expect(licensesOn(db, source.id)).toBe(3)
    expect(outcome.licenseErrors).toEqual([])
  })

  it('reports one error per affected service', () => {
    const db = freshDb()
    const source = subscriptionNamed(db, 'Fabrikam – Microsoft 365 Apps for business')
    const outcome = db.upgrade(source.customerId, source.id, {
      targetOfferId: OFFER_IDS.e5,
      quantity: 40,
      upgradeType: 'upgrade_with_license_transfer',
    })
    expect(outcome.licenseErrors.map((e) => [e.name, e.errors.length])).toEqual([
      ['Liam Carter', 1],
      ['Noah Kim', 1],
    ])
    expect(outcome.licenseErrors[1]?.errors[0]?.description).toMatch(/Power BI Pro/)
  })

  it('upgrade_only moves nobody', () => {
    const db = freshDb()
    const source = subscriptionNamed(db, 'Northwind – Business Standard')
    const outcome = db.upgrade(source.customerId, source.id, {
      targetOfferId: OFFER_IDS.e3,
      quantity: 60,
      upgradeType: 'upgrade_only',
    })
    expect(outcome.movedUserIds).toEqual([])
    expect(outcome.licenseErrors).toEqual([])
    expect(licensesOn(db, source.id)).toBe(5)
    expect(outcome.target.billingCycle).toBe('annual')
  })

  it('keeps monthly terms monthly', () => {
    const db = freshDb()
    const source = subscriptionNamed(db, 'Wingtip Toys – Microsoft 365 Apps for business (India)')
    const outcome = db.upgrade(source.customerId, source.id, {
      targetOfferId: OFFER_IDS.businessStandardIndia,
      quantity: 8,
      upgradeType: 'upgrade_with_license_transfer',
    })
    expect(outcome.target).toMatchObject({
      billingCycle: 'monthly',
      termDuration: 'P1M',
      commitmentEndDate: '2026-03-10T12:00:00.000Z',
    })
    expect(outcome.licenseErrors.map((e) => e.name)).toEqual(['Arjun Patel'])
  })

  it('refuses impossible operations', () => {
    const db = freshDb()
    const source = subscriptionNamed(db, 'Contoso – Business Basic')
    const op = { targetOfferId: OFFER_IDS.e3, quantity: 26, upgradeType: 'upgrade_only' } as const
    expect(() => db.upgrade(source.customerId, source.id, op)).toThrow(/Quantity 26/)
    expect(() => db.upgrade(source.customerId, source.id, { ...op, quantity: 1, targetOfferId: 'NOPE' })).toThrow(
      DatabaseError,
    )
    expect(() => db.upgrade(source.customerId, '00000000-0000-4000-8000-000000000000', op)).toThrow(/not found/)
  })
})

describe('setQuantity and reset', () => {
  it('bumps the ETag on every change and resets to the scenario', () => {
    const db = freshDb()
    const sub = subscriptionNamed(db, 'Tailspin Toys – Business Basic (India)')
    const first = sub.etag
    const updated = db.setQuantity(sub.customerId, sub.id, 21)
    expect(updated).toMatchObject({ quantity: 21, version: 2 })
    expect(updated.etag).not.toBe(first)
    const again = db.setQuantity(sub.customerId, sub.id, 22)
    expect(again.version).toBe(3)
    expect(db.operations.map((op) => op.kind)).toEqual(['set_quantity', 'set_quantity'])
    expect(db.history.map((entry) => [entry.before.quantity, entry.after.quantity])).toEqual([
      [20, 21],
      [21, 22],
    ])

    db.reset()
    const restored = subscriptionNamed(db, 'Tailspin Toys – Business Basic (India)')
    expect(restored).toMatchObject({ quantity: 20, version: 1, etag: first })
    expect(db.operations).toEqual([])
  })

  it('can switch to another scenario and back', () => {
    const db = freshDb()
    const one = defaultScenario.customers.slice(0, 1)
    db.reset({ ...defaultScenario, name: 'one', description: 'one customer', customers: one })
    expect(db.state.customers).toHaveLength(1)
    expect(db.scenario.name).toBe('one')
    db.reset()
    expect(db.state.customers).toHaveLength(defaultScenario.customers.length)
  })
})
