import type { Locator, Page } from '@playwright/test'
import { App, expect, test } from './fixtures'

/**
 * Two tabs of one browser (two pages in one context: the same origin and storage) share one demo:
 * a write in one is decided on the latest state of both, never done twice, and the other tab
 * learns of it. Issue "Never act twice, never misreport".
 */
test.describe.configure({ timeout: 90_000 })

const BASIC = 'Contoso – Business Basic'
const RELECLOUD = 'Relecloud – Business Basic'

/**
 * Two tabs of the demo. `latency: 'none'` (kept in storage like the presenter's choice) makes the
 * sequential journeys quick; the race keeps the realistic latency, so both writes are in flight.
 */
async function twoTabs(page: Page, latency: 'none' | 'realistic' = 'none'): Promise<[App, App]> {
  if (latency === 'none') {
    await page.context().addInitScript(() => window.localStorage.setItem('upgrade-console.demo-latency', 'none'))
  }
  const one = new App(page)
  await one.open('/')
  const second = await page.context().newPage()
  const two = new App(second)
  await two.open('/')
  return [one, two]
}

async function openUpgrade(app: App, target: RegExp) {
  await app.openCustomer('Contoso Ltd')
  await app.infoIcon(BASIC).click()
  const dialog = app.page.getByRole('dialog', { name: `Upgrade ${BASIC}` })
  await expect(dialog).toBeVisible()
  await dialog.getByRole('radio', { name: target }).check()
  return dialog
}

async function openAddLicenses(app: App) {
  await app.openCustomer('Relecloud')
  await app.page.getByRole('button', { name: `Add licenses to ${RELECLOUD}` }).click()
  const dialog = app.page.getByRole('dialog', { name: `Add licenses to ${RELECLOUD}` })
  await expect(dialog).toBeVisible()
  return dialog
}

test('the same subscription upgraded in two tabs at once: exactly one upgrade, a clear refusal in the other', async ({
  page,
}) => {
  const [one, two] = await twoTabs(page, 'realistic')
  const dialogs = [await openUpgrade(one, /^Microsoft 365 Business Standard/), await openUpgrade(two, /^Office 365 E3/)]
  await Promise.all(dialogs.map((dialog) => dialog.getByRole('button', { name: 'Submit' }).click()))
  const done = [one, two].map((app) => app.page.getByRole('dialog', { name: `${BASIC} upgraded` }))
  await expect(async () => {
    const counts = await Promise.all(done.map((d) => d.count()))
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1)
  }).toPass()
  const winner = (await done[0]?.count()) === 1 ? 0 : 1
  const loser = [one, two][1 - winner] as App
  const refusal = (dialogs[1 - winner] as Locator).getByRole('alert')
  await expect(refusal).toContainText('This subscription changed meanwhile')
  await expect(refusal).toContainText('Nothing was changed.')
  await expect(refusal).toContainText('Status: Active → Suspended')
  await loser.expectAccessible('upgrade refused in the other tab: what changed')

  // After a reload, both tabs show exactly one upgrade.
  const target = winner === 0 ? 'Microsoft 365 Business Standard' : 'Office 365 E3'
  const other = winner === 0 ? 'Office 365 E3' : 'Microsoft 365 Business Standard'
  for (const app of [one, two]) {
    await app.page.reload()
    await expect(app.row(target)).toHaveCount(1)
    await expect(app.row(other)).toHaveCount(0)
    await expect(app.row(BASIC)).toContainText('Suspended')
  }
})

test("an upgrade in one tab: the other tab's open dialog learns at once, and its choice is refused with the reason", async ({
  page,
}) => {
  const [one, two] = await twoTabs(page)
  const first = await openUpgrade(one, /^Microsoft 365 Business Standard/)
  const second = await openUpgrade(two, /^Office 365 E3/)
  await first.getByRole('button', { name: 'Submit' }).click()
  await expect(
    one.page.getByRole('dialog', { name: `${BASIC} upgraded` }).getByRole('heading', { name: 'Upgrade complete' }),
  ).toBeVisible()
  await expect(second.getByRole('status').filter({ hasText: 'changed since you opened' })).toContainText(
    'Status: Active → Suspended',
  )
  await expect(second.getByRole('radio', { name: /^Office 365 E3/ })).toBeDisabled()
  await expect(second.getByRole('radio', { name: /^Office 365 E3/ })).toHaveAccessibleDescription(
    /Not available: The subscription’s status is Suspended/,
  )
  await second.getByRole('button', { name: 'Submit' }).click()
  await expect(second.getByText('Choose the offer to upgrade to.')).toBeVisible()
  await two.expectAccessible("the other tab's dialog after an upgrade elsewhere")
  await two.page.reload()
  await expect(two.row('Office 365 E3')).toHaveCount(0)
  await expect(two.row('Microsoft 365 Business Standard')).toHaveCount(1)
})

test('+5 in one tab and +7 in another give +12 after a reload', async ({ page }) => {
  const [one, two] = await twoTabs(page)
  const first = await openAddLicenses(one)
  const second = await openAddLicenses(two)
  await first.getByRole('spinbutton', { name: 'Licenses to add' }).fill('5')
  await second.getByRole('spinbutton', { name: 'Licenses to add' }).fill('7')
  await first.getByRole('button', { name: 'Add licenses' }).click()
  await expect(one.page.getByText(`Added 5 licenses to ${RELECLOUD}: it now has 17.`)).toBeVisible()
  // The second tab decided on 12 licenses: its write is refused for review, never applied to 12.
  await second.getByRole('button', { name: 'Add licenses' }).click()
  const review = second.getByRole('alert')
  await expect(review).toContainText('This subscription changed meanwhile')
  await expect(review).toContainText('Licenses: 12 → 17')
  await expect(second).toContainText('It has 17 licenses')
  await second.getByRole('button', { name: 'Add licenses' }).click()
  await expect(two.page.getByText(`Added 7 licenses to ${RELECLOUD}: it now has 24.`)).toBeVisible()

  for (const app of [one, two]) {
    await app.page.reload()
    await expect(app.row(RELECLOUD).getByRole('cell', { name: '24', exact: true })).toBeVisible()
  }
})

test('a dialog left open while the license count changed gets the 412 review, and a truthful result', async ({
  page,
}) => {
  const [one, two] = await twoTabs(page)
  const dialog = await openUpgrade(one, /^Microsoft 365 Business Standard/)
  await expect(dialog.getByRole('spinbutton', { name: 'Licenses to upgrade' })).toHaveValue('25')
  // Another agent, in another tab, adds 5 licenses.
  await two.openCustomer('Contoso Ltd')
  await two.page.getByRole('button', { name: `Add licenses to ${BASIC}` }).click()
  const add = two.page.getByRole('dialog', { name: `Add licenses to ${BASIC}` })
  await add.getByRole('spinbutton', { name: 'Licenses to add' }).fill('5')
  await add.getByRole('button', { name: 'Add licenses' }).click()
  await expect(two.page.getByText(`Added 5 licenses to ${BASIC}: it now has 30.`)).toBeVisible()

  // The first agent submits what they saw (all 25 licenses): refused, with what changed.
  await dialog.getByRole('button', { name: 'Submit' }).click()
  const review = dialog.getByRole('alert')
  await expect(review).toContainText('This subscription changed meanwhile')
  await expect(review).toContainText('Licenses: 25 → 30')
  await expect(dialog.getByRole('region', { name: 'What will happen' })).toContainText(
    `${BASIC} keeps 5 licenses (a partial upgrade).`,
  )
  await one.expectAccessible('upgrade dialog: 412 review')
  await dialog.getByRole('button', { name: 'Submit' }).click()
  const result = one.page.getByRole('dialog', { name: `${BASIC} upgraded` })
  await expect(result).toContainText(`${BASIC} now has 5 licenses.`)
  await expect(result).not.toContainText('suspended')
  await expect(two.row(BASIC).getByRole('cell', { name: '5', exact: true })).toBeVisible()
})
