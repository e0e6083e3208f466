import type { Locale } from './locales'
import { enUS, type MessageKey } from './messages/en-US'

export type Catalog = Readonly<Record<MessageKey, string>>

const loaders: Record<Exclude<Locale, 'en-US'>, () => Promise<Catalog>> = {
  'sv-SE': () => import('./messages/sv-SE').then((m) => m.svSE),
  'zh-CN': () => import('./messages/zh-CN').then((m) => m.zhCN),
  'hu-HU': () => import('./messages/hu-HU').then((m) => m.huHU),
  'nl-NL': () => import('./messages/nl-NL').then((m) => m.nlNL),
  'tr-TR': () => import('./messages/tr-TR').then((m) => m.trTR),
}

const loaded = new Map<Locale, Catalog>([['en-US', enUS]])

export function loadedCatalog(locale: Locale): Catalog | undefined {
  return loaded.get(locale)
}

/** The locale's catalog, fetched once on first use. */
export async function loadCatalog(locale: Locale): Promise<Catalog> {
  const known = loaded.get(locale)
  if (known) return known
  if (locale === 'en-US') return enUS
  const catalog = await loaders[locale]()
  loaded.set(locale, catalog)
  return catalog
}
