import { readFile } from 'node:fs/promises'
import { enUS } from '../../src/i18n/messages/en-US'
import { enUSAuth } from '../../src/i18n/messages/en-US.auth'
import { enUSPages } from '../../src/i18n/messages/en-US.pages'
import { huHU } from '../../src/i18n/messages/hu-HU'
import { nlNL } from '../../src/i18n/messages/nl-NL'
import { svSE } from '../../src/i18n/messages/sv-SE'
import { trTR } from '../../src/i18n/messages/tr-TR'
import { zhCN } from '../../src/i18n/messages/zh-CN'
import { expect, test } from './fixtures'

/**
 * The activity log (the Activity page and a customer's Recent activity panel) and the prorated
 * cost previews, in real Chromium with axe. The browser's clock is fixed, so the days left in a
 * term, and so the amounts, are known.
 */
test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-30T12:00:00Z'))
})

const FABRIKAM_APPS = 'Fabrikam – Microsoft 365 Apps for business'

test('cost preview: the upgrade dialog shows credit, charge, per month and net in SEK; the result repeats them', async ({
  app,
  page,
}) => {
  await app.openCustomer('Fabrikam, Inc.')
  await app.infoIcon(FABRIKAM_APPS).hover()
  await page.getByRole('button', { name: 'Upgrade now' }).click()
  const dialog = page.getByRole('dialog', { name: `Upgrade ${FABRIKAM_APPS}` })
  await dialog.getByRole('radio', { name: /Microsoft 365 Business Premium/ }).check()
  const summary = dialog.getByRole('region', { name: 'What will happen' })
  await expect(summary.getByRole('definition')).toHaveText([
    '-SEK 1,893.69',
    'SEK 115,200.00',
    'SEK 9,600.00',
    '+SEK 113,306.31',
  ])
  await expect(summary.getByRole('term')).toHaveText([
    `Credit for 40 licenses of ${FABRIKAM_APPS} (16 days left of 365)`,
    'Microsoft 365 Business Premium for its term (12 months)',
    'Microsoft 365 Business Premium per month',
    'Net change',
  ])
  await expect(summary).toContainText('Demo prices')
  await app.expectAccessible('upgrade dialog with the cost preview')

  await dialog.getByRole('spinbutton', { name: 'Licenses to upgrade' }).fill('10')
  await expect(summary.getByRole('definition').last()).toHaveText('+SEK 28,326.58')
  await dialog.getByRole('button', { name: 'Submit' }).click()
  const result = page.getByRole('dialog', { name: `${FABRIKAM_APPS} upgraded` })
  await expect(result.getByText('What it costs (as previewed)')).toBeVisible()
  await expect(result.getByRole('definition')).toHaveText([
    '-SEK 473.42',
    'SEK 28,800.00',
    'SEK 2,400.00',
    '+SEK 28,326.58',
  ])
  await app.expectAccessible('upgrade result with the cost')
})

test('cost preview: add licenses shows the charge for the rest of the term and the monthly charge, in HUF', async ({
  app,
  page,
}) => {
  await app.openCustomer('Northwind Traders')
  await page.getByRole('button', { name: 'Add licenses to Northwind – Business Standard' }).click()
  const dialog = page.getByRole('dialog', { name: 'Add licenses to Northwind – Business Standard' })
  await dialog.getByRole('spinbutton', { name: 'Licenses to add' }).fill('10')
  await expect(dialog.getByRole('definition')).toHaveText(['HUF 223,378', 'HUF 273,600', 'HUF 319,200'])
  await expect(dialog.getByRole('term').first()).toHaveText(
    '10 new licenses for the rest of the term (149 days of 365)',
  )
  await app.expectAccessible('add licenses with the cost preview')
})

test('activity: a license change and a refused upgrade, in Recent activity and on the Activity page; filters; CSV', async ({
  app,
  page,
}) => {
  await app.openCustomer('Relecloud')
  const recent = page.getByRole('region', { name: 'Recent activity' })
  await expect(recent).toContainText('No changes in the last 30 days.')
  await page.getByRole('button', { name: 'Add licenses to Relecloud – Business Basic' }).click()
  const dialog = page.getByRole('dialog', { name: 'Add licenses to Relecloud – Business Basic' })
  await expect(dialog.getByRole('definition').first()).toHaveText(/^CN¥/)
  await dialog.getByRole('spinbutton', { name: 'Licenses to add' }).fill('3')
  await dialog.getByRole('button', { name: 'Add licenses' }).click()
  await expect(page.getByText('Added 3 licenses to Relecloud – Business Basic: it now has 15.')).toBeVisible()

  const entries = recent.getByRole('table', { name: 'Recent activity of Relecloud, newest first' })
  const entry = entries.getByRole('row').nth(1)
  await expect(entry).toContainText('License change')
  await expect(entry).toContainText('Relecloud – Business Basic · 12 licenses · Active')
  await expect(entry).toContainText('Relecloud – Business Basic · 15 licenses · Active')
  await expect(entry).toContainText('Succeeded')
  await app.expectAccessible('customer page with recent activity')

  // The entry links to the subscription: the customer's page showing only that one.
  await entry.getByRole('link', { name: 'Relecloud – Business Basic' }).click()
  await expect(page.getByRole('searchbox', { name: 'Search subscriptions' })).toHaveValue(/^[0-9a-f-]{36}$/)
  await expect(app.subscriptions().getByRole('row')).toHaveCount(2)

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Activity' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Activity' })).toBeVisible()
  const table = page.getByRole('table', { name: 'Activity, newest first' })
  await expect(table.getByRole('row')).toHaveCount(2)
  await expect(table.getByRole('row').nth(1).getByRole('link', { name: 'Relecloud', exact: true })).toBeVisible()
  await app.expectAccessible('activity page')

  await page.getByRole('combobox', { name: 'Operation' }).selectOption({ label: 'Upgrade' })
  await expect(page.getByText('No activity matches these filters in this period.')).toBeVisible()
  await page.getByRole('combobox', { name: 'Operation' }).selectOption({ label: 'All operations' })
  await page.getByRole('combobox', { name: 'Customer' }).selectOption({ label: 'Relecloud' })
  await expect(page.getByText('1 entry', { exact: true })).toBeVisible()
  await expect(page).toHaveURL(/customer=b8113afd-3415-59d9-be0d-cc45454d8181/)

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export CSV' }).click(),
  ])
  expect(download.suggestedFilename()).toBe('activity-2026-10-31-2026-11-30.csv')
  const csv = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '').split('\r\n')
  expect(csv[0]).toBe(
    'When,Customer,Customer ID,Subscription,Subscription ID,Operation,Before,After,By,Outcome,Correlation ID (for support)',
  )
  expect(csv[1]).toContain(',Relecloud,b8113afd-3415-59d9-be0d-cc45454d8181,Relecloud – Business Basic,')
  expect(csv[1]).toContain(',License change,Relecloud – Business Basic · 12 licenses · Active,')
  await expect(page.getByText('1 entry was downloaded as a CSV file.')).toBeVisible()

  // The activity survives a reload, as the demo data does; a reset of the demo empties it.
  await page.reload()
  await expect(page.getByRole('table', { name: 'Activity, newest first' }).getByRole('row')).toHaveCount(2)
  const panel = await app.demoPanel()
  await panel.getByRole('button', { name: 'Reset to the scenario’s start' }).click()
  await panel.getByRole('button', { name: 'Close' }).click()
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Activity' }).click()
  await expect(page.getByText('No entries', { exact: true })).toBeVisible()
})

test('activity by keyboard: filters reachable with Tab, a date range out of order is refused in words', async ({
  app,
  page,
}) => {
  await app.open('/activity')
  const from = page.getByLabel('From', { exact: true })
  await app.tabTo(page.getByRole('combobox', { name: 'Customer' }))
  await app.expectFocusVisible()
  await page.keyboard.press('Tab')
  await expect(from).toBeFocused()
  await from.fill('2026-11-29')
  await page.getByLabel('To', { exact: true }).fill('2026-11-20')
  await expect(page.getByText(/The start date is after the end date/)).toBeVisible()
  await expect(from).toHaveAttribute('aria-invalid', 'true')
  await app.expectAccessible('activity page with a date range error')
})

const CATALOGS = [
  ['en-US', 'English (United States)', { ...enUS, ...enUSPages, ...enUSAuth }],
  ['sv-SE', 'Svenska', svSE],
  ['zh-CN', '中文（简体）', zhCN],
  ['hu-HU', 'Magyar', huHU],
  ['nl-NL', 'Nederlands', nlNL],
  ['tr-TR', 'Türkçe', trTR],
] as const

for (const [locale, label, t] of CATALOGS) {
  test(`${locale}: the cost preview, the Recent activity panel and the Activity page, with axe`, async ({
    app,
    page,
  }) => {
    await app.open('/')
    await app.chooseLanguage(label, locale)
    await page.getByRole('link', { name: 'Adventure Works', exact: true }).click()
    await page
      .getByRole('button', { name: t['licenses.open.label'].replace('{name}', 'Adventure Works – Business Basic') })
      .click()
    const dialog = page.getByRole('dialog')
    await expect(dialog.getByText(t['price.licenses.perMonthAfter'])).toBeVisible()
    await expect(dialog.getByRole('definition').last()).toHaveText(/€|EUR/)
    await app.expectAccessible(`${locale}: add licenses with the cost`)
    await dialog.getByRole('button', { name: t['licenses.submit'] }).click()
    const recent = page.getByRole('region', { name: t['activity.recent.title'] })
    await expect(recent.getByRole('table').getByRole('row')).toHaveCount(2)
    await app.expectAccessible(`${locale}: recent activity`)
    await page.getByRole('navigation').getByRole('link', { name: t['nav.activity'], exact: true }).click()
    await expect(page.getByRole('heading', { level: 1, name: t['activity.title'] })).toBeVisible()
    await expect(page.getByRole('table').getByRole('row')).toHaveCount(2)
    await app.expectAccessible(`${locale}: activity page`)
  })
}
