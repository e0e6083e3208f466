// Takes screenshots of the main states in headless Chromium, for a person to look at.
// Usage: npm run build && npm run preview (another shell), then `npm run screenshots [baseUrl] [outDir]`.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from 'playwright-core'

const base = process.argv[2] ?? 'http://127.0.0.1:4173'
const out = process.argv[3] ?? 'screenshots'
mkdirSync(out, { recursive: true })

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--no-first-run',
  ],
})
const page = await browser.newPage({ viewport: { width: 1280, height: 860 } })
const shot = (name) => page.screenshot({ path: join(out, `${name}.png`), fullPage: false })

await page.goto(base)
await page.getByRole('link', { name: 'Contoso Ltd' }).waitFor()
await shot('01-customers')
await page.getByRole('link', { name: 'Contoso Ltd' }).click()
const icon = page.getByRole('button', { name: 'Upgrade Contoso – Business Basic' })
await icon.hover()
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
await page.waitForTimeout(300)
await shot('05-after-upgrade')
await page.getByRole('button', { name: /Why can’t Contoso – Business Basic \(Contractors\)/ }).click()
await shot('06-why-not')
await page.keyboard.press('Escape')
await page.goto(`${base}/`)
await page.getByRole('link', { name: 'Relecloud' }).click()
await page.getByRole('button', { name: 'Upgrade Relecloud – Business Basic' }).click()
await page.getByRole('dialog').getByRole('radio').first().waitFor()
await shot('07-dialog-blocked-targets')
await page.keyboard.press('Escape')
await page.getByRole('button', { name: 'Add licenses to Relecloud – Business Basic' }).click()
await page.getByRole('spinbutton', { name: 'Licenses to add' }).fill('400')
await page.getByRole('button', { name: 'Add licenses', exact: true }).click()
await shot('08-add-licenses-refused')
await page.keyboard.press('Escape')
await page.getByRole('link', { name: 'Help' }).click()
await shot('09-help')
await page.getByRole('combobox', { name: 'Signed in as' }).selectOption('billing_admin')
await page.goto(`${base}/`)
await page.getByRole('link', { name: 'Litware, Inc.' }).click()
await page.getByRole('table').waitFor()
await shot('10-read-only-role')
await browser.close()
console.log(`Screenshots in ${out}/`)
