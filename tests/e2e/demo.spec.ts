import { readFileSync } from 'node:fs'
import { expect, test } from './fixtures'

test('demo panel: switch scenario, reset to its start, and the axe scan of the panel', async ({ app, page }) => {
  await app.open('/')
  const panel = await app.demoPanel()
  await expect(panel).toContainText('For demos only')
  await app.expectAccessible('demo panel')
  await panel.getByRole('combobox', { name: 'Built-in scenario' }).selectOption({ label: 'Edge cases' })
  await panel.getByRole('button', { name: 'Load scenario' }).click()
  await expect(panel).toContainText('Loaded “Edge cases” from its start.')
  await panel.getByRole('button', { name: 'Close' }).click()
  await expect(page.getByRole('link', { name: 'Bengaluru Spices Pvt Ltd' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Contoso Ltd' })).toHaveCount(0)

  // Change something, then reset: the scenario's start comes back.
  await app.openCustomer('Alpine Ski House')
  const addButtons = page.getByRole('button', { name: /^Add licenses to / })
  const firstAdd = addButtons.first()
  const label = (await firstAdd.getAttribute('aria-label')) ?? ''
  const name = label.replace('Add licenses to ', '')
  const before = (await app.row(name).getByRole('cell').nth(1).textContent()) ?? ''
  await firstAdd.click()
  await page.getByRole('dialog', { name: label }).getByRole('button', { name: 'Add licenses' }).click()
  await expect(page.getByText(/Added 1 license to/)).toBeVisible()
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Alpine Ski House' })).toBeVisible()
  await expect(app.row(name).getByRole('cell').nth(1)).not.toHaveText(before)
  const again = await app.demoPanel()
  await again.getByRole('button', { name: 'Reset to the scenario’s start' }).click()
  await expect(again).toContainText('Reset “Edge cases” to its start.')
  await again.getByRole('button', { name: 'Close' }).click()
  await app.openCustomer('Alpine Ski House')
  await expect(app.row(name).getByRole('cell').nth(1)).toHaveText(before)
})

test('?scenario=name picks a built-in scenario; an unknown name says so', async ({ app, page }) => {
  await app.open('/', '?scenario=edge-cases')
  await expect(page.getByRole('link', { name: 'Coho Winery' })).toBeVisible()
  await app.open('/', '?scenario=no-such-scenario')
  await expect(
    page.getByRole('status').filter({ hasText: 'no built-in scenario called “no-such-scenario”' }),
  ).toBeVisible()
  await expect(page.getByRole('link', { name: 'Coho Winery' })).toBeVisible()
})

test('a corrupt stored demo is replaced by the scenario, with a notice, never a blank page', async ({ app, page }) => {
  await app.open('/')
  // The first screen paints before the demo has started: damage its storage once it has (its
  // start saves the demo, and would overwrite damage done before).
  await expect(page.getByRole('button', { name: 'Demo controls' })).toBeEnabled()
  await page.evaluate(() => localStorage.setItem('upgrade-console.mock-db', '{"format": 2, "garbage": tru'))
  await page.reload()
  await expect(page.getByRole('status').filter({ hasText: 'The saved demo data couldn’t be used' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Contoso Ltd' })).toBeVisible()
  await app.expectAccessible('notice: stored demo discarded')
})

test('fault injection shows clear errors: next request, then every request, then none', async ({ app, page }) => {
  await app.openCustomer('Contoso Ltd')
  let panel = await app.demoPanel()
  await panel.getByRole('combobox', { name: 'Make requests fail with' }).selectOption({ label: '500 server error' })
  await expect(panel.getByRole('status')).toContainText('The next request will fail')
  await panel.getByRole('button', { name: 'Close' }).click()
  // The next request is a write (reads would retry a 5xx by themselves): it fails, visibly.
  await page.getByRole('button', { name: 'Add licenses to Contoso – Business Basic' }).click()
  const dialog = page.getByRole('dialog', { name: 'Add licenses to Contoso – Business Basic' })
  await dialog.getByRole('button', { name: 'Add licenses' }).click()
  const alert = dialog.getByRole('alert')
  await expect(alert).toContainText('Partner Center had a problem')
  await expect(alert).toContainText('Correlation ID')
  await app.expectAccessible('error: injected 500')
  // The fault was for one request only: submitting again works.
  await dialog.getByRole('button', { name: 'Add licenses' }).click()
  await expect(page.getByText('Added 1 license to Contoso – Business Basic: it now has 26.')).toBeVisible()

  panel = await app.demoPanel()
  await panel.getByRole('combobox', { name: 'Make requests fail with' }).selectOption({ label: 'Network error' })
  await panel.getByRole('radio', { name: 'Every request' }).check()
  await expect(panel.getByRole('status')).toContainText('Every request fails')
  await panel.getByRole('button', { name: 'Close' }).click()
  // Reads retry twice before they give up, so the error shows after a few seconds.
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Customers' }).click()
  await page.getByRole('link', { name: 'Fabrikam, Inc.', exact: true }).click()
  await expect(page.getByRole('alert').first()).toContainText('Can’t reach Partner Center', { timeout: 20_000 })

  panel = await app.demoPanel()
  await panel.getByRole('combobox', { name: 'Make requests fail with' }).selectOption({ label: 'No fault' })
  await expect(panel.getByRole('status')).toContainText('Requests are answered normally.')
  await panel.getByRole('button', { name: 'Close' }).click()
  await page.getByRole('main').getByRole('alert').first().getByRole('button', { name: 'Try again' }).click()
  await expect(app.infoIcon('Fabrikam – Microsoft 365 Apps for business')).toBeVisible({ timeout: 15_000 })
})

test('a stakeholder’s file: every problem listed with its path and nothing loaded; a good file loads', async ({
  app,
  page,
}, testInfo) => {
  await app.open('/')
  const panel = await app.demoPanel()
  const bad = {
    format: 1,
    name: 'broken',
    title: 'Broken',
    description: 'x',
    signedInUser: { displayName: 'A', role: 'wizard' },
    customers: [{ id: 'nope', companyProfile: { companyName: 'X' }, subscriptions: [{ offerId: 'xyz' }] }],
  }
  await panel.getByLabel('Load a scenario file…').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(bad)),
  })
  const problems = panel.getByRole('alert')
  await expect(problems).toContainText('so nothing was loaded')
  await expect(problems).toContainText('customers[0]')
  await expect(problems).toContainText('signedInUser.role')
  await app.expectAccessible('demo panel: file problems')

  // Export the current data, then drop that file back in: it loads whole.
  const download = page.waitForEvent('download')
  await panel.getByRole('button', { name: 'Export current data' }).click()
  const file = await download
  const path = testInfo.outputPath('export.json')
  await file.saveAs(path)
  const text = readFileSync(path, 'utf8')
  expect(JSON.parse(text).customers.length).toBeGreaterThan(5)
  await panel.locator('.drop-zone').evaluate((zone, content) => {
    const data = new DataTransfer()
    data.items.add(new File([content], 'export.json', { type: 'application/json' }))
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }))
  }, text)
  await expect(panel).toContainText('Loaded the scenario file export.json.')
})
