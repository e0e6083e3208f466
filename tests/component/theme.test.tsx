import { screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { renderApp } from './render-app'

afterEach(() => {
  delete document.documentElement.dataset.theme
  document.documentElement.lang = 'en-US'
})

describe('the theme switch', () => {
  it('pins dark or light on the page, remembers it, and Match the system forgets it', async () => {
    const { user, unmount } = renderApp()
    const theme = await screen.findByRole('combobox', { name: 'Theme' })
    expect(
      within(theme)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Match the system', 'Light', 'Dark'])
    expect(theme).toHaveValue('system')
    await user.selectOptions(theme, 'Dark')
    expect(document.documentElement.dataset.theme).toBe('dark')
    expect(localStorage.getItem('upgrade-console.theme')).toBe('dark')

    // Another visit: the picker shows the remembered choice.
    unmount()
    renderApp()
    const again = await screen.findByRole('combobox', { name: 'Theme' })
    expect(again).toHaveValue('dark')
    await user.selectOptions(again, 'Match the system')
    expect(document.documentElement.dataset.theme).toBeUndefined()
    expect(localStorage.getItem('upgrade-console.theme')).toBe('system')
  })

  it('is named in the agent’s language', async () => {
    const { user } = renderApp()
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Language' }), '中文（简体）')
    const theme = await screen.findByRole('combobox', { name: '主题' })
    expect(
      within(theme)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['跟随系统', '浅色', '深色'])
  })
})
