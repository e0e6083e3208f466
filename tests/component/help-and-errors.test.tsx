import { screen, within } from '@testing-library/react'
import { HttpResponse, http } from 'msw/http'
import { describe, expect, it } from 'vitest'
import { server } from '../../mocks/node'
import { renderApp } from './render-app'

describe('help page', () => {
  it('shows the supported upgrades, the India footnote, the conditions and the roles', async () => {
    const { user } = renderApp()
    await user.click(screen.getByRole('link', { name: 'Help' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Help: upgrading a subscription' })).toBeInTheDocument()
    const table = screen.getByRole('table', { name: 'Upgrades supported in the CSP program' })
    const basic = within(table).getByRole('row', { name: /^Microsoft 365 Business Basic / })
    expect(
      within(basic)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Microsoft 365 Business Standard1', 'Office 365 E1', 'Office 365 E3', 'Office 365 E5'])
    expect(
      screen.getByText(
        /Microsoft 365 Apps for business \(India\) and Microsoft 365 Business Basic \(India\) can be upgraded to Microsoft 365 Business Standard \(India\), not to Microsoft 365 Business Standard/,
      ),
    ).toBeInTheDocument()
    expect(screen.getByText('4 concurrency_conflicts')).toBeInTheDocument()
    const main = screen.getByRole('main')
    expect(within(main).getByText('Helpdesk agent')).toBeInTheDocument()
    expect(within(main).getByText(/Other roles \(Billing admin, Account admin/)).toBeInTheDocument()
  })
})

describe('errors when loading', () => {
  it('a failed customer list says what happened, what to do and the correlation id, and retries', async () => {
    let calls = 0
    server.use(
      http.get('*/v1/customers', () => {
        calls += 1
        if (calls === 1) return HttpResponse.error()
        return undefined
      }),
    )
    const { user } = renderApp()
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Can’t reach Partner Center')
    expect(alert).toHaveTextContent('Check your network connection, then try again.')
    expect(within(alert).getByText(/^[0-9a-f-]{36}$/)).toBeInTheDocument()
    await user.click(within(alert).getByRole('button', { name: 'Try again' }))
    expect(await screen.findByRole('link', { name: 'Contoso Ltd' })).toBeInTheDocument()
  })

  it('a malformed answer becomes a clear error, not a crash', async () => {
    server.use(http.get('*/v1/customers', () => HttpResponse.json({ items: 'nope' })))
    renderApp()
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Partner Center sent an answer this app can’t read')
  })

  it('an unknown customer says it was not found', async () => {
    renderApp({ route: '/customers/00000000-0000-0000-0000-000000000000' })
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Not found')
  })
})
