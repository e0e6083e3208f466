import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { renderApp } from './render-app'

afterEach(() => localStorage.clear())

async function openOpportunities(options?: Parameters<typeof renderApp>[0]) {
  const app = renderApp({ route: '/opportunities', ...options })
  await screen.findByText('All 10 customers read.', {}, { timeout: 10_000 })
  return app
}

describe('Opportunities', () => {
  it('lists every upgradable subscription across customers, with filters and totals', async () => {
    const { user } = await openOpportunities()
    expect(screen.getByRole('heading', { level: 1, name: 'Upgrade opportunities' })).toBeInTheDocument()
    expect(screen.getByText('7 subscriptions, 177 licenses')).toBeInTheDocument()
    const table = screen.getByRole('table', { name: 'Upgradable subscriptions across customers' })
    expect(within(table).getByRole('rowheader', { name: 'Relecloud – Business Basic' })).toBeInTheDocument()
    // Not upgradable: suspended, no path, no delegated admin, add-ons.
    expect(within(table).queryByRole('rowheader', { name: /Woodgrove/ })).not.toBeInTheDocument()

    await user.type(screen.getByRole('searchbox', { name: 'Customer' }), 'relecloud')
    await waitFor(() => expect(screen.getByText('2 subscriptions, 24 licenses')).toBeInTheDocument())
    await user.clear(screen.getByRole('searchbox', { name: 'Customer' }))
    await user.selectOptions(screen.getByRole('combobox', { name: 'Can upgrade to' }), 'Office 365 E1')
    await waitFor(() => expect(screen.getByText('3 subscriptions, 57 licenses')).toBeInTheDocument())
    await user.type(screen.getByRole('spinbutton', { name: 'Licenses from' }), '20')
    await waitFor(() => expect(screen.getByText('2 subscriptions, 45 licenses')).toBeInTheDocument())
  })

  it('a read-only role may look but not select', async () => {
    await openOpportunities({ role: 'billing_admin' })
    expect(
      screen.getByText('Signed in as Billing admin: you can view the opportunities, but not upgrade them.'),
    ).toBeInTheDocument()
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /Plan a bulk upgrade/ })).not.toBeInTheDocument()
  })

  it('plans to the target the list is filtered by, where every selected subscription may take it', async () => {
    const { user } = await openOpportunities()
    await user.selectOptions(screen.getByRole('combobox', { name: 'Can upgrade to' }), 'Office 365 E5')
    await waitFor(() => expect(screen.getByRole('button', { name: 'Select all 5 matching' })).toBeEnabled())
    await user.click(screen.getByRole('button', { name: 'Select all 5 matching' }))
    await user.click(screen.getByRole('button', { name: 'Plan a bulk upgrade (5)' }))
    await screen.findByRole('heading', { level: 1, name: 'Plan a bulk upgrade' })
    const selects = screen.getAllByRole('combobox', { name: 'Upgrade to' }) as HTMLSelectElement[]
    expect(selects.map((s) => s.selectedOptions[0]?.textContent)).toEqual(Array(selects.length).fill('Office 365 E5'))
    await user.click(screen.getByRole('button', { name: 'Back to the opportunities' }))
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'Upgrade opportunities' })).toHaveFocus())
  })

  it('plans, reviews and runs a bulk upgrade; the run is kept in storage', async () => {
    const { user } = await openOpportunities()
    await user.click(screen.getByRole('button', { name: 'Select all 7 matching' }))
    await user.click(screen.getByRole('button', { name: 'Plan a bulk upgrade (7)' }))
    const plan = await screen.findByRole('heading', { level: 1, name: 'Plan a bulk upgrade' })
    expect(plan).toHaveFocus()
    // Business Basic is selected at Contoso and Relecloud: only E1 is open to both.
    const basic = screen.getByRole('group', { name: /^\W?Microsoft 365 Business Basic\W?: 2 subscriptions$/ })
    const choices = within(within(basic).getByRole('combobox', { name: 'Upgrade to' })).getAllByRole('option')
    expect(choices.map((o) => o.textContent)).toEqual(['Don’t upgrade these', 'Office 365 E1'])
    await user.click(screen.getByRole('button', { name: 'Review' }))
    await screen.findByRole('heading', { level: 1, name: 'Review the bulk upgrade' })
    expect(
      screen.getByText('7 subscriptions of 6 customers will be upgraded, 177 licenses in all.'),
    ).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Start the bulk upgrade (7)' }))
    await screen.findByText('Finished.', {}, { timeout: 10_000 })
    const results = screen.getByRole('table', { name: 'Each subscription’s upgrade and its outcome' })
    expect(within(results).getAllByText(/^Upgraded: new subscription/)).toHaveLength(7)
    const stored = JSON.parse(localStorage.getItem('upgrade-console.bulk-run') ?? '{}')
    expect(stored.state).toBe('finished')
    expect(new Set(stored.items.map((i: { requestId: string }) => i.requestId)).size).toBe(7)
    await user.click(screen.getByRole('button', { name: 'Done: back to the opportunities' }))
    await screen.findByRole('heading', { level: 1, name: 'Upgrade opportunities' })
    expect(localStorage.getItem('upgrade-console.bulk-run')).toBeNull()
    // Read again: the upgraded subscriptions are no longer opportunities.
    await screen.findByText('0 subscriptions, 0 licenses', {}, { timeout: 10_000 })
  })
})
