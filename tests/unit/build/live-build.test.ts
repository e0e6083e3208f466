import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

// Builds the app twice with the same Vite: in mock mode and in live mode (VITE_API_BASE_URL set).
// A live build must carry no MSW code and no mock worker; the mock build proves the probe can fail.
const MSW_MARKERS = ['mockServiceWorker', 'MSW_', 'setupWorker', 'onUnhandledFrame', 'upgrade-console.mock-db']

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

function markersIn(files: Map<string, string>): string[] {
  const found: string[] = []
  for (const [name, text] of files) {
    for (const marker of MSW_MARKERS)
      if (name.includes(marker) || text.includes(marker)) found.push(`${name}: ${marker}`)
  }
  return found
}

describe('builds', () => {
  it('a live build (VITE_API_BASE_URL set) contains no mock code and no mock worker', { timeout: 120_000 }, () => {
    const live = build({ VITE_API_BASE_URL: 'https://api.partnercenter.microsoft.com/v1' })
    expect([...live.keys()].some((name) => name.endsWith('.js'))).toBe(true)
    expect(markersIn(live)).toEqual([])
  })

  it('a mock build does carry them (so the probe above can fail)', { timeout: 120_000 }, () => {
    const mock = build({ VITE_API_BASE_URL: '' })
    expect(markersIn(mock).length).toBeGreaterThan(0)
    expect(mock.has('mockServiceWorker.js')).toBe(true)
  })
})
