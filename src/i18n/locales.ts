/**
 * The product's locales: en-US, and the five languages the source article exists in (seeds).
 * en-US is bundled; the others load on demand.
 */
export const LOCALES = ['en-US', 'sv-SE', 'zh-CN', 'hu-HU', 'nl-NL', 'tr-TR'] as const
export type Locale = (typeof LOCALES)[number]
export const DEFAULT_LOCALE: Locale = 'en-US'

/** Each locale's name in its own language, for the picker. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = {
  'en-US': 'English (United States)',
  'sv-SE': 'Svenska',
  'zh-CN': '中文（简体）',
  'hu-HU': 'Magyar',
  'nl-NL': 'Nederlands',
  'tr-TR': 'Türkçe',
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}

/** The best of our locales for the browser's preferred languages (exact tag first, then language). */
export function matchLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const exact = LOCALES.find((l) => l.toLowerCase() === tag.toLowerCase())
    if (exact) return exact
    const language = tag.split('-')[0]?.toLowerCase()
    const byLanguage = LOCALES.find((l) => l.split('-')[0]?.toLowerCase() === language)
    if (byLanguage) return byLanguage
  }
  return DEFAULT_LOCALE
}
