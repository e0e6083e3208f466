import { randomUUID } from 'node:crypto'
import { test as base, expect, type Page } from '@playwright/test'
import { App } from '../fixtures'

export { expect }

type Profile = 'admin' | 'reader' | 'sales' | 'short'

/**
 * Live mode: the app signs in against the local OpenID Connect provider (scripts/live-stack-server.ts). Each
 * test is its own user (a unique subject), chosen with a cookie the provider reads.
 */
export const test = base.extend<{ app: App; live: LiveUser }>({
  app: async ({ page }, use) => {
    await use(new App(page))
  },
  live: async ({ page, context, baseURL }, use) => {
    await use(new LiveUser(page, context, baseURL ?? ''))
  },
})

export class LiveUser {
  sub = ''
  constructor(
    readonly page: Page,
    private readonly context: import('@playwright/test').BrowserContext,
    private readonly baseURL: string,
  ) {}

  /** Chooses who the provider signs in next (a fresh user of that profile). */
  async as(profile: Profile) {
    const id = randomUUID().slice(0, 8)
    this.sub = `${profile}-${id}`
    await this.context.addCookies([
      { name: 'e2e_user', value: `${profile}.${id}`, domain: '127.0.0.1', path: '/', sameSite: 'Lax' },
    ])
  }

  /** From the sign-in page, as an agent: the redirect to the provider and back. */
  async signIn(profile: Profile) {
    await this.as(profile)
    await this.page.goto('/')
    await this.page.getByRole('button', { name: 'Sign in with Microsoft' }).click()
    await expect(this.page.getByRole('button', { name: 'Sign out' })).toBeVisible()
  }

  /** How many access tokens the provider has issued to this user. */
  async issuedTokens(): Promise<number> {
    const response = await this.page.request.get(`${this.baseURL}/__e2e/issued?sub=${this.sub}`)
    return Number(await response.json())
  }

  /** The API refuses this user's tokens so far as expired (renewing them works). */
  async expireTokens() {
    await this.page.request.post(`${this.baseURL}/__e2e/expire?sub=${this.sub}`)
  }

  /** The user's sessions are revoked: tokens and refresh tokens refused, no silent sign-in. */
  async revokeSessions() {
    await this.page.request.post(`${this.baseURL}/__e2e/revoke?sub=${this.sub}`)
  }
}
