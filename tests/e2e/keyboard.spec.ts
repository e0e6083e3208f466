import { expect, test } from './fixtures'

const SUBSCRIPTION = 'Contoso – Business Basic'

test('keyboard only: from the customer list to the result, focus visible and returned', async ({ app, page }) => {
  await app.open('/')
  // The skip link is the first stop and is visible when focused.
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused()
  await app.expectFocusVisible()

  const customer = page.getByRole('link', { name: 'Contoso Ltd', exact: true })
  await app.tabTo(customer)
  await app.expectFocusVisible()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: 'Contoso Ltd' })).toBeVisible()

  const icon = app.infoIcon(SUBSCRIPTION)
  await app.tabTo(icon)
  await app.expectFocusVisible()
  await expect(page.getByRole('tooltip')).toContainText('Press Enter to choose a new offer.')

  // Escape closes the dialog and returns focus to the icon.
  await page.keyboard.press('Enter')
  let dialog = page.getByRole('dialog', { name: `Upgrade ${SUBSCRIPTION}` })
  await expect(dialog).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(icon).toBeFocused()

  await page.keyboard.press('Space')
  dialog = page.getByRole('dialog', { name: `Upgrade ${SUBSCRIPTION}` })
  await expect(dialog).toBeVisible()
  const first = dialog.getByRole('radio', { name: /^Microsoft 365 Business Standard/ })
  await app.tabTo(first)
  await app.expectFocusVisible()
  await page.keyboard.press('Space')
  await expect(first).toBeChecked()
  await page.keyboard.press('ArrowDown')
  await expect(dialog.getByRole('radio', { name: /^Office 365 E1/ })).toBeChecked()
  await page.keyboard.press('ArrowDown')
  const e3 = dialog.getByRole('radio', { name: /^Office 365 E3/ })
  await expect(e3).toBeChecked()

  const quantity = dialog.getByRole('spinbutton', { name: 'Licenses to upgrade' })
  await app.tabTo(quantity)
  await app.expectFocusVisible()
  await page.keyboard.press('ArrowDown')
  await expect(quantity).toHaveValue('24')
  await expect(dialog.getByRole('region', { name: 'What will happen' })).toContainText('keeps 1 license')

  const submit = dialog.getByRole('button', { name: 'Submit' })
  await app.tabTo(submit)
  await app.expectFocusVisible()
  await page.keyboard.press('Enter')

  const result = page.getByRole('dialog', { name: `${SUBSCRIPTION} upgraded` })
  await expect(result.getByRole('heading', { name: 'Upgrade complete' })).toBeFocused()
  await expect(result.getByRole('table', { name: 'Affected accounts and services' })).toContainText('Alex Wilber')
  const done = result.getByRole('button', { name: 'Done' })
  await app.tabTo(done)
  await app.expectFocusVisible()
  await page.keyboard.press('Enter')
  await expect(result).toBeHidden()
  // A partial upgrade keeps the row upgradable? No: the customer now holds E3, so the icon may be
  // gone; focus returns to the icon if it is still there, else to the page heading.
  const iconLeft = await icon.count()
  if (iconLeft > 0) await expect(icon).toBeFocused()
  else await expect(page.getByRole('heading', { level: 1, name: 'Contoso Ltd' })).toBeFocused()
  await expect(app.row('Office 365 E3')).toContainText('24')
  await expect(app.row(SUBSCRIPTION)).toContainText('1')
})

test('keyboard only: why-not popover opens with Enter and closes with Escape back to its button', async ({
  app,
  page,
}) => {
  await app.openCustomer('Adventure Works')
  const why = page.getByRole('button', { name: 'Why no upgrade? Adventure Works – Business Basic' })
  await app.tabTo(why)
  await app.expectFocusVisible()
  await page.keyboard.press('Enter')
  const popover = page.getByRole('dialog', { name: 'Why Adventure Works – Business Basic can’t be upgraded' })
  await expect(popover).toContainText('delegated admin privileges')
  await page.keyboard.press('Escape')
  await expect(popover).toBeHidden()
  await expect(why).toBeFocused()
})

test('keyboard only: add licenses with Enter, focus back on the button', async ({ app, page }) => {
  await app.openCustomer('Contoso Ltd')
  const open = page.getByRole('button', { name: `Add licenses to ${SUBSCRIPTION}` })
  await app.tabTo(open)
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: `Add licenses to ${SUBSCRIPTION}` })
  const count = dialog.getByRole('spinbutton', { name: 'Licenses to add' })
  await expect(count).toBeVisible()
  await app.tabTo(count)
  await page.keyboard.press('Control+A')
  await page.keyboard.type('3')
  await page.keyboard.press('Enter')
  await expect(dialog).toBeHidden()
  await expect(open).toBeFocused()
  await expect(page.getByText(`Added 3 licenses to ${SUBSCRIPTION}: it now has 28.`)).toBeVisible()
})
