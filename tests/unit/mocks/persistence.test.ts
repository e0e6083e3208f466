import { describe, expect, it, vi } from 'vitest'
import { createDatabase, type Database } from '../../../mocks/db'
import { db as defaultDb } from '../../../mocks/handlers'
import { IDEMPOTENCY_WINDOW_MS } from '../../../mocks/idempotency'
import type { Operation } from '../../../mocks/operations'
import { parseStoredDemo, STORAGE_KEY, STORED_DEMO_FORMAT, storedDemoText } from '../../../mocks/persistence'
import type { Scenario } from '../../../mocks/scenario'
import { defaultScenario } from '../../../mocks/scenarios/default-scenario'
import { OFFER_IDS } from '../../../src/rules/offers'
import { call, subscriptionNamed, subscriptionPath, withMockServer } from './mock-api'

withMockServer()

const NOW = new Date('2026-03-01T09:00:00.000Z')

function freshDb(scenario: Scenario = defaultScenario, now: () => Date = () => NOW): Database {
  let n = 0
  return createDatabase(scenario, {
    now,
    newId: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  })
}

/** A database after an upgrade and a quantity change. */
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
  return db
}

/** The log as storage gives it back (JSON), changed by `edit`. */
function editedLog(db: Database, edit: (ops: Record<string, unknown>[]) => void): Operation[] {
  const ops = JSON.parse(JSON.stringify(db.operations)) as Record<string, unknown>[]
  edit(ops)
  return ops as unknown as Operation[]
}

describe('the operation log', () => {
  it('records each accepted write with its time, kind and parameters, and before/after', () => {
    const db = busyDb()
    expect(db.operations).toMatchObject([
      { kind: 'upgrade', at: NOW.toISOString(), quantity: 10, targetOfferId: OFFER_IDS.e1 },
      { kind: 'set_quantity', at: NOW.toISOString(), quantity: 33 },
    ])
    expect(db.history.map(({ before, after }) => [before, after])).toEqual([
      [
        { quantity: 25, status: 'active' },
        { quantity: 15, status: 'active' },
      ],
      [
        { quantity: 20, status: 'active' },
        { quantity: 33, status: 'active' },
      ],
    ])
  })

  it('replays through JSON into a fresh database: the same state, ETags and all', () => {
    const db = busyDb()
    const copy = freshDb()
    expect(copy.load(defaultScenario, JSON.parse(JSON.stringify(db.operations)))).toEqual({ ok: true })
    expect(copy.state).toEqual(db.state)
    expect(copy.operations).toEqual(db.operations)
    // …and keeps working.
    const tailspin = subscriptionNamed(copy, 'Tailspin Toys – Business Basic (India)')
    expect(copy.setQuantity(tailspin.customerId, tailspin.id, 34).version).toBe(3)
  })

  describe('refuses what the rules refuse, all or nothing, and never throws', () => {
    const cases: readonly [string, (ops: Record<string, unknown>[]) => void, RegExp][] = [
      [
        'a quantity above the offer maximum',
        (ops) => Object.assign(ops[1] ?? {}, { quantity: 100000 }),
        /maximum of 300/,
      ],
      ['a quantity below the minimum', (ops) => Object.assign(ops[1] ?? {}, { quantity: 0 }), /minimum/],
      [
        'an unknown subscription',
        (ops) => Object.assign(ops[1] ?? {}, { subscriptionId: 'ffffffff-0000-4000-8000-000000000000' }),
        /not found/,
      ],
      [
        'an upgrade the rules refuse (more seats than the source has)',
        (ops) => Object.assign(ops[0] ?? {}, { quantity: 26 }),
        /refuse/,
      ],
      [
        'an upgrade to a target the path does not allow',
        (ops) => Object.assign(ops[0] ?? {}, { targetOfferId: OFFER_IDS.businessBasic }),
        /refuse/,
      ],
      [
        'the same upgrade twice (its new subscription exists already)',
        (ops) => {
          const first = ops[0]
          if (first) ops.push({ ...first, quantity: 5 })
        },
        /exists already|refuse/,
      ],
    ]
    for (const [name, edit, reason] of cases) {
      it(name, () => {
        const db = freshDb()
        const before = db.snapshot()
        const result = db.load(defaultScenario, editedLog(busyDb(), edit))
        expect(result.ok).toBe(false)
        if (!result.ok) expect(result.problems.join('\n')).toMatch(reason)
        expect(db.snapshot()).toEqual(before)
      })
    }
  })
})

describe('stored demo text', () => {
  const builtIn = (name: string) => (name === 'default' ? defaultScenario : undefined)
  const active = { kind: 'built-in', name: 'default', scenario: defaultScenario } as const

  it('holds the scenario, its fingerprint, an epoch and the operations: no snapshot of the state', () => {
    const db = busyDb()
    const stored = JSON.parse(storedDemoText(db, active, 'epoch-1'))
    expect(Object.keys(stored).sort()).toEqual(['active', 'epoch', 'fingerprint', 'format', 'operations'])
    expect(stored).toMatchObject({ format: STORED_DEMO_FORMAT, active: { kind: 'built-in', name: 'default' } })
    const read = parseStoredDemo(JSON.stringify(stored), builtIn)
    expect(read).toMatchObject({ kind: 'ok', epoch: 'epoch-1' })
    if (read.kind === 'ok') expect(read.operations).toEqual(JSON.parse(JSON.stringify(db.operations)))
  })

  const broken: readonly [string, (op: Record<string, unknown>) => void, RegExp][] = [
    ['a date that is no date', (op) => Object.assign(op, { at: '2026-02-31T00:00:00Z' }), /operations\.0\.at/],
    ['an unknown field', (op) => Object.assign(op, { injected: '<script>' }), /operations\.0/],
    ['an unknown kind', (op) => Object.assign(op, { kind: 'delete' }), /operations\.0/],
    ['a negative quantity', (op) => Object.assign(op, { quantity: -5 }), /operations\.0\.quantity/],
    [
      'a request with an unknown role',
      (op) => Object.assign(op, { request: { requestId: 'x', caller: { name: 'a', role: 'root' } } }),
      /operations\.0\.request/,
    ],
  ]
  for (const [name, edit, reason] of broken) {
    it(`refuses an operation with ${name}`, () => {
      const stored = JSON.parse(storedDemoText(busyDb(), active, 'e'))
      edit(stored.operations[0])
      const read = parseStoredDemo(JSON.stringify(stored), builtIn)
      expect(read.kind).toBe('invalid')
      if (read.kind === 'invalid') expect(read.problems.join('\n')).toMatch(reason)
    })
  }

  it('leaves out replies older than the idempotency window, but never the operations', async () => {
    let now = NOW.getTime()
    const db = createDatabase(defaultScenario, { now: () => new Date(now) })
    const fabrikam = subscriptionNamed(db, 'Fabrikam – Microsoft 365 Apps for business')
    db.setQuantity(fabrikam.customerId, fabrikam.id, 41, {
      requestId: 'aaaaaaaa-0000-4000-8000-000000000001',
      caller: { name: 'Agent', role: 'admin_agent' },
      method: 'PATCH',
      path: '/v1/x',
      bodyHash: '0'.repeat(64),
      reply: { status: 200, body: { quantity: 41 }, headers: {} },
    })
    expect(JSON.parse(storedDemoText(db, active, 'e')).operations[0].request.reply).toEqual({
      status: 200,
      body: { quantity: 41 },
      headers: {},
    })
    now += IDEMPOTENCY_WINDOW_MS + 1
    const stored = JSON.parse(storedDemoText(db, active, 'e'))
    expect(stored.operations).toHaveLength(1)
    expect(stored.operations[0].request.reply).toBeUndefined()
    expect(stored.operations[0].request.requestId).toBe('aaaaaaaa-0000-4000-8000-000000000001')
    expect(STORAGE_KEY).toBe('upgrade-console.mock-db')
  })

  it('hostile text never throws', () => {
    for (const raw of [
      '',
      'null',
      '[]',
      '{"format":3}',
      '{"format":3,"active":{"kind":"built-in","name":"constructor"}}',
    ]) {
      expect(parseStoredDemo(raw, builtIn).kind).toBe('invalid')
    }
  })
})

describe('subscribe', () => {
  it('calls listeners after every change, not after reads or refused loads', () => {
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
    const log = db.operations
    db.reset()
    expect(listener).toHaveBeenCalledTimes(3)
    expect(db.load(defaultScenario, log)).toEqual({ ok: true })
    expect(listener).toHaveBeenCalledTimes(4)
    expect(db.load(defaultScenario, [...log, ...log]).ok).toBe(false)
    expect(listener).toHaveBeenCalledTimes(4)
    // A refused operation is no change.
    expect(() => db.setQuantity(basic.customerId, basic.id, -3)).toThrow()
    expect(listener).toHaveBeenCalledTimes(4)

    unsubscribe()
    db.reset()
    expect(listener).toHaveBeenCalledTimes(4)
    expect(quantityWhenCalled).toHaveBeenCalledTimes(5)
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

  it('hears the changes made through the API, and logs who made them', async () => {
    const listener = vi.fn()
    const unsubscribe = defaultDb.subscribe(listener)
    try {
      const fabrikam = subscriptionNamed(defaultDb, 'Fabrikam – Microsoft 365 Apps for business')
      await call(subscriptionPath(fabrikam))
      expect(listener).not.toHaveBeenCalled()
      const requestId = crypto.randomUUID()
      const res = await call(subscriptionPath(fabrikam), {
        method: 'PATCH',
        headers: { 'If-Match': fabrikam.etag },
        body: { quantity: 41 },
        requestId,
      })
      expect(res.status).toBe(200)
      expect(listener).toHaveBeenCalledTimes(1)
      expect(defaultDb.operations.at(-1)?.request).toMatchObject({
        requestId,
        caller: { name: 'Test Agent', role: 'admin_agent' },
        method: 'PATCH',
        path: subscriptionPath(fabrikam).replace(/^/, '/v1').toLowerCase(),
        bodyHash: expect.stringMatching(/^[0-9a-f]{64}$/),
        reply: { status: 200 },
      })
    } finally {
      unsubscribe()
    }
  })
})
