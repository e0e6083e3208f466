import { getResponse } from 'msw'
import { describe, expect, it, vi } from 'vitest'
import { createDemoToken } from '../../../mocks/auth'
import { createDatabase, type Database, type DbState, initialState, toSubscriptionFacts } from '../../../mocks/db'
import { createDemoControls, type DemoControlsOptions, type MockDemoControls } from '../../../mocks/demo'
import { LATENCY_KEY, LATENCY_MS } from '../../../mocks/demo-latency'
import { createHandlers, createMockSettings, type MockSettings } from '../../../mocks/handlers'
import { createMemoryStorage, type KeyValueStorage, STORAGE_KEY, STORED_DEMO_FORMAT } from '../../../mocks/persistence'
import { type Scenario, scenarioText, validateScenario } from '../../../mocks/scenario'
import { findBuiltInScenario } from '../../../mocks/scenarios'
import { defaultScenario } from '../../../mocks/scenarios/default-scenario'
import { DEMO_FAULT_KINDS } from '../../../src/contract/demo-controls'
import { OFFER_IDS } from '../../../src/rules/offers'
import { checkUpgradeRequest } from '../../../src/rules/upgrade-request'

const NOW = new Date('2026-03-01T09:00:00.000Z')

function builtIn(name: string): Scenario {
  const found = findBuiltInScenario(name)
  if (!found) throw new Error(name)
  return found.load()
}

/** One browser tab: a database, its handlers and settings, the demo controls over a storage. */
interface Tab {
  readonly db: Database
  readonly settings: MockSettings
  readonly demo: MockDemoControls
  call(path: string, init?: { method?: string; body?: unknown; headers?: Record<string, string> }): Promise<Response>
}

function openTab(storage?: KeyValueStorage, options: Partial<DemoControlsOptions> = {}): Tab {
  let n = 0
  const db = createDatabase(defaultScenario, {
    now: () => NOW,
    newId: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  })
  const settings = createMockSettings()
  const handlers = createHandlers(db, { settings })
  const demo = createDemoControls({ db, settings, ...(storage ? { storage } : {}), ...options })
  const token = createDemoToken('admin_agent', 'Test Agent')
  return {
    db,
    settings,
    demo,
    async call(path, init = {}) {
      const method = init.method ?? 'GET'
      const headers: Record<string, string> = { Authorization: `Bearer ${token}`, ...init.headers }
      if (method !== 'GET') headers['MS-RequestId'] ??= crypto.randomUUID()
      const request = new Request(`http://mock.test/v1${path}`, {
        method,
        headers,
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
      })
      const response = await getResponse(handlers, request)
      if (!response) throw new Error(`no handler for ${method} ${path}`)
      return response
    },
  }
}

function subscriptionNamed(db: Database, friendlyName: string) {
  const sub = db.state.subscriptions.find((s) => s.friendlyName === friendlyName)
  if (!sub) throw new Error(`No subscription ${friendlyName}`)
  return sub
}

/** Some demo changes through the API: a full upgrade with license moves, a partial one, more licenses. */
async function makeChanges(tab: Tab): Promise<void> {
  const basic = subscriptionNamed(tab.db, 'Contoso – Business Basic')
  const full = await tab.call(`/customers/${basic.customerId}/subscriptions/${basic.id}/upgrades`, {
    method: 'POST',
    body: {
      targetOffer: { id: OFFER_IDS.businessStandard },
      upgradeType: 'upgrade_with_license_transfer',
      quantity: 25,
    },
  })
  expect(full.status).toBe(200)
  // Wingtip: 8 seats, 3 users; upgrading 6 without moving licenses leaves 3 users on 2 seats.
  const wingtip = subscriptionNamed(tab.db, 'Wingtip Toys – Microsoft 365 Apps for business (India)')
  const partial = await tab.call(`/customers/${wingtip.customerId}/subscriptions/${wingtip.id}/upgrades`, {
    method: 'POST',
    body: { targetOffer: { id: OFFER_IDS.e3 }, upgradeType: 'upgrade_only', quantity: 6 },
  })
  expect(partial.status).toBe(200)
  const fabrikam = subscriptionNamed(tab.db, 'Fabrikam – Microsoft 365 Apps for business')
  const more = await tab.call(`/customers/${fabrikam.customerId}/subscriptions/${fabrikam.id}`, {
    method: 'PATCH',
    headers: { 'If-Match': fabrikam.etag },
    body: { quantity: 45 },
  })
  expect(more.status).toBe(200)
}

/** The state without versions and ETags (a loaded scenario starts them afresh). */
function dataOf(state: DbState) {
  return {
    ...state,
    subscriptions: state.subscriptions.map(({ version: _v, etag: _e, ...rest }) => rest),
  }
}

// biome-ignore lint/suspicious/noExplicitAny: the stored JSON, edited per case
type StoredJson = Record<string, any>

/** Lets the coalesced save run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('state', () => {
  it('starts with the default scenario, no latency, no fault, and the scenario role', () => {
    const { demo } = openTab()
    const state = demo.getState()
    expect(state.scenario).toEqual({
      name: 'default',
      title: 'Default demo',
      description: defaultScenario.description,
      builtIn: true,
    })
    expect(state.scenarios.map((s) => [s.name, s.builtIn])).toEqual([
      ['default', true],
      ['edge-cases', true],
      ['many-customers', true],
    ])
    expect(state.latency).toBe('none')
    expect(state.fault).toBeNull()
    expect(state.signedInRole).toBe('admin_agent')
  })

  it('getState returns the same object until something changes; subscribers hear each change', () => {
    const { demo } = openTab()
    const listener = vi.fn()
    const unsubscribe = demo.subscribe(listener)
    const first = demo.getState()
    expect(demo.getState()).toBe(first)
    demo.setLatency('slow')
    expect(listener).toHaveBeenCalledTimes(1)
    const second = demo.getState()
    expect(second).not.toBe(first)
    expect(second.latency).toBe('slow')
    expect(demo.getState()).toBe(second)
    demo.setLatency('slow')
    expect(listener).toHaveBeenCalledTimes(1)
    demo.setFault({ kind: 'throttled', scope: 'all' })
    expect(listener).toHaveBeenCalledTimes(2)
    expect(demo.getState().fault).toEqual({ kind: 'throttled', scope: 'all' })
    demo.selectScenario('edge-cases')
    expect(listener).toHaveBeenCalledTimes(3)
    unsubscribe()
    demo.setFault(null)
    expect(listener).toHaveBeenCalledTimes(3)
  })
})

describe('scenarios', () => {
  it('selectScenario loads a built-in from its start, with its signed-in role', async () => {
    const tab = openTab()
    await makeChanges(tab)
    expect(tab.demo.selectScenario('edge-cases')).toEqual({ ok: true })
    expect(tab.db.scenario).toBe(builtIn('edge-cases'))
    expect(tab.db.state).toEqual(initialState(builtIn('edge-cases')))
    expect(tab.demo.getState().scenario.name).toBe('edge-cases')
    expect(tab.demo.getState().signedInRole).toBe('helpdesk_agent')
    expect(tab.demo.selectScenario('default')).toEqual({ ok: true })
    expect(tab.db.state).toEqual(initialState(defaultScenario))
  })

  it('an unknown name changes nothing and says which names exist', () => {
    const { demo, db } = openTab()
    const before = demo.getState()
    expect(demo.selectScenario('nope')).toEqual({
      ok: false,
      problems: ['unknown scenario "nope"; the built-in scenarios are default, edge-cases, many-customers'],
    })
    expect(demo.getState()).toBe(before)
    expect(db.scenario).toBe(defaultScenario)
  })

  it('reset goes back to the start of the CURRENT scenario', async () => {
    const tab = openTab()
    tab.demo.selectScenario('edge-cases')
    const fourth = subscriptionNamed(tab.db, 'Fourth Coffee – Business Standard (at the 300 cap)')
    const upgraded = await tab.call(`/customers/${fourth.customerId}/subscriptions/${fourth.id}/upgrades`, {
      method: 'POST',
      body: { targetOffer: { id: OFFER_IDS.e3 }, upgradeType: 'upgrade_only', quantity: 300 },
    })
    expect(upgraded.status).toBe(200)
    expect(tab.db.state).not.toEqual(initialState(builtIn('edge-cases')))
    const state = tab.demo.getState()
    tab.demo.reset()
    expect(tab.db.scenario).toBe(builtIn('edge-cases'))
    expect(tab.db.state).toEqual(initialState(builtIn('edge-cases')))
    expect(tab.demo.getState()).toBe(state)
  })

  it('loadScenarioFile loads a valid file whole, as a scenario of its own', () => {
    const { demo, db } = openTab()
    const mine: Scenario = {
      ...defaultScenario,
      name: 'my-demo',
      title: 'My demo',
      description: 'Two customers',
      signedInUser: { displayName: 'Sam', role: 'sales_agent' },
      customers: defaultScenario.customers.slice(0, 2),
    }
    expect(demo.loadScenarioFile(scenarioText(mine))).toEqual({ ok: true })
    expect(db.state.customers).toHaveLength(2)
    const state = demo.getState()
    expect(state.scenario).toEqual({ name: 'my-demo', title: 'My demo', description: 'Two customers', builtIn: false })
    expect(state.scenarios.at(-1)).toEqual(state.scenario)
    expect(state.signedInRole).toBe('sales_agent')
    // Choosing it again (the panel's list holds it) loads it from its start.
    expect(demo.selectScenario('my-demo')).toEqual({ ok: true })
  })

  it('loadScenarioFile reports every problem and loads nothing', () => {
    const { demo, db } = openTab()
    const before = db.state
    const state = demo.getState()
    const broken = JSON.parse(scenarioText(defaultScenario))
    broken.name = 'broken'
    broken.customers[2].subscriptions[0].offerId = 'xyz'
    broken.customers[0].users[0].licenses.push('nope')
    expect(demo.loadScenarioFile(JSON.stringify(broken))).toEqual({
      ok: false,
      problems: [
        'customers[0].users[0].licenses[1]: no subscription "nope"',
        'customers[2].subscriptions[0].offerId: unknown offer "xyz"',
      ],
    })
    const notJson = demo.loadScenarioFile('{"name": ')
    expect(notJson.ok ? [] : notJson.problems).toEqual([expect.stringMatching(/^file: not valid JSON/)])
    // A file may not take a built-in scenario's name.
    expect(demo.loadScenarioFile(scenarioText(defaultScenario))).toEqual({
      ok: false,
      problems: ['name: "default" is the name of a built-in scenario; give your scenario a name of its own'],
    })
    expect(db.state).toBe(before)
    expect(demo.getState()).toBe(state)
  })
})

describe('export', () => {
  it('an untouched built-in exports as a valid file of its own name', () => {
    const { demo } = openTab()
    const text = demo.exportScenario()
    const check = validateScenario(JSON.parse(text))
    expect(check.ok).toBe(true)
    if (!check.ok) return
    expect(check.scenario).toMatchObject({
      format: 1,
      name: 'default-export',
      title: 'Default demo (exported)',
      exportedFrom: 'default',
      signedInUser: defaultScenario.signedInUser,
    })
    expect(check.scenario.customers).toEqual(defaultScenario.customers)
  })

  it('round trip: the export of a changed state loads and reproduces the same state', async () => {
    const a = openTab()
    await makeChanges(a)
    const text = a.demo.exportScenario()
    const b = openTab()
    expect(b.demo.loadScenarioFile(text)).toEqual({ ok: true })
    expect(dataOf(b.db.state)).toEqual(dataOf(a.db.state))
    expect(b.demo.getState().scenario).toMatchObject({ name: 'default-export', builtIn: false })
    // Exporting the loaded one gives the same file again.
    expect(b.demo.exportScenario()).toBe(text)
    // The partial upgrade without license moves left more users than seats: allowed in an export only.
    const overAssigned = JSON.parse(text)
    delete overAssigned.exportedFrom
    const check = validateScenario(overAssigned)
    expect(check.ok ? [] : check.problems).toEqual([
      expect.stringMatching(
        /^customers\[4\]\.subscriptions\[0\]\.quantity: 3 users hold a license of this subscription, more than its 2 seats$/,
      ),
    ])
  })

  it('round trip of a generated scenario after a change', async () => {
    const a = openTab()
    a.demo.selectScenario('many-customers')
    const megacorp = a.db.state.customers[0]
    const sub = a.db.state.subscriptions.find((s) => s.customerId === megacorp?.id && s.status === 'active')
    if (!sub) throw new Error('no active subscription')
    a.db.setQuantity(sub.customerId, sub.id, sub.quantity + 1)
    const b = openTab()
    expect(b.demo.loadScenarioFile(a.demo.exportScenario())).toEqual({ ok: true })
    expect(dataOf(b.db.state)).toEqual(dataOf(a.db.state))
  })
})

describe('latency', () => {
  it('none is 0, slow is 2 s, realistic is random between 150 and 450 ms per request', () => {
    const values = [0, 0.5, 0.999]
    const { demo, settings } = openTab(undefined, { random: () => values.shift() ?? 0 })
    expect(settings.latencyMs).toBe(0)
    demo.setLatency('slow')
    expect(settings.latencyMs).toBe(LATENCY_MS.slow)
    expect(LATENCY_MS.slow).toBe(2000)
    demo.setLatency('realistic')
    const latency = settings.latencyMs
    if (typeof latency !== 'function') throw new Error('realistic latency is random per request')
    expect([latency(), latency(), latency()]).toEqual([150, 300, 450])
    demo.setLatency('none')
    expect(settings.latencyMs).toBe(0)
    expect(() => demo.setLatency('warp' as never)).toThrow(TypeError)
  })

  it('a request waits for it', async () => {
    const tab = openTab(undefined, { latency: 'realistic', random: () => 0 })
    expect(tab.demo.getState().latency).toBe('realistic')
    const started = performance.now()
    expect((await tab.call('/customers')).status).toBe(200)
    expect(performance.now() - started).toBeGreaterThanOrEqual(140)
  })
})

describe('faults', () => {
  it('map 1:1 onto the handlers’ faults', () => {
    const { demo, settings } = openTab()
    for (const kind of DEMO_FAULT_KINDS) {
      for (const scope of ['next', 'all'] as const) {
        demo.setFault({ kind, scope })
        expect(settings.fault).toEqual({ kind, scope })
        expect(demo.getState().fault).toEqual({ kind, scope })
      }
    }
    demo.setFault(null)
    expect(settings.fault).toBeNull()
  })

  it('a fault for the next request is used up by it, and the panel hears so', async () => {
    const tab = openTab()
    const listener = vi.fn()
    tab.demo.subscribe(listener)
    tab.demo.setFault({ kind: 'server_error', scope: 'next' })
    const faulted = tab.demo.getState()
    expect((await tab.call('/customers')).status).toBe(500)
    expect(listener).toHaveBeenCalledTimes(2)
    expect(tab.demo.getState()).not.toBe(faulted)
    expect(tab.demo.getState().fault).toBeNull()
    expect((await tab.call('/customers')).status).toBe(200)
  })

  it('a fault for all requests stays until cleared', async () => {
    const tab = openTab()
    tab.demo.setFault({ kind: 'throttled', scope: 'all' })
    for (let i = 0; i < 3; i++) {
      const response = await tab.call('/customers')
      expect(response.status).toBe(429)
      expect(response.headers.get('Retry-After')).toBe('2')
    }
    expect(tab.demo.getState().fault).toEqual({ kind: 'throttled', scope: 'all' })
    tab.demo.setFault(null)
    expect((await tab.call('/customers')).status).toBe(200)
  })

  it('dispose stops listening to the settings and storage', async () => {
    const storage = createMemoryStorage()
    const tab = openTab(storage)
    const listener = vi.fn()
    tab.demo.subscribe(listener)
    tab.demo.dispose()
    tab.settings.fault = { kind: 'conflict', scope: 'next' }
    await tab.call('/customers')
    expect(listener).not.toHaveBeenCalled()
    tab.db.reset()
    await settle()
    expect(storage.entries.size).toBe(0)
  })
})

describe('persistence across a reload (the same storage, a new tab)', () => {
  it('a first visit starts fresh with the default scenario and stores it', async () => {
    const storage = createMemoryStorage()
    const tab = openTab(storage)
    expect(tab.demo.start()).toEqual({ restore: { kind: 'fresh' } })
    expect(tab.db.scenario).toBe(defaultScenario)
    expect(JSON.parse(storage.getItem(STORAGE_KEY) ?? '{}')).toMatchObject({
      format: STORED_DEMO_FORMAT,
      active: { kind: 'built-in', name: 'default' },
    })
  })

  it('a reload reads the stored demo and does not write it back; the next change is saved', async () => {
    const storage = createMemoryStorage()
    const first = openTab(storage)
    first.demo.start('many-customers')
    await settle()
    const writes = vi.spyOn(storage, 'setItem')
    const second = openTab(storage)
    expect(second.demo.start()).toEqual({ restore: { kind: 'restored' } })
    await settle()
    expect(writes.mock.calls.filter(([key]) => key === STORAGE_KEY)).toEqual([])
    const sub = second.db.state.subscriptions.find((s) => s.status === 'active' && s.quantity < 300)
    if (!sub) throw new Error('no active subscription')
    second.db.setQuantity(sub.customerId, sub.id, sub.quantity + 1)
    await settle()
    expect(writes.mock.calls.filter(([key]) => key === STORAGE_KEY)).toHaveLength(1)
    const third = openTab(storage)
    expect(third.demo.start()).toEqual({ restore: { kind: 'restored' } })
    expect(third.db.state).toEqual(second.db.state)
  })

  it('a first visit writes the stored demo once', async () => {
    const storage = createMemoryStorage()
    const writes = vi.spyOn(storage, 'setItem')
    openTab(storage).demo.start()
    await settle()
    expect(writes.mock.calls.filter(([key]) => key === STORAGE_KEY)).toHaveLength(1)
  })

  it('upgrades survive a reload until reset', async () => {
    const storage = createMemoryStorage()
    const first = openTab(storage)
    first.demo.start()
    await makeChanges(first)
    await settle()
    const second = openTab(storage)
    expect(second.demo.start()).toEqual({ restore: { kind: 'restored' } })
    expect(second.db.state).toEqual(first.db.state)
    second.demo.reset()
    await settle()
    const third = openTab(storage)
    expect(third.demo.start()).toEqual({ restore: { kind: 'restored' } })
    expect(third.db.state).toEqual(initialState(defaultScenario))
  })

  it('remembers which built-in scenario is active', async () => {
    const storage = createMemoryStorage()
    const first = openTab(storage)
    first.demo.start()
    first.demo.selectScenario('edge-cases')
    const coho = subscriptionNamed(first.db, 'Coho Winery – Microsoft 365 Apps for business')
    first.db.setQuantity(coho.customerId, coho.id, 21)
    await settle()
    const second = openTab(storage)
    expect(second.demo.start()).toEqual({ restore: { kind: 'restored' } })
    expect(second.demo.getState().scenario.name).toBe('edge-cases')
    expect(second.demo.getState().signedInRole).toBe('helpdesk_agent')
    expect(second.db.scenario).toBe(builtIn('edge-cases'))
    expect(subscriptionNamed(second.db, coho.friendlyName).quantity).toBe(21)
  })

  it("remembers a stakeholder's own scenario, and its changes", async () => {
    const storage = createMemoryStorage()
    const first = openTab(storage)
    first.demo.start()
    const mine = {
      ...defaultScenario,
      name: 'my-demo',
      title: 'My demo',
      customers: defaultScenario.customers.slice(0, 5),
    }
    expect(first.demo.loadScenarioFile(JSON.stringify(mine))).toEqual({ ok: true })
    await makeChanges(first)
    await settle()
    const second = openTab(storage)
    expect(second.demo.start()).toEqual({ restore: { kind: 'restored' } })
    expect(second.demo.getState().scenario).toEqual({
      name: 'my-demo',
      title: 'My demo',
      description: defaultScenario.description,
      builtIn: false,
    })
    expect(second.db.state).toEqual(first.db.state)
    // and `?scenario=my-demo` names it, so it is restored too.
    const third = openTab(storage)
    expect(third.demo.start('my-demo')).toEqual({ restore: { kind: 'restored' } })
    expect(third.db.state).toEqual(first.db.state)
  })

  it('keeps only the changes: a change to the many-customers scenario stores a few kilobytes', async () => {
    const storage = createMemoryStorage()
    const first = openTab(storage)
    first.demo.start('many-customers')
    // One the rules let upgrade to E3 (a replay checks it by them).
    const basic = first.db.state.subscriptions.find(
      (s) =>
        s.status === 'active' &&
        s.offerId === OFFER_IDS.businessBasic &&
        s.customerId !== first.db.state.customers[0]?.id &&
        checkUpgradeRequest(toSubscriptionFacts(s), first.db.customerFacts(s.customerId), 'admin_agent', {
          targetOfferId: OFFER_IDS.e3,
          quantity: s.quantity,
          upgradeType: 'upgrade_with_license_transfer',
        }).ok,
    )
    if (!basic) throw new Error('no Business Basic')
    const before = first.db.state.users.filter((u) => u.licenses.includes(basic.id)).length
    const outcome = first.db.upgrade(basic.customerId, basic.id, {
      targetOfferId: OFFER_IDS.e3,
      quantity: basic.quantity,
      upgradeType: 'upgrade_with_license_transfer',
    })
    expect(outcome.movedUserIds.length + outcome.licenseErrors.length).toBe(before)
    await settle()
    expect((storage.getItem(STORAGE_KEY) ?? '').length).toBeLessThan(20_000)
    const second = openTab(storage)
    expect(second.demo.start()).toEqual({ restore: { kind: 'restored' } })
    expect(second.db.state).toEqual(first.db.state)
  })

  describe('?scenario=', () => {
    it('naming another scenario loads it fresh', async () => {
      const storage = createMemoryStorage()
      const first = openTab(storage)
      first.demo.start()
      await makeChanges(first)
      await settle()
      const second = openTab(storage)
      expect(second.demo.start('edge-cases')).toEqual({ restore: { kind: 'fresh' } })
      expect(second.db.state).toEqual(initialState(builtIn('edge-cases')))
      // …and from then on that one is the stored one.
      const third = openTab(storage)
      expect(third.demo.start()).toEqual({ restore: { kind: 'restored' } })
      expect(third.db.scenario).toBe(builtIn('edge-cases'))
    })

    it('naming the stored scenario restores it (a reload keeps the URL)', async () => {
      const storage = createMemoryStorage()
      const first = openTab(storage)
      first.demo.start('edge-cases')
      const proseware = subscriptionNamed(first.db, 'Proseware – Business Basic (one seat, monthly)')
      first.db.setQuantity(proseware.customerId, proseware.id, 2)
      await settle()
      const second = openTab(storage)
      expect(second.demo.start('edge-cases')).toEqual({ restore: { kind: 'restored' } })
      expect(subscriptionNamed(second.db, proseware.friendlyName).quantity).toBe(2)
    })

    it('an unknown name falls back to the stored (or default) scenario and is reported', async () => {
      const storage = createMemoryStorage()
      const first = openTab(storage)
      expect(first.demo.start('nope')).toEqual({ restore: { kind: 'fresh' }, unknownScenario: 'nope' })
      expect(first.db.scenario).toBe(defaultScenario)
      first.demo.selectScenario('edge-cases')
      await settle()
      const second = openTab(storage)
      expect(second.demo.start('  nope ')).toEqual({ restore: { kind: 'restored' }, unknownScenario: 'nope' })
      expect(second.db.scenario).toBe(builtIn('edge-cases'))
      // An empty value is no request.
      expect(openTab(storage).demo.start('')).toEqual({ restore: { kind: 'restored' } })
      expect(openTab(storage).demo.start(null)).toEqual({ restore: { kind: 'restored' } })
    })
  })

  describe('a stored state that cannot be used is discarded with the reasons, never half-loaded', () => {
    async function storedAfterChanges(): Promise<StoredJson> {
      const storage = createMemoryStorage()
      const tab = openTab(storage)
      tab.demo.start()
      await makeChanges(tab)
      await settle()
      return JSON.parse(storage.getItem(STORAGE_KEY) ?? 'null')
    }

    const cases: readonly [string, (stored: StoredJson) => unknown, RegExp][] = [
      ['not JSON', () => '{"format": 2, ', /not JSON/],
      [
        'an older format (the plain snapshot of an earlier version)',
        () => ({ format: 1, scenario: 'Default demo' }),
        /format 1/,
      ],
      ['no format', (s) => ({ ...s, format: undefined }), /format undefined/],
      [
        'an unknown built-in scenario',
        (s) => ({ ...s, active: { kind: 'built-in', name: 'gone' } }),
        /"gone" is not a built-in/,
      ],
      [
        'a built-in scenario that changed since',
        (s) => ({ ...s, fingerprint: '00000000-0' }),
        /changed since the demo data was stored/,
      ],
      [
        'a custom scenario that is not valid',
        (s) => ({ ...s, active: { kind: 'custom', scenario: { name: 'x' } } }),
        /stored scenario: customers: missing/,
      ],
      [
        'a stored custom scenario whose commitment ends before it starts',
        (s) => {
          const [first, ...rest] = defaultScenario.customers
          if (!first) throw new Error('no customers')
          const [sub, ...subs] = first.subscriptions
          if (!sub) throw new Error('no subscriptions')
          const broken = { ...sub, commitmentEndDate: '2020-01-01T00:00:00Z' }
          const customers = [{ ...first, subscriptions: [broken, ...subs] }, ...rest]
          return { ...s, active: { kind: 'custom', scenario: { ...defaultScenario, name: 'mine', customers } } }
        },
        /stored scenario: customers\[0\]\.subscriptions\[0\]\.commitmentEndDate: .* is not after effectiveStartDate/,
      ],
      [
        'an operation the rules refuse (100,000 licenses on a 300-seat plan)',
        (s) => {
          s.operations.find((op: { kind: string }) => op.kind === 'set_quantity').quantity = 100000
          return s
        },
        /above the maximum of 300/,
      ],
      [
        'an operation with a field the log does not know',
        (s) => {
          s.operations[0].injected = '<script>'
          return s
        },
        /^operations\.0: /m,
      ],
      [
        'an operation on a subscription of no record',
        (s) => {
          s.operations[0].subscriptionId = 'ffffffff-0000-4000-8000-000000000000'
          return s
        },
        /not found/,
      ],
      [
        'an operation at a time that is no date',
        (s) => {
          s.operations[0].at = 'yesterday'
          return s
        },
        /operations\.0\.at/,
      ],
      ['operations of the wrong shape', (s) => ({ ...s, operations: { customers: 'all' } }), /operations/],
    ]
    for (const [name, corrupt, reason] of cases) {
      it(name, async () => {
        const stored = await storedAfterChanges()
        const corrupted = corrupt(stored)
        const storage = createMemoryStorage([
          [STORAGE_KEY, typeof corrupted === 'string' ? corrupted : JSON.stringify(corrupted)],
        ])
        const tab = openTab(storage)
        tab.demo.selectScenario('edge-cases')
        const outcome = tab.demo.start()
        expect(outcome.restore.kind).toBe('discarded')
        if (outcome.restore.kind !== 'discarded') return
        expect(outcome.restore.problems.join('\n')).toMatch(reason)
        // The default scenario's start, stored again in the current format.
        expect(tab.db.scenario).toBe(defaultScenario)
        expect(tab.db.state).toEqual(initialState(defaultScenario))
        expect(JSON.parse(storage.getItem(STORAGE_KEY) ?? '{}').format).toBe(STORED_DEMO_FORMAT)
        expect(openTab(storage).demo.start()).toEqual({ restore: { kind: 'restored' } })
      })
    }

    it('a corrupt store with ?scenario= loads that scenario and still reports the discarded state', () => {
      const storage = createMemoryStorage([[STORAGE_KEY, 'garbage']])
      const outcome = openTab(storage).demo.start('edge-cases')
      expect(outcome).toEqual({ restore: { kind: 'discarded', problems: ['the stored demo data is not JSON'] } })
    })
  })

  it('storage that refuses to save (full, disabled) does not break the demo, and leaves no stale state behind', async () => {
    const entries = new Map<string, string>()
    let full = false
    const storage: KeyValueStorage = {
      getItem: (key) => entries.get(key) ?? null,
      setItem: (key, value) => {
        if (full) throw new DOMException('quota', 'QuotaExceededError')
        entries.set(key, value)
      },
      removeItem: (key) => {
        entries.delete(key)
      },
    }
    const tab = openTab(storage)
    tab.demo.start()
    expect(entries.has(STORAGE_KEY)).toBe(true)
    expect(tab.demo.getState().storageFull).toBe(false)
    const heard = vi.fn()
    tab.demo.subscribe(heard)
    full = true
    expect(tab.demo.selectScenario('edge-cases')).toEqual({ ok: true })
    await settle()
    expect(entries.has(STORAGE_KEY)).toBe(false)
    // Said at once (the panel and the app listen), not at the next reload.
    expect(tab.demo.getState().storageFull).toBe(true)
    expect(heard).toHaveBeenCalled()
    // Room again: the next save succeeds and the notice goes.
    full = false
    tab.demo.reset()
    await settle()
    expect(entries.has(STORAGE_KEY)).toBe(true)
    expect(tab.demo.getState().storageFull).toBe(false)
    const throwing: KeyValueStorage = {
      getItem: () => {
        throw new Error('denied')
      },
      setItem: () => {
        throw new Error('denied')
      },
      removeItem: () => {
        throw new Error('denied')
      },
    }
    expect(openTab(throwing).demo.start()).toEqual({ restore: { kind: 'fresh' } })
  })
})

describe('latency across reloads', () => {
  it('reads only the names of the settings: constructor, __proto__ and the like mean nothing', () => {
    for (const hostile of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', '']) {
      const storage = createMemoryStorage([[LATENCY_KEY, hostile]])
      const settings = createMockSettings()
      const demo = createDemoControls({ db: createDatabase(defaultScenario), settings, storage, latency: 'none' })
      expect(demo.getState().latency, hostile).toBe('none')
      expect(settings.latencyMs, hostile).toBe(0)
      expect(() => demo.setLatency(hostile as never), hostile).toThrow(TypeError)
      demo.dispose()
    }
  })

  it('keeps the presenter’s latency choice in storage', () => {
    const storage = createMemoryStorage()
    const first = createDemoControls({
      db: createDatabase(defaultScenario),
      settings: createMockSettings(),
      storage,
      latency: 'realistic',
    })
    expect(first.getState().latency).toBe('realistic')
    first.setLatency('slow')
    expect(storage.getItem(LATENCY_KEY)).toBe('slow')
    first.dispose()
    const settings = createMockSettings()
    const second = createDemoControls({ db: createDatabase(defaultScenario), settings, storage, latency: 'realistic' })
    expect(second.getState().latency).toBe('slow')
    expect(settings.latencyMs).toBe(2000)
    second.dispose()
  })
})
