import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

/**
 * The dark theme: it follows the system's prefers-color-scheme, and the header's Theme switch
 * pins light or dark (remembered across reloads). Axe's contrast rules run on every screen and
 * open state in dark, as accessibility.spec.ts does in light.
 */

/** The page's background, as painted: dark when its luminance is low. */
async function pageIsDark(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const [r = 255, g = 255, b = 255] = (
      getComputedStyle(document.documentElement).backgroundColor.match(/\d+/g) ?? []
    ).map(Number)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 64
  })
}

test.describe('with the system in dark mode', () => {
  test.use({ colorScheme: 'dark' })

  test('axe in dark: customer list, subscriptions, tooltip, dialog, result, why-not, add licenses', async ({
    app,
    page,
  }) => {
    await app.open('/')
    expect(await pageIsDark(page)).toBe(true)
    await app.expectAccessible('dark: customer list')
    await app.openCustomer('Contoso Ltd')
    await app.expectAccessible('dark: subscription list')
    await app.infoIcon('Contoso – Business Basic').hover()
    await expect(page.getByRole('button', { name: 'Upgrade now' })).toBeVisible()
    await app.expectAccessible('dark: tooltip open')
    await page.getByRole('button', { name: 'Upgrade now' }).click()
    const dialog = page.getByRole('dialog', { name: 'Upgrade Contoso – Business Basic' })
    await dialog.getByRole('radio', { name: /^Microsoft 365 Business Standard/ }).check()
    await app.expectAccessible('dark: upgrade dialog with a choice and summary')
    await dialog.getByRole('button', { name: 'Submit' }).click()
    await expect(page.getByRole('table', { name: 'Affected accounts and services' })).toBeVisible()
    await app.expectAccessible('dark: result with affected accounts')
    await page.getByRole('button', { name: 'Done' }).click()
    await page.getByRole('button', { name: 'Why no upgrade? Contoso – Business Basic (Contractors)' }).click()
    await expect(page.getByRole('dialog', { name: /Why Contoso – Business Basic \(Contractors\)/ })).toBeVisible()
    await app.expectAccessible('dark: why-not popover')
    await page.keyboard.press('Escape')
    await page.getByRole('button', { name: 'Add licenses to Contoso – Exchange Online (Plan 1)' }).click()
    const add = page.getByRole('dialog', { name: 'Add licenses to Contoso – Exchange Online (Plan 1)' })
    await add.getByRole('spinbutton', { name: 'Licenses to add' }).fill('0')
    await add.getByRole('button', { name: 'Add licenses' }).click()
    await expect(add.getByRole('spinbutton', { name: 'Licenses to add' })).toHaveAttribute('aria-invalid', 'true')
    await app.expectAccessible('dark: add licenses with an error')
  })

  test('axe in dark: blocked targets, demo panel, activity, opportunities, help, errors', async ({ app, page }) => {
    await app.openCustomer('Relecloud')
    await app.infoIcon('Relecloud – Business Basic').click()
    const dialog = page.getByRole('dialog', { name: 'Upgrade Relecloud – Business Basic' })
    await expect(dialog.getByRole('radio').first()).toBeVisible()
    await app.expectAccessible('dark: upgrade dialog with blocked targets')
    await page.keyboard.press('Escape')
    await app.demoPanel()
    await app.expectAccessible('dark: demo panel')
    await page.keyboard.press('Escape')
    for (const [path, heading] of [
      ['/activity', 'Activity'],
      ['/opportunities', 'Upgrade opportunities'],
      ['/help', /Help/],
      ['/no/such/page', 'Page not found'],
    ] as const) {
      await app.open(path)
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
      await app.expectAccessible(`dark: ${path}`)
    }
    await app.open('/customers/00000000-0000-4000-8000-000000000000')
    await expect(page.getByRole('alert')).toContainText('Not found')
    await app.expectAccessible('dark: error panel')
  })

  test('the switch pins light over a dark system', async ({ app, page }) => {
    await app.open('/')
    await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label: 'Light' })
    expect(await pageIsDark(page)).toBe(false)
    await app.expectAccessible('light pinned over a dark system')
  })
})

test('the theme switch works by keyboard, is remembered, and Match the system undoes it', async ({ app, page }) => {
  await app.open('/')
  expect(await pageIsDark(page)).toBe(false)
  const theme = page.getByRole('combobox', { name: 'Theme' })
  await expect(theme).toHaveValue('system')
  await app.tabTo(theme)
  await app.expectFocusVisible()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  await expect(theme).toHaveValue('dark')
  expect(await pageIsDark(page)).toBe(true)
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('dark')
  expect(await pageIsDark(page)).toBe(true)
  await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label: 'Match the system' })
  expect(await pageIsDark(page)).toBe(false)
})
