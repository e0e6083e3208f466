import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

// Builds the app twice with the same Vite: in mock mode and in live mode (VITE_API_BASE_URL set).
// A live build must carry no MSW code and no mock worker; the mock build proves the probe can fail.
const MSW_MARKERS = ['mockServiceWorker', 'MSW_', 'setupWorker', 'onUnhandledFrame', 'upgrade-console.mock-db']

// Builds precompile the message catalogs (scripts/precompile-messages.ts), so neither carries the
// ICU message parser or its skeleton parser: text that only their own code holds.
const PARSER_SOURCES = [
  { file: '@formatjs/icu-messageformat-parser/index.js', marker: 'EXPECT_ARGUMENT_CLOSING_BRACE' },
  { file: '@formatjs/icu-skeleton-parser/index.js', marker: 'Malformed concise eng/scientific notation' },
]
const PARSER_MARKERS = PARSER_SOURCES.map((source) => source.marker)

const dirs: string[] = []
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true })
})

function build(env: Record<string, string>): Map<string, string> {
  const outDir = mkdtempSync(join(tmpdir(), 'upgrade-console-build-'))
  dirs.push(outDir)
  execFileSync(
    join('node_modules', '.bin', 'vite'),
    ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'],
    {
      env: { ...process.env, ...env },
      stdio: 'pipe',
    },
  )
  const files = new Map<string, string>()
  const walk = (dir: string, prefix = '') => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) walk(path, `${prefix}${entry.name}/`)
      else files.set(`${prefix}${entry.name}`, readFileSync(path, 'utf8'))
    }
  }
  walk(outDir)
  return files
}

function markersIn(files: Map<string, string>, markers: readonly string[]): string[] {
  const found: string[] = []
  for (const [name, text] of files) {
    for (const marker of markers) if (name.includes(marker) || text.includes(marker)) found.push(`${name}: ${marker}`)
  }
  return found
}

describe('builds', () => {
  it('a live build (VITE_API_BASE_URL set) contains no mock code, no mock worker and no ICU parser', {
    timeout: 120_000,
  }, () => {
    const live = build({ VITE_API_BASE_URL: 'https://api.partnercenter.microsoft.com/v1' })
    expect([...live.keys()].some((name) => name.endsWith('.js'))).toBe(true)
    expect(markersIn(live, MSW_MARKERS)).toEqual([])
    expect(markersIn(live, PARSER_MARKERS)).toEqual([])
  })

  it('a mock build does carry the mock code (so the probe above can fail), but no ICU parser either', {
    timeout: 120_000,
  }, () => {
    const mock = build({ VITE_API_BASE_URL: '' })
    expect(markersIn(mock, MSW_MARKERS).length).toBeGreaterThan(0)
    expect(mock.has('mockServiceWorker.js')).toBe(true)
    expect(markersIn(mock, PARSER_MARKERS)).toEqual([])
  })

  it('the ICU parser markers are text of the parsers’ own code (so the probe can fail)', () => {
    for (const { file, marker } of PARSER_SOURCES) {
      expect(readFileSync(join('node_modules', file), 'utf8')).toContain(marker)
    }
  })
})
