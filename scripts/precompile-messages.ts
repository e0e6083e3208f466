import { type MessageFormatElement, parse } from '@formatjs/icu-messageformat-parser'
import { type ESTree, type Plugin, parseSync } from 'vite'

/**
 * Build-time ICU precompilation, a Vite plugin for production builds.
 *
 * The catalogs (src/i18n/messages/<locale>.ts) stay readable ICU source. In a build, every message
 * is replaced by the syntax tree intl-messageformat would parse it into at run time, and the ICU
 * parser is swapped for the parser-less build of the same package (same types and type guards; its
 * parse() throws), so the browser formats from the trees and never downloads the parser. The dev
 * server and Vitest keep the source strings and parse them at run time.
 */
export function precompileMessages(): Plugin {
  return {
    name: 'upgrade-console:precompile-messages',
    apply: 'build',
    // Before the TypeScript transform: the catalog's own source is what gets rewritten.
    enforce: 'pre',
    config: () => ({
      resolve: {
        alias: [
          {
            find: /^@formatjs\/icu-messageformat-parser$/,
            replacement: '@formatjs/icu-messageformat-parser/no-parser.js',
          },
        ],
      },
    }),
    transform: {
      filter: { id: CATALOG_ID },
      handler(code, id) {
        const locale = CATALOG_ID.exec(id)?.[1]
        if (!locale) return null
        const rewritten = precompileCatalog(code, locale, id)
        // Every message stays on its line (a string literal and its JSON tree are one line each),
        // so a line-to-line map is exact enough: line n of the output is line n of the source.
        const lines = rewritten.split('\n').length
        return { code: rewritten, map: { mappings: `AAAA${';AACA'.repeat(lines - 1)}` } }
      },
    },
  }
}

/** A catalog module's path; the file name starts with its locale (en-US.pages.ts is en-US too). */
export const CATALOG_ID = /\/src\/i18n\/messages\/([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*)(?:\.[a-z]+)?\.ts$/

/** One message's syntax tree, exactly as intl-messageformat parses it for `locale`. */
export function compileMessage(message: string, locale: string): MessageFormatElement[] {
  return parse(message, { locale: new Intl.Locale(locale) })
}

/**
 * A catalog module's source with each message (a string property of an exported object literal)
 * replaced by its syntax tree as a JSON literal; everything else is left as written. A message that
 * is not a plain string literal, or does not parse, fails the build with the key and the reason.
 */
export function precompileCatalog(source: string, locale: string, filename = `${locale}.ts`): string {
  const { program, errors } = parseSync(filename, source, { lang: 'ts' })
  if (errors.length > 0) throw new Error(`${filename}: ${errors[0]?.message}`)
  const edits: { start: number; end: number; text: string }[] = []
  for (const catalog of exportedObjects(program)) {
    for (const property of catalog.properties) {
      const key = property.type === 'Property' ? propertyKey(property) : undefined
      if (property.type !== 'Property' || key === undefined) {
        throw new Error(`${filename}: a catalog has only plain "key": 'message' entries`)
      }
      const { value } = property
      if (value.type !== 'Literal' || typeof value.value !== 'string') {
        throw new Error(`${filename} › ${key}: the message must be a string literal`)
      }
      let compiled: MessageFormatElement[]
      try {
        compiled = compileMessage(value.value, locale)
      } catch (error) {
        throw new Error(`${filename} › ${key}: ${error instanceof Error ? error.message : String(error)}`)
      }
      edits.push({ start: value.start, end: value.end, text: JSON.stringify(compiled) })
    }
  }
  if (edits.length === 0) throw new Error(`${filename}: no exported catalog object found`)
  let output = source
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    output = output.slice(0, edit.start) + edit.text + output.slice(edit.end)
  }
  return output
}

/** `export const name = { … }` (also with `as const`, `satisfies …` or a type annotation). */
function* exportedObjects(program: ESTree.Program): Generator<ESTree.ObjectExpression> {
  for (const statement of program.body) {
    if (statement.type !== 'ExportNamedDeclaration' || statement.declaration?.type !== 'VariableDeclaration') continue
    for (const declarator of statement.declaration.declarations) {
      let init = declarator.init
      while (init && (init.type === 'TSAsExpression' || init.type === 'TSSatisfiesExpression')) init = init.expression
      if (init?.type === 'ObjectExpression') yield init
    }
  }
}

function propertyKey(property: ESTree.ObjectProperty): string | undefined {
  if (property.computed) return undefined
  if (property.key.type === 'Identifier') return property.key.name
  if (property.key.type === 'Literal' && typeof property.key.value === 'string') return property.key.value
  return undefined
}
