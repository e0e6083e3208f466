import { IntlMessageFormat } from 'intl-messageformat'
import { createContext, type ReactNode, use, useCallback, useEffect, useMemo, useState } from 'react'
import { enUSCatalog, type LoadedCatalog, loadCatalog, loadedCatalog } from './catalogs'
import { DEFAULT_LOCALE, isLocale, type Locale, matchLocale } from './locales'
import type { MessageKey } from './messages/en-US'

/**
 * Messages are ICU MessageFormat strings (plurals, selects) formatted by intl-messageformat; numbers,
 * dates and lists go through Intl in the active locale. en-US is the reference catalog: every other
 * locale has the same keys and placeholders (a test checks it). A production build ships the
 * messages precompiled (see LoadedCatalog), and en-US loads in two parts (messages/en-US.ts).
 */
export type { Locale } from './locales'

export type MessageValues = Record<string, string | number | Date | boolean>

export interface I18n {
  readonly locale: Locale
  t(key: MessageKey, values?: MessageValues): string
  formatNumber(value: number): string
  formatDate(value: string | Date | undefined): string
  formatList(items: readonly string[], type?: 'conjunction' | 'disjunction'): string
  /** Compares for sorting by the locale's collation. */
  compare(a: string, b: string): number
  /** Lower case by the locale's rules (Turkish dotted and dotless i). */
  lower(text: string): string
}

function lazy<T>(make: () => T): () => T {
  let value: T | undefined
  return () => {
    value ??= make()
    return value
  }
}

export function createI18n(locale: Locale, catalog: LoadedCatalog = loadedCatalog(locale) ?? enUSCatalog): I18n {
  const cache = new Map<MessageKey, IntlMessageFormat>()
  // Each formatter is made on first use: making one loads its locale data, which costs the first
  // screen tens of milliseconds for formatters it never uses (dates and lists are not on it).
  const numberFormat = lazy(() => new Intl.NumberFormat(locale))
  const dateFormat = lazy(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }))
  const collator = lazy(() => new Intl.Collator(locale, { sensitivity: 'base', numeric: true }))
  const lists = {
    conjunction: lazy(() => new Intl.ListFormat(locale, { type: 'conjunction' })),
    disjunction: lazy(() => new Intl.ListFormat(locale, { type: 'disjunction' })),
  }
  return {
    locale,
    t(key, values) {
      let format = cache.get(key)
      if (!format) {
        const message = catalog[key] ?? enUSCatalog[key]
        // A page's en-US message before its part of the catalog has loaded (see withPageMessages).
        if (message === undefined) throw new Error(`i18n: the message “${key}” is not loaded`)
        format = new IntlMessageFormat(message, locale)
        cache.set(key, format)
      }
      return String(format.format(values))
    },
    formatNumber: (value) => numberFormat().format(value),
    formatDate(value) {
      if (!value) return '—'
      const date = typeof value === 'string' ? new Date(value) : value
      return Number.isNaN(date.getTime()) ? '—' : dateFormat().format(date)
    },
    formatList: (items, type = 'conjunction') => lists[type]().format(items),
    compare: (a, b) => collator().compare(a, b),
    lower: (text) => text.toLocaleLowerCase(locale),
  }
}

const STORAGE_KEY = 'upgrade-console.locale'

/** The remembered locale, else the best match for the browser's languages. */
export function initialLocale(): Locale {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY)
    if (isLocale(stored)) return stored
  } catch {
    // Storage unavailable: fall through to the browser's languages.
  }
  const languages = globalThis.navigator?.languages ?? [globalThis.navigator?.language ?? DEFAULT_LOCALE]
  return matchLocale(languages)
}

interface I18nContextValue extends I18n {
  setLocale(locale: Locale): void
}

const I18nContext = createContext<I18nContextValue | null>(null)

export function I18nProvider({ locale: requested, children }: { locale?: Locale; children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(() => {
    const wanted = requested ?? initialLocale()
    // Only a catalog that is already loaded can render at once (main.tsx preloads the first one).
    return loadedCatalog(wanted) ? wanted : DEFAULT_LOCALE
  })

  const setLocale = useCallback((next: Locale) => {
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, next)
    } catch {
      // The choice then lasts for this page only.
    }
    void loadCatalog(next).then(() => setLocaleState(next))
  }, [])

  // Only on mount (a catalog that was not preloaded): later changes go through setLocale.
  // biome-ignore lint/correctness/useExhaustiveDependencies: mount-only on purpose
  useEffect(() => {
    const wanted = requested ?? initialLocale()
    if (wanted !== locale && !loadedCatalog(wanted)) void loadCatalog(wanted).then(() => setLocaleState(wanted))
  }, [])

  useEffect(() => {
    document.documentElement.lang = locale
  }, [locale])

  const value = useMemo(() => ({ ...createI18n(locale), setLocale }), [locale, setLocale])
  return <I18nContext value={value}>{children}</I18nContext>
}

export function useI18n(): I18nContextValue {
  const i18n = use(I18nContext)
  if (!i18n) throw new Error('useI18n needs an <I18nProvider> above it')
  return i18n
}
