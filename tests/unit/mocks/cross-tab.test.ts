/**
 * Several tabs, one demo: property tests over random interleavings of clients that share one
 * storage and one cross-tab lock (Web Locks, as Node has them), each with its own database,
 * handlers and demo controls, as browser tabs have. They add licenses and upgrade subscriptions
 * concurrently, with injected faults and retries of unanswered requests, always sending If-Match
 * (as the app does). Afterwards:
 *   - no license is lost or created: per customer, the active seats are the start's plus the
 *     accepted license additions, and no user license assignment appears or vanishes;
 *   - no double upgrade: each source is upgraded (fully) at most once, and no customer holds two
 *     active subscriptions of one offer;
 *   - every accepted write is visible to every client, and to a new tab (a reload).
 * Deterministic: a fixed seed. FC_RUNS / FC_SEED search longer, as in invariants.test.ts.
 */
import * as fc from 'fast-check'
import { getResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { createDemoToken } from '../../../mocks/auth'
import { createDatabase, type Database, type DbState } from '../../../mocks/db'
import { createDemoControls, type MockDemoControls } from '../../../mocks/demo'
import { createHandlers, createMockSettings, type FaultKind, type MockSettings } from '../../../mocks/handlers'
import { createMemoryStorage, type KeyValueStorage } from '../../../mocks/persistence'
import { defaultScenario } from '../../../mocks/scenarios/default-scenario'
import type { Lock } from '../../../mocks/shared-demo'

const SEED = Number(process.env.FC_SEED ?? 20261130)
const RUNS = Number(process.env.FC_RUNS ?? 25)
const TOKEN = createDemoToken('admin_agent', 'Tab Tester')

/** Subscriptions the clients act on: active ones with room and upgrade paths, of three customers. */
const SUBJECTS = [
  'Contoso – Business Basic',
  'Fabrikam – Microsoft 365 Apps for business',
  'Tailspin Toys – Business Basic (India)',
] as const

interface Client {
  readonly db: Database
  readonly settings: MockSettings
  readonly demo: MockDemoControls
  call(method: string, path: string, init?: { body?: unknown; headers?: Record<string, string> }): Promise<Answer>
}

type Answer =
  | { readonly status: number; readonly body: Record<string, unknown>; readonly etag: string | null }
  | 'no answer'

/** One storage as tabs share it: a change is heard by the other tabs a moment later (the `storage` event). */
function sharedStorage() {
  const storage = createMemoryStorage()
  const watchers = new Set<{ owner: number; listener: () => void }>()
  const forTab = (owner: number): KeyValueStorage & { watch: (listener: () => void) => () => void } => ({
    getItem: (key) => storage.getItem(key),
    removeItem: (key) => storage.removeItem(key),
    setItem: (key, value) => {
      storage.setItem(key, value)
      for (const w of watchers) if (w.owner !== owner) setTimeout(w.listener, 0)
    },
    watch: (listener) => {
      const entry = { owner, listener }
      watchers.add(entry)
      return () => watchers.delete(entry)
    },
  })
  return { storage, forTab }
}

function openClient(index: number, shared: ReturnType<typeof sharedStorage>, lock: Lock): Client {
  const db = createDatabase(defaultScenario)
  const settings = createMockSettings()
  const handlers = createHandlers(db, { settings })
  const storage = shared.forTab(index)
  const demo = createDemoControls({ db, settings, storage, lock, watch: storage.watch })
  return {
    db,
    settings,
    demo,
    async call(method, path, init = {}) {
      const request = new Request(`http://tab${index}.test/v1${path}`, {
        method,
        headers: {
          Authorization: `Bearer ${TOKEN}`,
          ...(init.body === undefined ? {} : { 'Content-Type': 'application/json' }),
          ...init.headers,
        },
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
      })
      const response = await getResponse(handlers, request)
      if (!response || response.type === 'error') return 'no answer'
      const text = await response.text()
      return { status: response.status, body: text ? JSON.parse(text) : {}, etag: response.headers.get('ETag') }
    },
  }
}

interface Action {
  readonly client: number
  readonly subject: number
  readonly kind: 'add' | 'upgrade'
  readonly amount: number
  readonly target: number
  readonly fault: FaultKind | null
}

const action = (clients: number) =>
  fc.record<Action>({
    client: fc.nat(clients - 1),
    subject: fc.nat(SUBJECTS.length - 1),
    kind: fc.constantFrom('add', 'add', 'upgrade'),
    amount: fc.integer({ min: 1, max: 9 }),
    target: fc.nat(5),
    fault: fc.constantFrom<FaultKind | null>(null, null, null, 'network', 'server_error', 'conflict'),
  })

interface Ledger {
  /** Customer id -> licenses added by accepted PATCHes. */
  readonly added: Map<string, number>
  /** Source subscription id -> accepted full upgrades. */
  readonly upgraded: Map<string, number>
  /** Request ids of every accepted write. */
  readonly accepted: Set<string>
}

function subjectIds(db: Database, subject: number) {
  const sub = db.state.subscriptions.find((s) => s.friendlyName === SUBJECTS[subject])
  if (!sub) throw new Error('the demo data changed')
  return {
    customerId: sub.customerId,
    subscriptionId: sub.id,
    path: `/customers/${sub.customerId}/subscriptions/${sub.id}`,
  }
}

/** Sends a write; after no answer (its outcome unknown) re-sends exactly the same request, as the app's Try again. */
async function write(client: Client, method: string, path: string, body: unknown, etag: string) {
  const headers = { 'MS-RequestId': crypto.randomUUID(), 'If-Match': etag }
  let answer = await client.call(method, path, { body, headers })
  for (let retry = 0; answer === 'no answer' && retry < 3; retry++)
    answer = await client.call(method, path, { body, headers })
  return { answer, requestId: headers['MS-RequestId'] }
}

async function perform(clients: readonly Client[], a: Action, ledger: Ledger): Promise<void> {
  const client = clients[a.client]
  if (!client) return
  const { customerId, subscriptionId, path } = subjectIds(client.db, a.subject)
  const seen = await client.call('GET', path)
  if (seen === 'no answer' || seen.status !== 200 || !seen.etag) return
  if (a.fault) client.settings.fault = { kind: a.fault, scope: 'next' }
  if (a.kind === 'add') {
    const quantity = (seen.body.quantity as number) + a.amount
    const { answer, requestId } = await write(client, 'PATCH', path, { quantity }, seen.etag)
    if (answer !== 'no answer' && answer.status === 200) {
      ledger.added.set(customerId, (ledger.added.get(customerId) ?? 0) + a.amount)
      ledger.accepted.add(requestId)
    }
    return
  }
  if (seen.body.status !== 'active') return
  const upgrades = await client.call('GET', `${path}/upgrades`)
  if (upgrades === 'no answer' || upgrades.status !== 200) return
  const eligible = (upgrades.body.items as { isEligible: boolean; targetOffer: { id: string } }[]).filter(
    (u) => u.isEligible,
  )
  const target = eligible[a.target % Math.max(1, eligible.length)]
  if (!target) return
  const body = { targetOffer: { id: target.targetOffer.id }, upgradeType: 'upgrade_only', quantity: seen.body.quantity }
  const { answer, requestId } = await write(client, 'POST', `${path}/upgrades`, body, seen.etag)
  if (answer !== 'no answer' && answer.status === 200) {
    ledger.upgraded.set(subscriptionId, (ledger.upgraded.get(subscriptionId) ?? 0) + 1)
    ledger.accepted.add(requestId)
  }
}

function activeSeats(state: DbState, customerId: string): number {
  return state.subscriptions
    .filter((s) => s.customerId === customerId && s.status === 'active')
    .reduce((n, s) => n + s.quantity, 0)
}

function assignments(state: DbState, customerId: string): number {
  return state.users.filter((u) => u.customerId === customerId).reduce((n, u) => n + u.licenses.length, 0)
}

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0))
}

function checkOutcome(clients: readonly Client[], ledger: Ledger, reload: Client): void {
  const start = createDatabase(defaultScenario).state
  const states = clients.map((c) => {
    c.db.refresh()
    return c.db.snapshot().state
  })
  // Every client, and a new tab, sees the same state: every accepted write is visible to all.
  for (const state of [...states.slice(1), reload.db.snapshot().state]) expect(state).toEqual(states[0])
  const state = states[0] as DbState
  const logged = new Set(clients[0]?.db.operations.flatMap((op) => (op.request ? [op.request.requestId] : [])))
  for (const requestId of ledger.accepted)
    expect(logged.has(requestId), `accepted write ${requestId} missing`).toBe(true)
  expect(clients[0]?.db.operations).toHaveLength(ledger.accepted.size)
  for (const customer of start.customers) {
    // No license lost or created.
    expect(activeSeats(state, customer.id), customer.companyName).toBe(
      activeSeats(start, customer.id) + (ledger.added.get(customer.id) ?? 0),
    )
    expect(assignments(state, customer.id), customer.companyName).toBe(assignments(start, customer.id))
    // No customer holds two active subscriptions of one offer.
    const offers = state.subscriptions
      .filter((s) => s.customerId === customer.id && s.status === 'active')
      .map((s) => s.offerId)
    expect(new Set(offers).size, customer.companyName).toBe(offers.length)
  }
  // No double upgrade.
  for (const [source, count] of ledger.upgraded) expect(count, `upgrades of ${source}`).toBe(1)
  const upgradeOps = clients[0]?.db.operations.filter((op) => op.kind === 'upgrade') ?? []
  expect(new Set(upgradeOps.map((op) => op.subscriptionId)).size).toBe(upgradeOps.length)
}

describe('one demo across tabs (property-based)', () => {
  for (const tabs of [2, 3]) {
    it(`${tabs} tabs sharing one storage: nothing lost, created, or done twice (seed ${SEED}, ${RUNS} runs)`, async () => {
      let run = 0
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.array(action(tabs), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }),
          async (batches) => {
            const shared = sharedStorage()
            const name = `cross-tab-test-${tabs}-${run++}`
            const lock: Lock = (fn) => navigator.locks.request(name, fn)
            const clients = Array.from({ length: tabs }, (_, i) => openClient(i, shared, lock))
            clients[0]?.demo.start()
            await settle()
            for (const client of clients.slice(1)) client.demo.start()
            const ledger: Ledger = { added: new Map(), upgraded: new Map(), accepted: new Set() }
            try {
              // Each batch runs concurrently: its actions interleave at every await.
              for (const batch of batches) await Promise.all(batch.map((a) => perform(clients, a, ledger)))
              await settle()
              const reload = openClient(tabs, shared, lock)
              expect(reload.demo.start()).toEqual({ restore: { kind: 'restored' } })
              checkOutcome(clients, ledger, reload)
              reload.demo.dispose()
            } finally {
              for (const client of clients) client.demo.dispose()
            }
          },
        ),
        { seed: SEED, numRuns: RUNS },
      )
    }, 120_000)
  }

  it('+5 in one tab and +7 in another give +12, and both tabs show it', async () => {
    const shared = sharedStorage()
    const lock: Lock = (fn) => navigator.locks.request('cross-tab-5-7', fn)
    const [one, two] = [openClient(0, shared, lock), openClient(1, shared, lock)]
    if (!one || !two) throw new Error('no tabs')
    one.demo.start()
    two.demo.start()
    const heard: string[] = []
    two.demo.subscribeToData?.((change) => heard.push(change))
    const { path } = subjectIds(one.db, 1)
    const add = async (client: Client, amount: number) => {
      for (;;) {
        const seen = await client.call('GET', path)
        if (seen === 'no answer' || !seen.etag) throw new Error('no answer')
        const { answer } = await write(
          client,
          'PATCH',
          path,
          { quantity: (seen.body.quantity as number) + amount },
          seen.etag,
        )
        if (answer !== 'no answer' && answer.status === 200) return
        // 412: another tab changed it meanwhile; look again (the app's review path) and resubmit.
        if (answer === 'no answer' || answer.status !== 412) throw new Error(`unexpected ${JSON.stringify(answer)}`)
      }
    }
    await Promise.all([add(one, 5), add(two, 7)])
    await settle()
    for (const client of [one, two]) {
      const now = await client.call('GET', path)
      expect(now !== 'no answer' && now.body.quantity).toBe(40 + 12)
    }
    expect(heard).toContain('updated')
    one.demo.dispose()
    two.demo.dispose()
  })
})
