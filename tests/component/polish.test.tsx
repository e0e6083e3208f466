/**
 * Issue 13: what a demanding agent and stakeholder notice. One test per point that a component
 * test can show (the tooltip over the dialog, typography and phones are in tests/e2e/polish.spec.ts).
 */
import { screen, waitFor, within } from '@testing-library/react'
import { HttpResponse, http } from 'msw/http'
import { describe, expect, it } from 'vitest'
import { resetMockDatabase, server } from '../../mocks/node'
import type { Scenario } from '../../mocks/scenario'
import { defaultScenario } from '../../mocks/scenarios/default-scenario'
import edgeCases from '../../mocks/scenarios/edge-cases.json'
import { SCENARIO_FILE_MAX_BYTES } from '../../src/contract/demo-controls'
import { openAddLicenses, openCustomer, openUpgrade, renderApp, rowOf } from './render-app'

const BASIC = 'Contoso – Business Basic'
const UPGRADES = '*/v1/customers/:customerId/subscriptions/:subscriptionId/upgrades'
const LUCERNE = 'f080ee14-badd-59a7-8f4d-001fb1a99853'

describe('issue 13: the rough edges', () => {
  it('2: opening a customer by keyboard puts focus on its heading, and a skip link leads to the subscriptions', async () => {
    const { user } = renderApp()
    const link = await screen.findByRole('link', { name: 'Contoso Ltd' })
    link.focus()
    await user.keyboard('{Enter}')
    const heading = await screen.findByRole('heading', { level: 1, name: 'Contoso Ltd' })
    await waitFor(() => expect(heading).toHaveFocus())
    await screen.findByRole('table', { name: /subscriptions of this customer/i })
    await user.tab()
    const skip = screen.getByRole('link', { name: 'Skip to subscriptions' })
    expect(skip).toHaveFocus()
    await user.keyboard('{Enter}')
    // Two keys from the heading to the first row's info icon (it was 12 Tabs).
    expect(screen.getByRole('button', { name: `Upgrade ${BASIC}` })).toHaveFocus()
    expect(window.location.hash).toMatch(/^#\/customers\//)
  })

  it('3: a license error reads in the agent’s language, with the service, license, user and offer named', async () => {
    localStorage.setItem('upgrade-console.locale', 'sv-SE')
    const { user } = renderApp()
    await user.click(await screen.findByRole('link', { name: 'Contoso Ltd' }))
    const table = await screen.findByRole('table', { name: 'Kundens prenumerationer' })
    await user.click(within(rowOf(table, BASIC)).getByRole('button', { name: `Uppgradera ${BASIC}` }))
    const dialog = await screen.findByRole('dialog', { name: `Uppgradera ${BASIC}` })
    await user.click(await within(dialog).findByRole('radio', { name: /^Microsoft 365 Business Standard/ }))
    await user.click(within(dialog).getByRole('button', { name: 'Skicka' }))
    const result = await screen.findByRole('dialog', { name: `${BASIC} har uppgraderats` })
    const affected = within(result).getByRole('table')
    expect(affected).toHaveTextContent(
      'Microsoft 365 Apps (desktop) i Microsoft 365 Business Standard står i konflikt med licensen Microsoft 365 Apps trial som Alex Wilber har.',
    )
    // Not the API's English sentence.
    expect(affected).not.toHaveTextContent('conflicts with')
  })

  it('3: an unknown license error code falls back to the API’s text; a known one without details still reads in words', async () => {
    server.use(
      http.post(UPGRADES, () =>
        HttpResponse.json({
          sourceSubscriptionId: 'x',
          targetSubscriptionId: 'y',
          upgradeType: 'upgrade_with_license_transfer',
          upgradeErrors: [],
          licenseErrors: [
            { userObjectId: 'u1', name: 'Ann', email: 'ann@contoso.com', errors: [{ code: 'CountViolation' }] },
            { userObjectId: 'u2', name: 'Bo', email: 'bo@contoso.com', errors: [{ code: 'Zap', description: 'Zap!' }] },
          ],
          attributes: { objectType: 'UpgradeResult' },
        }),
      ),
    )
    const { user } = renderApp()
    const dialog = await openUpgrade(user, /^Office 365 E1/)
    await user.click(within(dialog).getByRole('button', { name: 'Submit' }))
    const result = await screen.findByRole('dialog', { name: `${BASIC} upgraded` })
    expect(within(result).getByRole('row', { name: /Ann/ })).toHaveTextContent(
      'Office 365 E1 has no free license left for Ann.',
    )
    expect(within(result).getByRole('row', { name: /Bo/ })).toHaveTextContent('Zap!')
  })

  it('4: a suspension reason reads in words, never as the raw value', async () => {
    resetMockDatabase(edgeCases as unknown as Scenario)
    const { user } = renderApp()
    const table = await openCustomer(user, 'Graphic Design Institute')
    const row = rowOf(table, 'Graphic Design Institute – Business Basic (suspended)')
    expect(row).toHaveTextContent('Payment problem')
    expect(row).not.toHaveTextContent('PaymentIssue')
  })

  it('5: the customer without a relationship is not a dead link, and its address names it and explains', async () => {
    resetMockDatabase(edgeCases as unknown as Scenario)
    renderApp()
    const header = (await screen.findAllByRole('rowheader')).find((h) => h.textContent?.startsWith('Lucerne'))
    expect(header).toBeDefined()
    expect(within(header as HTMLElement).queryByRole('link')).toBeNull()
    expect(header).toHaveTextContent('No relationship with you, so it can’t be managed here')
  })

  it('5: a direct address of that customer gives a page that names it, for an Admin agent too', async () => {
    resetMockDatabase(edgeCases as unknown as Scenario)
    renderApp({ route: `/customers/${LUCERNE}` })
    expect(await screen.findByRole('heading', { level: 1, name: 'Lucerne Publishing' })).toBeInTheDocument()
    const main = screen.getByRole('main')
    expect(main).toHaveTextContent('you have no relationship with it as its partner')
    expect(within(main).queryByRole('button', { name: 'Try again' })).toBeNull()
    expect(main).not.toHaveTextContent(/Ask .*Admin agent/)
  })

  it('8: a 429 on a write says how long to wait once, and offers the Try again it mentions', async () => {
    server.use(
      http.post(UPGRADES, () =>
        HttpResponse.json(
          { code: 429, description: 'Too many requests: wait 2 seconds, then try again.', data: [] },
          { status: 429, headers: { 'Retry-After': '2' } },
        ),
      ),
    )
    const { user } = renderApp()
    const dialog = await openUpgrade(user, /^Office 365 E1/)
    await user.click(within(dialog).getByRole('button', { name: 'Submit' }))
    const alert = await within(dialog).findByRole('alert')
    expect(alert.textContent?.match(/wait 2 seconds/g)).toHaveLength(1)
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument()
  })

  it('8: a 400 refusal lists each reason once, in words', async () => {
    server.use(
      http.post(UPGRADES, () =>
        HttpResponse.json(
          {
            code: 900001,
            description: 'The subscription cannot be upgraded. It has add-ons.',
            data: [{ code: 6, description: 'It has add-ons.', additionalDetails: null }],
          },
          { status: 400 },
        ),
      ),
    )
    const { user } = renderApp()
    const dialog = await openUpgrade(user, /^Office 365 E1/)
    await user.click(within(dialog).getByRole('button', { name: 'Submit' }))
    const alert = await within(dialog).findByRole('alert')
    const reasons = within(alert).getByRole('list', { name: 'Why Partner Center refused it' })
    expect(
      within(reasons)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Not met: The subscription has no add-ons.'])
    expect(alert).not.toHaveTextContent('It has add-ons.')
    // Submitting the same again cannot help: the panel offers no Try again.
    expect(within(alert).queryByRole('button', { name: 'Try again' })).toBeNull()
  })

  it('8: a 403 offers no Try again that cannot help', async () => {
    server.use(
      http.get('*/v1/customers/:customerId/subscriptions', () =>
        HttpResponse.json({ code: 2032, description: 'Access denied.', data: [] }, { status: 403 }),
      ),
    )
    const { user } = renderApp()
    await user.click(await screen.findByRole('link', { name: 'Contoso Ltd' }))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('You don’t have permission to do this')
    expect(within(alert).queryByRole('button', { name: 'Try again' })).toBeNull()
  })

  it('9: a name with bidirectional controls is isolated in every sentence it is placed in', async () => {
    const NAME = '\u202Eevil\u202C Basic'
    const [contoso, ...others] = defaultScenario.customers
    if (!contoso) throw new Error('no customers')
    const [basic, ...rest] = contoso.subscriptions
    if (!basic) throw new Error('no subscriptions')
    resetMockDatabase({
      ...defaultScenario,
      customers: [{ ...contoso, subscriptions: [{ ...basic, friendlyName: NAME }, ...rest] }, ...others],
    })
    const { user } = renderApp()
    const table = await openCustomer(user, 'Contoso Ltd')
    await user.click(within(rowOf(table, NAME)).getByRole('button', { name: `Upgrade ${NAME}` }))
    const dialog = await screen.findByRole('dialog', { name: `Upgrade ${NAME}` })
    await user.click(await within(dialog).findByRole('radio', { name: /^Office 365 E1/ }))
    await user.clear(within(dialog).getByRole('spinbutton', { name: 'Licenses to upgrade' }))
    await user.type(within(dialog).getByRole('spinbutton', { name: 'Licenses to upgrade' }), '15')
    const summary = within(dialog).getByRole('region', { name: 'What will happen' })
    expect(summary).toHaveTextContent(`${NAME} keeps 10 licenses`)
    // In the title, the summary's sentences, everywhere: the name sits in its own <bdi>.
    const placed = [...within(dialog).getAllByText(NAME)]
    expect(placed.length).toBeGreaterThanOrEqual(3)
    for (const element of placed) expect(element.tagName).toBe('BDI')
  })

  it('10: a quantity is digits only: 1e1 is refused, not read as 10', async () => {
    let posts = 0
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'POST') posts += 1
    })
    const { user } = renderApp()
    const dialog = await openUpgrade(user, /^Office 365 E1/)
    const quantity = within(dialog).getByRole('spinbutton', { name: 'Licenses to upgrade' })
    await user.clear(quantity)
    await user.type(quantity, '1e1')
    await user.click(within(dialog).getByRole('button', { name: 'Submit' }))
    expect(quantity).toHaveAccessibleDescription('Enter a whole number of licenses.')
    expect(posts).toBe(0)
    server.events.removeAllListeners()
  })

  it('10: add licenses refuses 1e1 too', async () => {
    const { user } = renderApp()
    const table = await openCustomer(user, 'Contoso Ltd')
    const dialog = await openAddLicenses(user, table, BASIC)
    const count = within(dialog).getByRole('spinbutton', { name: 'Licenses to add' })
    await user.clear(count)
    await user.type(count, '1e1')
    await user.click(within(dialog).getByRole('button', { name: 'Add licenses' }))
    expect(count).toHaveAccessibleDescription('Enter a whole number of licenses, 1 or more.')
  })

  it('11: a scenario file with hundreds of problems lists the first 200 and says how many there are', async () => {
    const { user } = renderApp()
    await user.click(await screen.findByRole('button', { name: 'Demo controls' }))
    const panel = await screen.findByRole('dialog', { name: 'Demo controls' })
    const [customer] = defaultScenario.customers
    const text = JSON.stringify({
      ...defaultScenario,
      customers: [{ ...customer, subscriptions: Array(300).fill(42) }],
    })
    await user.upload(within(panel).getByLabelText('Load a scenario file…'), new File([text], 'broken.json'))
    const alert = await within(panel).findByRole('alert')
    const count = alert.textContent?.match(/The file has (\d+) problems/)?.[1]
    expect(Number(count)).toBeGreaterThan(300)
    expect(alert).toHaveTextContent(`The first 200 of ${count} are listed`)
    expect(within(alert).getAllByRole('listitem')).toHaveLength(200)
  })

  it('11: a scenario file above the stated size is refused at once, saying the limit', async () => {
    const { user } = renderApp()
    await user.click(await screen.findByRole('button', { name: 'Demo controls' }))
    const panel = await screen.findByRole('dialog', { name: 'Demo controls' })
    const big = new File([new Uint8Array(SCENARIO_FILE_MAX_BYTES + 1024 * 1024)], 'huge.json')
    await user.upload(within(panel).getByLabelText('Load a scenario file…'), big)
    const alert = await within(panel).findByRole('alert')
    expect(alert.textContent).toContain(
      '\u2068huge.json\u2069 is 21 MB; a scenario file may be at most 20 MB, so it wasn’t read.',
    )
  })
})
