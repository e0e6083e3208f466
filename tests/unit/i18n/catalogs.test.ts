/**
 * Parity of the translated catalogs with en-US, the reference: the same keys, messages that parse,
 * the same ICU arguments (names and kinds, select keys), plural categories valid for the locale,
 * messages that format with sample values, and no forgotten (still English) message.
 *
 * Every check collects all its failures as "locale › key: what is wrong" and compares the list with
 * [], so a failure names each broken entry at once.
 */
import { type MessageFormatElement, parse } from '@formatjs/icu-messageformat-parser'
import { IntlMessageFormat } from 'intl-messageformat'
import { describe, expect, it } from 'vitest'
import type { Catalog } from '../../../src/i18n/catalogs'
import { LOCALES, type Locale } from '../../../src/i18n/locales'
import { enUS, type MessageKey } from '../../../src/i18n/messages/en-US'
import { enUSAuth } from '../../../src/i18n/messages/en-US.auth'
import { enUSPages } from '../../../src/i18n/messages/en-US.pages'
import { huHU } from '../../../src/i18n/messages/hu-HU'
import { nlNL } from '../../../src/i18n/messages/nl-NL'
import { svSE } from '../../../src/i18n/messages/sv-SE'
import { trTR } from '../../../src/i18n/messages/tr-TR'
import { zhCN } from '../../../src/i18n/messages/zh-CN'
import { type Shape, samplesFor, shapeOf, valueSets } from './message-samples'

type Translated = Exclude<Locale, 'en-US'>

const CATALOGS: Readonly<Record<Translated, Catalog>> = {
  'sv-SE': svSE,
  'zh-CN': zhCN,
  'hu-HU': huHU,
  'nl-NL': nlNL,
  'tr-TR': trTR,
}

/**
 * Messages that may stay exactly as in en-US, with the reason. Keep it small: anything else that
 * equals en-US is taken for a forgotten translation.
 */
const SAME_AS_EN_US: Readonly<Record<Translated, Readonly<Partial<Record<MessageKey, string>>>>> = {
  'sv-SE': {
    'app.name': 'the product’s name, kept in every language',
    // Opportunities and bulk upgrade: an arrow between two offer names, a header's name, a bare percentage
    'bulk.review.change': 'two offer names and an arrow, no words',
    'bulk.csv.requestId': 'the name of Partner Center’s header',
    'demo.fault.percentOption': 'a bare percentage, formatted by the locale',
    'bulk.csv.status': '“Status” is also the Swedish word',
    'subscriptions.col.status': '“Status” is also the Swedish word',
    'review.change.status': '“Status” is also the Swedish word; the rest is placeholders',
  },
  'zh-CN': {
    'app.name': 'the product’s name, kept in every language',
    // Opportunities and bulk upgrade: an arrow between two offer names, a header's name, a bare percentage
    'bulk.review.change': 'two offer names and an arrow, no words',
    'bulk.csv.requestId': 'the name of Partner Center’s header',
    'demo.fault.percentOption': 'a bare percentage, formatted by the locale',
  },
  'hu-HU': {
    'app.name': 'the product’s name, kept in every language',
    // Opportunities and bulk upgrade: an arrow between two offer names, a header's name, a bare percentage
    'bulk.review.change': 'two offer names and an arrow, no words',
    'bulk.csv.requestId': 'the name of Partner Center’s header',
    'demo.fault.percentOption': 'a bare percentage, formatted by the locale',
  },
  'nl-NL': {
    'app.name': 'the product’s name, kept in every language',
    // Opportunities and bulk upgrade: an arrow between two offer names, a header's name, a bare percentage
    'bulk.review.change': 'two offer names and an arrow, no words',
    'bulk.csv.requestId': 'the name of Partner Center’s header',
    'demo.fault.percentOption': 'a bare percentage, formatted by the locale',
    'bulk.csv.status': '“Status” is also the Dutch word',
    'bulk.col.change': '“Upgrade” is the word of Microsoft’s Dutch UI',
    'nav.help': '“Help” is the word of Microsoft’s Dutch UI',
    'subscriptions.col.status': '“Status” is also the Dutch word',
    'review.change.status': '“Status” is also the Dutch word; the rest is placeholders',
  },
  'tr-TR': {
    'app.name': 'the product’s name, kept in every language',
    // Opportunities and bulk upgrade: an arrow between two offer names, a header's name, a bare percentage
    'bulk.review.change': 'two offer names and an arrow, no words',
    'bulk.csv.requestId': 'the name of Partner Center’s header',
    'demo.fault.percentOption': 'a bare percentage, formatted by the locale',
  },
}

/** en-US whole: the first screen's part, the pages' part and the live sign-in's part. */
const EN_US: Catalog = { ...enUS, ...enUSPages, ...enUSAuth }
const EN_KEYS = Object.keys(EN_US) as MessageKey[]
const TRANSLATED = Object.keys(CATALOGS) as Translated[]

const sorted = (values: Iterable<string>) => [...values].sort()
const sameSet = (a: Iterable<string>, b: Iterable<string>) => sorted(a).join('\u0000') === sorted(b).join('\u0000')

/** Parses a message the way intl-messageformat does; the error text on failure. */
function tryParse(message: string): MessageFormatElement[] | string {
  try {
    return parse(message)
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  }
}

const EN_SHAPES = new Map<MessageKey, Shape>(
  EN_KEYS.map((key) => {
    const ast = tryParse(EN_US[key])
    if (typeof ast === 'string') throw new Error(`en-US › ${key}: does not parse (${ast})`)
    return [key, shapeOf(ast)]
  }),
)

// ---------------------------------------------------------------------------------------------

describe('i18n catalogs', () => {
  it('cover every product locale except en-US (the reference)', () => {
    expect(sorted(TRANSLATED)).toEqual(sorted(LOCALES.filter((l) => l !== 'en-US')))
  })

  it('en-US’s three parts (first screen, pages, live sign-in) share no key', () => {
    const parts = [enUS, enUSPages, enUSAuth].map((part) => Object.keys(part))
    expect(parts.flat().length).toBe(EN_KEYS.length)
  })

  it('en-US uses typographic apostrophes only (a plain one can start ICU quoting)', () => {
    expect(EN_KEYS.filter((key) => EN_US[key].includes("'")).map((key) => `en-US › ${key}`)).toEqual([])
  })

  describe.each(TRANSLATED)('%s', (locale) => {
    const catalog = CATALOGS[locale]
    const pluralCategories = new Set(new Intl.PluralRules(locale).resolvedOptions().pluralCategories as string[])

    it('has exactly the en-US keys: none missing, none extra', () => {
      const keys = Object.keys(catalog)
      const missing = EN_KEYS.filter((key) => !Object.hasOwn(catalog, key)).map((k) => `${locale} › ${k}: missing`)
      const extra = keys.filter((key) => !Object.hasOwn(EN_US, key)).map((k) => `${locale} › ${k}: not in en-US`)
      expect([...missing, ...extra]).toEqual([])
    })

    it('has only non-empty string messages that parse as ICU MessageFormat', () => {
      const failures: string[] = []
      for (const key of EN_KEYS) {
        const message: unknown = catalog[key]
        if (typeof message !== 'string') {
          failures.push(`${locale} › ${key}: not a string (${typeof message})`)
          continue
        }
        if (message.trim() === '' && EN_US[key].trim() !== '') failures.push(`${locale} › ${key}: empty`)
        const ast = tryParse(message)
        if (typeof ast === 'string') failures.push(`${locale} › ${key}: does not parse: ${ast}`)
      }
      expect(failures).toEqual([])
    })

    it('uses no plain apostrophe (use ’): in ICU a plain one can quote a placeholder away', () => {
      const failures = EN_KEYS.filter((key) => catalog[key]?.includes("'")).map(
        (key) => `${locale} › ${key}: plain apostrophe in “${catalog[key]}”`,
      )
      expect(failures).toEqual([])
    })

    it('has the same arguments as en-US, with the same kinds and select keys', () => {
      const failures: string[] = []
      for (const key of EN_KEYS) {
        const en = EN_SHAPES.get(key)
        const ast = tryParse(catalog[key] ?? '')
        if (!en || typeof ast === 'string') continue // reported by the parse test
        const shape = shapeOf(ast)
        if (!sameSet(shape.uses, en.uses)) {
          failures.push(
            `${locale} › ${key}: arguments [${sorted(shape.uses).join(', ')}], en-US has [${sorted(en.uses).join(', ')}]`,
          )
        }
        for (const [name, keys] of en.selectKeys) {
          const own = shape.selectKeys.get(name) ?? new Set()
          if (!sameSet(own, keys)) {
            failures.push(
              `${locale} › ${key}: select {${name}} has keys [${sorted(own).join(', ')}], en-US has [${sorted(keys).join(', ')}]`,
            )
          }
        }
      }
      expect(failures).toEqual([])
    })

    it(`uses plural categories of its language, keeps en-US's exact (=n) cases and has “other”`, () => {
      const failures: string[] = []
      for (const key of EN_KEYS) {
        const en = EN_SHAPES.get(key)
        const ast = tryParse(catalog[key] ?? '')
        if (!en || typeof ast === 'string') continue
        const shape = shapeOf(ast)
        for (const [name, keys] of shape.pluralKeys) {
          if (!keys.has('other')) failures.push(`${locale} › ${key}: plural {${name}} has no “other”`)
          for (const option of keys) {
            if (!option.startsWith('=') && !pluralCategories.has(option)) {
              failures.push(
                `${locale} › ${key}: plural {${name}} uses “${option}”, not a category of ${locale} (${sorted(pluralCategories).join(', ')})`,
              )
            }
          }
          for (const exact of en.pluralKeys.get(name) ?? []) {
            if (exact.startsWith('=') && !keys.has(exact)) {
              failures.push(`${locale} › ${key}: plural {${name}} lacks en-US’s exact case “${exact}”`)
            }
          }
        }
      }
      expect(failures).toEqual([])
    })

    it('formats every message with sample values, leaving no ICU syntax behind', () => {
      const failures: string[] = []
      for (const key of EN_KEYS) {
        const en = EN_SHAPES.get(key)
        const message = catalog[key]
        if (!en || typeof message !== 'string') continue
        for (const values of valueSets(samplesFor(en))) {
          try {
            const text = new IntlMessageFormat(message, locale).format(values)
            if (typeof text !== 'string') failures.push(`${locale} › ${key}: formatted to a non-string`)
            else if (/[{}]/.test(text)) failures.push(`${locale} › ${key}: braces left in “${text}”`)
          } catch (error) {
            failures.push(`${locale} › ${key}: ${error instanceof Error ? error.message : String(error)}`)
            break
          }
        }
      }
      expect(failures).toEqual([])
    })

    it('translates every message (identical to en-US only where allow-listed)', () => {
      const allowed = SAME_AS_EN_US[locale]
      const failures = EN_KEYS.filter((key) => catalog[key] === EN_US[key] && !Object.hasOwn(allowed, key)).map(
        (key) => `${locale} › ${key}: identical to en-US (“${EN_US[key]}”)`,
      )
      const stale = Object.keys(allowed)
        .filter((key) => !Object.hasOwn(EN_US, key))
        .map((key) => `${locale} › ${key}: allow-listed but not in en-US`)
      expect([...failures, ...stale]).toEqual([])
    })
  })
})
