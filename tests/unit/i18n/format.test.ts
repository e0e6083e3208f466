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
    // Chinese spaces Latin words from 和/或 (issue 13), and leaves Chinese words joined.
    expect(createI18n('zh-CN').formatList(['Office 365 E3', 'Office 365 E5'])).toBe('Office 365 E3 和 Office 365 E5')
    expect(createI18n('zh-CN').formatList(['A', 'B', 'C'])).toBe('A、B 和 C')
    expect(createI18n('zh-CN').formatList(['Teams', '语音'], 'disjunction')).toBe('Teams 或语音')
    expect(createI18n('zh-CN').formatList(['全局管理员', '销售代理'])).toBe('全局管理员和销售代理')
  })

  it('formats ICU plurals per locale', () => {
    expect(createI18n('en-US').t('customers.count', { shown: 1, total: 3 })).toBe('1 customer shown of 3')
    expect(createI18n('en-US').t('customers.count', { shown: 2, total: 3 })).toBe('2 customers shown of 3')
  })
})
