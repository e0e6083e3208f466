/**
 * Issue 13, point 12: wording fixes, each checked against the seeds' glossary (shared/seeds) and
 * the words of Microsoft's own UI in that language. A test per fix, on the formatted message.
 */
import { describe, expect, it } from 'vitest'
import { createI18n } from '../../../src/i18n/i18n'
import { LOCALES } from '../../../src/i18n/locales'
import { enUS } from '../../../src/i18n/messages/en-US'
import { enUSAuth } from '../../../src/i18n/messages/en-US.auth'
import { enUSPages } from '../../../src/i18n/messages/en-US.pages'
import { huHU } from '../../../src/i18n/messages/hu-HU'
import { nlNL } from '../../../src/i18n/messages/nl-NL'
import { svSE } from '../../../src/i18n/messages/sv-SE'
import { trTR } from '../../../src/i18n/messages/tr-TR'
import { zhCN } from '../../../src/i18n/messages/zh-CN'

const CATALOGS = {
  'en-US': { ...enUS, ...enUSPages, ...enUSAuth },
  'sv-SE': svSE,
  'zh-CN': zhCN,
  'hu-HU': huHU,
  'nl-NL': nlNL,
  'tr-TR': trTR,
} as const

describe('wording (issue 13)', () => {
  it('sv-SE: "2 av 7 kunder visas", not "2 kunder visas av 7" ("shown by 7")', () => {
    const sv = createI18n('sv-SE', svSE)
    expect(sv.t('customers.count', { shown: 2, total: 7 })).toBe('2 av 7 kunder visas')
    expect(sv.t('customers.count', { shown: 0, total: 7 })).toBe('Ingen av 7 kunder visas')
    expect(sv.t('customers.countLoading', { shown: 2, loaded: 200 })).toBe(
      '2 av 200 hittills inlästa kunder visas. Läser in fler…',
    )
  })

  it('sv-SE: Referrals admin is "Hänvisningsadministratör", not "reference admin"', () => {
    expect(svSE['role.referrals_admin']).toBe('Hänvisningsadministratör')
  })

  it('tr-TR: a reseller is a "Bayi", and more work is "ek işlem"', () => {
    const tr = createI18n('tr-TR', trTR)
    expect(tr.t('relationship', { value: 'reseller' })).toBe('Bayi')
    expect(tr.t('upgrade.result.affected.title', { count: 2 })).toBe('2 kullanıcı hesabı için ek işlem gerekiyor')
    expect(trTR['help.steps.4']).toContain('ek işlem')
    for (const message of Object.values(trTR)) expect(message).not.toMatch(/Satıcı|ek çalışma/)
  })

  it('tr-TR: "already has the new offer" is not a calque of "doesn’t already have"', () => {
    expect(trTR['condition.concurrency_conflicts']).not.toContain('zaten sahip değil')
    expect(trTR['condition.concurrency_conflicts']).toMatch(/^Müşteride yeni teklif henüz yok/)
  })

  it('hu-HU: licenses move into the new subscription, and nobody "lists" them in the first person', () => {
    const hu = createI18n('hu-HU', huHU)
    const text = hu.t('upgrade.summary.transfer', { target: 'Office 365 E3' })
    expect(text).toContain('az új előfizetésbe')
    expect(text).not.toMatch(/ajánlatba|listázzuk/)
  })

  it('nl-NL: the help page is called "Help", as in the navigation', () => {
    expect(nlNL['help.title']).toMatch(/^Help: /)
    expect(nlNL['nav.help']).toBe('Help')
  })

  it('every locale: an offer held from you is named without doubled brackets ("(India) (from you)")', () => {
    for (const locale of LOCALES) {
      const i18n = createI18n(locale, CATALOGS[locale])
      const text = i18n.t('problem.holder', { offer: 'Microsoft 365 Business Standard (India)', channel: 'partner' })
      expect(text, locale).not.toMatch(/[)）]\s*[(（]/)
    }
  })

  it('every locale: each suspension reason Partner Center sends reads in words', () => {
    for (const locale of LOCALES) {
      const i18n = createI18n(locale, CATALOGS[locale])
      for (const reason of ['PaymentIssue', 'CustomerCancellation', 'PartnerInitiated', 'PaymentDelinquency']) {
        expect(i18n.t('subscriptions.suspensionReason', { reason }), `${locale} ${reason}`).not.toContain(reason)
      }
      // An unknown reason is still a sentence of the catalog, with the value for support.
      expect(i18n.t('subscriptions.suspensionReason', { reason: 'Zzz' })).not.toBe('Zzz')
    }
  })
})
