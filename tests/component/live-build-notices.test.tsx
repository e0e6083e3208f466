/**
 * A live build (VITE_API_BASE_URL set at build time) opened from a demo link: only the language
 * and the page apply, and the parameters that apply only to the demo are reported as ignored
 * (docs/demo.md). The app is imported after the variable is set, as a live build's bundle is made
 * with it; in a file of its own, so that no module was loaded without it.
 */
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterAll, expect, it, vi } from 'vitest'
import { createDemoToken } from '../../mocks/auth'
import type { LiveAuth } from '../../src/auth/live-auth'

afterAll(() => {
  vi.unstubAllEnvs()
})

const alex: LiveAuth = {
  user: () => ({ name: 'Alex Wilber', username: 'alex@partner.example', roles: ['admin_agent'] }),
  signInError: () => undefined,
  signIn: async () => undefined,
  signOut: async () => undefined,
  tokenSilently: async () => createDemoToken('admin_agent', 'Alex Wilber'),
  signInAgain: async () => createDemoToken('admin_agent', 'Alex Wilber'),
}

it('a live build reports a demo link’s demo-only parameters as ignored, and the agent can dismiss it', async () => {
  vi.stubEnv('VITE_API_BASE_URL', 'https://api.partnercenter.microsoft.com/v1')
  const [{ App }, { createQueryClient }] = await Promise.all([
    import('../../src/app/app'),
    import('../../src/app/query-client'),
  ])
  window.history.replaceState(null, '', '/#/')
  render(
    <App
      queryClient={createQueryClient()}
      auth={alex}
      bootNotices={[{ kind: 'demo_only', params: ['scenario', 'role', 'tour'] }]}
    />,
  )
  const text =
    'The demo link’s scenario, role, and tour apply only to the demo, not to a live Partner Center, so they were ignored.'
  const notice = (await screen.findByText(text)).closest('[role="status"]')
  if (!(notice instanceof HTMLElement)) throw new Error('the notice is not announced as a status')
  expect(await screen.findByRole('button', { name: 'Sign out' })).toBeVisible()
  expect(screen.queryByRole('button', { name: 'Demo controls' })).toBeNull()
  await userEvent.setup().click(within(notice).getByRole('button', { name: 'Dismiss' }))
  expect(screen.queryByText(text)).toBeNull()
})
