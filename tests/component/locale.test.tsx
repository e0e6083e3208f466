import { screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { server } from '../../mocks/node'
import { renderApp } from './render-app'

afterEach(() => {
  document.documentElement.lang = 'en-US'
})

describe('languages', () => {
  it('switches the whole product to Swedish, sets <html lang>, sends X-Locale and remembers the choice', async () => {
    const locales: string[] = []
    server.events.on('request:start', ({ request }) => locales.push(request.headers.get('X-Locale') ?? ''))
    const { user, unmount } = renderApp()
    await screen.findByRole('link', { name: 'Contoso Ltd' })
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'Svenska')
    expect(await screen.findByRole('heading', { level: 1, name: 'Kunder' })).toBeInTheDocument()
    expect(document.documentElement.lang).toBe('sv-SE')
    expect(localStorage.getItem('upgrade-console.locale')).toBe('sv-SE')

    await user.click(screen.getByRole('link', { name: 'Contoso Ltd' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Contoso Ltd' })).toBeInTheDocument()
    await screen.findByRole('table')
    await waitFor(() => expect(locales.at(-1)).toBe('sv-SE'))
    expect(screen.getByRole('button', { name: /Uppgradera Contoso – Business Basic/ })).toBeInTheDocument()
    server.events.removeAllListeners()

    // A reload keeps Swedish.
    unmount()
    renderApp()
    expect(await screen.findByRole('heading', { level: 1, name: 'Kunder' })).toBeInTheDocument()
  })

  it('on a first visit follows the browser’s languages', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['tr', 'en-US'])
    renderApp()
    expect(await screen.findByRole('combobox', { name: 'Dil' })).toHaveValue('tr-TR')
    await waitFor(() => expect(document.documentElement.lang).toBe('tr-TR'))
  })

  it('formats numbers and dates in the active locale', async () => {
    localStorage.setItem('upgrade-console.locale', 'hu-HU')
    const { user } = renderApp()
    await user.click(await screen.findByRole('link', { name: 'Woodgrove Bank' }))
    // The subscriptions table by its Hungarian name (the page may also show a Recent activity table).
    const table = await screen.findByRole('table', { name: 'Az ügyfél előfizetései' })
    // Hungarian dates read year first: "2027. ..."
    expect(within(table).getAllByText(/^\d{4}\. /).length).toBeGreaterThan(0)
  })
})
