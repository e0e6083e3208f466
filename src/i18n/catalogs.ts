import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser'
import type { Locale } from './locales'
import { enUS, type MessageKey } from './messages/en-US'

/** A catalog as written: every en-US key with its ICU message. */
export type Catalog = Readonly<Record<MessageKey, string>>

/**
 * A catalog as loaded. The dev server and the tests load the ICU source; a production build ships
 * every message already parsed into intl-messageformat's syntax tree, so the browser needs no ICU
 * parser (scripts/precompile-messages.ts).
 */
export type LoadedCatalog = Readonly<Record<MessageKey, string | MessageFormatElement[]>>

const loaders: Record<Exclude<Locale, 'en-US'>, () => Promise<LoadedCatalog>> = {
  'sv-SE': () => import('./messages/sv-SE').then((m) => m.svSE),
  'zh-CN': () => import('./messages/zh-CN').then((m) => m.zhCN),
  'hu-HU': () => import('./messages/hu-HU').then((m) => m.huHU),
  'nl-NL': () => import('./messages/nl-NL').then((m) => m.nlNL),
  'tr-TR': () => import('./messages/tr-TR').then((m) => m.trTR),
}

const loaded = new Map<Locale, LoadedCatalog>([['en-US', enUS]])

export function loadedCatalog(locale: Locale): LoadedCatalog | undefined {
  return loaded.get(locale)
}

/** The locale's catalog, fetched once on first use. */
export async function loadCatalog(locale: Locale): Promise<LoadedCatalog> {
  const known = loaded.get(locale)
  if (known) return known
  if (locale === 'en-US') return enUS
  const catalog = await loaders[locale]()
  loaded.set(locale, catalog)
  return catalog
}
