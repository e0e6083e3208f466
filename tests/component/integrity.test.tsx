import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { createDemoControls } from '../../mocks/demo'
import { db, mockSettings } from '../../mocks/handlers'
import type { KeyValueStorage } from '../../mocks/persistence'
import type { DemoControls } from '../../src/contract/demo-controls'
import { openAddLicenses, openCustomer, renderApp, rowOf, sentence } from './render-app'

/**
 * "Never act twice, never misreport" as the agent sees it: a dialog decides on what it showed,
 * a 412 shows what changed and asks for a review, the result says what really happened, other
 * tabs' changes are shown, and a full browser storage is said at once.
 */
const BASIC = 'Contoso – Business Basic'

function contosoBasic() {
  const source = db.state.subscriptions.find((s) => s.friendlyName === BASIC)
  if (!source) throw new Error('demo data changed')
  return source
}

describe('a write decides on what the agent saw', () => {
  it('an upgrade dialog left open while the license count changed gets the 412 review, and a truthful result', async () => {
    const { user } = renderApp()
    const table = await openCustomer(user, 'Contoso Ltd')
    await user.click(within(rowOf(table, BASIC)).getByRole('button', { name: `Upgrade ${BASIC}` }))
    const dialog = await screen.findByRole('dialog', { name: `Upgrade ${BASIC}` })
    await user.click(await within(dialog).findByRole('radio', { name: /^Microsoft 365 Business Standard/ }))
    expect(within(dialog).getByRole('spinbutton', { name: 'Licenses to upgrade' })).toHaveValue(25)
    // Meanwhile another agent adds 5 licenses: a full upgrade of 25 would now be a partial one.
    const source = contosoBasic()
    db.setQuantity(source.customerId, source.id, 30)
    await user.click(within(dialog).getByRole('button', { name: 'Submit' }))
    const alert = await within(dialog).findByRole('alert')
    expect(alert).toHaveTextContent('This subscription changed meanwhile')
    expect(alert).toHaveTextContent('Nothing was changed.')
    await waitFor(() => expect(alert).toHaveTextContent('Licenses: 25 → 30'))
    // The whole dialog now shows the latest data, its description included.
    expect(dialog).toHaveAccessibleDescription(/30 licenses/)
    expect(contosoBasic()).toMatchObject({ quantity: 30, status: 'active' })
    // The review: "What will happen" now says the source keeps 5 licenses.
    expect(within(dialog).getByRole('region', { name: 'What will happen' })).toHaveTextContent(/keeps 5 licenses/)
    await user.click(within(dialog).getByRole('button', { name: 'Submit' }))
    const result = await screen.findByRole('dialog', { name: `${BASIC} upgraded` })
    expect(result).toHaveTextContent(`${BASIC} now has 5 licenses.`)
    expect(result).not.toHaveTextContent('suspended')
    expect(contosoBasic()).toMatchObject({ quantity: 5, status: 'active' })
  })

  it('an add-licenses dialog says at once that its subscription changed elsewhere, and shows the latest on request', async () => {
    const { user, queryClient } = renderApp()
    const table = await openCustomer(user, 'Contoso Ltd')
    const dialog = await openAddLicenses(user, table, BASIC)
    const source = contosoBasic()
    db.setQuantity(source.customerId, source.id, 31)
    // Another tab's change arrives (the app refetches): the dialog keeps what the agent saw, and says so.
    await queryClient.invalidateQueries()
    const notice = await within(dialog).findByRole('status')
    expect(notice).toHaveTextContent('This subscription changed since you opened this dialog')
    expect(notice).toHaveTextContent('Licenses: 25 → 31')
    expect(dialog).toHaveTextContent('It has 25 licenses')
    await user.click(within(notice).getByRole('button', { name: 'Show the latest data' }))
    expect(dialog).toHaveTextContent('It has 31 licenses')
    await user.click(within(dialog).getByRole('button', { name: 'Add licenses' }))
    expect(await screen.findByText(sentence(`Added 1 license to ${BASIC}: it now has 32.`))).toBeInTheDocument()
  })
})

describe('the demo across tabs', () => {
  it('refreshes what it shows when another tab changes the data', async () => {
    const listeners = new Set<(change: 'updated' | 'replaced') => void>()
    const controls = createDemoControls({ db, settings: mockSettings })
    const demo: DemoControls = {
      ...controls,
      getState: () => controls.getState(),
      subscribe: (listener) => controls.subscribe(listener),
      subscribeToData: (listener) => {
        listeners.add(listener)
        return () => listeners.delete(listener)
      },
    }
    const { user } = renderApp({ demo })
    const table = await openCustomer(user, 'Contoso Ltd')
    expect(rowOf(table, BASIC)).toHaveTextContent('25')
    const source = contosoBasic()
    db.setQuantity(source.customerId, source.id, 42)
    for (const listener of listeners) listener('updated')
    await waitFor(() => expect(rowOf(table, BASIC)).toHaveTextContent('42'))
    controls.dispose()
  })

  it('says at once when browser storage is full', async () => {
    const full: KeyValueStorage = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('quota', 'QuotaExceededError')
      },
      removeItem: () => undefined,
    }
    const controls = createDemoControls({ db, settings: mockSettings, storage: full })
    controls.start()
    renderApp({ demo: controls })
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('The browser’s storage is full')
    expect(alert).toHaveTextContent('will not survive a reload')
    controls.dispose()
  })
})
