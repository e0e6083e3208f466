import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

/** The mock stays a codebase a reader can follow: no module over 400 lines (issue 10). */
const ROOT = new URL('../../../mocks/', import.meta.url).pathname
const MAX_LINES = 400

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sources(path)
    return name.endsWith('.ts') ? [path] : []
  })
}

describe('mocks/', () => {
  it(`has no TypeScript file over ${MAX_LINES} lines`, () => {
    const files = sources(ROOT)
    expect(files.length).toBeGreaterThan(10)
    const long = files
      .map((path) => ({ file: relative(ROOT, path), lines: readFileSync(path, 'utf8').split('\n').length }))
      .filter(({ lines }) => lines > MAX_LINES)
    expect(long).toEqual([])
  })
})
