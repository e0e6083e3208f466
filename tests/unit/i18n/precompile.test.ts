/**
 * The production build's catalogs (scripts/precompile-messages.ts): each catalog module rewritten
 * the way the build rewrites it, every message of every locale formatted by the app's own i18n
 * from its precompiled syntax tree with the ICU parser disabled, reads exactly as the ICU source
 * formatted at run time, for sample values of all its arguments.
 */
import { readFileSync } from 'node:fs'
import { parse } from '@formatjs/icu-messageformat-parser'
import { IntlMessageFormat } from 'intl-messageformat'
import { transformWithOxc } from 'vite'
import { describe, expect, it } from 'vitest'
import { CATALOG_ID, precompileCatalog } from '../../../scripts/precompile-messages'
import type { Catalog, LoadedCatalog } from '../../../src/i18n/catalogs'
import { createI18n, type MessageValues } from '../../../src/i18n/i18n'
import { LOCALES, type Locale } from '../../../src/i18n/locales'
import { enUS, type MessageKey } from '../../../src/i18n/messages/en-US'
import { enUSAuth } from '../../../src/i18n/messages/en-US.auth'
import { enUSPages } from '../../../src/i18n/messages/en-US.pages'
import { huHU } from '../../../src/i18n/messages/hu-HU'
import { nlNL } from '../../../src/i18n/messages/nl-NL'
import { svSE } from '../../../src/i18n/messages/sv-SE'
import { trTR } from '../../../src/i18n/messages/tr-TR'
import { zhCN } from '../../../src/i18n/messages/zh-CN'
import { samplesFor, shapeOf, valueSets } from './message-samples'

const SOURCES: Readonly<Record<Locale, Catalog>> = {
  'en-US': { ...enUS, ...enUSPages, ...enUSAuth },
  'sv-SE': svSE,
  'zh-CN': zhCN,
  'hu-HU': huHU,
  'nl-NL': nlNL,
  'tr-TR': trTR,
}
const KEYS = Object.keys(SOURCES['en-US']) as MessageKey[]
/** Each locale's catalog files: en-US comes in three parts. */
const catalogPaths = (locale: Locale) =>
  locale === 'en-US'
    ? ['src/i18n/messages/en-US.ts', 'src/i18n/messages/en-US.pages.ts', 'src/i18n/messages/en-US.auth.ts']
    : [`src/i18n/messages/${locale}.ts`]

/** A catalog module as the build ships it: rewritten, its types stripped, then evaluated. */
async function precompiledModule(path: string): Promise<Record<string, unknown>> {
  const rewritten = await precompileCatalog(readFileSync(path, 'utf8'), path)
  const { code } = await transformWithOxc(rewritten, path)
  const module: Record<string, unknown> = await import(
    /* @vite-ignore */ `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
  )
  const exported = Object.values(module)
  if (exported.length !== 1) throw new Error(`${path}: expected one export, found ${exported.length}`)
  return exported[0] as Record<string, unknown>
}

/** A locale's whole catalog as the build ships it (all three parts for en-US). */
async function precompiled(locale: Locale): Promise<Record<string, unknown>> {
  const parts = await Promise.all(catalogPaths(locale).map((path) => precompiledModule(path)))
  return Object.assign({}, ...parts)
}

/** The text, or the error's message: both must be the same either way. */
function outcome(format: () => unknown): string {
  try {
    return `text: ${String(format())}`
  } catch (error) {
    return `error: ${error instanceof Error ? error.message : String(error)}`
  }
}

describe('precompiled catalogs', () => {
  it('are looked for under the locale file names the app uses', () => {
    for (const locale of LOCALES) {
      for (const path of catalogPaths(locale)) expect(CATALOG_ID.exec(`/app/${path}`)?.[1]).toBe(locale)
    }
    expect(CATALOG_ID.test('/app/src/i18n/catalogs.ts')).toBe(false)
  })

  describe.each(LOCALES)('%s', (locale) => {
    it('holds a syntax tree, not source text, for every message', async () => {
      const compiled = await precompiled(locale)
      expect(Object.keys(compiled).sort()).toEqual([...KEYS].sort())
      const notTrees = KEYS.filter((key) => !Array.isArray(compiled[key])).map((key) => `${locale} › ${key}`)
      expect(notTrees).toEqual([])
    })

    it('formats every message exactly as its ICU source, without parsing', async () => {
      const source = SOURCES[locale]
      const valuesFor = (key: MessageKey) => valueSets(samplesFor(shapeOf(parse(SOURCES['en-US'][key]))))
      const expected = KEYS.flatMap((key) =>
        valuesFor(key).map((values) => outcome(() => new IntlMessageFormat(source[key], locale).format(values))),
      )

      const i18n = createI18n(locale, (await precompiled(locale)) as unknown as LoadedCatalog)
      // As in the production bundle, where the parser is aliased to its parser-less build.
      const parser = IntlMessageFormat.__parse
      IntlMessageFormat.__parse = () => {
        throw new Error('the ICU parser was called')
      }
      let actual: string[]
      try {
        actual = KEYS.flatMap((key) =>
          valuesFor(key).map((values) => outcome(() => i18n.t(key, values as MessageValues))),
        )
      } finally {
        IntlMessageFormat.__parse = parser
      }

      expect(actual.length).toBeGreaterThan(KEYS.length)
      expect(actual).toEqual(expected)
    })
  })

  it('fails the build with the key when a message does not parse', async () => {
    const source = "export const xxXX = {\n  'ok.key': 'Fine',\n  'broken.key': 'Hello {name',\n}\n"
    await expect(precompileCatalog(source, 'xx-XX.ts')).rejects.toThrow(/xx-XX\.ts › broken\.key: .*Hello \{name/)
  })

  it('fails the build when a message is not a plain string literal', async () => {
    const source = "const name = 'x'\nexport const xxXX = {\n  'computed.key': 'Hello ' + name,\n}\n"
    await expect(precompileCatalog(source, 'xx-XX.ts')).rejects.toThrow(/computed\.key: the message must be a string/)
  })
})
