/**
 * A large customer's subscriptions fill in as they arrive: the first rows show before the rest has
 * been read, with a status saying how far it got, and upgrades are offered only once every
 * subscription is there (eligibility depends on all of the customer's holdings).
 */
import { screen, within } from '@testing-library/react'
import { HttpResponse, http } from 'msw/http'
import { describe, expect, it } from 'vitest'
import { server } from '../../mocks/node'
import { OFFER_IDS } from '../../src/rules/offers'
import { openCustomer, renderApp } from './render-app'

const TOTAL = 300

function subscription(i: number) {
  const n = String(i + 1).padStart(3, '0')
  return {
    id: `00000000-0000-4000-8000-000000000${n}`,
    offerId: OFFER_IDS.businessBasic,
    offerName: 'Microsoft 365 Business Basic',
    friendlyName: `Streamed ${n}`,
    quantity: 10,
    unitType: 'Licenses',
    status: 'active',
    billingCycle: 'annual',
    termDuration: 'P1Y',
    commitmentEndDate: '2027-06-30T00:00:00Z',
    attributes: { etag: `etag-${n}`, objectType: 'Subscription' },
  }
}

/** The list's JSON in two parts: the second is sent when `release` is called. */
function streamedList() {
  const items = Array.from({ length: TOTAL }, (_, i) => JSON.stringify(subscription(i)))
  const first = `{"totalCount":${TOTAL},"items":[${items.slice(0, 150).join(',')},`
  const rest = `${items.slice(150).join(',')}],"links":{"self":{"uri":"/customers/x/subscriptions","method":"GET","headers":[]}},"attributes":{"objectType":"Collection"}}`
  let release: () => void = () => undefined
  const released = new Promise<void>((resolve) => {
    release = resolve
  })
  const encoder = new TextEncoder()
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      controller.enqueue(encoder.encode(first))
      await released
      controller.enqueue(encoder.encode(rest))
      controller.close()
    },
  })
  return { body, release }
}

describe('a large list of subscriptions', () => {
  it('shows the first rows while the rest arrives, then all of them with their upgrades', async () => {
    const { body, release } = streamedList()
    server.use(
      http.get(
        '*/v1/customers/:customerId/subscriptions',
        () => new HttpResponse(body, { headers: { 'Content-Type': 'application/json' } }),
      ),
    )
    const { user } = renderApp()
    const table = await openCustomer(user, 'Contoso Ltd')
    expect(
      await screen.findByText(
        'Loading subscriptions: 100 of 300 so far. Upgrade options appear when all have arrived.',
      ),
    ).toBeInTheDocument()
    expect(table).toHaveAttribute('aria-rowcount', String(100 + 1))
    expect(within(table).getByRole('rowheader', { name: 'Streamed 001' })).toBeInTheDocument()
    expect(within(table).queryByRole('button', { name: /^Upgrade / })).not.toBeInTheDocument()

    release()
    expect(await within(table).findAllByRole('button', { name: /^Upgrade Streamed/ })).not.toHaveLength(0)
    expect(table).toHaveAttribute('aria-rowcount', String(TOTAL + 1))
    expect(screen.getByText(`${TOTAL} of ${TOTAL} subscriptions shown`)).toBeInTheDocument()
    expect(screen.queryByText(/^Loading subscriptions:/)).not.toBeInTheDocument()
  })

  it('reports a list with a broken subscription after its first rows, with the correlation id, instead of half a list', async () => {
    const items = Array.from({ length: 120 }, (_, i) => subscription(i)) as unknown[]
    items[110] = { ...subscription(110), quantity: 'ten' }
    server.use(
      http.get('*/v1/customers/:customerId/subscriptions', () =>
        HttpResponse.json({ totalCount: items.length, items, attributes: { objectType: 'Collection' } }),
      ),
    )
    const { user } = renderApp()
    await user.click(await screen.findByRole('link', { name: 'Contoso Ltd' }))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Partner Center sent an answer this app can’t read')
    expect(alert).toHaveTextContent(/Correlation ID/)
    expect(screen.queryByRole('table', { name: /subscriptions of this customer/i })).not.toBeInTheDocument()
  })

  it('reports a list whose answer breaks off after its first rows as a lost connection, with the correlation id', async () => {
    const items = Array.from({ length: 300 }, (_, i) => JSON.stringify(subscription(i)))
    const encoder = new TextEncoder()
    server.use(
      http.get('*/v1/customers/:customerId/subscriptions', () => {
        const body = new ReadableStream<Uint8Array>({
          pull(controller) {
            controller.enqueue(encoder.encode(`{"totalCount":300,"items":[${items.slice(0, 150).join(',')},`))
            controller.error(new TypeError('The connection was reset.'))
          },
        })
        return new HttpResponse(body, { headers: { 'Content-Type': 'application/json' } })
      }),
    )
    const { user } = renderApp()
    await user.click(await screen.findByRole('link', { name: 'Contoso Ltd' }))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Can’t reach Partner Center')
    expect(alert).toHaveTextContent('Check your network connection, then try again.')
    expect(alert).toHaveTextContent(/Correlation ID/)
    expect(screen.queryByRole('table', { name: /subscriptions of this customer/i })).not.toBeInTheDocument()
  })
})
