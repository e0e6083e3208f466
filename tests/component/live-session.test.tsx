import { screen, waitFor, within } from '@testing-library/react'
import { HttpResponse, http } from 'msw/http'
import { describe, expect, it } from 'vitest'
import { createDemoToken } from '../../mocks/auth'
import { server } from '../../mocks/node'
import { deferredAuth } from '../../src/auth/deferred-auth'
import type { LiveAuth, SignedInUser } from '../../src/auth/live-auth'
import type { PartnerRole } from '../../src/rules/roles'
import { openCustomer, renderApp } from './render-app'

// Live mode in jsdom with a test double of MSAL: what the agent sees of the sign-in, the account
// and roles in the top bar, and a 401 that asks to sign in again without losing the open dialog.
// (The end-to-end suite does the same against a real OpenID Connect provider.)
class FakeAuth implements LiveAuth {
  signedIn: SignedInUser | undefined
  /** What a silent renewal gives: a token, or undefined when only the user can sign in. */
  silent: 'ok' | 'interaction' | 'unreachable' = 'ok'
  signIns = 0
  signOuts = 0
  private tokenRole: PartnerRole

  constructor(user: SignedInUser | undefined) {
    this.signedIn = user
    this.tokenRole = user?.roles[0] ?? 'billing_admin'
  }
  private token() {
    return createDemoToken(this.tokenRole, this.signedIn?.name ?? 'nobody')
  }
  returnedError: string | undefined
  user() {
    return this.signedIn
  }
  signInError() {
    return this.returnedError
  }
  async signIn() {
    this.signIns += 1
  }
  async signOut() {
    this.signOuts += 1
  }
  async tokenSilently(options?: { forceRefresh?: boolean }) {
    if (this.silent === 'unreachable') throw new Error('Failed to fetch the identity provider')
    if (options?.forceRefresh && this.silent === 'interaction') return undefined
    return this.token()
  }
  async signInAgain() {
    this.silent = 'ok'
    return this.token()
  }
}

const ALEX: SignedInUser = { name: 'Alex Wilber', username: 'alex@partner.example', roles: ['admin_agent'] }
const MEGAN: SignedInUser = { name: 'Megan Bowen', username: 'megan@partner.example', roles: ['billing_admin'] }

describe('live mode sign-in', () => {
  it('before sign-in: the sign-in page, no customers fetched, no demo controls', async () => {
    const auth = new FakeAuth(undefined)
    const { user } = renderApp({ auth })
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to Upgrade Console' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Demo controls' })).toBeNull()
    expect(screen.queryByRole('link', { name: 'Contoso Ltd' })).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Sign in with Microsoft' }))
    expect(auth.signIns).toBe(1)
  })

  it('a sign-in that came back with an error: the reason on the sign-in page, and a way to try again', async () => {
    const auth = new FakeAuth(undefined)
    auth.returnedError = 'access_denied: the user cancelled'
    const { user } = renderApp({ auth })
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Sign-in didn’t complete: access_denied: the user cancelled. Try again',
    )
    await user.click(screen.getByRole('button', { name: 'Sign in with Microsoft' }))
    expect(auth.signIns).toBe(1)
  })

  it('signed in: the account and its roles in the top bar, Sign out, and no role switcher', async () => {
    const auth = new FakeAuth(ALEX)
    const { user } = renderApp({ auth, role: 'billing_admin' })
    const banner = await screen.findByRole('banner')
    expect(await within(banner).findByText('Alex Wilber')).toBeInTheDocument()
    expect(banner).toHaveTextContent('Admin agent')
    expect(await screen.findByRole('link', { name: 'Contoso Ltd' })).toBeInTheDocument()
    expect(screen.queryByRole('combobox', { name: 'Signed in as' })).toBeNull()
    await user.click(within(banner).getByRole('button', { name: 'Sign out' }))
    expect(auth.signOuts).toBe(1)
  })

  it('the role comes from the token, not from storage: a Billing admin sees no action', async () => {
    localStorage.setItem('upgrade-console.role', 'admin_agent')
    const { user } = renderApp({ auth: new FakeAuth(MEGAN) })
    const table = await openCustomer(user, 'Contoso Ltd')
    expect(await screen.findByRole('banner')).toHaveTextContent('Billing admin')
    await within(table).findAllByRole('row')
    expect(screen.queryByRole('button', { name: /^Upgrade / })).toBeNull()
    expect(screen.getByRole('note')).toHaveTextContent('You’re signed in as Billing admin')
  })

  it('a revoked session: the 401 asks to sign in again; the dialog and its typed values stay, and Submit goes on', async () => {
    const auth = new FakeAuth(ALEX)
    const { user } = renderApp({ auth })
    await openCustomer(user, 'Northwind Traders')
    await user.click(await screen.findByRole('button', { name: 'Upgrade Northwind – Business Standard' }))
    const dialog = await screen.findByRole('dialog', { name: 'Upgrade Northwind – Business Standard' })
    await user.click(await within(dialog).findByRole('radio', { name: /^Office 365 E5/ }))
    const quantity = within(dialog).getByRole('spinbutton', { name: 'Licenses to upgrade' })
    await user.clear(quantity)
    await user.type(quantity, '20')

    // The session ends: the service refuses the next call once, and no silent renewal can help.
    auth.silent = 'interaction'
    let refused = 0
    server.use(
      http.post(
        '*/v1/customers/:customerId/subscriptions/:subscriptionId/upgrades',
        () => {
          refused += 1
          return HttpResponse.json({ code: 400, description: 'Access denied: token revoked' }, { status: 401 })
        },
        { once: true },
      ),
    )
    await user.click(within(dialog).getByRole('button', { name: 'Submit' }))

    const prompt = await screen.findByRole('dialog', { name: 'Sign in again' })
    expect(prompt).toHaveTextContent('this page, the open dialog and what you typed stay as they are')
    // Under the prompt, the upgrade dialog is still open with what the agent typed.
    expect(dialog).toBeInTheDocument()
    expect(quantity).toHaveValue(20)
    await user.click(within(prompt).getByRole('button', { name: 'Sign in again' }))

    const result = await screen.findByRole('dialog', { name: 'Northwind – Business Standard upgraded' })
    expect(result).toHaveTextContent('New subscription: Office 365 E5')
    expect(refused).toBe(1)
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Sign in again' })).toBeNull())
  })

  it('an identity provider out of reach says so: nothing was sent, no sign-in prompt', async () => {
    const auth = new FakeAuth(ALEX)
    auth.silent = 'unreachable'
    renderApp({ auth })
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Can’t reach Microsoft sign-in')
    expect(alert).toHaveTextContent('Nothing was sent.')
    expect(screen.queryByRole('dialog', { name: 'Sign in again' })).toBeNull()
  })

  it('declining to sign in again leaves the 401 as an error that says what to do', async () => {
    const auth = new FakeAuth(ALEX)
    auth.silent = 'interaction'
    server.use(
      http.get('*/v1/customers', () => HttpResponse.json({ code: 400, description: 'expired' }, { status: 401 }), {
        once: true,
      }),
    )
    const { user } = renderApp({ auth })
    const prompt = await screen.findByRole('dialog', { name: 'Sign in again' })
    await user.click(within(prompt).getByRole('button', { name: 'Close' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Your sign-in has expired')
  })
})

/** MSAL still loading: `finish` hands over the loaded sign-in (src/auth/deferred-auth.ts). */
function loadingAuth() {
  let finish!: (auth: LiveAuth) => void
  let fail!: (error: Error) => void
  const loading = new Promise<LiveAuth>((resolve, reject) => {
    finish = resolve
    fail = reject
  })
  return { auth: deferredAuth(loading), finish, fail }
}

describe('live mode while MSAL loads, in a tab that holds no sign-in', () => {
  it('the sign-in page at once; a press meanwhile is busy, then signs in once MSAL has started', async () => {
    const { auth, finish } = loadingAuth()
    const { user } = renderApp({ auth })
    const signIn = await screen.findByRole('button', { name: 'Sign in with Microsoft' })
    await user.click(signIn)
    const busy = screen.getByRole('button', { name: 'Opening Microsoft sign-in…' })
    expect(busy).toHaveAttribute('aria-disabled', 'true')
    // A second press while busy starts nothing more.
    await user.click(busy)
    const msal = new FakeAuth(undefined)
    finish(msal)
    await waitFor(() => expect(msal.signIns).toBe(1))
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(msal.signIns).toBe(1)
  })

  it('should MSAL report a signed-in user after all, the app shows the customers, not the sign-in page', async () => {
    const { auth, finish } = loadingAuth()
    renderApp({ auth })
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to Upgrade Console' })).toBeInTheDocument()
    finish(new FakeAuth(ALEX))
    expect(await screen.findByRole('link', { name: 'Contoso Ltd' })).toBeInTheDocument()
    expect(screen.getByRole('banner')).toHaveTextContent('Alex Wilber')
    expect(screen.queryByRole('heading', { name: 'Sign in to Upgrade Console' })).toBeNull()
  })

  it('a sign-in’s error MSAL reports once it has started shows on the sign-in page', async () => {
    const { auth, finish } = loadingAuth()
    renderApp({ auth })
    await screen.findByRole('button', { name: 'Sign in with Microsoft' })
    expect(screen.queryByRole('alert')).toBeNull()
    const msal = new FakeAuth(undefined)
    msal.returnedError = 'access_denied: the user cancelled'
    finish(msal)
    expect(await screen.findByRole('alert')).toHaveTextContent('access_denied: the user cancelled')
  })

  it('a press while MSAL cannot start says why on the sign-in page, and can be tried again', async () => {
    const { auth, fail } = loadingAuth()
    const { user } = renderApp({ auth })
    fail(new Error('Failed to fetch dynamically imported module'))
    await user.click(await screen.findByRole('button', { name: 'Sign in with Microsoft' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Failed to fetch dynamically imported module')
    expect(screen.getByRole('button', { name: 'Sign in with Microsoft' })).toBeEnabled()
  })
})
