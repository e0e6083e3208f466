/**
 * The first screen needs only the first screen's part of en-US (messages/en-US.ts): in live mode,
 * where no demo panel loads the pages at once, it lists customers and reports a failed load before
 * the pages' part (en-US.pages.ts) has loaded; the first page then brings it. A message from that
 * part on the first screen would throw. In a file of its own, so nothing has loaded it before.
 */
import { screen, within } from '@testing-library/react'
import { HttpResponse, http } from 'msw/http'
import { describe, expect, it } from 'vitest'
import { server } from '../../mocks/node'
import { enUSCatalog } from '../../src/i18n/catalogs'
import { renderApp } from './render-app'

describe('first screen', () => {
  it('lists customers and reports a failed load with the first screen’s messages alone', async () => {
    let calls = 0
    server.use(
      http.get('*/v1/customers', () => {
        calls += 1
        if (calls === 1) return HttpResponse.json({ code: 500, description: 'Boom' }, { status: 500 })
        return undefined
      }),
    )
    const { user } = renderApp({ live: true })
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Partner Center had a problem')
    await user.click(within(alert).getByRole('button', { name: 'Try again' }))
    const table = await screen.findByRole('table', { name: 'Customers' })
    expect(within(table).getByRole('link', { name: 'Contoso Ltd' })).toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent(/customers shown of/)
    expect(screen.getByRole('combobox', { name: 'Language' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Demo controls' })).not.toBeInTheDocument()
    expect(enUSCatalog).not.toHaveProperty(['help.title'])

    await user.click(screen.getByRole('link', { name: 'Help' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Help: upgrading a subscription' })).toBeInTheDocument()
    expect(enUSCatalog).toHaveProperty(['help.title'])
  })
})
