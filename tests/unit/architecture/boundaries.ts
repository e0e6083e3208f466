import { dirname, posix } from 'node:path'
import { parseSync } from 'vite'

/**
 * The codebase's boundaries, by folder zone, over the imports a parser finds (static imports,
 * `export … from`, `import type`, and `import()` of a string). Code flows one way:
 * rules <- api <- features <- app; `ui` and `i18n` are shared pieces; `contract` is what the mock
 * and the app share without depending on each other; `mocks` pretend to be Partner Center.
 */
export type Zone =
  | 'rules'
  | 'contract'
  | 'api'
  | 'i18n'
  | 'auth'
  | 'ui'
  | `feature:${string}`
  | 'app'
  | 'boot'
  | 'mocks'
  | 'tooling'
  | 'tests'
  | 'unzoned'

/** The zone a repository path (forward slashes, from the root) belongs to. */
export function zoneOf(path: string): Zone {
  const [top, second, third] = path.split('/')
  if (top === 'src') {
    if (path === 'src/main.tsx') return 'boot'
    if (second === 'features' && third) return `feature:${third}`
    if (second === 'rules' || second === 'contract' || second === 'api' || second === 'i18n') return second
    if (second === 'auth' || second === 'ui' || second === 'app') return second
    return 'unzoned'
  }
  if (top === 'mocks') return 'mocks'
  if (top === 'tests') return 'tests'
  if (top === 'scripts' || /^[^/]+\.config\.[cm]?[jt]s$/.test(path)) return 'tooling'
  return 'unzoned'
}

/** What an import points at: a file of ours (its path from the root), or a package. */
type Target = { readonly path: string } | { readonly pkg: string }

interface Rule {
  /** The zones of ours this zone may import (its own is always allowed). `all`: any. */
  readonly ours: readonly Zone[] | 'all' | ((target: Zone) => boolean)
  /** Packages it may not import (`*` for all). */
  readonly noPackages?: readonly (string | RegExp)[]
  readonly why: string
}

const UI_PACKAGES = [/^react($|\/)/, /^react-dom($|\/)/, /^@tanstack\//, /^@radix-ui\//, /^wouter($|\/)/]
const isFeature = (zone: Zone) => zone.startsWith('feature:')
const inSrc = (zone: Zone) => zone !== 'mocks' && zone !== 'tooling' && zone !== 'tests' && zone !== 'unzoned'

const RULES: Readonly<Record<string, Rule>> = {
  rules: { ours: [], noPackages: ['*'], why: 'src/rules is pure: it imports no package and nothing of ours' },
  contract: {
    ours: ['rules'],
    noPackages: ['*'],
    why: 'the contract the mock and the app share imports only the rules, so that it depends on neither',
  },
  api: { ours: ['rules'], noPackages: [/^@radix-ui\//], why: 'api imports only the rules (code flows rules <- api)' },
  i18n: { ours: ['rules'], why: 'i18n imports only the rules' },
  auth: { ours: ['rules'], why: 'auth imports only the rules' },
  ui: {
    ours: ['rules', 'i18n'],
    why: 'the shared UI imports only rules and i18n: never the API client, a feature, the app or the mocks',
  },
  feature: {
    ours: ['rules', 'contract', 'api', 'ui', 'i18n'],
    why: 'a feature imports rules, contract, api, ui and i18n: never another feature, the app, auth or the mocks (the app composes them)',
  },
  app: { ours: (zone) => inSrc(zone) && zone !== 'boot', why: 'the app composes src, and never imports the mocks' },
  boot: {
    ours: (zone) => inSrc(zone) || zone === 'mocks',
    why: 'the demo boot (src/main.tsx) is the one place in src that starts the mocks',
  },
  mocks: {
    ours: ['rules', 'contract'],
    noPackages: UI_PACKAGES,
    why: 'the mocks import only the rules and the contract: never the UI, the API client, auth or the app',
  },
  tooling: {
    ours: (zone) => zone !== 'tests',
    why: 'scripts and configs never import tests/ (tests may use the scripts, not the other way round)',
  },
  tests: { ours: 'all', why: '' },
  unzoned: { ours: [], why: 'a file of src outside every zone: put it in one' },
}

export interface Violation {
  readonly file: string
  readonly specifier: string
  readonly why: string
}

/** Every module specifier of a source file: static, type-only, re-exported and dynamic (string) imports. */
export function importsOf(file: string, source: string): string[] {
  const { module, errors } = parseSync(file, source)
  if (errors.length > 0) throw new Error(`${file}: ${errors[0]?.message}`)
  const specifiers = module.staticImports.map((entry) => entry.moduleRequest.value)
  for (const exported of module.staticExports) {
    for (const entry of exported.entries) if (entry.moduleRequest) specifiers.push(entry.moduleRequest.value)
  }
  for (const dynamic of module.dynamicImports) {
    const expression = source.slice(dynamic.moduleRequest.start, dynamic.moduleRequest.end).trim()
    const literal = /^(['"`])([^'"`$]*)\1$/.exec(expression)
    if (literal?.[2] !== undefined) specifiers.push(literal[2])
  }
  return specifiers
}

function resolve(file: string, specifier: string): Target {
  const bare = specifier.replace(/[?#].*$/, '')
  if (bare.startsWith('.')) return { path: posix.normalize(posix.join(dirname(file), bare)) }
  if (bare.startsWith('/')) return { path: bare.slice(1) }
  return { pkg: bare }
}

function ruleOf(zone: Zone): Rule {
  const rule = RULES[isFeature(zone) ? 'feature' : zone]
  if (!rule) throw new Error(`no rule for zone ${zone}`)
  return rule
}

function allows(rule: Rule, from: Zone, target: Target): boolean {
  if ('pkg' in target) {
    return !(rule.noPackages ?? []).some((banned) =>
      typeof banned === 'string' ? banned === '*' || banned === target.pkg : banned.test(target.pkg),
    )
  }
  const to = zoneOf(target.path)
  if (to === from) return true
  if (rule.ours === 'all') return true
  if (typeof rule.ours === 'function') return rule.ours(to)
  return rule.ours.includes(to)
}

/** Every import that crosses a boundary it may not, in the given files (paths from the root). */
export function findViolations(files: readonly { readonly path: string; readonly source: string }[]): Violation[] {
  const violations: Violation[] = []
  for (const { path, source } of files) {
    const from = zoneOf(path)
    const rule = ruleOf(from)
    for (const specifier of importsOf(path, source)) {
      if (!allows(rule, from, resolve(path, specifier))) violations.push({ file: path, specifier, why: rule.why })
    }
  }
  return violations
}
