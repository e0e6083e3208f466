import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { openCustomer, renderApp } from './render-app'

function names(table: HTMLElement) {
  return within(table)
    .getAllByRole('rowheader')
    .map((cell) => cell.querySelector('.subscription-name')?.textContent)
}

describe('sorting, filtering and searching subscriptions', () => {
  it('sorts by a column, both ways, and says so to assistive technology', async () => {
    const { user } = renderApp()
    const table = await openCustomer(user, 'Contoso Ltd')
    const licenses = within(table).getByRole('columnheader', { name: /Licenses/ })
    await user.click(within(licenses).getByRole('button'))
    expect(licenses).toHaveAttribute('aria-sort', 'ascending')
    const quantities = () =>
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((row) => Number(within(row).getAllByRole('cell')[1]?.textContent))
    expect(quantities()).toEqual([...quantities()].sort((a, b) => a - b))
    await user.click(within(licenses).getByRole('button'))
    expect(licenses).toHaveAttribute('aria-sort', 'descending')
    expect(quantities()).toEqual([...quantities()].sort((a, b) => b - a))
    expect(window.location.hash).toContain('sort=quantity')
    expect(window.location.hash).toContain('dir=desc')
  })

  it('filters by status, offer, upgradability and search, and counts what is left', async () => {
    const { user } = renderApp()
    const table = await openCustomer(user, 'Contoso Ltd')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Suspended')
    expect(names(table)).toEqual(['Contoso – Business Basic (Contractors)'])
    expect(screen.getByText('1 of 3 subscriptions shown')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Clear filters' }))
    expect(names(table)).toHaveLength(3)

    await user.click(screen.getByRole('checkbox', { name: 'Only upgradable' }))
    expect(names(table)).toEqual(['Contoso – Business Basic'])
    await user.click(screen.getByRole('checkbox', { name: 'Only upgradable' }))

    await user.selectOptions(screen.getByRole('combobox', { name: 'Offer' }), 'Exchange Online (Plan 1)')
    expect(names(table)).toEqual(['Contoso – Exchange Online (Plan 1)'])
    await user.selectOptions(screen.getByRole('combobox', { name: 'Offer' }), 'All offers')

    await user.type(screen.getByRole('searchbox', { name: 'Search subscriptions' }), 'contractors')
    await waitFor(() => expect(names(table)).toEqual(['Contoso – Business Basic (Contractors)']))
    expect(decodeURIComponent(window.location.hash)).toContain('q=contractors')

    await user.clear(screen.getByRole('searchbox', { name: 'Search subscriptions' }))
    await user.type(screen.getByRole('searchbox', { name: 'Search subscriptions' }), 'nothing like this')
    expect(await screen.findByText('No subscription matches these filters.')).toBeInTheDocument()
  })

  it('restores a shared view from the URL, and the back button restores the previous one', async () => {
    const customer = 'Contoso Ltd'
    const { user } = renderApp()
    await openCustomer(user, customer)
    const path = window.location.hash.replace(/^#/, '').split('?')[0]
    // Open the same view as a link someone shared.
    window.history.pushState(null, '', `/#${path}?status=active&sort=quantity&dir=desc`)
    window.dispatchEvent(new HashChangeEvent('hashchange'))
    const table = await screen.findByRole('table', { name: /subscriptions of this customer/i })
    await waitFor(() =>
      expect(names(table)).toEqual(['Contoso – Business Basic', 'Contoso – Exchange Online (Plan 1)']),
    )
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('active')
    expect(within(table).getByRole('columnheader', { name: /Licenses/ })).toHaveAttribute('aria-sort', 'descending')

    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Suspended')
    expect(names(table)).toEqual(['Contoso – Business Basic (Contractors)'])
    window.history.back()
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('active'))
    expect(names(table)).toHaveLength(2)
  })

  it('tells assistive technology how many rows there are and where each stands', async () => {
    const { user } = renderApp()
    const table = await openCustomer(user, 'Contoso Ltd')
    expect(table).toHaveAttribute('aria-rowcount', '4')
    const rows = within(table).getAllByRole('row')
    expect(rows.map((row) => row.getAttribute('aria-rowindex'))).toEqual(['1', '2', '3', '4'])
  })
})
