import { holdRequests, injectInlineScript } from '../fixtures'
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

/**
 * A live build paints its sign-in page from the HTML (scripts/first-paint.ts) in a tab that holds
 * no sign-in, until the app's own page takes its place (src/app/first-paint.ts); a signed-in
 * agent's page never shows it. Each page records, from its first byte on, what it showed.
 */
const RECORD = () => {
  const seen = { painted: false, signInPage: false, both: false }
  ;(window as unknown as { __seen: typeof seen }).__seen = seen
  new MutationObserver(() => {
    const paint = document.getElementById('first-paint')
    const appPage = document.querySelector('#root .sign-in-page')
    if (paint) seen.painted = true
    if (paint || appPage) seen.signInPage = true
    if (paint && appPage?.isConnected) seen.both = true
  }).observe(document, { childList: true, subtree: true })
}
type Seen = { painted: boolean; signInPage: boolean; both: boolean }

test('a first visit paints the sign-in page from the HTML; the app’s own, which signs in, takes its place', async ({
  app,
  live,
  page,
}) => {
  await page.addInitScript(RECORD)
  await live.as('admin')
  // The app's code held back: the page stays on its snapshot meanwhile.
  const release = await holdRequests(page, /\/assets\/index-[^/]+\.js$/)
  await page.goto('/')
  const snapshot = page.locator('#first-paint')
  await expect(snapshot.getByText('Sign in to Upgrade Console')).toBeVisible()
  await expect(snapshot.getByText('Sign in with Microsoft')).toBeVisible()
  // A picture of the page: nothing in it to press or to read aloud.
  await expect(page.getByRole('button', { name: 'Sign in with Microsoft' })).toHaveCount(0)
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(0)

  release()
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to Upgrade Console' })).toBeVisible()
  await expect(snapshot).toHaveCount(0)
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1)
  await app.expectAccessible('sign-in page after the first paint')
  expect(await page.evaluate(() => (window as unknown as { __seen: Seen }).__seen)).toMatchObject({
    painted: true,
    both: false,
  })
  await page.getByRole('button', { name: 'Sign in with Microsoft' }).click()
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible()

  // Signed in: a reload, and coming back to the first screen in this tab, show no sign-in page at any moment.
  for (const visit of [
    () => page.reload(),
    async () => {
      await page.goto('about:blank')
      await page.goto('/')
    },
  ]) {
    await visit()
    await expect(page.getByRole('link', { name: 'Contoso Ltd', exact: true })).toBeVisible()
    expect(await page.evaluate(() => (window as unknown as { __seen: Seen }).__seen)).toMatchObject({
      painted: false,
      signInPage: false,
    })
  }
})

test('the sign-in page answers before MSAL has loaded, and a sign-in that cannot start says so', async ({
  live,
  page,
}) => {
  await live.as('admin')
  // MSAL held back: the app's own sign-in page is there meanwhile, and a press waits for MSAL.
  const release = await holdRequests(page, /\/assets\/msal-auth-[^/]+\.js$/)
  await page.goto('/')
  await page.getByRole('button', { name: 'Sign in with Microsoft' }).click()
  await expect(page.getByRole('button', { name: 'Opening Microsoft sign-in…' })).toBeVisible()
  release()
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible()

  // In a fresh tab whose MSAL does not load: the page says the app could not start, and why.
  const tab = await page.context().newPage()
  await tab.route(/\/assets\/msal-auth-[^/]+\.js$/, (route) => route.abort())
  await tab.goto('/')
  await expect(
    tab
      .getByRole('alert')
      .filter({ hasText: /^Upgrade Console could not start: .*msal-auth.*Reload the page; .*Microsoft sign-in\.$/ }),
  ).toBeVisible()
  await expect(tab.locator('#first-paint')).toHaveCount(0)
  await expect(tab.getByRole('button', { name: 'Sign in with Microsoft' })).toHaveCount(0)
})
