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

async function openAddLicenses(app: App, customer = 'Relecloud', subscription = RELECLOUD) {
  await app.openCustomer(customer)
  await app.page.getByRole('button', { name: `Add licenses to ${subscription}` }).click()
  const dialog = app.page.getByRole('dialog', { name: `Add licenses to ${subscription}` })
  await expect(dialog).toBeVisible()
  return dialog
}

/** Submits an Add licenses dialog and waits for its result: `added` more, `total` in all. */
async function submitAddLicenses(app: App, dialog: Locator, subscription: string, added: number, total: number) {
  await dialog.getByRole('button', { name: 'Add licenses' }).click()
  await expect(app.page.getByText(`Added ${added} licenses to ${subscription}: it now has ${total}.`)).toBeVisible()
}

/**
 * Submits what a dialog showed after the subscription changed elsewhere: refused for review, which
 * says what changed (`licenses`: "before → after").
 */
async function submitStale(dialog: Locator, submit: string, licenses: string) {
  await dialog.getByRole('button', { name: submit }).click()
  const review = dialog.getByRole('alert')
  await expect(review).toContainText('This subscription changed meanwhile')
  await expect(review).toContainText(`Licenses: ${licenses}`)
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
  await submitAddLicenses(one, first, RELECLOUD, 5, 17)
  // The second tab decided on 12 licenses: its write is refused for review, never applied to 12.
  await submitStale(second, 'Add licenses', '12 → 17')
  await expect(second).toContainText('It has 17 licenses')
  await submitAddLicenses(two, second, RELECLOUD, 7, 24)

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
  const add = await openAddLicenses(two, 'Contoso Ltd', BASIC)
  await add.getByRole('spinbutton', { name: 'Licenses to add' }).fill('5')
  await submitAddLicenses(two, add, BASIC, 5, 30)

  // The first agent submits what they saw (all 25 licenses): refused, with what changed.
  await submitStale(dialog, 'Submit', '25 → 30')
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
