/**
 * The live sign-in's words are en-US's third part (messages/en-US.auth.ts): not in the first
 * screen's catalog, they load with the live session's code, before its first render. In each of
 * the six languages the sign-in page then reads in that language. In a file of its own, so that
 * nothing has loaded them before.
 */
import { screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { enUSCatalog, loadCatalog } from '../../src/i18n/catalogs'
import { createI18n } from '../../src/i18n/i18n'
import { LOCALES } from '../../src/i18n/locales'
import { enUSAuth } from '../../src/i18n/messages/en-US.auth'
import { renderApp, signedOut } from './render-app'

afterEach(() => {
  localStorage.clear()
  document.documentElement.lang = 'en-US'
})

describe('the live sign-in’s words', () => {
  it('are not in the first screen’s part of en-US; they arrive with the live session', async () => {
    for (const key of Object.keys(enUSAuth)) expect(enUSCatalog).not.toHaveProperty([key])
    renderApp({ auth: signedOut })
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to Upgrade Console' })).toBeVisible()
    expect(screen.getByRole('button', { name: 'Sign in with Microsoft' })).toBeVisible()
    for (const key of Object.keys(enUSAuth)) expect(enUSCatalog).toHaveProperty([key])
  })

  it.each(LOCALES)('read in %s on the sign-in page', async (locale) => {
    localStorage.setItem('upgrade-console.locale', locale)
    // en-US's words from their own part, whether or not a test before has loaded them.
    const i18n = createI18n(locale, locale === 'en-US' ? enUSAuth : await loadCatalog(locale))
    renderApp({ auth: signedOut })
    const title = i18n.t('auth.signIn.title')
    expect(await screen.findByRole('heading', { level: 1, name: title })).toBeVisible()
    expect(screen.getByRole('button', { name: i18n.t('auth.signIn.button') })).toBeVisible()
    expect(screen.getByText(i18n.t('auth.signIn.body'))).toBeVisible()
    if (locale !== 'en-US') expect(title).not.toBe(enUSAuth['auth.signIn.title'])
  })
})
