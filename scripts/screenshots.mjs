// Screenshots of the main states, in headless Chromium, for a person to look at (not committed).
// Usage: npm run build && npm run preview (another shell), then
//   npm run screenshots [-- baseUrl [outDir]]       (defaults: http://127.0.0.1:4173, screenshots/)
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { chromiumArgs, chromiumPath } from './chromium.ts'

const base = process.argv[2] ?? 'http://127.0.0.1:4173'
const out = process.argv[3] ?? 'screenshots'
mkdirSync(out, { recursive: true })

const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: chromiumArgs,
})

async function fresh(viewport = { width: 1280, height: 860 }) {
  const context = await browser.newContext({ viewport })
  const page = await context.newPage()
  const shot = (name) => page.screenshot({ path: join(out, `${name}.png`) })
  return { context, page, shot }
}

{
  const { context, page, shot } = await fresh()
  await page.goto(`${base}/`)
  await page.getByRole('link', { name: 'Contoso Ltd' }).waitFor()
  await shot('01-customers')
  await page.getByRole('link', { name: 'Contoso Ltd' }).click()
  await page.getByRole('button', { name: 'Upgrade Contoso – Business Basic' }).hover()
  await page.getByRole('button', { name: 'Upgrade now' }).waitFor()
  await shot('02-subscriptions-tooltip')
  await page.getByRole('button', { name: 'Upgrade now' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByRole('radio', { name: /Microsoft 365 Business Standard/ }).check()
  await shot('03-dialog')
  await dialog.getByRole('button', { name: 'Submit' }).click()
  await page.getByRole('heading', { name: 'Upgrade complete' }).waitFor()
  await shot('04-result')
  await page.getByRole('button', { name: 'Done' }).click()
  await page.waitForTimeout(400)
  await shot('05-after-upgrade')
  await page.getByRole('button', { name: /Why no upgrade\? Contoso – Business Basic \(Contractors\)/ }).click()
  await page.waitForTimeout(200)
  await shot('06-why-not')
  await page.keyboard.press('Escape')
  await page.getByRole('button', { name: 'Demo controls' }).click()
  await page.getByRole('dialog', { name: 'Demo controls' }).waitFor()
  await shot('07-demo-panel')
  await page.keyboard.press('Escape')
  await page.getByRole('link', { name: 'Help' }).click()
  await page.waitForTimeout(300)
  await shot('08-help')
  await context.close()
}

for (const [locale, label] of [
  ['en-US', 'English (United States)'],
  ['sv-SE', 'Svenska'],
  ['zh-CN', '中文（简体）'],
  ['hu-HU', 'Magyar'],
  ['nl-NL', 'Nederlands'],
  ['tr-TR', 'Türkçe'],
]) {
  const { context, page, shot } = await fresh()
  await page.goto(`${base}/`)
  await page.locator('.locale-picker select').selectOption({ label })
  await page.getByRole('link', { name: 'Contoso Ltd' }).click()
  await page.locator('.info-button').first().click()
  const dialog = page.getByRole('dialog')
  await dialog.getByRole('radio').first().check()
  await shot(`20-dialog-${locale}`)
  await page.keyboard.press('Escape')
  await page.waitForTimeout(200)
  await shot(`21-subscriptions-${locale}`)
  await context.close()
}

{
  const { context, page, shot } = await fresh()
  await page.goto(`${base}/?scenario=many-customers`)
  await page.getByRole('table').waitFor({ timeout: 60_000 })
  await page.waitForTimeout(1500)
  await shot('30-many-customers')
  await page.getByRole('searchbox').fill('Megacorp')
  await page.getByRole('link', { name: 'Contoso Megacorp' }).first().click()
  await page.locator('tbody tr[aria-rowindex="2"]').waitFor({ timeout: 60_000 })
  await shot('31-megacorp-subscriptions')
  await page.getByRole('combobox', { name: 'Status' }).selectOption('suspended')
  await page.waitForTimeout(300)
  await shot('32-megacorp-filtered')
  await context.close()
}

// Opportunities and a bulk upgrade (docs/bulk.md): the list, the review, a run in progress with a
// share of requests failing (slow network), and its results.
{
  const { context, page, shot } = await fresh()
  await page.goto(`${base}/#/opportunities`)
  await page.getByText(/^All [\d,]+ customers read\.$/).waitFor({ timeout: 30_000 })
  await shot('50-opportunities')
  await page.getByRole('button', { name: /^Select all \d+ matching$/ }).click()
  await page.getByRole('button', { name: /^Plan a bulk upgrade/ }).click()
  await shot('51-bulk-plan')
  await page.getByRole('button', { name: 'Review', exact: true }).click()
  await shot('52-bulk-review')
  await page.getByRole('button', { name: 'Demo controls' }).click()
  const panel = page.getByRole('dialog', { name: 'Demo controls' })
  await panel.getByRole('radio', { name: 'Slow (2 s)' }).check()
  await panel.getByRole('combobox', { name: 'Make requests fail with' }).selectOption({ label: '409 conflict' })
  await panel.getByRole('radio', { name: 'A share of requests' }).check()
  await panel.getByRole('button', { name: 'Close' }).click()
  await page.getByRole('button', { name: /^Start the bulk upgrade/ }).click()
  await page.getByText(/^Progress: [1-5] of \d+$/).waitFor({ timeout: 30_000 })
  await shot('53-bulk-in-progress')
  await page.getByText('Finished.', { exact: true }).waitFor({ timeout: 60_000 })
  await shot('54-bulk-results')
  await context.close()
}
{
  const { context, page, shot } = await fresh()
  await page.goto(`${base}/?scenario=many-customers#/opportunities`)
  await page.getByRole('progressbar').waitFor({ timeout: 60_000 })
  await page.waitForTimeout(3000)
  await shot('55-opportunities-many-customers-loading')
  await context.close()
}

{
  const { context, page, shot } = await fresh({ width: 390, height: 844 })
  await page.goto(`${base}/`)
  await page.getByRole('link', { name: 'Contoso Ltd' }).click()
  await page.locator('.info-button').first().click()
  await page.getByRole('dialog').getByRole('radio').first().check()
  await shot('40-phone-dialog')
  await context.close()
}

{
  // The cost preview and the activity log
  const { context, page, shot } = await fresh()
  await page.goto(`${base}/`)
  await page.getByRole('link', { name: 'Fabrikam, Inc.' }).click()
  await page.locator('.info-button').first().click()
  const dialog = page.getByRole('dialog')
  await dialog.getByRole('radio', { name: /Business Premium/ }).check()
  await dialog.getByText('Net change').scrollIntoViewIfNeeded()
  await shot('50-cost-preview')
  await dialog.getByRole('button', { name: 'Submit' }).click()
  await dialog.getByText('What it costs (as previewed)').waitFor()
  await page.getByRole('button', { name: 'Done' }).click()
  await page.getByRole('table', { name: /^Recent activity of/ }).scrollIntoViewIfNeeded()
  await shot('51-recent-activity')
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Activity' }).click()
  await page.getByRole('table', { name: 'Activity, newest first' }).waitFor()
  await shot('52-activity')
  await context.close()
}

await browser.close()
console.log(`Screenshots in ${out}/`)
