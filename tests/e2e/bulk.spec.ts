import type { Page } from '@playwright/test'
import { generateManyCustomers } from '../../mocks/scenarios/generate'
import { type App, expect, test } from './fixtures'

/**
 * Opportunities and bulk upgrades, in real Chromium over the mock. The data is checked through the
 * mock's own API: each item the run reports done was upgraded exactly once (its source suspended,
 * one new subscription of the target), each failed one not at all.
 */

/**
 * 150 generated customers: more than 50 opportunities, read well within the request budget. The
 * seed is one whose first page of 50 opportunities (by customer name) all pass the review with the
 * default targets, so that a run of exactly 50 can be planned in a few clicks.
 */
const SCENARIO = {
  ...generateManyCustomers({ customers: 150, megacorpSubscriptions: 20, megacorpUsers: 5, seed: 14 }),
  name: 'bulk-e2e',
  title: 'Bulk e2e',
}

async function loadScenario(app: App) {
  const panel = await app.demoPanel()
  await panel.getByLabel('Load a scenario file…').setInputFiles({
    name: 'bulk-e2e.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(SCENARIO)),
  })
  await expect(panel).toContainText('Loaded the scenario file')
  await panel.getByRole('button', { name: 'Close' }).click()
}

async function setFault(app: App, kind: string | null, percent?: string) {
  const panel = await app.demoPanel()
  await panel.getByRole('combobox', { name: 'Make requests fail with' }).selectOption({ label: kind ?? 'No fault' })
  if (kind && percent) {
    await panel.getByRole('radio', { name: 'A share of requests' }).check()
    await panel.getByRole('combobox', { name: 'Share of requests that fail' }).selectOption({ label: percent })
  }
  await panel.getByRole('button', { name: 'Close' }).click()
}

async function setLatency(app: App, label: string) {
  const panel = await app.demoPanel()
  await panel.getByRole('radio', { name: label }).check()
  await panel.getByRole('button', { name: 'Close' }).click()
}

async function openOpportunities(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Opportunities' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Upgrade opportunities' })).toBeVisible()
  await expect(page.getByText(/^All [\d,]+ customers read\.$/)).toBeVisible({ timeout: 30_000 })
}

/** Selects the first page (50 rows), plans with the default targets and goes to the review. */
async function planFirstPage(page: Page) {
  await page.getByRole('checkbox', { name: 'Select all subscriptions on this page' }).check()
  await expect(page.getByText(/^Selected: 50 subscriptions/)).toBeVisible()
  await page.getByRole('button', { name: 'Plan a bulk upgrade (50)' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Plan a bulk upgrade' })).toBeFocused()
  await page.getByRole('button', { name: 'Review' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Review the bulk upgrade' })).toBeVisible()
}

/** From a fresh app to the review of the first page's 50 subscriptions, on the bulk scenario. */
async function reviewFirstPage(app: App, page: Page) {
  await app.open('/')
  await loadScenario(app)
  await openOpportunities(page)
  await planFirstPage(page)
}

/**
 * Starts a run of the first page at realistic latency, slow enough to act on it mid-run. Returns the
 * data as it was before the run.
 */
async function startSlowRun(app: App, page: Page) {
  await reviewFirstPage(app, page)
  const before = await subscriptionsOf(page)
  await setLatency(app, 'Realistic')
  await page.getByRole('button', { name: 'Start the bulk upgrade (50)' }).click()
  return before
}

function counts(page: Page) {
  const value = (label: string) =>
    page
      .locator('.run-counts div')
      .filter({ has: page.getByText(label, { exact: true }) })
      .locator('dd')
  return { done: value('Upgraded'), failed: value('Failed'), waiting: value('Waiting'), cancelled: value('Cancelled') }
}

interface StoredItem {
  customerId: string
  subscriptionId: string
  targetOfferId: string
  requestId: string
  status: string
  result?: { targetSubscriptionId: string | null }
  failure?: unknown
}

async function storedRun(page: Page): Promise<{ state: string; items: StoredItem[] }> {
  const text = await page.evaluate(() => localStorage.getItem('upgrade-console.bulk-run'))
  if (!text) throw new Error('no bulk run stored')
  return JSON.parse(text)
}

interface WireSubscription {
  id: string
  offerId: string
  status: string
}

/** Customers' subscriptions as the mock Partner Center holds them now (every customer when no ids are given). */
async function subscriptionsOf(page: Page, customerIds?: readonly string[]): Promise<Map<string, WireSubscription[]>> {
  const entries = await page.evaluate(async (ids) => {
    const b64 = (v: unknown) => btoa(JSON.stringify(v)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
    const token = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ name: 'E2E', roles: ['admin_agent'] })}.`
    const get = async (path: string) => {
      const response = await fetch(`/v1${path}`, { headers: { Authorization: `Bearer ${token}` } })
      if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`)
      return (await response.json()).items
    }
    const all = ids ?? (await get('/customers?size=500')).map((c: { id: string }) => c.id)
    return Promise.all(all.map(async (id: string) => [id, await get(`/customers/${id}/subscriptions`)] as const))
  }, customerIds)
  return new Map(entries)
}

/** The run's report matches the data: done = upgraded exactly once; failed or cancelled = untouched. */
async function expectRunMatchesData(page: Page, before: Map<string, WireSubscription[]>) {
  const run = await storedRun(page)
  const now = await subscriptionsOf(page)
  const doneByCustomer = new Map<string, number>()
  for (const item of run.items) {
    const subs = now.get(item.customerId) ?? []
    const source = subs.find((s) => s.id === item.subscriptionId)
    if (item.status === 'done') {
      expect(source?.status, `${item.subscriptionId} upgraded`).toBe('suspended')
      const target = subs.find((s) => s.id === item.result?.targetSubscriptionId)
      expect(target?.offerId.toUpperCase()).toBe(item.targetOfferId.toUpperCase())
      doneByCustomer.set(item.customerId, (doneByCustomer.get(item.customerId) ?? 0) + 1)
    } else {
      expect(['failed', 'cancelled']).toContain(item.status)
      expect(source?.status, `${item.subscriptionId} untouched`).toBe('active')
    }
  }
  // Exactly once: each customer has one new subscription per upgrade done, no more, and no other change.
  for (const [customerId, subs] of before) {
    expect(now.get(customerId)?.length, customerId).toBe(subs.length + (doneByCustomer.get(customerId) ?? 0))
  }
  return run
}

test.describe('bulk upgrade', () => {
  test('50 subscriptions with a share of requests failing: each upgraded once or failed with a reason; the failed retried', async ({
    app,
    page,
  }) => {
    test.setTimeout(180_000)
    await reviewFirstPage(app, page)
    await expect(page.getByText(/^50 subscriptions of \d+ customers will be upgraded/)).toBeVisible()
    await app.expectAccessible('bulk: review')
    await expect(
      page.getByRole('table', { name: 'What will happen to each subscription' }).getByRole('row'),
    ).toHaveCount(51)
    const before = await subscriptionsOf(page)

    await setFault(app, '409 conflict', '25%')
    await page.getByRole('button', { name: 'Start the bulk upgrade (50)' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Bulk upgrade' })).toBeVisible()
    await expect(page.getByText('Finished.', { exact: true })).toBeVisible({ timeout: 60_000 })
    await setFault(app, null)

    const run = await storedRun(page)
    const c = counts(page)
    const done = Number(await c.done.textContent())
    const failed = Number(await c.failed.textContent())
    expect(done + failed).toBe(50)
    expect(failed).toBeGreaterThan(0)
    expect(run.items.filter((i) => i.status === 'done')).toHaveLength(done)
    await expect(
      page.getByText('Partner Center is busy with this subscription; nothing was done.').first(),
    ).toBeVisible()
    await app.expectAccessible('bulk: results with failures')
    await expectRunMatchesData(page, before)

    // Export the results.
    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Export results CSV' }).click()
    const csv = await (await download).createReadStream()
    let text = ''
    for await (const chunk of csv) text += chunk
    expect(text.trim().split('\r\n')).toHaveLength(51)
    expect(text).toContain('MS-RequestId')

    // The failed ones, as a new run on a healthy network: all done, none twice.
    const afterFirstRun = await subscriptionsOf(page)
    await page.getByRole('button', { name: `Retry the failed (${failed})` }).click()
    await expect(page.getByText('Finished.', { exact: true })).toBeVisible({ timeout: 30_000 })
    await expect(c.done).toHaveText(String(failed))
    const retried = await storedRun(page)
    expect(new Set(retried.items.map((i) => i.subscriptionId))).toEqual(
      new Set(run.items.filter((i) => i.status === 'failed').map((i) => i.subscriptionId)),
    )
    await expectRunMatchesData(page, afterFirstRun)
  })

  test('a reload mid-run resumes where it stopped, without acting twice', async ({ app, page }) => {
    test.setTimeout(180_000)
    const before = await startSlowRun(app, page)
    const progress = page.getByText(/^Progress: \d+ of 50$/)
    await expect(progress).toHaveText(/Progress: ([5-9]|[1-3]\d) of 50/, { timeout: 30_000 })
    const atReload = await storedRun(page)
    expect(atReload.items.some((i) => i.status === 'waiting')).toBe(true)
    await page.reload()
    await expect(page.getByRole('heading', { level: 1, name: 'Bulk upgrade' })).toBeVisible()
    await expect(page.getByText('Finished.', { exact: true })).toBeVisible({ timeout: 60_000 })
    await setLatency(app, 'None')
    const run = await storedRun(page)
    // The same plan: the same items with the same request ids.
    expect(run.items.map((i) => i.requestId)).toEqual(atReload.items.map((i) => i.requestId))
    expect(run.items.every((i) => i.status === 'done')).toBe(true)
    await expect(counts(page).done).toHaveText('50')
    await expectRunMatchesData(page, before)
  })

  test('pause stops new upgrades until resumed; cancel stops the ones not started', async ({ app, page }) => {
    test.setTimeout(180_000)
    const before = await startSlowRun(app, page)
    await expect(page.getByText(/^Progress: ([3-9]|[1-3]\d) of 50$/)).toBeVisible({ timeout: 30_000 })

    // By keyboard: the pause button becomes Resume and keeps the focus.
    await app.tabTo(page.getByRole('button', { name: 'Pause' }))
    await page.keyboard.press('Enter')
    await expect(page.getByRole('button', { name: 'Resume' })).toBeFocused()
    await expect(page.getByText('Paused: no new upgrade starts until you resume.')).toBeVisible()
    // Once the requests already sent are answered, nothing moves.
    await expect.poll(async () => (await storedRun(page)).items.filter((i) => i.status === 'sending').length).toBe(0)
    const paused = await storedRun(page)
    await page.waitForTimeout(1_500)
    expect((await storedRun(page)).items.map((i) => i.status)).toEqual(paused.items.map((i) => i.status))
    await app.expectAccessible('bulk: paused')

    await page.keyboard.press('Enter')
    await expect(page.getByRole('button', { name: 'Pause' })).toBeFocused()
    const doneAtPause = paused.items.filter((i) => i.status === 'done').length
    await expect
      .poll(async () => (await storedRun(page)).items.filter((i) => i.status === 'done').length)
      .toBeGreaterThan(doneAtPause)

    await page.keyboard.press('Tab')
    await expect(page.getByRole('button', { name: 'Cancel the rest' })).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 1, name: 'Bulk upgrade' })).toBeFocused()
    await expect(page.getByText('Cancelled: upgrades not yet started were not sent.')).toBeVisible()
    await expect.poll(async () => (await storedRun(page)).items.filter((i) => i.status === 'sending').length).toBe(0)
    const run = await storedRun(page)
    const cancelled = run.items.filter((i) => i.status === 'cancelled').length
    const done = run.items.filter((i) => i.status === 'done').length
    expect(cancelled).toBeGreaterThan(0)
    expect(done + cancelled + run.items.filter((i) => i.status === 'failed').length).toBe(50)
    await expect(counts(page).cancelled).toHaveText(String(cancelled))
    await expect(page.getByText('Cancelled: not sent').first()).toBeVisible()
    await setLatency(app, 'None')
    await page.reload()
    await expect(page.getByText('Cancelled: upgrades not yet started were not sent.')).toBeVisible()
    await expectRunMatchesData(page, before)
  })

  test('5,000 customers: a progress bar while reading, cancellable, and what was found is shown', async ({
    app,
    page,
  }) => {
    await page.goto('/?scenario=many-customers#/')
    // Generating 5,000 customers takes a moment on a busy machine.
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 30_000 })
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Opportunities' }).click()
    const bar = page.getByRole('progressbar', { name: /Reading customers’ subscriptions: [\d,]+ of 5,000/ })
    await expect(bar).toBeVisible({ timeout: 30_000 })
    await expect(page.getByText(/^\d+ subscriptions?, [\d,]+ licenses?$/)).toBeVisible()
    // The page stays usable while it reads: typing in a filter works at once.
    await page.getByRole('searchbox', { name: 'Customer' }).fill('Alpine')
    await expect(page.getByRole('searchbox', { name: 'Customer' })).toHaveValue('Alpine')
    await page.getByRole('button', { name: 'Stop loading' }).click()
    await expect(page.getByText(/^Loading stopped after [\d,]+ of 5,000 customers/)).toBeVisible()
    await expect(bar).toHaveCount(0)
    await app.expectAccessible('opportunities: many customers, stopped')
  })

  test('a read-only role sees the opportunities but cannot select or plan', async ({ app, page }) => {
    await app.open('/')
    await app.switchRole('Billing admin')
    await openOpportunities(page)
    await expect(
      page.getByText('Signed in as Billing admin: you can view the opportunities, but not upgrade them.'),
    ).toBeVisible()
    await expect(page.getByRole('rowheader', { name: 'Contoso – Business Basic' })).toBeVisible()
    await expect(page.getByRole('checkbox')).toHaveCount(0)
    await expect(page.getByRole('button', { name: /Plan a bulk upgrade/ })).toHaveCount(0)
    await app.expectAccessible('opportunities: read-only')
  })
})
