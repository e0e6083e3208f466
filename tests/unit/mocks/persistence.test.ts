import { describe, expect, it, vi } from 'vitest'
import {
  checkSnapshot,
  createDatabase,
  type Database,
  DB_SNAPSHOT_FORMAT,
  type DbSnapshot,
  MAX_STORED_REPLIES,
  scenarioFingerprint,
} from '../../../mocks/db'
import { db as defaultDb } from '../../../mocks/handlers'
import type { Scenario } from '../../../mocks/scenario'
import { defaultScenario } from '../../../mocks/scenarios/default-scenario'
import { OFFER_IDS } from '../../../src/rules/offers'
import { call, customerNamed, subscriptionNamed, subscriptionPath, withMockServer } from './mock-api'

withMockServer()

const NOW = new Date('2026-03-01T09:00:00.000Z')

function freshDb(scenario: Scenario = defaultScenario): Database {
  let n = 0
  return createDatabase(scenario, {
    now: () => NOW,
    newId: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  })
}

/** A database after an upgrade, a quantity change and a stored reply. */
function busyDb(): Database {
  const db = freshDb()
  const basic = subscriptionNamed(db, 'Contoso – Business Basic')
  db.upgrade(basic.customerId, basic.id, {
    targetOfferId: OFFER_IDS.e1,
    quantity: 10,
    upgradeType: 'upgrade_with_license_transfer',
  })
  const tailspin = subscriptionNamed(db, 'Tailspin Toys – Business Basic (India)')
  db.setQuantity(tailspin.customerId, tailspin.id, 33)
  db.rememberReply('POST /v1/x 1', { status: 200, body: { ok: true, n: [1, 2] }, headers: { ETag: 'abc' } })
  return db
}

/** A JSON copy, as localStorage would give it back. */
function viaJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}

type Mutable = Record<string, unknown>

/** A JSON copy of `snapshot` changed by `edit`. */
function edited(snapshot: DbSnapshot, edit: (copy: Mutable) => void): Mutable {
  const copy = viaJson(snapshot) as unknown as Mutable
  edit(copy)
  return copy
}

function at(value: unknown, ...path: (string | number)[]): Mutable {
  let current: unknown = value
  for (const key of path) current = (current as Record<string | number, unknown>)[key]
  return current as Mutable
}

describe('snapshot', () => {
  it('is plain JSON with the format, the scenario, the state and the replies', () => {
    const db = busyDb()
    const snapshot = db.snapshot()
    expect(snapshot.format).toBe(DB_SNAPSHOT_FORMAT)
    expect(snapshot.scenario).toBe(defaultScenario.name)
    expect(snapshot.scenarioFingerprint).toBe(scenarioFingerprint(defaultScenario))
    expect(snapshot.state).toEqual(db.state)
    expect(snapshot.replies).toEqual([
      { key: 'POST /v1/x 1', status: 200, body: { ok: true, n: [1, 2] }, headers: { ETag: 'abc' } },
    ])
    expect(viaJson(snapshot)).toEqual(snapshot)
  })

  it('is a copy: later changes do not reach it, and changing it does not reach the database', () => {
    const db = busyDb()
    const snapshot = db.snapshot()
    const before = viaJson(snapshot)
    const tailspin = subscriptionNamed(db, 'Tailspin Toys – Business Basic (India)')
    db.setQuantity(tailspin.customerId, tailspin.id, 40)
    expect(snapshot).toEqual(before)
    at(snapshot, 'state', 'subscriptions', 0).quantity = 999
    expect(db.state.subscriptions[0]?.quantity).not.toBe(999)
  })

  it('fingerprints differ between scenarios', () => {
    const other: Scenario = { ...defaultScenario, customers: defaultScenario.customers.slice(1) }
    expect(scenarioFingerprint(other)).not.toBe(scenarioFingerprint(defaultScenario))
    expect(scenarioFingerprint(structuredClone(defaultScenario))).toBe(scenarioFingerprint(defaultScenario))
  })
})

describe('restore', () => {
  it('round-trips through JSON into a fresh database', () => {
    const db = busyDb()
    const snapshot = db.snapshot()
    const copy = freshDb()
    expect(copy.restore(viaJson(snapshot))).toBe(true)
    expect(copy.state).toEqual(db.state)
    expect(copy.snapshot()).toEqual(snapshot)
    expect(copy.recallReply('POST /v1/x 1')).toEqual({
      status: 200,
      body: { ok: true, n: [1, 2] },
      headers: { ETag: 'abc' },
    })
  })

  it('replaces a changed state, and the restored one keeps working', () => {
    const db = freshDb()
    const saved = db.snapshot()
    const basic = subscriptionNamed(db, 'Contoso – Business Basic')
    db.upgrade(basic.customerId, basic.id, { targetOfferId: OFFER_IDS.e3, quantity: 25, upgradeType: 'upgrade_only' })
    expect(db.restore(saved)).toBe(true)
    expect(db.snapshot()).toEqual(saved)
    const restored = subscriptionNamed(db, 'Contoso – Business Basic')
    expect(restored.status).toBe('active')
    const outcome = db.upgrade(restored.customerId, restored.id, {
      targetOfferId: OFFER_IDS.e5,
      quantity: 5,
      upgradeType: 'upgrade_with_license_transfer',
    })
    expect(outcome.partial).toBe(true)
    // The caller's snapshot object is not aliased by the database.
    expect(saved.state.subscriptions).toHaveLength(defaultScenario.customers.flatMap((c) => c.subscriptions).length)
  })

  it('keeps idempotent replays across a reload (snapshot, reset, restore)', async () => {
    const basic = subscriptionNamed(defaultDb, 'Contoso – Business Basic')
    const requestId = '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a'
    const send = () =>
      call(`${subscriptionPath(basic)}/upgrades`, {
        method: 'POST',
        requestId,
        body: { targetOffer: { id: OFFER_IDS.e1 }, upgradeType: 'upgrade_with_license_transfer', quantity: 5 },
      })
    const first = await send()
    expect(first.status).toBe(200)
    const saved = viaJson(defaultDb.snapshot())
    defaultDb.reset()
    expect(defaultDb.restore(saved)).toBe(true)
    const again = await send()
    expect(again.status).toBe(200)
    expect(again.body).toEqual(first.body)
    expect(defaultDb.subscriptionsOf(customerNamed(defaultDb, 'Contoso Ltd').id)).toHaveLength(4)
    expect(subscriptionNamed(defaultDb, 'Contoso – Business Basic').quantity).toBe(20)
  })

  describe('refuses anything else, leaves the state untouched and never throws', () => {
    const good = busyDb().snapshot()
    const cases: readonly [string, unknown][] = [
      ['undefined', undefined],
      ['null', null],
      ['a number', 42],
      ['a garbage string', '}{not json at all'],
      ['the snapshot as a JSON string', JSON.stringify(good)],
      ['an array', [good]],
      ['an empty object', {}],
      ['format 0', edited(good, (s) => (s.format = 0))],
      ['format 2', edited(good, (s) => (s.format = DB_SNAPSHOT_FORMAT + 1))],
      ['format as a string', edited(good, (s) => (s.format = String(DB_SNAPSHOT_FORMAT)))],
      ['no format', edited(good, (s) => delete s.format)],
      ['no state', edited(good, (s) => delete s.state)],
      ['no replies', edited(good, (s) => delete s.replies)],
      ['no scenario', edited(good, (s) => delete s.scenario)],
      ['another scenario', edited(good, (s) => (s.scenario = 'Another demo'))],
      ['an edited scenario', edited(good, (s) => (s.scenarioFingerprint = '00000000-0'))],
      ['an extra field', edited(good, (s) => (s.extra = true))],
      ['state.users missing', edited(good, (s) => delete at(s, 'state').users)],
      ['customers not an array', edited(good, (s) => (at(s, 'state').customers = { length: 0 }))],
      ['a subscription without quantity', edited(good, (s) => delete at(s, 'state', 'subscriptions', 0).quantity)],
      ['quantity as a string', edited(good, (s) => (at(s, 'state', 'subscriptions', 0).quantity = '25'))],
      ['a negative quantity', edited(good, (s) => (at(s, 'state', 'subscriptions', 0).quantity = -1))],
      ['a fractional quantity', edited(good, (s) => (at(s, 'state', 'subscriptions', 0).quantity = 2.5))],
      ['an unknown status', edited(good, (s) => (at(s, 'state', 'subscriptions', 0).status = 'frozen'))],
      ['a bad date', edited(good, (s) => (at(s, 'state', 'subscriptions', 0).creationDate = 'yesterday'))],
      ['version 0', edited(good, (s) => (at(s, 'state', 'subscriptions', 0).version = 0))],
      ['an ETag not of its version', edited(good, (s) => (at(s, 'state', 'subscriptions', 0).version = 7))],
      ['an unknown offer', edited(good, (s) => (at(s, 'state', 'subscriptions', 0).offerId = 'NOPE'))],
      [
        'a subscription of an unknown customer',
        edited(good, (s) => (at(s, 'state', 'subscriptions', 0).customerId = 'ffffffff-0000-4000-8000-000000000000')),
      ],
      [
        'a duplicate subscription',
        edited(good, (s) => {
          const subs = at(s, 'state', 'subscriptions') as unknown as unknown[]
          subs.push(subs[0])
        }),
      ],
      [
        'a license of an unknown subscription',
        edited(good, (s) => (at(s, 'state', 'users', 0).licenses = ['ffffffff-0000-4000-8000-000000000000'])),
      ],
      [
        "a license of another customer's subscription",
        edited(good, (s) => {
          const subs = at(s, 'state', 'subscriptions') as unknown as { id: string }[]
          at(s, 'state', 'users', 0).licenses = [subs[subs.length - 1]?.id]
        }),
      ],
      [
        'an add-on of an unknown parent',
        edited(good, (s) => (at(s, 'state', 'subscriptions', 0).parentSubscriptionId = 'nope')),
      ],
      [
        'an unknown self-service license',
        edited(good, (s) => (at(s, 'state', 'users', 0).selfServiceLicenses = ['X'])),
      ],
      [
        'allowDelegatedAccess as a string',
        edited(good, (s) => (at(s, 'state', 'customers', 0).allowDelegatedAccess = 'yes')),
      ],
      ['a reply without key', edited(good, (s) => delete at(s, 'replies', 0).key)],
      ['a reply with status 42', edited(good, (s) => (at(s, 'replies', 0).status = 42))],
      ['reply headers not strings', edited(good, (s) => (at(s, 'replies', 0).headers = { ETag: 1 }))],
      ['replies not an array', edited(good, (s) => (s.replies = 'none'))],
    ]
    for (const [name, input] of cases) {
      it(name, () => {
        const db = freshDb()
        const listener = vi.fn()
        db.subscribe(listener)
        const before = db.snapshot()
        expect(db.restore(input)).toBe(false)
        expect(db.snapshot()).toEqual(before)
        expect(listener).not.toHaveBeenCalled()
        expect(checkSnapshot(input, defaultScenario).ok).toBe(false)
      })
    }

    it('hostile objects: throwing getters, proxies, non-JSON reply bodies', () => {
      const db = freshDb()
      const before = db.snapshot()
      const throwing = Object.defineProperty({ ...viaJson(good) }, 'state', {
        enumerable: true,
        get() {
          throw new Error('boom')
        },
      })
      const proxy = new Proxy(viaJson(good), {
        get() {
          throw new Error('trap')
        },
      })
      const withFunction = edited(good, () => undefined)
      at(withFunction, 'replies', 0).body = { f: () => 1 }
      const withNaN = edited(good, () => undefined)
      at(withNaN, 'replies', 0).body = { n: Number.NaN }
      const withDate = edited(good, () => undefined)
      at(withDate, 'replies', 0).body = new Date()
      for (const input of [throwing, proxy, withFunction, withNaN, withDate]) {
        expect(() => db.restore(input)).not.toThrow()
        expect(db.restore(input)).toBe(false)
      }
      expect(db.snapshot()).toEqual(before)
    })

    it('a snapshot of another scenario, unless that scenario is given', () => {
      const other: Scenario = {
        ...defaultScenario,
        name: 'One customer',
        description: 'x',
        customers: defaultScenario.customers.slice(0, 1),
      }
      const snapshot = freshDb(other).snapshot()
      const db = freshDb()
      expect(db.restore(snapshot)).toBe(false)
      expect(db.scenario).toBe(defaultScenario)
      expect(freshDb(other).restore(snapshot)).toBe(true)
      // Given the scenario it was taken of, it is restored, and that scenario becomes the current one.
      expect(db.restore(snapshot, { ...defaultScenario, name: 'One customer' })).toBe(false)
      expect(db.scenario).toBe(defaultScenario)
      expect(db.restore(snapshot, other)).toBe(true)
      expect(db.scenario).toBe(other)
      expect(db.state.customers).toHaveLength(1)
      db.reset(db.scenario)
      expect(db.state.customers).toHaveLength(1)
    })

    it('says why', () => {
      const check = checkSnapshot(
        edited(good, (s) => (s.format = 99)),
        defaultScenario,
      )
      expect(check).toEqual({ ok: false, problems: [`format 99, expected ${DB_SNAPSHOT_FORMAT}`] })
      const license = checkSnapshot(
        edited(good, (s) => (at(s, 'state', 'users', 0).licenses = ['ffffffff-0000-4000-8000-000000000000'])),
        defaultScenario,
      )
      expect(license.ok ? [] : license.problems).toEqual([expect.stringMatching(/not a subscription of its customer/)])
    })
  })
})

describe('subscribe', () => {
  it('calls listeners after every change, not after reads or refused restores', () => {
    const db = freshDb()
    const listener = vi.fn()
    const unsubscribe = db.subscribe(listener)
    const basic = subscriptionNamed(db, 'Contoso – Business Basic')
    db.customerFacts(basic.customerId)
    db.subscriptionsOf(basic.customerId)
    db.snapshot()
    expect(listener).toHaveBeenCalledTimes(0)

    const seen: number[] = []
    const quantityWhenCalled = vi.fn(() => seen.push(subscriptionNamed(db, 'Contoso – Business Basic').quantity))
    db.subscribe(quantityWhenCalled)
    db.upgrade(basic.customerId, basic.id, { targetOfferId: OFFER_IDS.e1, quantity: 5, upgradeType: 'upgrade_only' })
    expect(listener).toHaveBeenCalledTimes(1)
    // Called after the change, not before.
    expect(seen).toEqual([20])
    db.setQuantity(basic.customerId, basic.id, 21)
    expect(listener).toHaveBeenCalledTimes(2)
    db.rememberReply('k', { status: 200, body: null, headers: {} })
    expect(listener).toHaveBeenCalledTimes(3)
    const saved = db.snapshot()
    db.reset()
    expect(listener).toHaveBeenCalledTimes(4)
    expect(db.restore(saved)).toBe(true)
    expect(listener).toHaveBeenCalledTimes(5)
    expect(db.restore({ format: -1 })).toBe(false)
    expect(listener).toHaveBeenCalledTimes(5)
    // A refused operation is no change.
    expect(() => db.setQuantity(basic.customerId, basic.id, -3)).toThrow()
    expect(listener).toHaveBeenCalledTimes(5)

    unsubscribe()
    db.reset()
    expect(listener).toHaveBeenCalledTimes(5)
    expect(quantityWhenCalled).toHaveBeenCalledTimes(6)
  })

  it('a failing listener neither fails the change nor silences the others', () => {
    const db = freshDb()
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    db.subscribe(() => {
      throw new Error('QuotaExceededError')
    })
    const after = vi.fn()
    db.subscribe(after)
    const sub = subscriptionNamed(db, 'Tailspin Toys – Business Basic (India)')
    expect(db.setQuantity(sub.customerId, sub.id, 25).quantity).toBe(25)
    expect(after).toHaveBeenCalledTimes(1)
    expect(error).toHaveBeenCalledTimes(1)
  })

  it('hears the changes made through the API', async () => {
    const listener = vi.fn()
    const unsubscribe = defaultDb.subscribe(listener)
    try {
      const fabrikam = subscriptionNamed(defaultDb, 'Fabrikam – Microsoft 365 Apps for business')
      await call(subscriptionPath(fabrikam))
      expect(listener).not.toHaveBeenCalled()
      const res = await call(subscriptionPath(fabrikam), {
        method: 'PATCH',
        headers: { 'If-Match': fabrikam.etag },
        body: { quantity: 41 },
      })
      expect(res.status).toBe(200)
      // The change, then its stored reply.
      expect(listener).toHaveBeenCalledTimes(2)
    } finally {
      unsubscribe()
    }
  })
})

describe('stored replies', () => {
  it(`keeps the latest ${MAX_STORED_REPLIES}`, () => {
    const db = freshDb()
    for (let i = 0; i <= MAX_STORED_REPLIES; i++) db.rememberReply(`k${i}`, { status: 200, body: i, headers: {} })
    expect(db.recallReply('k0')).toBeUndefined()
    expect(db.recallReply('k1')?.body).toBe(1)
    expect(db.recallReply(`k${MAX_STORED_REPLIES}`)?.body).toBe(MAX_STORED_REPLIES)
    const snapshot = db.snapshot()
    expect(snapshot.replies).toHaveLength(MAX_STORED_REPLIES)
    expect(snapshot.replies[0]?.key).toBe('k1')
    const copy = freshDb()
    expect(copy.restore(viaJson(snapshot))).toBe(true)
    expect(copy.snapshot().replies).toEqual(snapshot.replies)
  })
})
