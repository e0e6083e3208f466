import { expect, test } from './fixtures'

const MEGACORP = 'Contoso Megacorp'

/**
 * The many-customers demo's large customer, opened by its address: its first rows show while the
 * rest arrives (answered, in an untouched demo, from the scenario's prebuilt first answers while
 * the whole scenario loads: mocks/first-answers.ts), then all 10,000. Once the demo was changed,
 * the same address shows the change: a changed demo is answered from its own data.
 */
test('a large customer opened by its address: first rows, then all; after a change, the change', async ({
  app,
  page,
}) => {
  test.setTimeout(180_000)
  await app.open('/', '?scenario=many-customers')
  await page.getByRole('searchbox', { name: 'Search by company name' }).fill(MEGACORP)
  await page.getByRole('link', { name: MEGACORP, exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: MEGACORP })).toBeVisible({ timeout: 60_000 })
  const address = page.url()

  // Opened afresh by its address, as a bookmark or a shared link would.
  await page.goto('about:blank')
  await page.goto(address)
  await expect(page.getByRole('heading', { level: 1, name: MEGACORP })).toBeVisible({ timeout: 60_000 })
  const table = app.subscriptions()
  await expect(table.getByRole('rowheader').first()).toBeVisible()
  await expect(page.getByText('10,000 of 10,000 subscriptions shown')).toBeVisible({ timeout: 60_000 })
  await expect(table).toHaveAttribute('aria-rowcount', '10001')
  await app.expectAccessible('large customer, all rows')

  // A change to the first subscription of the API's answer (one of the first rows it sends).
  await page.getByRole('searchbox', { name: 'Search subscriptions' }).fill('(Operations 00001)')
  const add = table.getByRole('button', { name: /^Add licenses to .*\(Operations 00001\)$/ })
  const label = (await add.getAttribute('aria-label')) ?? (await add.textContent()) ?? ''
  const name = label.replace(/^Add licenses to /, '')
  await add.click()
  const dialog = page.getByRole('dialog', { name: `Add licenses to ${name}` })
  await dialog.getByRole('spinbutton', { name: 'Licenses to add' }).fill('1')
  await dialog.getByRole('button', { name: 'Add licenses' }).click()
  const done = page.getByText(new RegExp(`^Added 1 license to ${escapeRegExp(name)}: it now has [\\d,]+\\.$`))
  await expect(done).toBeVisible({ timeout: 30_000 })
  const total = /it now has ([\d,]+)\./.exec((await done.textContent()) ?? '')?.[1]
  expect(total).toBeDefined()

  // Opened afresh again: the first rows come from the changed demo, and the whole list arrives.
  await page.goto('about:blank')
  await page.goto(address)
  await expect(page.getByText('10,000 of 10,000 subscriptions shown')).toBeVisible({ timeout: 60_000 })
  await page.getByRole('searchbox', { name: 'Search subscriptions' }).fill('(Operations 00001)')
  await expect(app.row(name).getByRole('cell', { name: total, exact: true })).toBeVisible()
})

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
