import { IntlMessageFormat } from 'intl-messageformat'
import { createContext, type ReactNode, use, useMemo } from 'react'
import { enUS, type MessageKey } from './messages/en-US'

/**
 * Messages are ICU MessageFormat strings (plurals, selects) formatted by intl-messageformat; numbers,
 * dates and lists go through Intl in the active locale. en-US is the reference catalog: every other
 * locale must have the same keys and placeholders.
 */
export type Locale = 'en-US'
export const LOCALES: readonly Locale[] = ['en-US']
const CATALOGS: Record<Locale, Record<MessageKey, string>> = { 'en-US': enUS }

export type MessageValues = Record<string, string | number | Date | boolean>

export interface I18n {
  readonly locale: Locale
  t(key: MessageKey, values?: MessageValues): string
  formatNumber(value: number): string
  formatDate(value: string | Date | undefined): string
  formatList(items: readonly string[], type?: 'conjunction' | 'disjunction'): string
}

export function createI18n(locale: Locale): I18n {
  const catalog = CATALOGS[locale]
  const cache = new Map<MessageKey, IntlMessageFormat>()
  const numberFormat = new Intl.NumberFormat(locale)
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' })
  const lists = {
    conjunction: new Intl.ListFormat(locale, { type: 'conjunction' }),
    disjunction: new Intl.ListFormat(locale, { type: 'disjunction' }),
  }
  return {
    locale,
    t(key, values) {
      let format = cache.get(key)
      if (!format) {
        format = new IntlMessageFormat(catalog[key], locale)
        cache.set(key, format)
      }
      return String(format.format(values))
    },
    formatNumber: (value) => numberFormat.format(value),
    formatDate(value) {
      if (!value) return '—'
      const date = typeof value === 'string' ? new Date(value) : value
      return Number.isNaN(date.getTime()) ? '—' : dateFormat.format(date)
    },
    formatList: (items, type = 'conjunction') => lists[type].format(items),
  }
}

const I18nContext = createContext<I18n | null>(null)

export function I18nProvider({ locale = 'en-US', children }: { locale?: Locale; children: ReactNode }) {
  const i18n = useMemo(() => createI18n(locale), [locale])
  return <I18nContext value={i18n}>{children}</I18nContext>
}

export function useI18n(): I18n {
  const i18n = use(I18nContext)
  if (!i18n) throw new Error('useI18n needs an <I18nProvider> above it')
  return i18n
}
