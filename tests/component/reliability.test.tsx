import { screen, waitFor, within } from '@testing-library/react'
import { getResponse } from 'msw'
import { HttpResponse, http } from 'msw/http'
import { delay } from 'msw/utils/delay'
import { afterEach, describe, expect, it } from 'vitest'
import { db, handlers, setFault } from '../../mocks/handlers'
import { server } from '../../mocks/node'
import { clientSettings } from '../../src/api/config'
import { openAddLicenses, openCustomer, openUpgrade, renderApp, rowOf, sentence } from './render-app'

const BASIC = 'Contoso – Business Basic'
const UPGRADES = '*/v1/customers/:customerId/subscriptions/:subscriptionId/upgrades'

function dataNow() {
  return JSON.stringify(db.snapshot().state)
}

function countRequests(method: string) {
  const ids: string[] = []
  server.events.on('request:start', ({ request }) => {
    if (request.method === method) ids.push(request.headers.get('MS-RequestId') ?? '')
  })
  return ids
}

afterEach(() => {
  server.events.removeAllListeners()
  clientSettings.requestTimeoutMs = 20_000
})

describe('every failure has a designed state, and nothing changes that should not', () => {
  it('400: an upgrade that became ineligible meanwhile is refused with the reason; choices refresh', async () => {
    const { user } = renderApp()
    const dialog = await openUpgrade(user, /^Office 365 E3/)
    // Meanwhile, someone else upgrades part of it to E3: the customer now holds E3.
    const contoso = db.state.customers.find((c) => c.companyName === 'Contoso Ltd')
    const source = db.state.subscriptions.find((s) => s.friendlyName === BASIC)
    if (!contoso || !source) throw new Error('demo data changed')
    db.upgrade(contoso.id, source.id, {
      targetOfferId: '796B6B5F-613C-4E24-A17C-EBA730D49C02',
      quantity: 5,
      upgradeType: 'upgrade_only',
    })
    const before = dataNow()
    await user.click(within(dialog).getByRole('button', { name: 'Submit' }))
    const alert = await within(dialog).findByRole('alert')
    expect(alert).toHaveTextContent(/Partner Center refused the request|changed meanwhile/)
    expect(dataNow()).toBe(before)
    // The dialog now shows E3 as unavailable, with the reason.
    await waitFor(() => expect(within(dialog).getByRole('radio', { name: /^Office 365 E3/ })).toBeDisabled())
    expect(within(dialog).getByRole('radio', { name: /^Office 365 E3/ })).toHaveAccessibleDescription(
      /already has Office 365 E3 from you/,
    )
  })

  it('401: an expired sign-in says so', async () => {
    server.use(
      http.get('*/v1/customers', () =>
        HttpResponse.json({ code: 400, description: 'Access denied.', data: [] }, { status: 401 }),
      ),
    )
    renderApp()
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Your sign-in has expired')
    expect(alert).toHaveTextContent('Sign in again')
  })

  it('403: no relationship with the customer names it, explains, and offers no useless Try again', async () => {
    server.use(
      http.get('*/v1/customers/:customerId', () =>
        HttpResponse.json(
          { code: 20002, description: 'The partner has no relationship with this customer.', data: [] },
          { status: 403, headers: { 'MS-CorrelationId': '99999999-8888-7777-6666-555555555555' } },
        ),
      ),
    )
    const { user } = renderApp()
    await user.click(await screen.findByRole('link', { name: 'Contoso Ltd' }))
    // The page names the customer (from the customer list), not "Customer", and says why.
    const heading = await screen.findByRole('heading', { level: 1, name: 'Contoso Ltd' })
    await waitFor(() => expect(heading).toHaveFocus())
    const main = screen.getByRole('main')
    expect(main).toHaveTextContent('you have no relationship with it as its partner')
    expect(main).toHaveTextContent('send the customer a reseller relationship request')
    expect(main).toHaveTextContent('HTTP 403 · code 20002')
    expect(main).toHaveTextContent('99999999-8888-7777-6666-555555555555')
    // Trying again cannot help, and an Admin agent is not told to ask an Admin agent.
    expect(within(main).queryByRole('button', { name: 'Try again' })).toBeNull()
    expect(main).not.toHaveTextContent(/Ask a Global admin or Admin agent/)
    // The rest of the app stays usable.
    await user.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Customers' }))
    expect(await screen.findByRole('link', { name: 'Fabrikam, Inc.' })).toBeInTheDocument()
  })

  it('404: a subscription gone meanwhile says so in the dialog', async () => {
    server.use(
      http.get(UPGRADES, () =>
        HttpResponse.json({ code: 20003, description: 'Subscription not found.', data: [] }, { status: 404 }),
      ),
    )
    const { user } = renderApp()
    const table = await openCustomer(user, 'Contoso Ltd')
    await user.click(within(rowOf(table, BASIC)).getByRole('button', { name: `Upgrade ${BASIC}` }))
    const dialog = await screen.findByRole('dialog', { name: `Upgrade ${BASIC}` })
    const alert = await within(dialog).findByRole('alert')
    expect(alert).toHaveTextContent('Not found')
    expect(alert).toHaveTextContent('Subscription not found.')
  })

  it('409: a conflicting write says what happened, refreshes, and changes nothing', async () => {
    const { user } = renderApp()
    const dialog = await openUpgrade(user, /^Office 365 E1/)
    const before = dataNow()
    setFault({ kind: 'conflict', scope: 'next' })
    await user.click(within(dialog).getByRole('button', { name: 'Submit' }))
    const alert = await within(dialog).findByRole('alert')
    expect(alert).toHaveTextContent('This subscription changed meanwhile')
    expect(alert).toHaveTextContent('Nothing was changed.')
    expect(dataNow()).toBe(before)
    // Submitting again, now that nothing conflicts, works.
    await user.click(within(dialog).getByRole('button', { name: 'Submit' }))
    expect(await screen.findByRole('dialog', { name: `${BASIC} upgraded` })).toBeInTheDocument()
  })

  it('412: a stale quantity change is refused, the fresh count is shown, and the retry applies to it', async () => {
    const { user } = renderApp()
    const table = await openCustomer(user, 'Contoso Ltd')
    const dialog = await openAddLicenses(user, table, BASIC)
    // Meanwhile, someone else adds 5 licenses (the ETag changes).
    const contoso = db.state.customers.find((c) => c.companyName === 'Contoso Ltd')
    const source = db.state.subscriptions.find((s) => s.friendlyName === BASIC)
    if (!contoso || !source) throw new Error('demo data changed')
    db.setQuantity(contoso.id, source.id, 30)
    const before = dataNow()
    const count = within(dialog).getByRole('spinbutton', { name: 'Licenses to add' })
    await user.clear(count)
    await user.type(count, '2')
    await user.click(within(dialog).getByRole('button', { name: 'Add licenses' }))
    const alert = await within(dialog).findByRole('alert')
    expect(alert).toHaveTextContent('This subscription changed meanwhile')
    expect(dataNow()).toBe(before)
    // The dialog now knows the fresh count.
    await waitFor(() => expect(dialog).toHaveTextContent('It has 30 licenses'))
    await user.click(within(dialog).getByRole('button', { name: 'Add licenses' }))
    expect(await screen.findByText(sentence(`Added 2 licenses to ${BASIC}: it now has 32.`))).toBeInTheDocument()
  })

  it('429: reads wait for Retry-After, then retry by themselves', async () => {
    setFault({ kind: 'throttled', scope: 'next' })
    renderApp({ realRetries: true })
    expect(await screen.findByRole('link', { name: 'Contoso Ltd' }, { timeout: 6000 })).toBeInTheDocument()
  })

  it('429 on a write: says how long to wait; the write is not retried on its own', async () => {
    const posts = countRequests('POST')
    const { user } = renderApp()
    const dialog = await openUpgrade(user, /^Office 365 E1/)
    setFault({ kind: 'throttled', scope: 'next' })
    await user.click(within(dialog).getByRole('button', { name: 'Submit' }))
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('wait 2 seconds, then try again')
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(posts).toHaveLength(1)
  })

  it('5xx: says Partner Center had a problem; nothing changed; trying again works', async () => {
    const { user } = renderApp()
    const dialog = await openUpgrade(user, /^Office 365 E1/)
    const before = dataNow()
    setFault({ kind: 'server_error', scope: 'next' })
    await user.click(within(dialog).getByRole('button', { name: 'Submit' }))
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Partner Center had a problem')
    expect(dataNow()).toBe(before)
    await user.click(within(dialog).getByRole('button', { name: 'Submit' }))
    expect(await screen.findByRole('dialog', { name: `${BASIC} upgraded` })).toBeInTheDocument()
  })

  it('network down: says so, keeps the page, and Try again recovers', async () => {
    const { user } = renderApp()
    await screen.findByRole('link', { name: 'Contoso Ltd' })
    setFault({ kind: 'network', scope: 'all' })
    await user.click(screen.getByRole('link', { name: 'Contoso Ltd' }))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Can’t reach Partner Center')
    setFault(null)
    await user.click(within(alert).getByRole('button', { name: 'Try again' }))
    expect(await screen.findByRole('table', { name: /subscriptions of this customer/i })).toBeInTheDocument()
  })

  it('timeout on submit: the client gives up and says so; retrying reuses the request id and acts once', async () => {
    clientSettings.requestTimeoutMs = 400
    // The first POST reaches Partner Center, which upgrades, but its answer never arrives.
    let first = true
    server.use(
      http.post(UPGRADES, async ({ request }) => {
        if (!first) return undefined
        first = false
        await getResponse(handlers, request)
        await delay('infinite')
        return undefined
      }),
    )
    const posts = countRequests('POST')
    const { user } = renderApp()
    const dialog = await openUpgrade(user, /^Office 365 E1/)
    await user.click(within(dialog).getByRole('button', { name: 'Submit' }))
    const alert = await within(dialog).findByRole('alert', {}, { timeout: 3000 })
    expect(alert).toHaveTextContent('Partner Center didn’t answer within 0.4 seconds')
    expect(alert).toHaveTextContent('re-sends the very same request, so it can’t be done twice')
    const afterFirst = dataNow()
    await user.click(within(alert).getByRole('button', { name: 'Try again' }))
    const result = await screen.findByRole('dialog', { name: `${BASIC} upgraded` })
    expect(result).toHaveTextContent('New subscription: Office 365 E1')
    expect(posts).toHaveLength(2)
    expect(posts[1]).toBe(posts[0])
    // The repeat was answered from the first result: nothing was upgraded twice.
    expect(dataNow()).toBe(afterFirst)
    expect(db.state.subscriptions.filter((s) => s.offerName === 'Office 365 E1')).toHaveLength(1)
  })

  it('a malformed list of upgrades becomes an error state in the dialog, not a crash', async () => {
    server.use(http.get(UPGRADES, () => HttpResponse.json({ totalCount: 1, items: [{ targetOffer: 42 }] })))
    const { user } = renderApp()
    const table = await openCustomer(user, 'Contoso Ltd')
    await user.click(within(rowOf(table, BASIC)).getByRole('button', { name: `Upgrade ${BASIC}` }))
    const dialog = await screen.findByRole('dialog', { name: `Upgrade ${BASIC}` })
    const alert = await within(dialog).findByRole('alert')
    expect(alert).toHaveTextContent('Partner Center sent an answer this app can’t read')
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument()
  })

  it('accepts upgrade types and error codes sent as numbers', async () => {
    server.use(
      http.get(UPGRADES, async ({ request }) => {
        const real = await getResponse(handlers, request)
        if (!real) return undefined
        const body = (await real.json()) as { items: { upgradeType: string; upgradeErrors: { code: number }[] }[] }
        for (const item of body.items) {
          item.upgradeType = item.upgradeType === 'none' ? (0 as unknown as string) : (2 as unknown as string)
          for (const error of item.upgradeErrors) error.code = String(error.code) as unknown as number
        }
        return HttpResponse.json(body)
      }),
    )
    const { user } = renderApp()
    const table = await openCustomer(user, 'Relecloud')
    await user.click(
      within(rowOf(table, 'Relecloud – Business Basic')).getByRole('button', {
        name: 'Upgrade Relecloud – Business Basic',
      }),
    )
    const dialog = await screen.findByRole('dialog', { name: 'Upgrade Relecloud – Business Basic' })
    expect(await within(dialog).findByRole('radio', { name: /^Office 365 E1/ })).toBeEnabled()
    expect(within(dialog).getByRole('radio', { name: /^Office 365 E3/ })).toBeDisabled()
  })

  it('network drop on add licenses: Try again re-sends the same request and the licenses are added once', async () => {
    // The PATCH reaches Partner Center and is applied, but the connection drops before the answer.
    let first = true
    server.use(
      http.patch('*/v1/customers/:customerId/subscriptions/:subscriptionId', async ({ request }) => {
        if (!first) return undefined
        first = false
        await getResponse(handlers, request)
        return HttpResponse.error()
      }),
    )
    const patches = countRequests('PATCH')
    const { user } = renderApp()
    const table = await openCustomer(user, 'Contoso Ltd')
    const dialog = await openAddLicenses(user, table, BASIC)
    const count = within(dialog).getByRole('spinbutton', { name: 'Licenses to add' })
    await user.clear(count)
    await user.type(count, '4')
    await user.click(within(dialog).getByRole('button', { name: 'Add licenses' }))
    const alert = await within(dialog).findByRole('alert')
    expect(alert).toHaveTextContent('Can’t reach Partner Center')
    await user.click(within(alert).getByRole('button', { name: 'Try again' }))
    expect(await screen.findByText(sentence(`Added 4 licenses to ${BASIC}: it now has 29.`))).toBeInTheDocument()
    expect(patches).toHaveLength(2)
    expect(patches[1]).toBe(patches[0])
    expect(db.state.subscriptions.find((s) => s.friendlyName === BASIC)?.quantity).toBe(29)
  })
})
