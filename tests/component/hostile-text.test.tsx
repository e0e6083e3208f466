import { screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { resetMockDatabase } from '../../mocks/node'
import type { Scenario } from '../../mocks/scenario'
import { defaultScenario } from '../../mocks/scenarios/default-scenario'
import { renderApp } from './render-app'

const MARKUP = '<img src=x onerror="window.__pwned=1">Contoso <b>Ltd</b>'
const SCRIPT = '<script>window.__pwned=2</script> – Business Basic'
const RTL = '\u202Eevil\u202C admin 🚀🔥 Équipe'
const LONG_WORD = `Donaudampfschifffahrts${'gesellschaftskapitän'.repeat(9)}`.slice(0, 200)

function hostileScenario(): Scenario {
  const [contoso, ...others] = defaultScenario.customers
  if (!contoso) throw new Error('the default scenario has no customers')
  const [basic, ...subs] = contoso.subscriptions
  if (!basic) throw new Error('Contoso has no subscriptions')
  return {
    ...defaultScenario,
    customers: [
      {
        ...contoso,
        companyProfile: { ...contoso.companyProfile, companyName: MARKUP },
        subscriptions: [{ ...basic, friendlyName: SCRIPT }, ...subs.map((s) => ({ ...s, friendlyName: LONG_WORD }))],
        // The user whose license cannot move (a trial of the desktop apps) gets the RTL name.
        users: contoso.users.map((u) =>
          u.selfServiceLicenses.includes('O365_APPS_TRIAL') ? { ...u, displayName: RTL } : u,
        ),
      },
      ...others,
    ],
  }
}

afterEach(() => {
  delete (window as { __pwned?: number }).__pwned
})

describe('hostile text in names', () => {
  it('renders markup, scripts, RTL marks, emoji and 200-character words as plain text', async () => {
    resetMockDatabase(hostileScenario())
    const { user } = renderApp()
    const link = await screen.findByRole('link', { name: MARKUP })
    expect(link.textContent).toBe(MARKUP)
    expect(link.querySelector('img, b')).toBeNull()
    await user.click(link)
    expect(await screen.findByRole('heading', { level: 1, name: MARKUP })).toBeInTheDocument()
    const table = await screen.findByRole('table', { name: /subscriptions of this customer/i })
    const cells = within(table)
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent)
    expect(cells).toContain(SCRIPT)
    expect(within(table).getAllByText(LONG_WORD).length).toBeGreaterThan(0)
    expect(document.querySelector('main script, main img')).toBeNull()

    await user.click(within(table).getByRole('button', { name: `Upgrade ${SCRIPT}` }))
    const dialog = await screen.findByRole('dialog', { name: `Upgrade ${SCRIPT}` })
    await user.click(await within(dialog).findByRole('radio', { name: /^Microsoft 365 Business Standard/ }))
    await user.click(within(dialog).getByRole('button', { name: 'Submit' }))
    const result = await screen.findByRole('dialog', { name: `${SCRIPT} upgraded` })
    const affected = within(result).getByRole('table', { name: 'Affected accounts and services' })
    // The affected user with an RTL override and emoji in their name is listed verbatim.
    const rtlRow = within(affected).getByRole('row', { name: new RegExp(RTL.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })
    expect(within(rtlRow).getByRole('rowheader').textContent).toBe(RTL)
    expect((window as { __pwned?: number }).__pwned).toBeUndefined()
  })
})
