import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach } from 'vitest'
import { createDemoControls, type MockDemoControls } from '../../mocks/demo'
import { db, mockSettings } from '../../mocks/handlers'
import { App } from '../../src/app/app'
import { createQueryClient } from '../../src/app/query-client'
import type { LiveAuth } from '../../src/auth/live-auth'
import type { DemoControls } from '../../src/contract/demo-controls'
import type { PartnerRole } from '../../src/rules/roles'

let demo: MockDemoControls | undefined
afterEach(() => {
  demo?.dispose()
  demo = undefined
})

/**
 * Renders the whole app at `route`, as an agent with `role`, over the MSW handlers, with the demo
 * controls the app has in mock mode (no browser storage here).
 */
export function renderApp({
  route = '/',
  role = 'admin_agent',
  realRetries = false,
  live = false,
  auth,
  demo: given,
}: {
  route?: string
  role?: PartnerRole
  /** Keep the app's own retry policy for reads (429 after Retry-After, 5xx, network). */
  realRetries?: boolean
  /** As in live mode: no demo controls (the handlers still answer). */
  live?: boolean
  /** Live mode's sign-in (a test double of MSAL): the roles come from it, not from `role`. */
  auth?: LiveAuth
  /** Demo controls of the test's own (default: fresh ones over the handlers' database). */
  demo?: DemoControls
} = {}) {
  // Routes live in the URL's hash.
  window.history.replaceState(null, '', `/#${route}`)
  const queryClient = createQueryClient()
  // Each test gets a fresh cache, and reads fail at once instead of retrying.
  if (!realRetries) {
    queryClient.setDefaultOptions({ queries: { retry: false, staleTime: 0 }, mutations: { retry: false } })
  }
  const user = userEvent.setup()
  demo = live || auth || given ? undefined : createDemoControls({ db, settings: mockSettings })
  const view = render(<App queryClient={queryClient} initialRole={role} demo={given ?? demo} auth={auth} />)
  return { user, queryClient, demo, ...view }
}

/** Opens a customer's page from the customer list, as an agent does. */
export async function openCustomer(user: ReturnType<typeof userEvent.setup>, companyName: string) {
  await user.click(await screen.findByRole('link', { name: companyName }))
  await screen.findByRole('heading', { level: 1, name: companyName })
  return screen.findByRole('table', { name: /subscriptions of this customer/i })
}

/** Signs in as another role through the demo panel, as a presenter does. */
export async function switchRole(user: ReturnType<typeof userEvent.setup>, roleLabel: string) {
  await user.click(screen.getByRole('button', { name: 'Demo controls' }))
  const panel = await screen.findByRole('dialog', { name: 'Demo controls' })
  await user.selectOptions(within(panel).getByRole('combobox', { name: 'Signed in as' }), roleLabel)
  await user.click(within(panel).getByRole('button', { name: 'Close' }))
}

/**
 * A text matcher for a whole sentence whose interpolated names sit in <bdi> elements (so the
 * sentence is split over several nodes): the innermost element whose text is exactly `text`.
 */
export function sentence(text: string | RegExp) {
  const matches = (content: string | null | undefined) => {
    const normalized = (content ?? '').replace(/\s+/g, ' ').trim()
    return typeof text === 'string' ? normalized === text : text.test(normalized)
  }
  return (_content: string, element: Element | null) =>
    element !== null && matches(element.textContent) && ![...element.children].some((c) => matches(c.textContent))
}

/** The row of the subscription named `name` in a customer's subscription table. */
export function rowOf(table: HTMLElement, name: string) {
  const header = within(table).getByRole('rowheader', {
    name: (n) => n === name || (n.startsWith(`${name} `) && !n.startsWith(`${name} (`)),
  })
  const row = header.closest('tr')
  if (!row) throw new Error(`No row for ${name}`)
  return row
}

/** Opens the Add licenses dialog of the subscription called `name` in `table` (its row's button). */
export async function openAddLicenses(user: ReturnType<typeof userEvent.setup>, table: HTMLElement, name: string) {
  await user.click(within(rowOf(table, name)).getByRole('button', { name: `Add licenses to ${name}` }))
  return screen.findByRole('dialog', { name: `Add licenses to ${name}` })
}

/** Opens the upgrade dialog of Contoso's Business Basic and picks the offer matching `target`. */
export async function openUpgrade(user: ReturnType<typeof userEvent.setup>, target: RegExp) {
  const table = await openCustomer(user, 'Contoso Ltd')
  const name = 'Contoso – Business Basic'
  await user.click(within(rowOf(table, name)).getByRole('button', { name: `Upgrade ${name}` }))
  const dialog = await screen.findByRole('dialog', { name: `Upgrade ${name}` })
  await user.click(await within(dialog).findByRole('radio', { name: target }))
  return dialog
}

/** A live sign-in before the agent has signed in (a test double of MSAL in a fresh tab). */
export const signedOut: LiveAuth = {
  user: () => undefined,
  signInError: () => undefined,
  signIn: async () => undefined,
  signOut: async () => undefined,
  tokenSilently: async () => undefined,
  signInAgain: async () => {
    throw new Error('not signed in')
  },
}
