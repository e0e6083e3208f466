import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { HttpResponse, http } from 'msw/http'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { db } from '../../mocks/handlers'
import { server } from '../../mocks/node'
import { openCustomer, renderApp } from './render-app'

/**
 * The prorated cost previews (demo prices of the customer's market) and the activity log views.
 * The clock is fixed (Date only), so the days left in each term, and so the amounts, are known.
 */
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date('2026-11-30T12:00:00Z'))
})
afterEach(() => {
  vi.useRealTimers()
})

const FABRIKAM_APPS = 'Fabrikam – Microsoft 365 Apps for business'

describe('cost preview before Submit', () => {
  it('upgrade: credit for the remaining days, the new charge for its term and per month, the net change, in SEK; the result repeats them', async () => {
    const { user } = renderApp()
    await openCustomer(user, 'Fabrikam, Inc.')
    await user.click(screen.getByRole('button', { name: `Upgrade ${FABRIKAM_APPS}` }))
    const dialog = await screen.findByRole('dialog', { name: `Upgrade ${FABRIKAM_APPS}` })
    await user.click(await within(dialog).findByRole('radio', { name: /Microsoft 365 Business Premium/ }))
    const summary = within(dialog).getByRole('region', { name: 'What will happen' })
    // 40 licenses at 90 SEK → 240 SEK a month; the term ends 2026-12-16: 16 of 365 days left.
    const figures = [
      /Credit for 40 licenses of Fabrikam – Microsoft 365 Apps for business \(16 days left of 365\)\s*-SEK\s1,893\.69/,
      /Microsoft 365 Business Premium for its term \(12 months\)\s*SEK\s115,200\.00/,
      /Microsoft 365 Business Premium per month\s*SEK\s9,600\.00/,
      /Net change\s*\+SEK\s113,306\.31/,
    ]
    expect(await within(summary).findByText('Net change')).toBeInTheDocument()
    for (const figure of figures) expect(summary).toHaveTextContent(figure)
    expect(summary).toHaveTextContent('Demo prices')

    // Fewer licenses: the figures follow.
    const quantity = within(dialog).getByRole('spinbutton', { name: 'Licenses to upgrade' })
    await user.clear(quantity)
    await user.type(quantity, '10')
    await waitFor(() => expect(summary).toHaveTextContent(/Net change\s*\+SEK\s28,326\.58/))

    await user.click(within(dialog).getByRole('button', { name: 'Submit' }))
    const result = await screen.findByRole('dialog', { name: `${FABRIKAM_APPS} upgraded` })
    expect(await within(result).findByText('What it costs (as previewed)')).toBeInTheDocument()
    expect(result).toHaveTextContent(/Credit for 10 licenses .* \(16 days left of 365\)\s*-SEK\s473\.42/)
    expect(result).toHaveTextContent(/Net change\s*\+SEK\s28,326\.58/)
  })

  it('add licenses: the new licenses for the rest of the term, and the monthly charge before and after, in HUF (no fillér)', async () => {
    const { user } = renderApp()
    await openCustomer(user, 'Northwind Traders')
    await user.click(screen.getByRole('button', { name: 'Add licenses to Northwind – Business Standard' }))
    const dialog = await screen.findByRole('dialog', { name: 'Add licenses to Northwind – Business Standard' })
    await within(dialog).findByText('Per month after')
    // 4,560 HUF a license a month, 149 of 365 days left: 4,560 × 12 × 149 / 365 = 22,337.75 → 22,338.
    expect(dialog).toHaveTextContent(/1 new license for the rest of the term \(149 days of 365\)\s*HUF\s22,338/)
    expect(dialog).toHaveTextContent(/Per month now\s*HUF\s273,600/)
    expect(dialog).toHaveTextContent(/Per month after\s*HUF\s278,160/)
    expect(dialog).not.toHaveTextContent(/22,338\.00/)
  })

  it('without prices from the API (Partner Center gives none): no amounts, and why', async () => {
    // Partner Center's own offers: the same collection, without any price.
    server.use(
      http.get('*/v1/offers', () =>
        HttpResponse.json({
          totalCount: 1,
          items: [{ id: 'CFQ7TTC0LCHC', name: 'Microsoft 365 Business Premium', attributes: { objectType: 'Offer' } }],
          attributes: { objectType: 'Collection' },
        }),
      ),
    )
    const { user } = renderApp({ live: true })
    await openCustomer(user, 'Fabrikam, Inc.')
    await user.click(screen.getByRole('button', { name: `Upgrade ${FABRIKAM_APPS}` }))
    const dialog = await screen.findByRole('dialog', { name: `Upgrade ${FABRIKAM_APPS}` })
    await user.click(await within(dialog).findByRole('radio', { name: /Microsoft 365 Business Premium/ }))
    expect(
      await within(dialog).findByText(/Amounts aren’t shown: Partner Center’s API gives no prices\./),
    ).toBeInTheDocument()
    expect(dialog).not.toHaveTextContent('SEK')
    expect(dialog).not.toHaveTextContent('Net change')
  })
})

describe('activity', () => {
  it('a license change shows in Recent activity and on the Activity page, with before → after; filters; CSV', async () => {
    const created: Blob[] = []
    URL.createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob)
      return 'blob:activity'
    })
    URL.revokeObjectURL = vi.fn()
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})

    const { user, queryClient } = renderApp()
    await openCustomer(user, 'Contoso Ltd')
    const recent = screen.getByRole('region', { name: 'Recent activity' })
    expect(await within(recent).findByText('No changes in the last 30 days.')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Add licenses to Contoso – Business Basic' }))
    const dialog = await screen.findByRole('dialog', { name: 'Add licenses to Contoso – Business Basic' })
    const count = within(dialog).getByRole('spinbutton', { name: 'Licenses to add' })
    await user.clear(count)
    await user.type(count, '5')
    await user.click(within(dialog).getByRole('button', { name: 'Add licenses' }))

    const table = await within(recent).findByRole('table', { name: 'Recent activity of Contoso Ltd, newest first' })
    const row = within(table).getAllByRole('row')[1]
    if (!row) throw new Error('no entry')
    expect(row).toHaveTextContent('License change')
    expect(row).toHaveTextContent(
      'Contoso – Business Basic · 25 licenses · Active → changed to Contoso – Business Basic · 30 licenses · Active',
    )
    expect(row).toHaveTextContent('demo.agent@demo-partner.onmicrosoft.com')
    expect(row).toHaveTextContent('Succeeded')
    expect(within(row).getByRole('link', { name: 'Contoso – Business Basic' })).toHaveAttribute(
      'href',
      expect.stringMatching(
        /#\/customers\/5e0f7b0c-d1cd-5138-a882-1794f408f30e\?q=4efd9562-d964-546e-b7fa-a4e1093b1da4$/,
      ),
    )

    // A write the server refuses (the subscription changed meanwhile) is recorded as failed.
    const sub = db.findSubscription('5e0f7b0c-d1cd-5138-a882-1794f408f30e', '4efd9562-d964-546e-b7fa-a4e1093b1da4')
    if (!sub) throw new Error('demo data changed')
    await user.click(screen.getByRole('button', { name: 'Add licenses to Contoso – Business Basic' }))
    const again = await screen.findByRole('dialog', { name: 'Add licenses to Contoso – Business Basic' })
    await waitFor(() => expect(queryClient.isFetching()).toBe(0))
    db.setQuantity(sub.customerId, sub.id, 31)
    await user.click(within(again).getByRole('button', { name: 'Add licenses' }))
    await within(again).findByRole('alert')
    await user.click(within(again).getByRole('button', { name: 'Cancel' }))

    await user.click(screen.getByRole('link', { name: 'See all activity of Contoso Ltd' }))
    const page = await screen.findByRole('heading', { level: 1, name: 'Activity' })
    expect(page).toBeInTheDocument()
    const all = await screen.findByRole('table', { name: 'Activity, newest first' })
    await waitFor(() => expect(within(all).getAllByRole('row')).toHaveLength(3))
    const [, failed, done] = within(all).getAllByRole('row')
    expect(failed).toHaveTextContent('Failed')
    expect(failed).toHaveTextContent(/Refused \(asked for 31 licenses\): The subscription changed since you loaded it/)
    expect(done).toHaveTextContent('Succeeded')
    expect(screen.getByRole('combobox', { name: 'Customer' })).toHaveDisplayValue('Contoso Ltd')

    await user.selectOptions(screen.getByRole('combobox', { name: 'Operation' }), 'Upgrade')
    expect(await screen.findByText('No activity matches these filters in this period.')).toBeInTheDocument()
    await user.selectOptions(screen.getByRole('combobox', { name: 'Operation' }), 'License change')
    await user.selectOptions(screen.getByRole('combobox', { name: 'User' }), 'demo.agent@demo-partner.onmicrosoft.com')
    expect(await screen.findByText('2 entries')).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Export CSV' }))
    expect(click).toHaveBeenCalledOnce()
    expect(await screen.findByText('2 entries were downloaded as a CSV file.')).toBeInTheDocument()
    const csv = await created[0]?.text()
    const lines =
      csv
        ?.replace(/^\uFEFF/, '')
        .trimEnd()
        .split('\r\n') ?? []
    expect(lines[0]).toBe(
      'When,Customer,Customer ID,Subscription,Subscription ID,Operation,Before,After,By,Outcome,Correlation ID (for support)',
    )
    expect(lines).toHaveLength(3)
    expect(lines[2]).toContain(',Contoso Ltd,5e0f7b0c-d1cd-5138-a882-1794f408f30e,Contoso – Business Basic,')
    expect(lines[2]).toContain(',License change,Contoso – Business Basic · 25 licenses · Active,')

    // The date range: a start after the end is refused in words.
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-11-30' } })
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-11-20' } })
    expect(await screen.findByText(/The start date is after the end date/)).toBeInTheDocument()
    expect(screen.getByLabelText('From')).toHaveAccessibleDescription(/The start date is after the end date/)
    expect(screen.queryByRole('table', { name: 'Activity, newest first' })).not.toBeInTheDocument()
  })
})

describe('activity of a customer without any', () => {
  it('the panel says so, and its link opens the Activity page filtered to that customer, by name', async () => {
    const { user } = renderApp()
    await user.click(await screen.findByRole('link', { name: 'Blue Yonder Airlines' }))
    const recent = await screen.findByRole('region', { name: 'Recent activity' })
    expect(await within(recent).findByText('No changes in the last 30 days.')).toBeInTheDocument()
    await user.click(within(recent).getByRole('link', { name: 'See all activity of Blue Yonder Airlines' }))
    expect(await screen.findByText('No activity matches these filters in this period.')).toBeInTheDocument()
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: 'Customer' })).toHaveDisplayValue('Blue Yonder Airlines'),
    )
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeDisabled()
  })
})

describe('help', () => {
  it('documents the proration formula, with an example worked out by the rules', async () => {
    renderApp({ route: '/help' })
    expect(await screen.findByRole('heading', { level: 2, name: 'What an upgrade costs' })).toBeInTheDocument()
    expect(
      screen.getByText(/^Credit = licenses × old price per month × months in the term × days left/),
    ).toBeInTheDocument()
    expect(
      screen.getByText(
        /10 licenses from Microsoft 365 Business Basic to Microsoft 365 Business Standard at \$6\.00 and \$12\.50 per month, 73 of 365 days left: credit \$144\.00, charge \$1,500\.00, net change \$1,356\.00\./,
      ),
    ).toBeInTheDocument()
  })
})
