import { screen, waitFor, within } from '@testing-library/react'
import { HttpResponse, http } from 'msw/http'
import { describe, expect, it } from 'vitest'
import { server } from '../../mocks/node'
import { openCustomer, renderApp, switchRole } from './render-app'

const BASIC = 'Contoso – Business Basic'

/** The row whose subscription is called `name` (its row header also holds the row's icon button). */
function rowOf(table: HTMLElement, name: string) {
  const header = within(table).getByRole('rowheader', {
    name: (accessible) =>
      accessible === name || (accessible.startsWith(`${name} `) && !accessible.startsWith(`${name} (`)),
  })
  const row = header.closest('tr')
  if (!row) throw new Error(`No row for ${name}`)
  return row
}

describe('upgrading a subscription', () => {
  it('by mouse: hover the info icon, Upgrade now, pick, Submit, see affected accounts, table refreshed', async () => {
    const { user } = renderApp()
    const table = await openCustomer(user, 'Contoso Ltd')
    const icon = within(rowOf(table, BASIC)).getByRole('button', { name: `Upgrade ${BASIC}` })
    // The icon stands directly after the subscription's name: nothing follows it in the name cell.
    expect(icon.closest('th')?.textContent).toBe(BASIC)
    expect(icon.nextSibling).toBeNull()

    await user.hover(icon)
    expect(await screen.findByRole('tooltip')).toHaveTextContent('4 upgrades available.')
    await user.click(await screen.findByRole('button', { name: 'Upgrade now' }))

    const dialog = await screen.findByRole('dialog', { name: `Upgrade ${BASIC}` })
    await user.click(await within(dialog).findByRole('radio', { name: /Microsoft 365 Business Standard/ }))
    expect(within(dialog).getByRole('spinbutton', { name: 'Licenses to upgrade' })).toHaveValue(25)
    expect(within(dialog).getByRole('checkbox', { name: /Move users’ licenses/ })).toBeChecked()
    const summary = within(dialog).getByRole('region', { name: 'What will happen' })
    expect(summary).toHaveTextContent('A new Microsoft 365 Business Standard subscription is created with 25 licenses.')
    expect(summary).toHaveTextContent(`${BASIC} is suspended`)
    expect(summary).toHaveTextContent('prorated credit')

    await user.click(within(dialog).getByRole('button', { name: 'Submit' }))

    const result = await screen.findByRole('dialog', { name: `${BASIC} upgraded` })
    expect(within(result).getByRole('heading', { name: 'Upgrade complete' })).toHaveFocus()
    expect(result).toHaveTextContent('New subscription: Microsoft 365 Business Standard, 25 licenses.')
    const affected = within(result).getByRole('table', { name: 'Affected accounts and services' })
    expect(within(result).getByRole('heading', { name: '2 user accounts need more work' })).toBeInTheDocument()
    const alex = within(affected).getByRole('row', { name: /Alex Wilber/ })
    expect(alex).toHaveTextContent('alex.wilber@contoso.com')
    expect(alex).toHaveTextContent('Microsoft 365 Apps (desktop)')
    expect(within(affected).getByRole('row', { name: /Lee Gu/ })).toHaveTextContent('Microsoft Bookings')

    await user.click(within(result).getByRole('button', { name: 'Done' }))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    const refreshed = screen.getByRole('table', { name: /subscriptions of this customer/i })
    const created = await waitFor(() => rowOf(refreshed, 'Microsoft 365 Business Standard'))
    expect(within(created).getByText('25')).toBeInTheDocument()
    expect(within(created).getByText('Active')).toBeInTheDocument()
    const source = rowOf(refreshed, BASIC)
    expect(within(source).getByText('Suspended')).toBeInTheDocument()
    expect(within(source).queryByRole('button', { name: `Upgrade ${BASIC}` })).not.toBeInTheDocument()
    // The source's icon is gone, so focus lands on the page heading rather than on nothing.
    expect(screen.getByRole('heading', { level: 1, name: 'Contoso Ltd' })).toHaveFocus()
  })

  it('by keyboard only: Tab to the icon, Enter, arrows to choose, Submit; Escape returns focus to the icon', async () => {
    const { user } = renderApp({ route: '/' })
    const table = await openCustomer(user, 'Fabrikam, Inc.')
    const name = 'Fabrikam – Microsoft 365 Apps for business'
    const icon = within(rowOf(table, name)).getByRole('button', { name: `Upgrade ${name}` })
    icon.focus()
    // Focus alone shows the tooltip, which tells what Enter does.
    expect(await screen.findByRole('tooltip')).toHaveTextContent('Press Enter to choose a new offer.')
    await user.keyboard('{Enter}')
    let dialog = await screen.findByRole('dialog', { name: `Upgrade ${name}` })
    await within(dialog).findByRole('radio', { name: /Microsoft 365 Business Premium/ })
    await user.keyboard('{Escape}')
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
    expect(icon).toHaveFocus()

    await user.keyboard('{Enter}')
    dialog = await screen.findByRole('dialog', { name: `Upgrade ${name}` })
    const premium = await within(dialog).findByRole('radio', { name: /Microsoft 365 Business Premium/ })
    // Tab from the close button into the radio group, then arrow to the next offer.
    while (document.activeElement !== premium) await user.tab()
    await user.keyboard('{ArrowDown}')
    expect(within(dialog).getByRole('radio', { name: /Microsoft 365 Apps for enterprise/ })).toBeChecked()
    await user.keyboard('{ArrowDown}')
    expect(within(dialog).getByRole('radio', { name: /Office 365 E3/ })).toBeChecked()
    const submit = within(dialog).getByRole('button', { name: 'Submit' })
    while (document.activeElement !== submit) await user.tab()
    await user.keyboard('{Enter}')
    const result = await screen.findByRole('dialog', { name: `${name} upgraded` })
    expect(within(result).getByRole('row', { name: /Liam Carter/ })).toHaveTextContent('Microsoft Teams')
  })

  it('a partial upgrade keeps the rest of the licenses on the source', async () => {
    const { user } = renderApp()
    const table = await openCustomer(user, 'Tailspin Toys Pvt Ltd')
    const name = 'Tailspin Toys – Business Basic (India)'
    await user.click(within(rowOf(table, name)).getByRole('button', { name: `Upgrade ${name}` }))
    const dialog = await screen.findByRole('dialog', { name: `Upgrade ${name}` })
    const radios = await within(dialog).findAllByRole('radio')
    // The India footnote: Business Standard (India), never Business Standard.
    expect(
      radios.map(
        (r) => r.getAttribute('value') && r.closest('.offer-option')?.querySelector('.offer-name')?.textContent,
      ),
    ).toEqual(['Microsoft 365 Business Standard (India)', 'Office 365 E1', 'Office 365 E3', 'Office 365 E5'])
    await user.click(within(dialog).getByRole('radio', { name: /Office 365 E1/ }))
    const quantity = within(dialog).getByRole('spinbutton', { name: 'Licenses to upgrade' })
    await user.clear(quantity)
    await user.type(quantity, '8')
    expect(within(dialog).getByRole('region', { name: 'What will happen' })).toHaveTextContent(
      `${name} keeps 12 licenses (a partial upgrade).`,
    )
    await user.click(within(dialog).getByRole('button', { name: 'Submit' }))
    const result = await screen.findByRole('dialog', { name: `${name} upgraded` })
    expect(result).toHaveTextContent(`${name} now has 12 licenses.`)
    await user.click(within(result).getByRole('button', { name: 'Done' }))
    const refreshed = screen.getByRole('table', { name: /subscriptions of this customer/i })
    await waitFor(() => expect(within(rowOf(refreshed, name)).getByText('12')).toBeInTheDocument())
    expect(within(rowOf(refreshed, name)).getByText('Active')).toBeInTheDocument()
    expect(within(rowOf(refreshed, 'Office 365 E1')).getByText('8')).toBeInTheDocument()
  })

  it('refuses a quantity above the source and says the bounds', async () => {
    const { user } = renderApp()
    const table = await openCustomer(user, 'Tailspin Toys Pvt Ltd')
    const name = 'Tailspin Toys – Business Basic (India)'
    await user.click(within(rowOf(table, name)).getByRole('button', { name: `Upgrade ${name}` }))
    const dialog = await screen.findByRole('dialog', { name: `Upgrade ${name}` })
    await user.click(await within(dialog).findByRole('radio', { name: /Office 365 E3/ }))
    const quantity = within(dialog).getByRole('spinbutton', { name: 'Licenses to upgrade' })
    await user.clear(quantity)
    await user.type(quantity, '21')
    await user.click(within(dialog).getByRole('button', { name: 'Submit' }))
    expect(quantity).toHaveAccessibleDescription('Enter a number from 1 to 20.')
    expect(screen.queryByRole('dialog', { name: /upgraded/ })).not.toBeInTheDocument()
  })

  it('shows blocked targets disabled, with the reason in words', async () => {
    const { user } = renderApp()
    const table = await openCustomer(user, 'Relecloud')
    const name = 'Relecloud – Business Basic'
    await user.click(within(rowOf(table, name)).getByRole('button', { name: `Upgrade ${name}` }))
    const dialog = await screen.findByRole('dialog', { name: `Upgrade ${name}` })
    const standard = await within(dialog).findByRole('radio', { name: /Microsoft 365 Business Standard/ })
    expect(standard).toBeDisabled()
    expect(standard).toHaveAccessibleDescription(
      /already has Microsoft 365 Apps for business from you, which includes Microsoft 365 Apps \(desktop\)/,
    )
    expect(within(dialog).getByRole('radio', { name: /Office 365 E1/ })).toBeEnabled()
  })

  it('shows an API failure with what to do and the correlation id, keeps the choice, and Try again submits it', async () => {
    let failures = 1
    server.use(
      http.post('*/v1/customers/:customerId/subscriptions/:subscriptionId/upgrades', () => {
        if (failures-- <= 0) return undefined
        return HttpResponse.json(
          { code: 500, description: 'Upgrade service unavailable.', data: [], source: 'PartnerCenter' },
          { status: 503, headers: { 'MS-CorrelationId': '11111111-2222-3333-4444-555555555555' } },
        )
      }),
    )
    const { user } = renderApp()
    const table = await openCustomer(user, 'Contoso Ltd')
    await user.click(within(rowOf(table, BASIC)).getByRole('button', { name: `Upgrade ${BASIC}` }))
    const dialog = await screen.findByRole('dialog', { name: `Upgrade ${BASIC}` })
    await user.click(await within(dialog).findByRole('radio', { name: /Office 365 E1/ }))
    await user.click(within(dialog).getByRole('button', { name: 'Submit' }))
    const alert = await within(dialog).findByRole('alert')
    expect(alert).toHaveTextContent('Partner Center had a problem')
    expect(alert).toHaveTextContent('Try again in a moment.')
    expect(alert).toHaveTextContent('11111111-2222-3333-4444-555555555555')
    expect(within(dialog).getByRole('radio', { name: /Office 365 E1/ })).toBeChecked()
    // The panel that says "Try again" has the button that does it (issue 13, point 8).
    await user.click(within(alert).getByRole('button', { name: 'Try again' }))
    expect(await screen.findByRole('dialog', { name: `${BASIC} upgraded` })).toBeInTheDocument()
  })

  it('submits once however often Submit is clicked', async () => {
    let posts = 0
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'POST') posts += 1
    })
    const { user } = renderApp()
    const table = await openCustomer(user, 'Contoso Ltd')
    await user.click(within(rowOf(table, BASIC)).getByRole('button', { name: `Upgrade ${BASIC}` }))
    const dialog = await screen.findByRole('dialog', { name: `Upgrade ${BASIC}` })
    await user.click(await within(dialog).findByRole('radio', { name: /Office 365 E3/ }))
    const submit = within(dialog).getByRole('button', { name: 'Submit' })
    await user.dblClick(submit)
    await user.click(submit)
    await screen.findByRole('dialog', { name: `${BASIC} upgraded` })
    server.events.removeAllListeners()
    expect(posts).toBe(1)
  })
})

describe('rows that cannot be upgraded', () => {
  it.each([
    ['Adventure Works', 'Adventure Works – Business Basic', /don’t have delegated admin privileges/],
    ['Contoso Ltd', 'Contoso – Business Basic (Contractors)', /status is Suspended/],
    ['Contoso Ltd', 'Contoso – Exchange Online (Plan 1)', /no upgrade path/],
    ['Northwind Traders', 'Northwind – Business Basic (Warehouse)', /still being set up \(pending\)/],
    ['Woodgrove Bank', 'Woodgrove Bank – Business Basic', /has add-ons \(Exchange Online Archiving/],
    [
      'Litware, Inc.',
      'Litware – Business Basic',
      /already has Microsoft 365 Business Standard through another partner or channel.*cancels/,
    ],
  ])('%s: %s says why on demand', async (company, name, reason) => {
    const { user } = renderApp()
    const table = await openCustomer(user, company)
    const row = rowOf(table, name)
    expect(within(row).queryByRole('button', { name: `Upgrade ${name}` })).not.toBeInTheDocument()
    await user.click(within(row).getByRole('button', { name: `Why no upgrade? ${name}` }))
    const popover = await screen.findByRole('dialog', { name: `Why ${name} can’t be upgraded` })
    expect(popover).toHaveTextContent(reason)
    await user.keyboard('{Escape}')
    expect(within(row).getByRole('button', { name: `Why no upgrade? ${name}` })).toHaveFocus()
  })

  it('a role without the right sees no upgrade action and is told why', async () => {
    const { user } = renderApp({ role: 'billing_admin' })
    const table = await openCustomer(user, 'Contoso Ltd')
    expect(within(table).queryAllByRole('button', { name: /^(Upgrade|Add licenses|Why no upgrade)/ })).toEqual([])
    expect(within(table).queryByRole('columnheader', { name: 'Actions' })).not.toBeInTheDocument()
    expect(screen.getByRole('note')).toHaveTextContent('You’re signed in as Billing admin')
  })

  it('switching role takes the actions away and back', async () => {
    const { user } = renderApp()
    const table = await openCustomer(user, 'Contoso Ltd')
    expect(within(table).getByRole('button', { name: `Upgrade ${BASIC}` })).toBeInTheDocument()
    await switchRole(user, 'Executive report viewer')
    expect(screen.getByText('Signed in as Executive report viewer')).toBeInTheDocument()
    const readOnly = await screen.findByRole('table', { name: /subscriptions of this customer/i })
    expect(within(readOnly).queryAllByRole('button', { name: /^(Upgrade|Add licenses|Why no upgrade)/ })).toEqual([])
    await switchRole(user, 'Helpdesk agent')
    const again = await screen.findByRole('table', { name: /subscriptions of this customer/i })
    expect(await within(again).findByRole('button', { name: `Upgrade ${BASIC}` })).toBeInTheDocument()
  })
})
