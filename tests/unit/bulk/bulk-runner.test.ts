import { describe, expect, it } from 'vitest'
import { ApiError } from '../../../src/api/errors'
import { type BudgetClock, RequestBudget } from '../../../src/api/request-budget'
import type { UpgradeResult } from '../../../src/api/subscription-schemas'
import { BulkRunner, type RunnerOptions } from '../../../src/features/bulk-upgrade/bulk-run'
import {
  type BulkItem,
  createRun,
  type PlannedItem,
  retryFailed,
} from '../../../src/features/bulk-upgrade/bulk-run-model'
import { parseRun, type RunStorage } from '../../../src/features/bulk-upgrade/bulk-run-storage'
import { toCsv } from '../../../src/ui/csv'

/** A clock the test moves by hand: sleeps resolve when `advance` passes their end. */
function manualClock() {
  let now = 0
  const sleepers: { until: number; resolve: () => void }[] = []
  const clock: BudgetClock & { advance(ms: number): Promise<void> } = {
    now: () => now,
    sleep: (ms, signal) =>
      new Promise<void>((resolve, reject) => {
        signal?.addEventListener('abort', () => reject(signal.reason), { once: true })
        sleepers.push({ until: now + ms, resolve })
      }),
    async advance(ms) {
      now += ms
      for (const s of sleepers.filter((s) => s.until <= now)) {
        sleepers.splice(sleepers.indexOf(s), 1)
        s.resolve()
      }
      await settle()
    },
  }
  return clock
}

const settle = async () => {
  for (let i = 0; i < 20; i++) await Promise.resolve()
}

function items(n: number): PlannedItem[] {
  return Array.from({ length: n }, (_, i) => ({
    customerId: `c${i % 3}`,
    customerName: `Customer ${i % 3}`,
    subscriptionId: `s${i}`,
    subscriptionName: `Subscription ${i}`,
    sourceOfferName: 'Microsoft 365 Business Basic',
    targetOfferId: 'T',
    targetOfferName: 'Microsoft 365 Business Standard',
    quantity: 10 + i,
    etag: `etag-${i}`,
  }))
}

function memoryStorage(): RunStorage & { saved: string[] } {
  const saved: string[] = []
  return {
    saved,
    load: () => saved.at(-1) ?? null,
    save: (text) => {
      saved.push(text)
    },
    clear: () => {
      saved.length = 0
    },
  }
}

/** A server the test answers by hand: each request waits until the test settles it. */
function manualServer() {
  const pending: { item: BulkItem; resolve: (r: UpgradeResult) => void; reject: (e: unknown) => void }[] = []
  const send: RunnerOptions['send'] = (item) =>
    new Promise<UpgradeResult>((resolve, reject) => {
      pending.push({ item, resolve, reject })
    })
  const answer = async (outcome: 'ok' | ApiError) => {
    const next = pending.shift()
    if (!next) throw new Error('no request is waiting')
    if (outcome === 'ok') {
      next.resolve({
        sourceSubscriptionId: next.item.subscriptionId,
        targetSubscriptionId: `new-${next.item.subscriptionId}`,
        upgradeType: 'upgrade_with_license_transfer',
        licenseErrors: [{ userObjectId: 'u1', name: 'Lee Gu', email: 'lee@contoso.com', errors: [] }],
      })
    } else next.reject(outcome)
    await settle()
  }
  return { pending, send, answer }
}

const httpError = (status: number, retryAfterSeconds?: number) =>
  new ApiError('http', `HTTP ${status}`, { status, requestId: 'r', correlationId: 'corr-1', retryAfterSeconds })

function setup(n: number, concurrency = 2) {
  const clock = manualClock()
  const storage = memoryStorage()
  const server = manualServer()
  const options: RunnerOptions = {
    send: server.send,
    storage,
    clock,
    concurrency,
    budget: new RequestBudget(1000, 60_000, clock),
  }
  const runner = new BulkRunner(createRun(items(n), 'upgrade_with_license_transfer'), options)
  return { clock, storage, server, options, runner }
}

describe('bulk upgrade runner', () => {
  it('sends at most `concurrency` at once, each item once, with its own request id and reviewed ETag', async () => {
    const { runner, server } = setup(5, 2)
    runner.resume()
    await settle()
    expect(server.pending).toHaveLength(2)
    const ids = new Set<string>()
    for (let i = 0; i < 5; i++) {
      expect(server.pending.length).toBeLessThanOrEqual(2)
      const item = server.pending[0]?.item
      if (!item) throw new Error('nothing sent')
      ids.add(item.requestId)
      expect(item.etag).toBe(`etag-${item.subscriptionId.slice(1)}`)
      await server.answer('ok')
    }
    expect(ids.size).toBe(5)
    expect(runner.snapshot.state).toBe('finished')
    expect(runner.counts()).toMatchObject({ done: 5, failed: 0, waiting: 0, seatsDone: 10 + 11 + 12 + 13 + 14 })
    expect(runner.snapshot.items[0]?.result).toEqual({
      targetSubscriptionId: 'new-s0',
      affectedUsers: [{ name: 'Lee Gu', email: 'lee@contoso.com' }],
    })
  })

  it('stores an item as sending before its request leaves', async () => {
    const { runner, server, storage } = setup(1)
    runner.resume()
    await settle()
    expect(server.pending).toHaveLength(1)
    expect(parseRun(storage.load())?.items[0]?.status).toBe('sending')
  })

  it('pause starts nothing new, lets the sent ones finish; resume goes on', async () => {
    const { runner, server } = setup(4, 2)
    runner.resume()
    await settle()
    runner.pause()
    await server.answer('ok')
    await server.answer('ok')
    expect(server.pending).toHaveLength(0)
    expect(runner.counts()).toMatchObject({ done: 2, waiting: 2 })
    expect(runner.snapshot.state).toBe('paused')
    runner.resume()
    await settle()
    expect(server.pending).toHaveLength(2)
  })

  it('cancel drops the items not yet started; one already sent still reports its outcome', async () => {
    const { runner, server } = setup(5, 1)
    runner.resume()
    await settle()
    runner.cancel()
    await server.answer('ok')
    expect(server.pending).toHaveLength(0)
    expect(runner.counts()).toMatchObject({ done: 1, cancelled: 4, waiting: 0 })
    expect(runner.snapshot.state).toBe('cancelled')
    runner.resume()
    await settle()
    expect(server.pending).toHaveLength(0)
  })

  it('a 429 holds the whole queue for Retry-After, then re-sends the same request', async () => {
    const { runner, server, clock } = setup(3, 1)
    runner.resume()
    await settle()
    const first = server.pending[0]?.item
    await server.answer(httpError(429, 7))
    expect(server.pending).toHaveLength(0)
    await clock.advance(6_000)
    expect(server.pending).toHaveLength(0)
    await clock.advance(1_000)
    expect(server.pending[0]?.item.requestId).toBe(first?.requestId)
    await server.answer('ok')
    expect(runner.snapshot.items[0]?.status).toBe('done')
  })

  it('an unknown outcome is re-sent with the same id; after the last attempt it fails, marked unknown', async () => {
    const { runner, server, clock } = setup(1, 1)
    runner.resume()
    await settle()
    const requestId = server.pending[0]?.item.requestId
    for (let attempt = 1; attempt <= 3; attempt++) {
      expect(server.pending[0]?.item.requestId).toBe(requestId)
      await server.answer(new ApiError('network', 'offline', { requestId: 'r', correlationId: 'c' }))
      await clock.advance(10_000)
    }
    expect(runner.snapshot.items[0]).toMatchObject({ status: 'failed', attempts: 3 })
    expect(runner.snapshot.items[0]?.failure?.outcomeUnknown).toBe(true)
    // Retried as a new run: the same request id, so if it did act, it is not done again.
    expect(retryFailed(runner.snapshot).items[0]?.requestId).toBe(requestId)
  })

  it('a refusal fails at once with its reason; retrying it is a new request', async () => {
    const { runner, server } = setup(2, 1)
    runner.resume()
    await settle()
    await server.answer(httpError(412))
    await server.answer('ok')
    const failed = runner.snapshot.items[0]
    expect(failed).toMatchObject({ status: 'failed', attempts: 1 })
    expect(failed?.failure).toMatchObject({ status: 412, correlationId: 'corr-1', outcomeUnknown: false })
    const retry = retryFailed(runner.snapshot)
    expect(retry.items.map((i) => i.subscriptionId)).toEqual(['s0'])
    expect(retry.items[0]?.requestId).not.toBe(failed?.requestId)
    expect(retry.items[0]?.etag).toBe(failed?.etag)
  })

  it('after a reload, an item that was sending is sent again with the same id', async () => {
    const { runner, server, options } = setup(2, 1)
    runner.resume()
    await settle()
    const inFlight = server.pending[0]?.item
    runner.dispose()
    const restored = BulkRunner.restore(options)
    expect(restored?.snapshot.state).toBe('running')
    expect(restored?.snapshot.items[0]?.status).toBe('waiting')
    server.pending.length = 0
    restored?.resume()
    await settle()
    expect(server.pending[0]?.item.requestId).toBe(inFlight?.requestId)
  })

  it('ignores stored text that is not a run', () => {
    expect(parseRun('{"version":2}')).toBeUndefined()
    expect(parseRun('not json')).toBeUndefined()
    expect(parseRun(null)).toBeUndefined()
  })

  it('estimates the time left from the pace so far', async () => {
    const { runner, server, clock } = setup(4, 1)
    runner.resume()
    await settle()
    expect(runner.estimatedMsLeft()).toBeUndefined()
    await clock.advance(2_000)
    await server.answer('ok')
    expect(runner.estimatedMsLeft()).toBe(3 * 2_000)
  })
})

describe('request budget', () => {
  it('lets `limit` requests through per window, then waits for the oldest to leave it', async () => {
    const clock = manualClock()
    const budget = new RequestBudget(3, 60_000, clock)
    for (let i = 0; i < 3; i++) await budget.acquire()
    let fourth = false
    void budget.acquire().then(() => {
      fourth = true
    })
    await settle()
    expect(fourth).toBe(false)
    expect(budget.waitMs()).toBe(60_000)
    await clock.advance(60_000)
    expect(fourth).toBe(true)
  })

  it('holds everyone for a Retry-After', async () => {
    const clock = manualClock()
    const budget = new RequestBudget(100, 60_000, clock)
    budget.holdFor(5)
    expect(budget.waitMs()).toBe(5_000)
    await clock.advance(5_000)
    expect(budget.waitMs()).toBe(0)
  })
})

describe('CSV', () => {
  it('quotes what needs quoting and keeps names from becoming formulas', () => {
    expect(toCsv([['a,b', 'say "hi"', '=SUM(A1)', 12]])).toBe('\uFEFF"a,b","say ""hi""",\'=SUM(A1),12\r\n')
  })
})
