import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

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

test.beforeEach(async ({ context }) => {
  await context.addInitScript(RECORD)
})

test('a first visit paints the customer list from the HTML, then the app takes over: one copy, interactive, accessible', async ({
  app,
  page,
}) => {
  // The mock's code held back: the page stays on its snapshot meanwhile.
  let release: () => void = () => undefined
  const held = new Promise<void>((resolve) => {
    release = resolve
  })
  await page.route(/\/assets\/browser-[^/]+\.js$/, async (route) => {
    await held
    await route.continue()
  })
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

test('the big customer’s first rows paint from the HTML when the many-customers demo is stored untouched', async ({
  page,
}) => {
  await page.goto('/?scenario=many-customers#/')
  await page.getByRole('searchbox', { name: 'Search by company name' }).fill('Contoso Megacorp')
  await page.getByRole('link', { name: 'Contoso Megacorp', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Contoso Megacorp' })).toBeVisible()
  const address = page.url()
  const fresh = await page.context().newPage()
  await fresh.goto(address)
  await expect(fresh.getByRole('heading', { level: 1, name: 'Contoso Megacorp' })).toBeFocused()
  await expect(fresh.getByRole('row').nth(1)).toBeVisible()
  expect(await seen(fresh)).toMatchObject({ painted: true, both: false, appFirst: false })
  expect((await seen(fresh)).snapshotRows).toBeGreaterThan(5)
  await expect(fresh.locator('#first-paint')).toHaveCount(0)
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
