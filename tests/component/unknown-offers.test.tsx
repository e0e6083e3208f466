import { screen, within } from '@testing-library/react'
import { HttpResponse, http } from 'msw/http'
import { describe, expect, it } from 'vitest'
import { server } from '../../mocks/node'
import { OFFER_IDS } from '../../src/rules/offers'
import { renderApp } from './render-app'

// A scenario whose offers the catalog has never seen (a real partner sells far more than the
// article's table): the customer, its subscriptions and Partner Center's answers to
// `GET …/upgrades`, served as the service would. Offer ids here are made up and unknown.
const CUSTOMER = 'fourth-coffee'
const OFFERS = {
  f3: { id: 'C8A9E5B1-0F3D-4E5A-9B7C-1D2E3F4A5B6C', name: 'Microsoft 365 F3' },
  visio: { id: 'D2B4C6E8-1A3C-4E5F-8A7B-9C0D1E2F3A4B', name: 'Visio Plan 2' },
  project: { id: 'E4F6A8B0-2C4E-4F6A-8B9C-0D1E2F3A4B5C', name: 'Project Plan 3' },
  m365e3: { id: 'F6A8B0C2-3D5F-4A7B-9C0D-1E2F3A4B5C6D', name: 'Microsoft 365 E3' },
  appsEnterprise: { id: 'A8B0C2D4-4E6A-4B8C-8D0E-2F3A4B5C6D7E', name: 'Microsoft 365 Apps for enterprise (new)' },
}

function subscription(id: string, offer: { id: string; name: string }, friendlyName: string) {
  return {
    id,
    offerId: offer.id,
    offerName: offer.name,
    friendlyName,
    quantity: 12,
    unitType: 'Licenses',
    status: 'active',
    billingCycle: 'monthly',
    termDuration: 'P1M',
    commitmentEndDate: '2027-01-31T00:00:00Z',
    attributes: { objectType: 'Subscription', etag: `etag-${id}` },
  }
}

const SUBSCRIPTIONS = [
  subscription('sub-f3', OFFERS.f3, 'Fourth Coffee – Microsoft 365 F3'),
  subscription('sub-visio', OFFERS.visio, 'Fourth Coffee – Visio Plan 2'),
  subscription('sub-project', OFFERS.project, 'Fourth Coffee – Project Plan 3'),
  // One offer the catalog does know: the local rules explain it, the service is not asked.
  subscription('sub-basic', { id: OFFER_IDS.e5, name: 'Office 365 E5' }, 'Fourth Coffee – Office 365 E5'),
]

function upgrade(target: { id: string; name: string }, errors: { code: number; description: string }[]) {
  return {
    targetOffer: { id: target.id, name: target.name, minimumQuantity: 1, maximumQuantity: 10_000_000 },
    upgradeType: errors.length === 0 ? 'upgrade_with_license_transfer' : 'none',
    isEligible: errors.length === 0,
    quantity: 12,
    upgradeErrors: errors,
    attributes: { objectType: 'Upgrade' },
  }
}

const UPGRADES: Record<string, unknown[]> = {
  'sub-f3': [upgrade(OFFERS.m365e3, [])],
  'sub-visio': [
    upgrade(OFFERS.appsEnterprise, [
      { code: 4, description: 'The customer already has this offer through another channel.' },
    ]),
  ],
  'sub-project': [],
}

const collection = (items: unknown[]) => ({ totalCount: items.length, items, attributes: { objectType: 'Collection' } })

function serveScenario() {
  const asked: string[] = []
  server.use(
    http.get('*/v1/customers/:customerId', () =>
      HttpResponse.json({
        id: CUSTOMER,
        companyProfile: { tenantId: CUSTOMER, domain: 'fourthcoffee.example', companyName: 'Fourth Coffee' },
        relationshipToPartner: 'reseller',
        allowDelegatedAccess: true,
        attributes: { objectType: 'Customer' },
      }),
    ),
    http.get('*/v1/customers/:customerId/subscriptions', () => HttpResponse.json(collection(SUBSCRIPTIONS))),
    http.get('*/v1/customers/:customerId/subscribedskus', () => HttpResponse.json(collection([]))),
    http.get('*/v1/customers/:customerId/subscriptions/:subscriptionId', ({ params }) =>
      HttpResponse.json(SUBSCRIPTIONS.find((s) => s.id === params.subscriptionId)),
    ),
    http.get('*/v1/customers/:customerId/subscriptions/:subscriptionId/upgrades', ({ params }) => {
      const id = String(params.subscriptionId)
      asked.push(id)
      return HttpResponse.json(collection(UPGRADES[id] ?? []))
    }),
  )
  return asked
}

function rowOf(name: string) {
  const header = screen.getByRole('rowheader', { name: (n) => n === name || n.startsWith(`${name} `) })
  const row = header.closest('tr')
  if (!row) throw new Error(`No row for ${name}`)
  return row
}

describe('offers the catalog has never seen', () => {
  it('asks Partner Center for those rows only, and shows its answer: an upgrade, or its reasons', async () => {
    const asked = serveScenario()
    const { user } = renderApp({ route: `/customers/${CUSTOMER}`, live: true })
    await screen.findByRole('heading', { level: 1, name: 'Fourth Coffee' })

    // Partner Center says F3 can move to Microsoft 365 E3: the info icon, as for a known offer.
    const f3 = await screen.findByRole('button', { name: 'Upgrade Fourth Coffee – Microsoft 365 F3' })
    await user.click(f3)
    const dialog = await screen.findByRole('dialog', { name: 'Upgrade Fourth Coffee – Microsoft 365 F3' })
    expect(await within(dialog).findByRole('radio', { name: /^Microsoft 365 E3/ })).toBeEnabled()
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))

    // Visio: not possible, and Partner Center's reason is shown as it gave it.
    await user.click(within(rowOf('Fourth Coffee – Visio Plan 2')).getByRole('button', { name: /Why no upgrade/ }))
    const visio = await screen.findByRole('dialog', { name: /Fourth Coffee – Visio Plan 2/ })
    expect(visio).toHaveTextContent(
      'This offer isn’t in the console’s catalog, so this is Partner Center’s own answer:',
    )
    expect(visio).toHaveTextContent(
      'Microsoft 365 Apps for enterprise (new): The customer already has this offer through another channel.',
    )
    await user.click(within(visio).getByRole('button', { name: 'Close' }))

    // Project: Partner Center lists no upgrade at all.
    await user.click(within(rowOf('Fourth Coffee – Project Plan 3')).getByRole('button', { name: /Why no upgrade/ }))
    const project = await screen.findByRole('dialog', { name: /Fourth Coffee – Project Plan 3/ })
    expect(project).toHaveTextContent('Partner Center lists no upgrade for this subscription.')

    // The known offer (Office 365 E5, no upgrade path) is explained by the local rules, unasked.
    expect(new Set(asked)).toEqual(new Set(['sub-f3', 'sub-visio', 'sub-project']))
    expect(within(rowOf('Fourth Coffee – Office 365 E5')).queryByRole('button', { name: /^Upgrade / })).toBeNull()
  })

  it('a read-only role asks nothing and is offered nothing', async () => {
    const asked = serveScenario()
    renderApp({ route: `/customers/${CUSTOMER}`, role: 'billing_admin', live: true })
    await screen.findByRole('heading', { level: 1, name: 'Fourth Coffee' })
    await screen.findByRole('rowheader', { name: 'Fourth Coffee – Microsoft 365 F3' })
    expect(screen.queryByRole('button', { name: /^Upgrade / })).toBeNull()
    expect(asked).toEqual([])
  })
})
