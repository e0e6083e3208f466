import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

// `.ci/run` installs with `npm ci`, which refuses a lock file that lacks an entry npm would want,
// even an optional one for another platform. `npm install` does not refuse: it quietly drops an
// optional package the registry cannot serve (this happened with Biome 2.6's platform binaries),
// and CI then fails before a single test runs. These checks catch that without the network.

interface LockEntry {
  version?: string
  dependencies?: Record<string, string>
  devDependencies?: Record<string, string>
  optionalDependencies?: Record<string, string>
}

interface Manifest {
  dependencies?: Record<string, string>
  devDependencies?: Record<string, string>
}

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as Manifest
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
  packages: Record<string, LockEntry>
}

/** Where Node would find `name` from the package at `from`: nested folders first, then hoisted. */
function resolveFrom(from: string, name: string): LockEntry | undefined {
  let dir = from
  for (;;) {
    const hit = lock.packages[`${dir ? `${dir}/` : ''}node_modules/${name}`]
    if (hit) return hit
    if (!dir) return undefined
    const cut = dir.lastIndexOf('/node_modules/')
    dir = cut === -1 ? '' : dir.slice(0, cut)
  }
}

describe('package-lock.json, as npm ci reads it', () => {
  it('records exactly the dependencies package.json declares', () => {
    const root = lock.packages['']
    expect(root?.dependencies ?? {}).toEqual(manifest.dependencies ?? {})
    expect(root?.devDependencies ?? {}).toEqual(manifest.devDependencies ?? {})
  })

  it('locks every optional dependency of every package, for every platform', () => {
    const missing: string[] = []
    for (const [path, entry] of Object.entries(lock.packages)) {
      for (const name of Object.keys(entry.optionalDependencies ?? {})) {
        if (!resolveFrom(path, name)) missing.push(`${path || '(root)'} -> ${name}`)
      }
    }
    expect(missing).toEqual([])
  })
})
