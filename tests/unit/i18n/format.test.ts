import { describe, expect, it } from 'vitest'
import { createI18n } from '../../../src/i18n/i18n'
import { matchLocale } from '../../../src/i18n/locales'

describe('locale matching', () => {
  it.each([
    [['sv-SE'], 'sv-SE'],
    [['sv'], 'sv-SE'],
    [['zh-Hans-CN', 'en'], 'zh-CN'],
    [['hu-HU'], 'hu-HU'],
    [['nl-BE'], 'nl-NL'],
    [['tr'], 'tr-TR'],
    [['fr-FR', 'de'], 'en-US'],
    [['de-DE', 'nl'], 'nl-NL'],
    [[], 'en-US'],
  ])('%j -> %s', (preferred, expected) => {
    expect(matchLocale(preferred)).toBe(expected)
  })
})

describe('locale-aware text', () => {
  it('lower-cases Turkish İ and I by Turkish rules, so search finds them', () => {
    const tr = createI18n('tr-TR')
    expect(tr.lower('İSTANBUL')).toBe('istanbul')
    expect(tr.lower('IĞDIR')).toBe('ığdır')
    expect(createI18n('en-US').lower('IĞDIR')).toBe('iğdir')
  })

  it('sorts company names by the locale’s collation', () => {
    const names = ['Zenit AB', 'Åhlens AB', 'Ab Ltd']
    expect([...names].sort(createI18n('sv-SE').compare)).toEqual(['Ab Ltd', 'Zenit AB', 'Åhlens AB'])
    expect([...names].sort(createI18n('en-US').compare)).toEqual(['Ab Ltd', 'Åhlens AB', 'Zenit AB'])
  })

  it('formats numbers, dates and lists in the locale', () => {
    expect(createI18n('sv-SE').formatNumber(10000)).toBe('10\u00a0000')
    expect(createI18n('hu-HU').formatDate('2027-01-28T00:00:00Z')).toMatch(/^2027\. /)
    expect(createI18n('nl-NL').formatList(['A', 'B', 'C'])).toBe('A, B en C')
    expect(createI18n('zh-CN').formatList(['A', 'B'])).toBe('A和B')
  })

  it('formats ICU plurals per locale', () => {
    expect(createI18n('en-US').t('customers.count', { shown: 1, total: 3 })).toBe('1 customer shown of 3')
    expect(createI18n('en-US').t('customers.count', { shown: 2, total: 3 })).toBe('2 customers shown of 3')
  })
})
