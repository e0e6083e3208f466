/**
 * A long list of subscriptions renders only the rows near the viewport: scrolling far down swaps
 * them for the rows there (each still telling its place with aria-rowindex), and a row's "Why no
 * upgrade?" popover closes when its row scrolls out of the DOM, as it did when each row had its own.
 */
import { act, screen, within } from '@testing-library/react'
import { HttpResponse, http } from 'msw/http'
import { afterEach, describe, expect, it } from 'vitest'
import { server } from '../../mocks/node'
import { OFFER_IDS } from '../../src/rules/offers'
import { openCustomer, renderApp, rowOf } from './render-app'

const TOTAL = 400

// The top of its family: no upgrade, so every row has its "Why no upgrade?" button.
const E5 = { offerId: OFFER_IDS.e5, offerName: 'Office 365 E5', quantity: 10, unitType: 'Licenses', status: 'active' }
const TERM = { billingCycle: 'annual', termDuration: 'P1Y', commitmentEndDate: '2027-06-30T00:00:00Z' }

function subscription(i: number) {
  const n = String(i + 1).padStart(3, '0')
  const id = `00000000-0000-4000-8000-000000000${n}`
  return {
    id,
    friendlyName: `Blocked ${n}`,
    ...E5,
    ...TERM,
    attributes: { etag: `etag-${n}`, objectType: 'Subscription' },
  }
}

/** Scrolls the window (jsdom lays nothing out: the virtualizer places rows by their estimate). */
function scrollWindowTo(y: number) {
  Object.defineProperty(window, 'scrollY', { value: y, configurable: true })
  act(() => {
    window.dispatchEvent(new Event('scroll'))
  })
}

afterEach(() => {
  Object.defineProperty(window, 'scrollY', { value: 0, configurable: true })
})

describe('a virtualized list of subscriptions', () => {
  it('shows the rows where the agent scrolled to, and closes a row’s reasons when the row scrolls away', async () => {
    const items = Array.from({ length: TOTAL }, (_, i) => subscription(i))
    server.use(
      http.get('*/v1/customers/:customerId/subscriptions', () =>
        HttpResponse.json({ totalCount: TOTAL, items, attributes: { objectType: 'Collection' } }),
      ),
    )
    const { user } = renderApp()
    const table = await openCustomer(user, 'Contoso Ltd')
    expect(await screen.findByText(`${TOTAL} of ${TOTAL} subscriptions shown`)).toBeInTheDocument()
    expect(table).toHaveAttribute('aria-rowcount', String(TOTAL + 1))
    // Its "Why no upgrade?" button appears once the whole list is in and its eligibility known.
    const why = await within(rowOf(table, 'Blocked 002')).findByRole('button', { name: 'Why no upgrade? Blocked 002' })
    await user.click(why)
    expect(await screen.findByRole('dialog', { name: /Blocked 002/ })).toBeInTheDocument()

    scrollWindowTo(200 * 72)
    expect(within(table).queryByRole('rowheader', { name: 'Blocked 002' })).not.toBeInTheDocument()
    expect(screen.queryByRole('dialog', { name: /Blocked 002/ })).not.toBeInTheDocument()
    const shown = within(table).getByRole('rowheader', { name: 'Blocked 201' }).closest('tr')
    expect(shown).toHaveAttribute('aria-rowindex', '202')
    expect(within(table).getAllByRole('row').length).toBeLessThan(40)
  })
})
