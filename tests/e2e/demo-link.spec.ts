import { expect, test } from './fixtures'

// Demo links: the address carries the scenario (from its start), the signed-in role, the language,
// the latency, the page and the tour; each is applied, and a value the demo doesn't know is said.
const ALPINE = 'a718f793-e319-58d7-94d8-e5dbe6fe4b75'
const CONTOSO = '5e0f7b0c-d1cd-5138-a882-1794f408f30e'

test('a demo link applies each parameter, keeps the page’s view, and leaves the address clean', async ({
  app,
  page,
}) => {
  await app.open(`/customers/${ALPINE}?status=active&scenario=edge-cases&role=sales_agent&lang=sv-SE&latency=slow`)
  await expect(page.getByRole('heading', { level: 1, name: 'Alpine Ski House' })).toBeVisible() // page + scenario
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv-SE') // lang
  await expect(page.getByText('Inloggad som Försäljningsagent', { exact: true })).toBeVisible() // role
  await expect(page.getByRole('combobox', { name: 'Prenumerationsstatus' })).toHaveValue('active') // the view
  expect(new URL(page.url()).hash).toBe(`#/customers/${ALPINE}?status=active`)
  await page.getByRole('button', { name: 'Demokontroller' }).click()
  await expect(page.getByRole('radio', { name: 'Långsam (2 s)' })).toBeChecked() // latency

  // A reload keeps the demo as it is now (the link was applied once).
  await page.reload()
  await expect(page.getByText('Inloggad som Försäljningsagent', { exact: true })).toBeVisible()
})

test('a link’s scenario starts from its start, signed in as the scenario declares unless role= says', async ({
  app,
  page,
}) => {
  // Issue 13.7: ?scenario=edge-cases signs in as the scenario's own role, as the demo panel does.
  await app.open('/', '?scenario=edge-cases&latency=none')
  await expect(page.getByText('Signed in as Helpdesk agent', { exact: true })).toBeVisible()

  // Change the data and the role, then open the link again: the same demo as the first time.
  await app.openCustomer('Alpine Ski House')
  const row = app.row('Alpine Ski House – Business Basic')
  const before = (await row.getByRole('cell').nth(1).textContent()) ?? ''
  await page.getByRole('button', { name: 'Add licenses to Alpine Ski House – Business Basic' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Add licenses' }).click()
  await expect(page.getByText(/Added 1 license to/)).toBeVisible()
  await expect(row.getByRole('cell').nth(1)).not.toHaveText(before)
  await app.switchRole('Admin agent')

  await app.open(`/customers/${ALPINE}`, '?scenario=edge-cases&latency=none')
  await expect(page.getByText('Signed in as Helpdesk agent', { exact: true })).toBeVisible()
  await expect(row.getByRole('cell').nth(1)).toHaveText(before)

  await app.open('/', '?scenario=edge-cases&role=account_admin&latency=none')
  await expect(page.getByText('Signed in as Account admin', { exact: true })).toBeVisible()
})

test('unknown values and parameters are reported in the user’s language, and not applied', async ({ app, page }) => {
  await app.open('/?role=wizard&latency=fast', '?lang=zh-CN&tour=maybe&senario=x&scenario=nope')
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
  const notices = page.getByRole('status')
  await expect(
    notices.filter({ hasText: '演示链接中的 role 值“\u2068wizard\u2069”无法识别，因此未应用。' }),
  ).toContainText('admin_agent')
  await expect(notices.filter({ hasText: '演示链接中的 latency 值“\u2068fast\u2069”无法识别' })).toContainText(
    'none、realistic 或 slow',
  )
  await expect(notices.filter({ hasText: '演示链接中的 tour 值“\u2068maybe\u2069”无法识别' })).toBeVisible()
  await expect(notices.filter({ hasText: '演示链接中的参数“\u2068senario\u2069”无法识别，因此已忽略。' })).toBeVisible()
  await expect(notices.filter({ hasText: '没有名为“nope”的内置场景' })).toBeVisible()
  // Nothing unknown was applied: the default demo, its role, no tour.
  await expect(page.getByText('已以管理员代理身份登录', { exact: true })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Contoso Ltd' })).toBeVisible()
  await expect(page.locator('.tour-card')).toHaveCount(0)
  await app.expectAccessible('demo link notices')

  // An unknown language leaves the language as it was (zh-CN, from the link before), and says so in it.
  await app.open('/', '?lang=xx-YY')
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
  await expect(
    page.getByRole('status').filter({ hasText: '演示链接中的 lang 值“\u2068xx-YY\u2069”无法识别' }),
  ).toContainText('en-US、sv-SE、zh-CN、hu-HU、nl-NL 或 tr-TR')
})

test('a demo link pasted into the address bar of an open demo is opened afresh', async ({ app, page }) => {
  await app.open('/')
  await page.evaluate(() => {
    window.location.hash = '#/help?lang=nl-NL'
  })
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl-NL')
  await expect(page.getByRole('heading', { level: 1 })).toContainText('upgraden')
  expect(new URL(page.url()).hash).toBe('#/help')
})

test.describe('Copy demo link', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

  test('writes the current demo, with a confirmation; the link opens the same demo elsewhere', async ({
    app,
    page,
    browser,
    baseURL,
  }) => {
    await app.open(`/customers/${CONTOSO}?status=active`, '?latency=none')
    await app.switchRole('Sales agent')
    const panel = await app.demoPanel()
    await panel.getByRole('button', { name: 'Copy demo link' }).click()
    await expect(panel).toContainText(
      'Demo link copied: it opens “Default demo” from its start, signed in as Sales agent.',
    )
    const link = await page.evaluate(() => navigator.clipboard.readText())
    expect(link).toBe(
      `${baseURL}/#/customers/${CONTOSO}?status=active&scenario=default&role=sales_agent&lang=en-US&latency=none`,
    )

    const elsewhere = await browser.newPage()
    await elsewhere.goto(link)
    await expect(elsewhere.getByRole('heading', { level: 1, name: 'Contoso Ltd' })).toBeVisible()
    await expect(elsewhere.getByText('Signed in as Sales agent', { exact: true })).toBeVisible()
    await expect(elsewhere.getByRole('combobox', { name: 'Status' })).toHaveValue('active')
    await elsewhere.close()
  })

  test('a browser that refuses the clipboard shows the link to copy by hand', async ({ app, page }) => {
    await page.addInitScript(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'))
    })
    await app.open('/', '?latency=none')
    const panel = await app.demoPanel()
    await panel.getByRole('button', { name: 'Copy demo link' }).click()
    const field = panel.getByRole('textbox', {
      name: 'The browser did not allow copying. Copy the demo link from here:',
    })
    await expect(field).toHaveValue(/#\/\?scenario=default&role=admin_agent&lang=en-US&latency=none$/)
    await app.expectAccessible('demo panel: the link to copy by hand')
  })
})
