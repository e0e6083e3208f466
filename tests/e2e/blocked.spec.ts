import { expect, test } from './fixtures'

// Every blocked case of the demo data, with the reason an agent must read.
const BLOCKED = [
  ['Adventure Works', 'Adventure Works – Business Basic', 'delegated admin privileges'],
  ['Contoso Ltd', 'Contoso – Business Basic (Contractors)', 'status is Suspended'],
  ['Contoso Ltd', 'Contoso – Exchange Online (Plan 1)', 'no upgrade path'],
  ['Northwind Traders', 'Northwind – Business Basic (Warehouse)', 'still being set up (pending)'],
  ['Woodgrove Bank', 'Woodgrove Bank – Business Basic', 'has add-ons'],
  ['Woodgrove Bank', 'Woodgrove Bank – Exchange Online Archiving', 'no upgrade path'],
  ['Litware, Inc.', 'Litware – Business Basic', 'through another partner or channel'],
] as const

for (const [customer, subscription, reason] of BLOCKED) {
  test(`blocked: ${subscription} shows why, and no upgrade action`, async ({ app, page }) => {
    await app.openCustomer(customer)
    await expect(app.row(subscription)).toBeVisible()
    await expect(app.infoIcon(subscription)).toHaveCount(0)
    await page.getByRole('button', { name: `Why no upgrade? ${subscription}` }).click()
    await expect(page.getByRole('dialog', { name: `Why ${subscription} can’t be upgraded` })).toContainText(reason)
  })
}

test('blocked targets: Relecloud offers E1 but not the targets whose services it already has', async ({
  app,
  page,
}) => {
  await app.openCustomer('Relecloud')
  await app.infoIcon('Relecloud – Business Basic').click()
  const dialog = page.getByRole('dialog', { name: 'Upgrade Relecloud – Business Basic' })
  await expect(dialog.getByRole('radio', { name: /^Office 365 E1/ })).toBeEnabled()
  for (const target of ['Microsoft 365 Business Standard', 'Office 365 E3', 'Office 365 E5']) {
    const radio = dialog.getByRole('radio', { name: new RegExp(`^${target}`) })
    await expect(radio).toBeDisabled()
    await expect(radio).toHaveAccessibleDescription(/already has Microsoft 365 Apps for business/)
  }
})

for (const role of [
  'Billing admin',
  'Account admin',
  'Referrals admin',
  'MPN partner admin',
  'Executive report viewer',
]) {
  test(`role: ${role} sees subscriptions but no upgrade or license action`, async ({ app, page }) => {
    await app.open('/')
    await app.switchRole(role)
    await app.openCustomer('Contoso Ltd')
    await expect(page.getByRole('note')).toContainText(`signed in as ${role}`)
    await expect(
      app.subscriptions().getByRole('button', { name: /^(Upgrade|Add licenses|Why no upgrade)/ }),
    ).toHaveCount(0)
    await expect(app.subscriptions().getByRole('row')).toHaveCount(4)
  })
}
