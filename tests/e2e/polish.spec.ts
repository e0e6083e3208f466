import { expect, test } from './fixtures'
import { midWordBreaks, overflowsSideways, wrapped } from './line-breaks'

// Issue 13: what a demanding agent and stakeholder notice, in real Chromium.
const LOCALES = [
  { locale: 'en-US', label: 'English (United States)' },
  { locale: 'sv-SE', label: 'Svenska' },
  { locale: 'zh-CN', label: '中文（简体）' },
  { locale: 'hu-HU', label: 'Magyar' },
  { locale: 'nl-NL', label: 'Nederlands' },
  { locale: 'tr-TR', label: 'Türkçe' },
] as const

test('1: after Upgrade now, the tooltip is gone before the mouse moves', async ({ app, page }) => {
  await app.openCustomer('Contoso Ltd')
  await app.infoIcon('Contoso – Business Basic').hover()
  const tooltip = page.locator('.tooltip')
  await expect(tooltip).toBeVisible()
  await tooltip.getByRole('button', { name: 'Upgrade now' }).click()
  await expect(page.getByRole('dialog', { name: 'Upgrade Contoso – Business Basic' })).toBeVisible()
  // The pointer still rests where Upgrade now was: nothing is drawn over the dialog.
  await expect(tooltip).toHaveCount(0)
})

test('2: by keyboard, a customer opens on its heading, and two keys lead to the first info icon', async ({
  app,
  page,
}) => {
  await app.open('/')
  await app.tabTo(page.getByRole('link', { name: 'Contoso Ltd', exact: true }))
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Contoso Ltd' })).toBeFocused()
  await expect(app.subscriptions()).toBeVisible()
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to subscriptions' })
  await expect(skip).toBeFocused()
  await expect(skip).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(app.infoIcon('Contoso – Business Basic')).toBeFocused()
  await app.expectFocusVisible()
  await expect(page.getByRole('heading', { level: 1, name: 'Contoso Ltd' })).toBeVisible()
})

test('2: the main skip link focuses the main content and stays on the page', async ({ app, page }) => {
  await app.open('/')
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to main content' })
  await expect(skip).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('main')).toBeFocused()
  // Routes live in the hash: the link must not lead to a route called "main".
  await expect(page.getByRole('heading', { level: 1, name: 'Customers' })).toBeVisible()
  expect(new URL(page.url()).hash).toBe('#/')
})

test('13: zh-CN keeps dates and short words whole in narrow columns, and spaces Latin names from 和', async ({
  app,
  page,
}) => {
  await page.setViewportSize({ width: 1000, height: 860 })
  await app.open('/')
  await app.chooseLanguage('中文（简体）')
  await page.getByRole('link', { name: 'Contoso Ltd', exact: true }).click()
  await expect(page.locator('table.subscriptions tbody tr').first()).toBeVisible()
  expect(await wrapped(page, 'table.subscriptions .cell-date')).toEqual([])
  expect(await wrapped(page, 'table.subscriptions .cell-billing .secondary')).toEqual([])
  expect(await wrapped(page, 'table.subscriptions .badge')).toEqual([])
  expect(await wrapped(page, 'table.subscriptions thead th')).toEqual([])
  await page.locator('.info-button').first().click()
  const dialog = page.getByRole('dialog')
  const adds = dialog.locator('.offer-adds').first()
  await expect(adds).toContainText(' 和 ')
  expect(await dialog.textContent()).not.toMatch(/[A-Za-z0-9)]和|和[A-Za-z(]/)
})

test('13: the hint under the license-transfer checkbox is not bold', async ({ app, page }) => {
  await app.openCustomer('Contoso Ltd')
  await app.infoIcon('Contoso – Business Basic').click()
  const hint = page.getByRole('dialog').locator('.field-checkbox .field-hint')
  await expect(hint).toBeVisible()
  expect(await hint.evaluate((el) => getComputedStyle(el).fontWeight)).toBe('400')
})

test('13: hu-HU breaks the help page’s error codes only between their words', async ({ app, page }) => {
  await page.setViewportSize({ width: 560, height: 860 })
  await app.open('/help')
  await app.chooseLanguage('Magyar', 'hu-HU')
  const codes = page.locator('article.help td code')
  await expect(codes.first()).toBeVisible()
  expect(await codes.count()).toBe(8)
  expect(await midWordBreaks(page, 'article.help td code')).toEqual([])
})

for (const { locale, label } of LOCALES) {
  test(`14: ${locale} at 390 px: no sideways scrolling and no word broken mid-word`, async ({ app, page }) => {
    await page.setViewportSize({ width: 390, height: 844 })
    await app.open('/')
    await app.chooseLanguage(label, locale)
    expect(await overflowsSideways(page), 'customer list').toBe(false)
    expect(await midWordBreaks(page, 'main table td, main table th')).toEqual([])
    await page.getByRole('link', { name: 'Contoso Ltd', exact: true }).click()
    await expect(page.locator('table.subscriptions tbody tr').first()).toBeVisible()
    expect(await overflowsSideways(page), 'subscriptions').toBe(false)
    expect(await midWordBreaks(page, 'main table td, main table th')).toEqual([])
    await app.expectAccessible(`${locale}: subscriptions at 390 px`)
    await page.locator('.info-button').first().click()
    const dialog = page.getByRole('dialog')
    await dialog.getByRole('radio', { name: /^Microsoft 365 Business Standard/ }).check()
    expect(await overflowsSideways(page), 'dialog').toBe(false)
    await dialog.locator('button[type="submit"]').click()
    await expect(dialog.locator('.upgrade-result')).toBeVisible()
    expect(await midWordBreaks(page, '[role="dialog"] table td, [role="dialog"] table th')).toEqual([])
    expect(await overflowsSideways(page), 'result').toBe(false)
    await dialog.locator('.upgrade-result .dialog-actions button').click()
    await page.locator('.main-nav a[href$="/help"]').click()
    await expect(page.locator('article.help')).toBeVisible()
    expect(await overflowsSideways(page), 'help').toBe(false)
    expect(await midWordBreaks(page, 'main table td, main table th')).toEqual([])
  })
}

test('5: the customer without a relationship: listed without a link, and its address explains, accessibly', async ({
  app,
  page,
}) => {
  await app.open('/', '?scenario=edge-cases')
  const row = page.getByRole('row', { name: /Lucerne Publishing/ })
  await expect(row).toContainText('No relationship with you, so it can’t be managed here')
  await expect(row.getByRole('link')).toHaveCount(0)
  await app.expectAccessible('customer list with a customer without a relationship')
  await app.open('/customers/f080ee14-badd-59a7-8f4d-001fb1a99853', '?scenario=edge-cases')
  await expect(page.getByRole('heading', { level: 1, name: 'Lucerne Publishing' })).toBeFocused()
  await expect(page.getByRole('main')).toContainText('send the customer a reseller relationship request')
  await expect(page.getByRole('button', { name: 'Try again' })).toHaveCount(0)
  await app.expectAccessible('the page of a customer without a relationship')
})
