import { render, screen } from '@testing-library/react'
import { expect, it } from 'vitest'
import { App } from '../../src/app/app'
import { createQueryClient } from '../../src/app/query-client'

it('live mode: a demo link’s demo-only parameters are reported as ignored, and no tour starts', async () => {
  window.history.replaceState(null, '', '/#/')
  render(
    <App
      queryClient={createQueryClient()}
      bootNotices={[{ kind: 'demo_only', params: ['scenario', 'role', 'tour'] }]}
      startTour
    />,
  )
  expect(
    await screen.findByText(
      'The demo link’s scenario, role, and tour apply only to the demo, not to a live Partner Center, so they were ignored.',
    ),
  ).toBeVisible()
  await screen.findByRole('heading', { level: 1, name: 'Customers' })
  expect(screen.queryByRole('dialog')).toBeNull()
  expect(screen.queryByRole('button', { name: /tour/i })).toBeNull()
})
