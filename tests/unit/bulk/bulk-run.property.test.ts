/**
 * Property: whatever faults, lost answers, retries, pauses and reloads (a crash of the page and a
 * new runner from storage) happen during a bulk upgrade, no subscription is ever upgraded twice;
 * and once the run (and, for what failed, a retry run on a healthy network) is over, each item is
 * upgraded exactly once and reports the subscription the upgrade created.
 *
 * The system: the real runner, the real client (src/api, with its MS-RequestId and If-Match) and
 * the real mock Partner Center (MSW handlers over a generated many-customers database), with the
 * database's upgrade counted per subscription.
 * Deterministic: a fixed seed; FC_RUNS / FC_SEED search longer or elsewhere.
 */
import * as fc from 'fast-check'
import { setupServer } from 'msw/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDatabase, type Database } from '../../../mocks/db'
import { createHandlers, createMockSettings, type MockSettings, setFault } from '../../../mocks/handlers'
import { generateManyCustomers } from '../../../mocks/scenarios/generate'
import { demoToken } from '../../../src/api/auth'
import { configureApiSession } from '../../../src/api/client'
import { fetchCustomerPage } from '../../../src/api/customers'
import { ApiError } from '../../../src/api/errors'
import { opportunitiesOf } from '../../../src/api/opportunities'
import { type BudgetClock, RequestBudget } from '../../../src/api/request-budget'
import { fetchSubscribedSkus, fetchSubscriptions } from '../../../src/api/subscriptions'
import { BulkRunner, type RunnerOptions } from '../../../src/features/bulk-upgrade/bulk-run'
import {
  type BulkItem,
  type BulkRun,
  type BulkUpgradeType,
  createRun,
  type PlannedItem,
  retryFailed,
} from '../../../src/features/bulk-upgrade/bulk-run-model'
import { parseRun, type RunStorage } from '../../../src/features/bulk-upgrade/bulk-run-storage'
import { sendBulkItem } from '../../../src/features/bulk-upgrade/send'
import { checkPlannedUpgrades } from '../../../src/rules/bulk-plan'

const SEED = Number(process.env.FC_SEED ?? 20261130)
const RUNS = Number(process.env.FC_RUNS ?? 40)

const server = setupServer()
beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
afterAll(() => server.close())

/** What happens to one request the runner sends. */
type Event =
  | { readonly kind: 'ok' }
  | {
      readonly kind: 'fault'
      readonly fault: 'server_error' | 'throttled' | 'network' | 'conflict' | 'precondition_failed'
    }
  /** The request acts, but its answer never arrives (a dropped connection). */
  | { readonly kind: 'lost' }
  /** The page goes away: before the request leaves, or after it acted and before its answer is recorded. */
  | { readonly kind: 'crash'; readonly acted: boolean }
  | { readonly kind: 'pause' }

const eventArb: fc.Arbitrary<Event> = fc.oneof(
  { weight: 4, arbitrary: fc.constant({ kind: 'ok' } as const) },
  {
    weight: 3,
    arbitrary: fc
      .constantFrom('server_error', 'throttled', 'network', 'conflict', 'precondition_failed' as const)
      .map((fault) => ({ kind: 'fault', fault }) as const),
  },
  { weight: 2, arbitrary: fc.constant({ kind: 'lost' } as const) },
  { weight: 1, arbitrary: fc.boolean().map((acted) => ({ kind: 'crash', acted }) as const) },
  { weight: 1, arbitrary: fc.constant({ kind: 'pause' } as const) },
)

/** A clock whose sleeps pass at once (backoffs and Retry-After cost no real time). */
function fakeClock(): BudgetClock {
  let now = 0
  return {
    now: () => now,
    sleep: async (ms, signal) => {
      signal?.throwIfAborted()
      now += Math.max(ms, 1)
      await Promise.resolve()
      signal?.throwIfAborted()
    },
  }
}

function memoryStorage(): RunStorage & { text: string | null } {
  const storage = {
    text: null as string | null,
    load: () => storage.text,
    save: (text: string) => {
      storage.text = text
    },
    clear: () => {
      storage.text = null
    },
  }
  return storage
}

interface World {
  readonly db: Database
  readonly settings: MockSettings
  /** Subscription id -> upgrades the database carried out. */
  readonly upgrades: Map<string, number>
}

function newWorld(): World {
  const db = createDatabase(generateManyCustomers({ customers: 40, megacorpSubscriptions: 30, megacorpUsers: 10 }))
  const upgrades = new Map<string, number>()
  const upgrade = db.upgrade.bind(db)
  db.upgrade = (customerId, subscriptionId, operation) => {
    upgrades.set(subscriptionId, (upgrades.get(subscriptionId) ?? 0) + 1)
    return upgrade(customerId, subscriptionId, operation)
  }
  const settings = createMockSettings()
  server.resetHandlers(...createHandlers(db, { settings }))
  return { db, settings, upgrades }
}

/** The plan an agent would make: every opportunity, to its first target, each customer's checked together. */
async function plan(limit: number): Promise<PlannedItem[]> {
  const items: PlannedItem[] = []
  let continuation: string | undefined
  do {
    const page = await fetchCustomerPage(continuation)
    continuation = page.continuation
    for (const customer of page.customers) {
      if (!customer.allowDelegatedAccess || items.length >= limit) continue
      const subscriptions = await fetchSubscriptions(customer.id)
      const skus = await fetchSubscribedSkus(customer.id)
      const found = opportunitiesOf(customer, subscriptions, skus, 'admin_agent')
      const checks = checkPlannedUpgrades(
        found[0]?.facts ?? { allowDelegatedAccess: true, subscriptions: [], otherChannelOfferIds: [] },
        'admin_agent',
        found.map((o) => ({ subscriptionId: o.subscriptionId, targetOfferId: o.targets[0]?.offerId ?? '' })),
      )
      for (const [n, o] of found.entries()) {
        const target = o.targets[0]
        if (!target || !checks[n]?.ok || items.length >= limit) continue
        items.push({
          customerId: o.customerId,
          customerName: o.customerName,
          subscriptionId: o.subscriptionId,
          subscriptionName: o.subscriptionName,
          sourceOfferName: o.offerName,
          targetOfferId: target.offerId,
          targetOfferName: target.offerName,
          quantity: o.quantity,
          etag: o.etag,
        })
      }
    }
  } while (continuation)
  return items
}

/** Runs `run` to its end through `events`, restarting from storage after each crash. */
async function drive(
  world: World,
  run: BulkRun,
  planned: readonly Event[],
  concurrency: number,
  maxAttempts: number,
  type: BulkUpgradeType,
) {
  const events = [...planned]
  const storage = memoryStorage()
  const clock = fakeClock()
  let runner: BulkRunner | undefined
  let crashed = false
  let paused = false
  const send: RunnerOptions['send'] = async (item: BulkItem, upgradeType, signal) => {
    const event = events.shift() ?? { kind: 'ok' }
    switch (event.kind) {
      case 'ok':
        return sendBulkItem(item, upgradeType, signal)
      case 'fault':
        setFault({ kind: event.fault, scope: 'next' }, world.settings)
        return sendBulkItem(item, upgradeType, signal)
      case 'lost':
        await sendBulkItem(item, upgradeType, signal).catch(() => undefined)
        throw new ApiError('network', 'connection dropped', { requestId: item.requestId, correlationId: 'c' })
      case 'crash': {
        if (event.acted) await sendBulkItem(item, upgradeType, signal).catch(() => undefined)
        crashed = true
        runner?.dispose()
        throw new Error('the page went away')
      }
      case 'pause':
        paused = true
        runner?.pause()
        return sendBulkItem(item, upgradeType, signal)
    }
  }
  const options: RunnerOptions = {
    send,
    storage,
    clock,
    concurrency,
    maxAttempts,
    budget: new RequestBudget(500, 60_000, clock),
  }
  expect(type).toBe(run.upgradeType)
  runner = new BulkRunner(run, options)
  runner.resume()
  for (let restarts = 0; restarts < 200; restarts++) {
    await runner.whenIdle()
    if (crashed) {
      crashed = false
      // The reload: a new runner from what storage holds; it goes on by itself if it was running.
      const restored = BulkRunner.restore(options)
      if (!restored) throw new Error('the run was not in storage')
      runner = restored
      if (runner.snapshot.state === 'running') runner.resume()
      else if (runner.snapshot.state === 'paused') runner.resume()
      continue
    }
    if (paused) {
      paused = false
      expect(runner.snapshot.items.some((i) => i.status === 'sending')).toBe(false)
      runner.resume()
      continue
    }
    break
  }
  const final = parseRun(storage.text)
  if (!final) throw new Error('no run stored')
  return final
}

function expectNoDoubles(world: World) {
  for (const [subscriptionId, count] of world.upgrades) {
    expect(count, `subscription ${subscriptionId} upgraded ${count} times`).toBe(1)
  }
}

describe('bulk upgrade: no subscription is ever upgraded twice', () => {
  it('holds for any sequence of faults, lost answers, retries, pauses and reloads', async () => {
    configureApiSession({ token: () => demoToken('admin_agent', 'Property Test'), locale: () => 'en-US' })
    await fc.assert(
      fc.asyncProperty(
        fc.array(eventArb, { maxLength: 40 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 10 }),
        fc.constantFrom<BulkUpgradeType>('upgrade_with_license_transfer', 'upgrade_only'),
        async (events, concurrency, maxAttempts, size, type) => {
          const world = newWorld()
          const items = await plan(size)
          expect(items.length).toBeGreaterThan(0)
          let run = await drive(world, createRun(items, type), events, concurrency, maxAttempts, type)
          expectNoDoubles(world)
          expect(run.state).toBe('finished')
          for (const item of run.items) {
            expect(['done', 'failed']).toContain(item.status)
            if (item.status === 'failed') expect(item.failure).toBeDefined()
            // Done means the database did it (once); failed without an unknown outcome means it did not.
            if (item.status === 'done') expect(world.upgrades.get(item.subscriptionId)).toBe(1)
            if (item.status === 'failed' && !item.failure?.outcomeUnknown) {
              expect(world.upgrades.get(item.subscriptionId)).toBeUndefined()
            }
          }
          // What failed, retried as a new run on a healthy network: every item ends upgraded once.
          for (let round = 0; round < 3 && run.items.some((i) => i.status === 'failed'); round++) {
            const retried = await drive(world, retryFailed(run), [], concurrency, maxAttempts, type)
            run = {
              ...run,
              items: run.items.map((i) => retried.items.find((r) => r.subscriptionId === i.subscriptionId) ?? i),
            }
            expectNoDoubles(world)
          }
          for (const item of run.items) {
            expect(item.status, `${item.subscriptionName}: ${JSON.stringify(item.failure)}`).toBe('done')
            expect(world.upgrades.get(item.subscriptionId)).toBe(1)
            const created = world.db.state.subscriptions.find((s) => s.id === item.result?.targetSubscriptionId)
            expect(created?.offerId.toUpperCase()).toBe(item.targetOfferId.toUpperCase())
          }
        },
      ),
      { seed: SEED, numRuns: RUNS },
    )
  }, 120_000)
})
