import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { promisify } from 'node:util'
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser'
import { type ESTree, type Plugin, parseSync } from 'vite'

/**
 * Build-time ICU precompilation, a Vite plugin for production builds.
 *
 * The catalogs (src/i18n/messages/<locale>.ts) stay readable ICU source. In a build, each catalog's
 * messages go through FormatJS's own compiler, `formatjs compile --ast` (@formatjs/cli), and every
 * message is replaced by the syntax tree it produces, the one intl-messageformat would parse at run
 * time; the ICU parser is swapped for the parser-less build of the same package (same types and
 * type guards; its parse() throws), so the browser formats from the trees and never downloads the
 * parser. The dev server and Vitest keep the source strings and parse them at run time.
 * tests/unit/i18n/precompile.test.ts formats every message of every locale both ways.
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
      async handler(code, id) {
        if (!CATALOG_ID.test(id)) return null
        const rewritten = await precompileCatalog(code, id)
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

const FORMATJS = join(dirname(createRequire(import.meta.url).resolve('@formatjs/cli/package.json')), 'bin', 'formatjs')

/**
 * `formatjs compile --ast` of `messages` (key: ICU source): each key's syntax tree. A message that
 * does not parse fails with its key and FormatJS's reason.
 */
export async function compileMessages(
  messages: Readonly<Record<string, string>>,
  filename: string,
): Promise<Record<string, MessageFormatElement[]>> {
  const dir = await mkdtemp(join(tmpdir(), 'upgrade-console-messages-'))
  try {
    const input = join(dir, 'messages.json')
    const output = join(dir, 'compiled.json')
    await writeFile(input, JSON.stringify(messages))
    // --skip-errors: the compiler then names each message it could not parse, and leaves it out.
    const args = ['compile', '--ast', '--format', 'simple', '--skip-errors', '--out-file', output, input]
    const { stderr } = await promisify(execFile)(process.execPath, [FORMATJS, ...args])
    const compiled = JSON.parse(await readFile(output, 'utf8')) as Record<string, MessageFormatElement[]>
    const failed = Object.keys(messages).filter((key) => !Array.isArray(compiled[key]))
    if (failed.length > 0) throw new Error(`${filename} › ${failed.join(', ')}: ${stderr.trim()}`)
    return compiled
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/**
 * A catalog module's source with each message (a string property of an exported object literal)
 * replaced by its syntax tree as a JSON literal; everything else is left as written. A message that
 * is not a plain string literal, or does not parse, fails the build with the key and the reason.
 */
export async function precompileCatalog(source: string, filename: string): Promise<string> {
  const { program, errors } = parseSync(filename, source, { lang: 'ts' })
  if (errors.length > 0) throw new Error(`${filename}: ${errors[0]?.message}`)
  const literals = new Map<string, ESTree.StringLiteral>()
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
      literals.set(key, value as ESTree.StringLiteral)
    }
  }
  if (literals.size === 0) throw new Error(`${filename}: no exported catalog object found`)
  const compiled = await compileMessages(
    Object.fromEntries([...literals].map(([key, literal]) => [key, literal.value])),
    filename,
  )
  let output = source
  for (const [key, literal] of [...literals].sort(([, a], [, b]) => b.start - a.start)) {
    output = output.slice(0, literal.start) + JSON.stringify(compiled[key]) + output.slice(literal.end)
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
