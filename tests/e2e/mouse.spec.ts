import { expect, test } from './fixtures'

interface Journey {
  readonly customer: string
  readonly subscription: string
  readonly target: string
  readonly kind: string
  readonly quantity?: number
  readonly transfer?: boolean
  readonly affected: readonly string[]
}

// One journey per kind of target: a Business plan, an enterprise plan, the India footnote's target,
// and a partial upgrade without license transfer.
const JOURNEYS: readonly Journey[] = [
  {
    kind: 'a Business plan, with users who cannot move',
    customer: 'Contoso Ltd',
    subscription: 'Contoso – Business Basic',
    target: 'Microsoft 365 Business Standard',
    affected: ['Alex Wilber', 'Lee Gu'],
  },
  {
    kind: 'an enterprise plan',
    customer: 'Fabrikam, Inc.',
    subscription: 'Fabrikam – Microsoft 365 Apps for business',
    target: 'Office 365 E3',
    affected: ['Liam Carter'],
  },
  {
    kind: 'the India footnote target',
    customer: 'Tailspin Toys Pvt Ltd',
    subscription: 'Tailspin Toys – Business Basic (India)',
    target: 'Microsoft 365 Business Standard (India)',
    affected: [],
  },
  {
    kind: 'a partial upgrade without license transfer',
    customer: 'Northwind Traders',
    subscription: 'Northwind – Business Standard',
    target: 'Office 365 E5',
    quantity: 20,
    transfer: false,
    affected: [],
  },
]

for (const journey of JOURNEYS) {
  test(`mouse: upgrade to ${journey.kind}`, async ({ app, page }) => {
    await app.openCustomer(journey.customer)
    const icon = app.infoIcon(journey.subscription)
    await icon.hover()
    const tooltip = page.getByRole('tooltip')
    await expect(tooltip).toContainText('upgrade')
    await page.getByRole('button', { name: 'Upgrade now' }).click()

    const dialog = page.getByRole('dialog', { name: `Upgrade ${journey.subscription}` })
    await expect(dialog).toBeVisible()
    await dialog.getByRole('radio', { name: new RegExp(`^${journey.target.replace(/[()]/g, '\\$&')}`) }).check()
    if (journey.quantity !== undefined) {
      await dialog.getByRole('spinbutton', { name: 'Licenses to upgrade' }).fill(String(journey.quantity))
    }
    if (journey.transfer === false) await dialog.getByRole('checkbox', { name: /Move users’ licenses/ }).uncheck()
    await dialog.getByRole('button', { name: 'Submit' }).click()

    const result = page.getByRole('dialog', { name: `${journey.subscription} upgraded` })
    await expect(result.getByRole('heading', { name: 'Upgrade complete' })).toBeVisible()
    await expect(result).toContainText(`New subscription: ${journey.target}`)
    if (journey.affected.length > 0) {
      const affected = result.getByRole('table', { name: 'Affected accounts and services' })
      for (const user of journey.affected)
        await expect(affected.getByRole('row', { name: new RegExp(user) })).toBeVisible()
    } else if (journey.transfer === false) {
      await expect(result).toContainText('No licenses were moved')
    } else {
      await expect(result).toContainText('Every user’s license moved')
    }
    await result.getByRole('button', { name: 'Done' }).click()

    const expectUpgraded = async () => {
      await expect(app.row(journey.target)).toContainText('Active')
      const source = app.row(journey.subscription)
      if (journey.quantity === undefined) {
        await expect(source).toContainText('Suspended')
        await expect(source).toContainText('Upgraded')
        await expect(app.infoIcon(journey.subscription)).toHaveCount(0)
      } else {
        await expect(source).toContainText('Active')
        await expect(app.row(journey.target)).toContainText(String(journey.quantity))
      }
    }
    await expectUpgraded()
    // The demo database lives in browser storage: a reload shows the same.
    await page.reload()
    await expect(page.getByRole('heading', { level: 1, name: journey.customer })).toBeVisible()
    await expectUpgraded()
  })
}
