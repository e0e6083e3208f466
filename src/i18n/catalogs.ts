import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser'
import type { Locale } from './locales'
import { enUS, type MessageKey } from './messages/en-US'

/** A catalog as written: every key (all three parts of en-US) with its ICU message. */
export type Catalog = Readonly<Record<MessageKey, string>>

/**
 * A message as loaded. The dev server and the tests load the ICU source; a production build ships
 * every message already parsed into intl-messageformat's syntax tree, so the browser needs no ICU
 * parser (scripts/precompile-messages.ts).
 */
export type Message = string | MessageFormatElement[]

/** A catalog as loaded: whole for every locale but en-US, whose pages' part may not be in yet. */
export type LoadedCatalog = Readonly<Partial<Record<MessageKey, Message>>>

const loaders: Record<Exclude<Locale, 'en-US'>, () => Promise<LoadedCatalog>> = {
  'sv-SE': () => import('./messages/sv-SE').then((m) => m.svSE),
  'zh-CN': () => import('./messages/zh-CN').then((m) => m.zhCN),
  'hu-HU': () => import('./messages/hu-HU').then((m) => m.huHU),
  'nl-NL': () => import('./messages/nl-NL').then((m) => m.nlNL),
  'tr-TR': () => import('./messages/tr-TR').then((m) => m.trTR),
}

/**
 * en-US as loaded so far: the first screen's messages, completed in place by the pages' ones
 * (loadPageMessages), so that an i18n made before then finds them too. It is also every locale's
 * fallback.
 */
const enUSLoaded: Partial<Record<MessageKey, Message>> = { ...enUS }
export const enUSCatalog: LoadedCatalog = enUSLoaded

const loaded = new Map<Locale, LoadedCatalog>([['en-US', enUSCatalog]])

export function loadedCatalog(locale: Locale): LoadedCatalog | undefined {
  return loaded.get(locale)
}

/** The locale's catalog, fetched once on first use (for en-US, the first screen's part). */
export async function loadCatalog(locale: Locale): Promise<LoadedCatalog> {
  const known = loaded.get(locale)
  if (known) return known
  if (locale === 'en-US') return enUSCatalog
  const catalog = await loaders[locale]()
  loaded.set(locale, catalog)
  return catalog
}

/**
 * Adds a part of en-US to the loaded catalog (the live sign-in's, app/auth-messages.ts): a module
 * that shows a part's messages imports it, so they arrive with that module's code.
 */
export function addEnUSMessages(part: LoadedCatalog): void {
  Object.assign(enUSLoaded, part)
}

let pageMessages: Promise<void> | undefined

/**
 * Loads a page's code together with en-US's second part, the messages of the pages behind the
 * first screen (messages/en-US.pages.ts), whatever the locale: en-US is the one a user can switch
 * to on any page, and the fallback.
 */
export function withPageMessages<T>(page: Promise<T>): Promise<T> {
  pageMessages ??= import('./messages/en-US.pages').then((m) => addEnUSMessages(m.enUSPages))
  return Promise.all([page, pageMessages]).then(([module]) => module)
}
