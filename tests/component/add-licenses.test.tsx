import { screen, waitFor, within } from '@testing-library/react'
import { HttpResponse, http } from 'msw/http'
import { describe, expect, it } from 'vitest'
import { server } from '../../mocks/node'
import { openAddLicenses, openCustomer, renderApp, sentence } from './render-app'

const NAME = 'Contoso – Business Basic'

function row(table: HTMLElement) {
  const header = within(table).getByRole('rowheader', { name: (n) => n === NAME || n.startsWith(`${NAME} Upgrade`) })
  const tr = header.closest('tr')
  if (!tr) throw new Error('no row')
  return tr
}

describe('add licenses', () => {
  it('raises the quantity, announces it, and returns focus to the button', async () => {
    const { user } = renderApp()
    const table = await openCustomer(user, 'Contoso Ltd')
    const open = within(row(table)).getByRole('button', { name: `Add licenses to ${NAME}` })
    await user.click(open)
    const dialog = await screen.findByRole('dialog', { name: `Add licenses to ${NAME}` })
    expect(dialog).toHaveTextContent('It has 25 licenses; Microsoft 365 Business Basic allows at most 300.')
    const count = within(dialog).getByRole('spinbutton', { name: 'Licenses to add' })
    await user.clear(count)
    await user.type(count, '5')
    expect(count).toHaveAccessibleDescription('New total: 30. You can add up to 275.')
    await user.click(within(dialog).getByRole('button', { name: 'Add licenses' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(await screen.findByText(sentence(`Added 5 licenses to ${NAME}: it now has 30.`))).toBeInTheDocument()
    await waitFor(() => expect(within(row(table)).getByText('30')).toBeInTheDocument())
    expect(within(row(table)).getByRole('button', { name: `Add licenses to ${NAME}` })).toHaveFocus()
  })

  it('refuses more than the offer allows, says the limit, and sends nothing', async () => {
    let patches = 0
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'PATCH') patches += 1
    })
    const { user } = renderApp()
    const table = await openCustomer(user, 'Contoso Ltd')
    const dialog = await openAddLicenses(user, table, NAME)
    const count = within(dialog).getByRole('spinbutton', { name: 'Licenses to add' })
    await user.clear(count)
    await user.type(count, '276')
    await user.click(within(dialog).getByRole('button', { name: 'Add licenses' }))
    expect(count).toHaveAccessibleDescription(
      'Microsoft 365 Business Basic allows at most 300 licenses, so you can add up to 275. For more, upgrade to an enterprise plan.',
    )
    expect(count).toBeInvalid()
    server.events.removeAllListeners()
    expect(patches).toBe(0)
  })

  it('shows the API refusal with the correlation id when the subscription changed meanwhile', async () => {
    server.use(
      http.patch('*/v1/customers/:customerId/subscriptions/:subscriptionId', () =>
        HttpResponse.json(
          {
            code: 412,
            description: 'The subscription was changed by someone else.',
            data: [],
            source: 'PartnerCenter',
          },
          { status: 412, headers: { 'MS-CorrelationId': 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee' } },
        ),
      ),
    )
    const { user } = renderApp()
    const table = await openCustomer(user, 'Contoso Ltd')
    const dialog = await openAddLicenses(user, table, NAME)
    await user.click(within(dialog).getByRole('button', { name: 'Add licenses' }))
    const alert = await within(dialog).findByRole('alert')
    expect(alert).toHaveTextContent('This subscription changed meanwhile')
    expect(alert).toHaveTextContent('Nothing was changed.')
    expect(alert).toHaveTextContent('aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee')
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    expect(within(row(table)).getByText('25')).toBeInTheDocument()
  })

  it('offers no Add licenses on a subscription that is not active', async () => {
    const { user } = renderApp()
    const table = await openCustomer(user, 'Contoso Ltd')
    expect(
      within(table).queryByRole('button', { name: 'Add licenses to Contoso – Business Basic (Contractors)' }),
    ).not.toBeInTheDocument()
  })
})
