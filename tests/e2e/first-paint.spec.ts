import type { Page } from '@playwright/test'
import { expect, holdRequests, test } from './fixtures'

/**
 * The demo build paints its first screen from index.html (scripts/first-paint.ts): a snapshot of
 * the app's own markup, shown only when it is exactly what the app is about to show, until the
 * app's own content is in (src/app/first-paint.ts). Each page records, from its first byte on,
 * whether a snapshot was painted and whether the page ever held it beside the app's content.
 */
const RECORD = () => {
  const seen = { painted: false, snapshotRows: 0, both: false, appFirst: false }
  ;(window as unknown as { __firstPaint: typeof seen }).__firstPaint = seen
  new MutationObserver(() => {
    const paint = document.getElementById('first-paint')
    const appContent = document.querySelector('#root main tbody tr, #root main .empty, #root [role="alert"]')
    if (paint) {
      seen.painted = true
      seen.snapshotRows = Math.max(seen.snapshotRows, paint.querySelectorAll('tbody tr').length)
    }
    if (paint && appContent) seen.both = true
    if (appContent && !seen.painted) seen.appFirst = true
  }).observe(document, { childList: true, subtree: true })
}

type Seen = { painted: boolean; snapshotRows: number; both: boolean; appFirst: boolean }
const seen = (page: Page) => page.evaluate(() => (window as unknown as { __firstPaint: Seen }).__firstPaint)

/** The mock's code held back until `release()`: the page stays on its snapshot meanwhile. */
const holdTheMock = (page: Page) => holdRequests(page, /\/assets\/browser-[^/]+\.js$/)

/** The many-customers demo stored at its start, and the address of Contoso Megacorp's page. */
async function bigCustomerStoredUntouched(page: Page): Promise<string> {
  await page.goto('/?scenario=many-customers#/')
  await page.getByRole('searchbox', { name: 'Search by company name' }).fill('Contoso Megacorp')
  await page.getByRole('link', { name: 'Contoso Megacorp', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Contoso Megacorp' })).toBeVisible()
  return page.url()
}

test.beforeEach(async ({ context }) => {
  await context.addInitScript(RECORD)
})

test('a first visit paints the customer list from the HTML, then the app takes over: one copy, interactive, accessible', async ({
  app,
  page,
}) => {
  // The mock's code held back: the page stays on its snapshot meanwhile.
  const release = await holdTheMock(page)
  await page.goto('/#/')
  await expect(page.locator('#first-paint').getByText('Contoso Ltd')).toBeVisible()
  expect(await seen(page)).toMatchObject({ painted: true, snapshotRows: 10 })
  // A picture: nothing of it for assistive technology, and no app content yet.
  await expect(page.getByRole('link', { name: 'Contoso Ltd' })).toHaveCount(0)
  await expect(page.getByRole('heading', { name: 'Customers' })).toHaveCount(0)
  await app.expectAccessible('first paint (snapshot shown)')

  release()
  const contoso = page.getByRole('link', { name: 'Contoso Ltd', exact: true })
  await expect(contoso).toBeVisible()
  await expect(page.locator('#first-paint')).toHaveCount(0)
  await expect(page.getByRole('table', { name: 'Customers' }).getByRole('row')).toHaveCount(11)
  await expect(page.locator('tbody tr')).toHaveCount(10)
  expect(await seen(page)).toMatchObject({ both: false, appFirst: false })
  await app.expectAccessible('the app after the first paint')
  await contoso.click()
  await expect(page.getByRole('heading', { level: 1, name: 'Contoso Ltd' })).toBeVisible()
})

test('a mock that cannot start ends the snapshot at once with what happened and what to do', async ({ page }) => {
  // The snapshot shows and the app has taken #root out of the page when the mock's code fails.
  await page.route(/\/assets\/browser-[^/]+\.js$/, (route) => route.abort())
  await page.goto('/#/')
  await expect(
    page
      .getByRole('alert')
      .filter({ hasText: /^Upgrade Console could not start: .*Reload the page; .*service workers on this address\.$/ }),
  ).toBeVisible({ timeout: 4000 })
  await expect(page.locator('#first-paint')).toHaveCount(0)
  expect(await seen(page)).toMatchObject({ painted: true })
})

test('a boot failure is in the agent’s language', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('upgrade-console.locale', 'sv-SE'))
  await page.route(/\/assets\/browser-[^/]+\.js$/, (route) => route.abort())
  await page.goto('/#/')
  const alert = page.getByRole('alert').filter({ hasText: /^Upgrade Console kunde inte starta: .*Läs in sidan igen\./ })
  await expect(alert).toBeVisible()
  await expect(alert).toHaveAttribute('lang', 'sv-SE')
})

test('the big customer’s first rows paint from the HTML when the many-customers demo is stored untouched', async ({
  page,
}) => {
  const address = await bigCustomerStoredUntouched(page)
  const fresh = await page.context().newPage()
  await fresh.goto(address)
  await expect(fresh.getByRole('heading', { level: 1, name: 'Contoso Megacorp' })).toBeFocused()
  await expect(fresh.getByRole('row').nth(1)).toBeVisible()
  expect(await seen(fresh)).toMatchObject({ painted: true, both: false, appFirst: false })
  expect((await seen(fresh)).snapshotRows).toBeGreaterThan(5)
  await expect(fresh.locator('#first-paint')).toHaveCount(0)
})

test('the big customer’s snapshot holds only what its tallest window shows, and the app takes its place without moving a control', async ({
  page,
}) => {
  const address = await bigCustomerStoredUntouched(page)
  const fresh = await page.context().newPage()
  // The tallest window the snapshot is shown in (scripts/first-paint.ts), and the mock held back.
  await fresh.setViewportSize({ width: 1280, height: 1200 })
  const release = await holdTheMock(fresh)
  await fresh.goto(address)
  const snapshot = fresh.locator('#first-paint')
  await expect(snapshot.getByText('100 of 10,000 so far')).toBeVisible()
  // Each select holds its chosen option only (no other language's name to size), in the app's width.
  const selects = () =>
    fresh.locator('main select, header select').evaluateAll((all) =>
      all.map((select) => ({
        options: (select as HTMLSelectElement).options.length,
        shown: (select as HTMLSelectElement).selectedOptions[0]?.text,
        box: JSON.stringify(select.getBoundingClientRect()),
      })),
    )
  const pictured = await selects()
  expect(pictured.map((s) => s.shown)).toEqual([
    'English (United States)',
    'Match the system',
    'All statuses',
    'All offers',
  ])
  expect(pictured.map((s) => s.options)).toEqual([1, 1, 1, 1])
  // Its rows: those the window shows, none below it; the page as tall as with all 100.
  const rows = await snapshot
    .locator('tbody tr[aria-rowindex]')
    .evaluateAll((all) => all.map((row) => row.getBoundingClientRect().top))
  expect(rows.length).toBeGreaterThan(5)
  expect(Math.max(...rows)).toBeLessThan(1200)
  const height = await fresh.evaluate(() => document.documentElement.scrollHeight)
  expect(height).toBeGreaterThan(100 * 60)

  release()
  await expect(snapshot).toHaveCount(0)
  await expect(fresh.getByRole('heading', { level: 1, name: 'Contoso Megacorp' })).toBeFocused()
  const app = await selects()
  expect(app.map((s) => s.box)).toEqual(pictured.map((s) => s.box))
  expect(app.map((s) => s.shown)).toEqual(pictured.map((s) => s.shown))
  expect(app[0]?.options).toBe(6)
})

test('a touched demo, another stored language, another scenario and another page paint no snapshot', async ({
  app,
  page,
}) => {
  // Another page.
  await page.goto('/#/help')
  await expect(page.getByRole('heading', { level: 1, name: 'Help' })).toBeVisible()
  expect((await seen(page)).painted).toBe(false)

  // A change stored in the demo (licenses added), then the customer list again.
  await app.openCustomer('Relecloud')
  await page.getByRole('button', { name: 'Add licenses to Relecloud – Business Basic' }).click()
  const dialog = page.getByRole('dialog', { name: 'Add licenses to Relecloud – Business Basic' })
  await dialog.getByRole('spinbutton', { name: 'Licenses to add' }).fill('1')
  await dialog.getByRole('button', { name: 'Add licenses' }).click()
  await expect(page.getByText('Added 1 license to Relecloud – Business Basic: it now has 13.')).toBeVisible()
  await page.goto('/#/')
  await page.reload()
  await expect(page.getByRole('link', { name: 'Relecloud', exact: true })).toBeVisible()
  expect((await seen(page)).painted).toBe(false)

  // Another scenario stored.
  await page.goto('/?scenario=edge-cases#/')
  await expect(page.getByRole('heading', { level: 1, name: 'Customers' })).toBeVisible()
  await page.goto('/#/')
  await page.reload()
  await expect(page.getByRole('table', { name: 'Customers' })).toBeVisible()
  expect((await seen(page)).painted).toBe(false)

  // The default demo from its start again, in another stored language.
  await page.goto('/?scenario=default&lang=sv-SE#/')
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv-SE')
  await page.goto('/#/')
  await page.reload()
  await expect(page.getByRole('link', { name: 'Contoso Ltd', exact: true })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv-SE')
  expect((await seen(page)).painted).toBe(false)
})
