import { screen, within } from '@testing-library/react'
import { getResponse } from 'msw'
import { HttpResponse, http } from 'msw/http'
import { describe, expect, it } from 'vitest'
import { handlers } from '../../mocks/handlers'
import { resetMockDatabase, server } from '../../mocks/node'
import { findBuiltInScenario } from '../../mocks/scenarios'
import { openCustomer, renderApp } from './render-app'

/**
 * Every status the SDKs know, and one none of them does: each row still shows, plainly, and none
 * of them can be upgraded. The edge-cases scenario holds an expired and a disabled subscription;
 * the service's answer gains one in a status from the future, with an odd value besides.
 */
const CUSTOMER = 'Graphic Design Institute'
const EXPIRED = 'Graphic Design Institute – Business Basic (expired)'
const DISABLED = 'Graphic Design Institute – Apps for business (disabled)'
const UNKNOWN = 'Graphic Design Institute – Business Premium (migrating)'
const UNKNOWN_ID = '6f1d2c3b-4a59-4e8d-9c7b-0a1b2c3d4e5f'

function withFutureStatus() {
  server.use(
    http.get('*/v1/customers/:customerId/subscriptions', async ({ request }) => {
      const real = await getResponse(handlers, request)
      if (!real?.ok) return real
      const body = (await real.json()) as { totalCount: number; items: Record<string, unknown>[] }
      const [first] = body.items
      if (!first) return HttpResponse.json(body)
      body.items.push({
        ...first,
        id: UNKNOWN_ID,
        friendlyName: UNKNOWN,
        status: 'migrating',
        // One unexpected value in one record costs that record the detail, not the page.
        autoRenewEnabled: 'sometimes',
        suspensionReasons: 'none',
      })
      body.totalCount = body.items.length
      return HttpResponse.json(body)
    }),
  )
}

function rowOf(table: HTMLElement, name: string): HTMLElement {
  const header = within(table).getByRole('rowheader', { name })
  const row = header.closest('tr')
  if (!row) throw new Error(`No row for ${name}`)
  return row
}

function loadEdgeCases() {
  const edgeCases = findBuiltInScenario('edge-cases')
  if (!edgeCases) throw new Error('no edge-cases scenario')
  resetMockDatabase(edgeCases.load())
}

describe('subscription statuses beyond active, suspended and cancelled', () => {
  it('shows expired, disabled and unknown subscriptions in every row, none of them upgradable', async () => {
    loadEdgeCases()
    withFutureStatus()
    const { user } = renderApp()
    const table = await openCustomer(user, CUSTOMER)
    const names = within(table)
      .getAllByRole('rowheader')
      .map((cell) => cell.querySelector('.subscription-name')?.textContent)
    expect(names).toEqual(expect.arrayContaining([EXPIRED, DISABLED, UNKNOWN]))
    expect(names).toHaveLength(6)
    expect(screen.getByText('6 of 6 subscriptions shown')).toBeInTheDocument()

    for (const [name, label] of [
      [EXPIRED, 'Expired'],
      [DISABLED, 'Disabled'],
      [UNKNOWN, 'Unknown'],
    ] as const) {
      const row = rowOf(table, name)
      expect(within(row).getByText(label, { selector: '.badge' })).toBeInTheDocument()
      expect(within(row).queryByRole('button', { name: `Upgrade ${name}` })).not.toBeInTheDocument()
      expect(within(row).queryByRole('button', { name: `Add licenses to ${name}` })).not.toBeInTheDocument()
      expect(within(row).getByRole('button', { name: `Why no upgrade? ${name}` })).toBeInTheDocument()
    }
    // The unknown status is shown as it came.
    expect(within(rowOf(table, UNKNOWN)).getByText('migrating')).toBeInTheDocument()

    await user.click(within(rowOf(table, UNKNOWN)).getByRole('button', { name: `Why no upgrade? ${UNKNOWN}` }))
    const why = await screen.findByRole('dialog', { name: `Why ${UNKNOWN} can’t be upgraded` })
    expect(why).toHaveTextContent('The subscription’s status is Unknown. Only an active subscription can be upgraded')
    await user.keyboard('{Escape}')

    await user.click(within(rowOf(table, EXPIRED)).getByRole('button', { name: `Why no upgrade? ${EXPIRED}` }))
    expect(await screen.findByRole('dialog', { name: `Why ${EXPIRED} can’t be upgraded` })).toHaveTextContent(
      'The subscription’s status is Expired.',
    )
    await user.keyboard('{Escape}')
  })

  it('filters by the new statuses, the unknown one included', async () => {
    loadEdgeCases()
    withFutureStatus()
    const { user } = renderApp()
    const table = await openCustomer(user, CUSTOMER)
    const status = screen.getByRole('combobox', { name: 'Status' })
    for (const [label, name] of [
      ['Expired', EXPIRED],
      ['Disabled', DISABLED],
      ['Unknown', UNKNOWN],
    ] as const) {
      await user.selectOptions(status, label)
      expect(
        within(table)
          .getAllByRole('rowheader')
          .map((cell) => cell.querySelector('.subscription-name')?.textContent),
      ).toEqual([name])
    }
  })

  it('labels them in the agent’s language', async () => {
    loadEdgeCases()
    localStorage.setItem('upgrade-console.locale', 'sv-SE')
    const { user } = renderApp()
    await user.click(await screen.findByRole('link', { name: CUSTOMER }))
    await screen.findByRole('heading', { level: 1, name: CUSTOMER })
    const table = await screen.findByRole('table')
    expect(await within(rowOf(table, EXPIRED)).findByText('Utgången', { selector: '.badge' })).toBeInTheDocument()
    expect(within(rowOf(table, DISABLED)).getByText('Inaktiverad', { selector: '.badge' })).toBeInTheDocument()
  })
})
