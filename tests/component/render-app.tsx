import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { App } from '../../src/app/app'
import { createQueryClient } from '../../src/app/query-client'
import type { PartnerRole } from '../../src/rules/roles'

/** Renders the whole app at `route`, as an agent with `role`, over the MSW handlers. */
export function renderApp({
  route = '/',
  role = 'admin_agent',
  realRetries = false,
}: {
  route?: string
  role?: PartnerRole
  /** Keep the app's own retry policy for reads (429 after Retry-After, 5xx, network). */
  realRetries?: boolean
} = {}) {
  // Routes live in the URL's hash.
  window.history.replaceState(null, '', `/#${route}`)
  const queryClient = createQueryClient()
  // Each test gets a fresh cache, and reads fail at once instead of retrying.
  if (!realRetries) {
    queryClient.setDefaultOptions({ queries: { retry: false, staleTime: 0 }, mutations: { retry: false } })
  }
  const user = userEvent.setup()
  const view = render(<App queryClient={queryClient} initialRole={role} />)
  return { user, queryClient, ...view }
}

/** Opens a customer's page from the customer list, as an agent does. */
export async function openCustomer(user: ReturnType<typeof userEvent.setup>, companyName: string) {
  await user.click(await screen.findByRole('link', { name: companyName }))
  await screen.findByRole('heading', { level: 1, name: companyName })
  return screen.findByRole('table', { name: /subscriptions of this customer/i })
}
