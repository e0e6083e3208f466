import { injectInlineScript } from '../fixtures'
import { expect, test } from './live-fixtures'

// Live mode against a real OpenID Connect provider (local, https) and an API that verifies its
// signed tokens: the sign-in journeys of issue 12.

test('sign in: the sign-in page, Microsoft sign-in, then the customers and the account in the top bar', async ({
  app,
  live,
  page,
}) => {
  await live.as('admin')
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to Upgrade Console' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Demo controls' })).toHaveCount(0)
  await app.expectAccessible('sign-in page')

  await page.getByRole('button', { name: 'Sign in with Microsoft' }).click()
  await expect(page.getByRole('link', { name: 'Contoso Ltd', exact: true })).toBeVisible()
  const banner = page.getByRole('banner')
  await expect(banner).toContainText('Alex Wilber')
  await expect(banner).toContainText('Admin agent')
  await expect(banner.getByRole('button', { name: 'Sign out' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Demo controls' })).toHaveCount(0)
  await app.expectAccessible('signed in, customer list')

  // A deep link after sign-in keeps working, and a reload keeps the session (this tab's storage).
  await page.getByRole('link', { name: 'Contoso Ltd', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Contoso Ltd' })).toBeVisible()
  await page.reload()
  await expect(app.infoIcon('Contoso – Business Basic')).toBeVisible()
})

test('a token that expires is renewed silently: no prompt, the page just loads', async ({ app, live, page }) => {
  await live.signIn('admin')
  await expect(page.getByRole('link', { name: 'Contoso Ltd', exact: true })).toBeVisible()
  const before = await live.issuedTokens()
  await live.expireTokens()

  await page.getByRole('link', { name: 'Fabrikam, Inc.', exact: true }).click()
  await expect(app.infoIcon('Fabrikam – Microsoft 365 Apps for business')).toBeVisible()
  await expect(page.getByRole('dialog', { name: 'Sign in again' })).toHaveCount(0)
  expect(await live.issuedTokens()).toBeGreaterThan(before)
})

test('a token about to expire is renewed before it is sent: nothing the agent sees', async ({ app, live, page }) => {
  // This user's tokens live two minutes, inside MSAL's five-minute renewal margin.
  await live.signIn('short')
  await expect(page.getByRole('banner')).toContainText('Helpdesk agent')
  const before = await live.issuedTokens()
  await app.openCustomer('Contoso Ltd')
  await expect(app.infoIcon('Contoso – Business Basic')).toBeVisible()
  await expect(page.getByRole('dialog', { name: 'Sign in again' })).toHaveCount(0)
  expect(await live.issuedTokens()).toBeGreaterThan(before)
})

test('a read-only user (Billing admin, a directory role) sees no upgrade or add-licenses action', async ({
  app,
  live,
  page,
}) => {
  await live.signIn('reader')
  const banner = page.getByRole('banner')
  await expect(banner).toContainText('Megan Bowen')
  await expect(banner).toContainText('Billing admin')
  const table = await app.openCustomer('Contoso Ltd')
  await expect(table.getByRole('row').nth(2)).toBeVisible()
  await expect(page.getByRole('note').filter({ hasText: 'You’re signed in as Billing admin' })).toBeVisible()
  await expect(page.getByRole('button', { name: /^Upgrade / })).toHaveCount(0)
  await expect(page.getByRole('button', { name: /^Add licenses/ })).toHaveCount(0)
  await app.expectAccessible('read-only user, customer page')
})

test('a user in the Sales agents group (group claim) may upgrade', async ({ app, live, page }) => {
  await live.signIn('sales')
  await expect(page.getByRole('banner')).toContainText('Sales agent')
  await app.openCustomer('Relecloud')
  await expect(page.getByRole('button', { name: /^Upgrade / }).first()).toBeVisible()
})

test('a revoked session: Submit asks to sign in again, and the open dialog and typed values survive', async ({
  app,
  live,
  page,
}) => {
  await live.signIn('admin')
  await app.openCustomer('Northwind Traders')
  await app.infoIcon('Northwind – Business Standard').click()
  const dialog = page.getByRole('dialog', { name: 'Upgrade Northwind – Business Standard' })
  await dialog.getByRole('radio', { name: /^Office 365 E5/ }).check()
  await dialog.getByRole('spinbutton', { name: 'Licenses to upgrade' }).fill('20')
  await dialog.getByRole('checkbox', { name: /Move users’ licenses/ }).uncheck()

  await live.revokeSessions()
  await dialog.getByRole('button', { name: 'Submit' }).click()

  const prompt = page.getByRole('dialog', { name: 'Sign in again' })
  await expect(prompt).toBeVisible()
  await app.expectAccessible('sign in again prompt')
  const popup = page.waitForEvent('popup')
  await prompt.getByRole('button', { name: 'Sign in again' }).click()
  // The sign-in window closes itself once it has handed over the answer; it may be gone already
  // by the time the test sees it open.
  const signInWindow = await popup
  if (!signInWindow.isClosed()) await signInWindow.waitForEvent('close')
  await expect(prompt).toHaveCount(0)

  // The waiting Submit went on with the new token: the upgrade the agent set up, done once.
  const result = page.getByRole('dialog', { name: 'Northwind – Business Standard upgraded' })
  await expect(result.getByRole('heading', { name: 'Upgrade complete' })).toBeVisible()
  await expect(result).toContainText('New subscription: Office 365 E5')
  await expect(result).toContainText('No licenses were moved')
  await result.getByRole('button', { name: 'Done' }).click()
  await expect(app.row('Office 365 E5')).toContainText('20')
  expect(page.url()).toContain('#/customers/')
})

test('sign out: back to the sign-in page, also after a reload', async ({ live, page }) => {
  await live.signIn('admin')
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to Upgrade Console' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Sign out' })).toHaveCount(0)
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to Upgrade Console' })).toBeVisible()
})

test('keyboard: sign in and sign out with the keyboard alone, focus visible', async ({ app, live, page }) => {
  await live.as('admin')
  await page.goto('/')
  const signIn = page.getByRole('button', { name: 'Sign in with Microsoft' })
  await app.tabTo(signIn)
  await app.expectFocusVisible()
  await page.keyboard.press('Enter')
  const signOut = page.getByRole('button', { name: 'Sign out' })
  await expect(signOut).toBeVisible()
  await app.tabTo(signOut)
  await app.expectFocusVisible()
  await page.keyboard.press('Enter')
  await expect(signIn).toBeVisible()
})

test('the Content-Security-Policy blocks an injected inline script', async ({ live, page }) => {
  await live.signIn('admin')
  const outcome = await injectInlineScript(page)
  expect(outcome).toEqual({ ran: false, violated: 'script-src-elem' })
})
