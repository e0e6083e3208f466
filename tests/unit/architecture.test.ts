/**
 * The codebase's boundaries by folder zone (tests/unit/architecture/boundaries.ts), over the
 * imports a parser finds in every source file of the repository; the planted fixture shows that
 * each kind of bad import is caught.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { findViolations, importsOf } from './architecture/boundaries'
import { FIXTURE } from './architecture/fixture'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const SOURCE = /\.(?:[cm]?[jt]s|[jt]sx)$/
const SKIPPED = new Set(['node_modules', 'dist', 'dist-live', 'test-results', 'screenshots', '.git', 'public'])

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIPPED.has(entry.name) || entry.name.startsWith('.')) continue
    const path = join(dir, entry.name)
    if (entry.isDirectory()) yield* sourceFiles(path)
    else if (SOURCE.test(entry.name)) yield path
  }
}

const repository = [...sourceFiles(ROOT)].map((path) => ({
  path: relative(ROOT, path).split(sep).join('/'),
  source: readFileSync(path, 'utf8'),
}))

describe('architecture: imports by folder zone', () => {
  it('reads the whole repository: src, mocks, scripts, tests and the root configs', () => {
    const paths = repository.map((file) => file.path)
    for (const expected of ['src/main.tsx', 'src/rules/eligibility.ts', 'mocks/demo.ts', 'scripts/bench.mjs']) {
      expect(paths).toContain(expected)
    }
    expect(paths).toContain('playwright.config.ts')
    expect(paths.some((path) => path.startsWith('src/features/'))).toBe(true)
  })

  it('finds no import across a boundary', () => {
    expect(findViolations(repository)).toEqual([])
  })

  it('catches each planted bad import, and only those', () => {
    const found = findViolations(FIXTURE).map(({ file, specifier }) => `${file} -> ${specifier}`)
    const planted = FIXTURE.flatMap(({ path, bad }) => bad.map((specifier) => `${path} -> ${specifier}`))
    expect(planted.length).toBeGreaterThanOrEqual(20)
    expect(found.sort()).toEqual(planted.sort())
  })

  it('says which boundary an import breaks', () => {
    const why = (file: string, specifier: string) =>
      findViolations(FIXTURE).find((v) => v.file === file && v.specifier === specifier)?.why
    expect(why('src/features/demo/demo-panel.tsx', '../upgrade/upgrade-dialog')).toMatch(/never another feature/)
    expect(why('src/ui/error-panel.tsx', '../api/errors')).toMatch(/never the API client/)
    expect(why('mocks/auth.ts', '../src/api/auth')).toMatch(/only the rules and the contract/)
    expect(why('scripts/bench.mjs', '../tests/e2e/chromium.ts')).toMatch(/never import tests/)
  })

  it('parses every kind of import: static, type-only, re-exported and dynamic', () => {
    const source = `import a from './a'
import type { B } from './b'
export { c } from './c'
export * from './d'
const e = () => import('./e')
const f = await import(\`./f\`)`
    expect(importsOf('src/x.ts', source)).toEqual(['./a', './b', './c', './d', './e', './f'])
  })
})
