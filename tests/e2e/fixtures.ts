import AxeBuilder from '@axe-core/playwright'
import { test as base, expect, type Locator, type Page } from '@playwright/test'

export { expect }

/** Every test starts in a fresh browser context (Playwright's default), so the demo data is fresh. */
export const test = base.extend<{ app: App }>({
  app: async ({ page }, use) => {
    await use(new App(page))
  },
})

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

export class App {
  constructor(readonly page: Page) {}

  /** Opens the customer list and waits until the mock API answered. */
  async open(path = '/', search = '') {
    // Routes live in the URL's hash; `search` holds real query parameters such as ?scenario=.
    await this.page.goto(`/${search}#${path}`)
    await expect(this.page.getByRole('heading', { level: 1 })).toBeVisible()
  }

  /** Chooses the language in the top bar by its own name; with `locale`, waits until the page is in it. */
  async chooseLanguage(label: string, locale?: string) {
    await this.page.locator('.locale-picker select').selectOption({ label })
    if (locale) await expect(this.page.locator('html')).toHaveAttribute('lang', locale)
  }

  async openCustomer(companyName: string) {
    await this.open('/')
    await this.page.getByRole('link', { name: companyName, exact: true }).click()
    await expect(this.page.getByRole('heading', { level: 1, name: companyName })).toBeVisible()
    return this.subscriptions()
  }

  subscriptions(): Locator {
    return this.page.getByRole('table', { name: 'Subscriptions of this customer' })
  }

  /** The row of the subscription called `name` (its row header also holds the row's icon button). */
  row(name: string): Locator {
    return this.subscriptions()
      .getByRole('row')
      .filter({
        has: this.page.getByRole('rowheader').filter({ hasText: new RegExp(`^${escapeRegExp(name)}(Add-on|$)`) }),
      })
  }

  infoIcon(name: string): Locator {
    return this.page.getByRole('button', { name: `Upgrade ${name}`, exact: true })
  }

  /** Opens the demo panel (a drawer, plainly marked demo-only) and returns it. */
  async demoPanel(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Demo controls' }).click()
    const panel = this.page.getByRole('dialog', { name: 'Demo controls' })
    await expect(panel).toBeVisible()
    return panel
  }

  /** Signs in as another partner role through the demo panel. */
  async switchRole(label: string) {
    const panel = await this.demoPanel()
    await panel.getByRole('combobox', { name: 'Signed in as' }).selectOption({ label })
    await panel.getByRole('button', { name: 'Close' }).click()
    await expect(this.page.getByText(`Signed in as ${label}`, { exact: true })).toBeVisible()
  }

  /** Axe, with the WCAG 2.0-2.2 A/AA rules, on whatever the page shows now: zero violations. */
  async expectAccessible(state: string) {
    const results = await new AxeBuilder({ page: this.page }).withTags(AXE_TAGS).analyze()
    const violations = results.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`,
    )
    expect(violations, `axe violations in state "${state}"`).toEqual([])
  }

  /** The focused element shows a visible focus indicator (:focus-visible and a real outline or shadow). */
  async expectFocusVisible() {
    // Polled: a screen that is still settling (a catalog arriving re-renders it) gets a moment.
    await expect
      .poll(
        () =>
          this.page.evaluate(() => {
            const el = document.activeElement
            if (!el || el === document.body) return false
            const style = getComputedStyle(el)
            const outlined = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0
            return el.matches(':focus-visible') && (outlined || style.boxShadow !== 'none')
          }),
        { message: 'the focused element shows a focus indicator' },
      )
      .toBe(true)
  }

  /** Presses Tab until `target` has focus (at most `limit` times), as a keyboard user would. */
  async tabTo(target: Locator, limit = 40) {
    for (let i = 0; i < limit; i++) {
      if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return
      await this.page.keyboard.press('Tab')
    }
    throw new Error(`Could not reach ${target} with Tab`)
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * Injects an inline <script> as an XSS would; resolves with whether it ran and which directive
 * of the Content-Security-Policy refused it.
 */
export function injectInlineScript(page: Page): Promise<{ ran: boolean; violated: string }> {
  return page.evaluate(
    () =>
      new Promise<{ ran: boolean; violated: string }>((resolve) => {
        const w = window as unknown as { injected?: boolean }
        document.addEventListener('securitypolicyviolation', (event) =>
          resolve({ ran: w.injected === true, violated: event.effectiveDirective }),
        )
        const script = document.createElement('script')
        script.textContent = 'window.injected = true'
        document.head.append(script)
      }),
  )
}

/** Requests for `url` held back until `release()`: the page waits meanwhile on what they bring. */
export async function holdRequests(page: Page, url: RegExp): Promise<() => void> {
  let release: () => void = () => undefined
  const held = new Promise<void>((resolve) => {
    release = resolve
  })
  await page.route(url, async (route) => {
    await held
    await route.continue()
  })
  return release
}
