import { type MessageFormatElement, TYPE } from '@formatjs/icu-messageformat-parser'
import { IntlMessageFormat } from 'intl-messageformat'
import { createContext, Fragment, type ReactNode, use, useCallback, useEffect, useMemo, useState } from 'react'
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
export { LOCALES } from './locales'

export type MessageValues = Record<string, string | number | Date | boolean>

export interface I18n {
  readonly locale: Locale
  t(key: MessageKey, values?: MessageValues): string
  /**
   * The message for display: every text placed as is (`{name}`, not a select's or plural's value)
   * is isolated in a <bdi>, so a name in another script or with bidirectional controls cannot
   * reorder the sentence around it. Accessible names are unchanged (a <bdi> adds no text).
   */
  rich(key: MessageKey, values?: MessageValues): ReactNode
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
  const placedCache = new Map<MessageKey, Set<string>>()
  const formatOf = (key: MessageKey): IntlMessageFormat => {
    let format = cache.get(key)
    if (!format) {
      const message = catalog[key] ?? enUSCatalog[key]
      // A page's en-US message before its part of the catalog has loaded (see withPageMessages).
      if (message === undefined) throw new Error(`i18n: the message “${key}” is not loaded`)
      format = new IntlMessageFormat(message, locale)
      cache.set(key, format)
    }
    return format
  }
  return {
    locale,
    t: (key, values) => String(formatOf(key).format(values)),
    rich(key, values) {
      const format = formatOf(key)
      if (!values) return String(format.format())
      let placed = placedCache.get(key)
      if (!placed) {
        placed = placedArguments(format.getAst())
        placedCache.set(key, placed)
      }
      const isolated: Record<string, string | number | Date | boolean | ReactNode> = { ...values }
      for (const [name, value] of Object.entries(values)) {
        if (typeof value === 'string' && placed.has(name)) isolated[name] = <bdi key={name}>{value}</bdi>
      }
      const parts = format.format<ReactNode>(isolated)
      // biome-ignore lint/suspicious/noArrayIndexKey: a message's parts never reorder
      return Array.isArray(parts) ? parts.map((part, index) => <Fragment key={index}>{part}</Fragment>) : parts
    },
    formatNumber: (value) => numberFormat().format(value),
    formatDate(value) {
      if (!value) return '—'
      const date = typeof value === 'string' ? new Date(value) : value
      return Number.isNaN(date.getTime()) ? '—' : dateFormat().format(date)
    },
    formatList: (items, type = 'conjunction') =>
      locale === 'zh-CN' ? spacedChineseList(lists[type](), items) : lists[type]().format(items),
    compare: (a, b) => collator().compare(a, b),
    lower: (text) => text.toLocaleLowerCase(locale),
  }
}

const LATIN_EDGE = /[\p{Script=Latin}\p{Nd})]/u

/**
 * A Chinese list whose words are joined by 和 or 或 gets a space on each side of the word where it
 * meets Latin text ("Microsoft 365 E3 和 Office 365 E5"), as Chinese typography spaces Latin words.
 */
function spacedChineseList(format: Intl.ListFormat, items: readonly string[]): string {
  const parts = format.formatToParts(items)
  return parts
    .map((part, index) => {
      if (part.type !== 'literal' || !/^[和或]$/.test(part.value.trim())) return part.value
      const before = parts[index - 1]?.value.at(-1) ?? ''
      const after = parts[index + 1]?.value.at(0) ?? ''
      const word = part.value.trim()
      return `${LATIN_EDGE.test(before) ? ' ' : ''}${word}${LATIN_EDGE.test(after) ? ' ' : ''}`
    })
    .join('')
}

/** The arguments a message places as text (`{name}`), at any depth of its selects and plurals. */
function placedArguments(elements: readonly MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.argument) into.add(element.value)
    else if (element.type === TYPE.select || element.type === TYPE.plural) {
      for (const option of Object.values(element.options)) placedArguments(option.value, into)
    } else if (element.type === TYPE.tag) placedArguments(element.children, into)
  }
  return into
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

/** Remembers the agent's locale for the next visits (a demo link sets it this way too). */
export function rememberLocale(locale: Locale): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, locale)
  } catch {
    // The choice then lasts for this page only.
  }
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
    rememberLocale(next)
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
