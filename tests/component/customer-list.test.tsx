import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { openCustomer, renderApp, sentence } from './render-app'

describe('customer list', () => {
  it('lists every customer of the partner, sorted by company name', async () => {
    renderApp()
    const table = await screen.findByRole('table', { name: 'Customers' })
    const names = within(table)
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent)
    expect(names).toContain('Contoso Ltd')
    expect(names).toContain('Woodgrove Bank')
    expect(names).toEqual([...names].sort((a, b) => (a ?? '').localeCompare(b ?? '', 'en-US')))
    expect(screen.getByRole('status')).toHaveTextContent(`${names.length} customers shown of ${names.length}`)
  })

  it('finds customers by any part of the company name, ignoring case', async () => {
    const { user } = renderApp()
    await screen.findByRole('table', { name: 'Customers' })
    await user.type(screen.getByRole('searchbox', { name: 'Search by company name' }), 'toys')
    const table = screen.getByRole('table', { name: 'Customers' })
    const names = within(table)
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent)
    expect(names).toEqual(['Tailspin Toys Pvt Ltd', 'Wingtip Toys India'])
  })

  it('says so when no company name matches', async () => {
    const { user } = renderApp()
    await screen.findByRole('table', { name: 'Customers' })
    await user.type(screen.getByRole('searchbox', { name: 'Search by company name' }), 'zzz')
    expect(await screen.findByText(sentence(/^No company name contains “zzz”/))).toBeInTheDocument()
    expect(screen.queryByRole('table', { name: 'Customers' })).not.toBeInTheDocument()
  })

  it('opens a customer and shows its subscriptions with offer, quantity, status, billing and term end', async () => {
    const { user } = renderApp()
    const table = await openCustomer(user, 'Contoso Ltd')
    const row = within(table).getByRole('row', { name: /Contoso – Business Basic \(Contractors\)/ })
    expect(within(row).getByText('Microsoft 365 Business Basic')).toBeInTheDocument()
    expect(within(row).getByText('Suspended')).toBeInTheDocument()
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent?.replace(/[▲▼]/g, ''))
    expect(headers).toEqual(['Subscription', 'Offer', 'Licenses', 'Status', 'Billing', 'Term ends', 'Actions'])
  })

  it('shows an empty customer plainly', async () => {
    const { user } = renderApp()
    await user.click(await screen.findByRole('link', { name: 'Blue Yonder Airlines' }))
    expect(
      await screen.findByText(sentence('Blue Yonder Airlines has no subscriptions from you yet.')),
    ).toBeInTheDocument()
  })
})
