/**
 * en-US in two parts: the first screen's messages are there at once, the pages' ones once a page
 * has loaded them (withPageMessages). In a file of its own, so nothing loads them beforehand.
 */
import { describe, expect, it } from 'vitest'
import { withPageMessages } from '../../../src/i18n/catalogs'
import { createI18n } from '../../../src/i18n/i18n'

describe('en-US pages’ messages', () => {
  it('load with a page, and an i18n made before then finds them', async () => {
    const i18n = createI18n('en-US')
    expect(i18n.t('customers.title')).toBe('Customers')
    expect(() => i18n.t('help.title')).toThrow('i18n: the message “help.title” is not loaded')

    const page = { name: 'a page module' }
    await expect(withPageMessages(Promise.resolve(page))).resolves.toBe(page)

    expect(i18n.t('help.title')).toBe('Help: upgrading a subscription')
    expect(createI18n('en-US').t('help.title')).toBe('Help: upgrading a subscription')
  })
})
