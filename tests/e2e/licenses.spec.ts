import { expect, test } from './fixtures'

test('add licenses: raise the quantity and see it persist', async ({ app, page }) => {
  await app.openCustomer('Relecloud')
  await page.getByRole('button', { name: 'Add licenses to Relecloud – Business Basic' }).click()
  const dialog = page.getByRole('dialog', { name: 'Add licenses to Relecloud – Business Basic' })
  await dialog.getByRole('spinbutton', { name: 'Licenses to add' }).fill('8')
  await expect(dialog.getByRole('spinbutton', { name: 'Licenses to add' })).toHaveAccessibleDescription(
    'New total: 20. You can add up to 288.',
  )
  await dialog.getByRole('button', { name: 'Add licenses' }).click()
  await expect(page.getByText('Added 8 licenses to Relecloud – Business Basic: it now has 20.')).toBeVisible()
  await expect(app.row('Relecloud – Business Basic').getByRole('cell', { name: '20', exact: true })).toBeVisible()
  await page.reload()
  await expect(app.row('Relecloud – Business Basic').getByRole('cell', { name: '20', exact: true })).toBeVisible()
})

test('add licenses: a quantity above the offer limit is refused with the limit, nothing changes', async ({
  app,
  page,
}) => {
  await app.openCustomer('Relecloud')
  await page.getByRole('button', { name: 'Add licenses to Relecloud – Business Basic' }).click()
  const dialog = page.getByRole('dialog', { name: 'Add licenses to Relecloud – Business Basic' })
  const count = dialog.getByRole('spinbutton', { name: 'Licenses to add' })
  await count.fill('289')
  await dialog.getByRole('button', { name: 'Add licenses' }).click()
  await expect(count).toHaveAttribute('aria-invalid', 'true')
  await expect(count).toHaveAccessibleDescription(/allows at most 300 licenses, so you can add up to 288/)
  await app.expectAccessible('add licenses: refused quantity')
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(app.row('Relecloud – Business Basic').getByRole('cell', { name: '12', exact: true })).toBeVisible()
})
