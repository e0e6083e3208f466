import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

// Builds the app twice with the same Vite: in mock mode and in live mode (VITE_API_BASE_URL set).
// A live build must carry no MSW code, no mock worker, no token and no secret; the mock build
// proves the mock probe can fail, and that the demo carries no sign-in code.
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

// A JWT (or anything shaped like one: base64url JSON header, payload, signature).
const JWT_SHAPE = /eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/g
// Planted in the build's environment: a live build must not carry them, whatever their names.
const PLANTED_TOKEN =
  'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJwbGFudGVkIiwicm9sZXMiOlsiQWRtaW5BZ2VudCJdfQ.c2lnbmF0dXJl'
const PLANTED_SECRET = 'planted-client-secret-7f3c9b2e'
const LIVE_ENV = {
  VITE_API_BASE_URL: 'https://api.partnercenter.microsoft.com/v1',
  VITE_AUTH_CLIENT_ID: '00000000-1111-2222-3333-444444444444',
  VITE_AUTH_TENANT: 'contoso-partner.onmicrosoft.com',
  // The old way (removed): a token handed to the build. It must not reach the bundle.
  VITE_API_TOKEN: PLANTED_TOKEN,
  AUTH_CLIENT_SECRET: PLANTED_SECRET,
}

/**
 * The app's own first-screen script of a page and the rest it loads up front: with a first paint,
 * the app's start (scripts/first-paint-start.ts, a few hundred bytes that load the entry).
 */
function firstScreenOf(files: Map<string, string>, page: string): { entry: string | undefined; others: string[] } {
  const scripts = scriptsOf(files.get(page) ?? '')
  const starts = scripts.filter((script) => /^assets\/start-[\w-]+\.js$/.test(script))
  const entry = scripts.find((script) => !starts.includes(script))
  // The start loads the entry, by its name beside it.
  for (const start of starts) expect(files.get(start)).toContain(`./${entry?.replace('assets/', '')}`)
  return { entry, others: scripts.filter((script) => script !== entry && !starts.includes(script)) }
}

/** The scripts a page loads up front: its entry scripts and the chunks it preloads. */
function scriptsOf(html: string): string[] {
  const scripts = [
    ...html.matchAll(/<script[^>]+src="\.\/([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\.\/([^"]+\.js)"/g),
  ]
  return scripts.map((match) => match[1] ?? '')
}

function jwtShapedIn(files: Map<string, string>): string[] {
  const found: string[] = []
  for (const [name, text] of files) for (const match of text.matchAll(JWT_SHAPE)) found.push(`${name}: ${match[0]}`)
  return found
}

describe('builds', () => {
  let live: Map<string, string>
  it('a live build (VITE_API_BASE_URL set) contains no mock code, no mock worker and no ICU parser', {
    timeout: 120_000,
  }, () => {
    live = build(LIVE_ENV)
    expect([...live.keys()].some((name) => name.endsWith('.js'))).toBe(true)
    expect(markersIn(live, MSW_MARKERS)).toEqual([])
    expect(markersIn(live, PARSER_MARKERS)).toEqual([])
  })

  it('a live build contains no token, nothing JWT-shaped, no secret and no demo-token code; only public ids', () => {
    expect(jwtShapedIn(live)).toEqual([])
    expect(markersIn(live, [PLANTED_TOKEN.slice(0, 40), PLANTED_SECRET, 'VITE_API_TOKEN', 'Demo Agent'])).toEqual([])
    // What it does carry: the public identifiers of the sign-in, and the redirect bridge page.
    expect(markersIn(live, [LIVE_ENV.VITE_AUTH_CLIENT_ID]).length).toBeGreaterThan(0)
    expect(live.has('redirect.html')).toBe(true)
  })

  it('a live build’s pages carry a Content-Security-Policy limited to the API and Entra ID, inline script only by hash', () => {
    for (const page of ['index.html', 'redirect.html']) {
      const html = live.get(page) ?? ''
      const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1]?.replaceAll('&#39;', "'")
      // index.html's one inline script (its first paint) by its hash alone; the redirect page none.
      const inline = [...html.matchAll(/<script>(.*?)<\/script>/gs)].map((m) => m[1] ?? '')
      expect(inline, page).toHaveLength(page === 'index.html' ? 1 : 0)
      const hashes = inline.map((script) => ` 'sha256-${createHash('sha256').update(script).digest('base64')}'`)
      expect(csp, page).toContain(`script-src 'self'${hashes.join('')};`)
      expect(csp, page).toContain(
        'connect-src https://api.partnercenter.microsoft.com https://login.microsoftonline.com;',
      )
      expect(csp, page).toContain("worker-src 'none'")
      expect(html, page).toContain('<meta name="referrer" content="no-referrer">')
    }
    expect(live.get('redirect.html')).not.toContain('<template')
  })

  it('a live build paints its sign-in page from the app’s own markup, shown only in a tab that holds no sign-in', () => {
    const html = live.get('index.html') ?? ''
    const templates = [...html.matchAll(/<template id="([^"]+)" data-first-paint>(.*?)<\/template>/gs)]
    expect(templates.map((t) => t[1])).toEqual(['first-paint-sign-in'])
    const signIn = templates[0]?.[2] ?? ''
    expect(signIn).toContain('<h1>Sign in to Upgrade Console</h1>')
    expect(signIn).toMatch(/<button[^>]*>Sign in with Microsoft<\/button>/)
    expect(signIn).not.toMatch(/\sid="/)
    // No data, nothing of the mock or the demo in the page (the scan above covers every file).
    expect(signIn).not.toContain('Demo controls')
    // Its rule reads MSAL's storage for a sign-in (scripts/first-paint-sign-in.ts), and nothing of the demo's.
    const script = html.match(/<script>(.*?)<\/script>/s)?.[1] ?? ''
    expect(script).toContain('msal.')
    expect(script).not.toContain('upgrade-console.demo')
  })

  it('a live build’s first screen is one script (scripts/first-screen-chunk.ts), which the redirect page does not load', () => {
    const { entry: first, others } = firstScreenOf(live, 'index.html')
    expect(others).toEqual([])
    expect(first).toMatch(/^assets\/index-.*\.js$/)
    const redirect = scriptsOf(live.get('redirect.html') ?? '')
    expect(redirect.length).toBeGreaterThan(0)
    expect(redirect).not.toContain(first)
    // Nor anything that imports it: the redirect page runs none of the app.
    for (const script of redirect) expect(live.get(script), script).not.toContain(first?.replace('assets/', ''))
    // The sign-in's words load with the live session (en-US.auth.ts), not with the first screen.
    const signInWords = 'Sign in with Microsoft'
    expect(live.get(first ?? '')).not.toContain(signInWords)
    expect(markersIn(live, [signInWords]).length).toBeGreaterThan(0)
  })

  let mock: Map<string, string>
  it('a mock build does carry the mock code (so the probe above can fail), but no ICU parser either', {
    timeout: 120_000,
  }, () => {
    mock = build({ VITE_API_BASE_URL: '' })
    expect(markersIn(mock, MSW_MARKERS).length).toBeGreaterThan(0)
    expect(mock.has('mockServiceWorker.js')).toBe(true)
    expect(markersIn(mock, PARSER_MARKERS)).toEqual([])
    // The demo's policy: its own origin only, plus the mock's service worker; no MSAL, no redirect page.
    const csp = (mock.get('index.html') ?? '').replaceAll('&#39;', "'")
    expect(csp).toContain("connect-src 'self';")
    expect(csp).toContain("worker-src 'self'")
    expect(csp).toContain("frame-src 'none'")
    expect(mock.has('redirect.html')).toBe(false)
    expect(markersIn(mock, ['@azure/msal', 'login.microsoftonline.com'])).toEqual([])
  })

  it('a mock build’s first screen is one script too, without the mock (loaded after the first paint)', () => {
    const { entry, others } = firstScreenOf(mock, 'index.html')
    expect(others).toEqual([])
    const scripts = [entry ?? 'none']
    // It names the worker's script (to start it), and carries none of MSW's code.
    const mswCode = MSW_MARKERS.filter((marker) => marker !== 'mockServiceWorker')
    expect(markersIn(new Map(scripts.map((script) => [script, mock.get(script) ?? ''])), mswCode)).toEqual([])
  })

  it('a demo build paints the customer list and the big customer from the app’s own markup, its one inline script allowed by hash', () => {
    const html = mock.get('index.html') ?? ''
    const templates = [...html.matchAll(/<template id="([^"]+)" data-first-paint>(.*?)<\/template>/gs)]
    expect(templates.map((t) => t[1])).toEqual(['first-paint-customers', 'first-paint-big-customer'])
    const [customers, bigCustomer] = templates.map((t) => t[2] ?? '')
    // The app's markup: its CSS-module class names (as in the built stylesheet) and text, rows by index.
    const css = [...mock.entries()]
      .filter(([name]) => name.endsWith('.css'))
      .map(([, text]) => text)
      .join('\n')
    const moduleClass = customers?.match(/class="(_table_[\w-]+)/)?.[1] ?? 'none'
    expect(css).toContain(`.${moduleClass}`)
    expect(customers).toContain('<h1>Customers</h1>')
    expect(customers).toMatch(/<tr aria-rowindex="2">.*Adventure Works/s)
    expect(bigCustomer).toContain('<h1 tabindex="-1">Contoso Megacorp</h1>')
    expect(bigCustomer).toContain('100 of 10,000 so far')
    expect(bigCustomer?.match(/<tr aria-rowindex=/g)?.length).toBeGreaterThan(5)
    // Each select keeps its chosen option only, in the width it had with all of them (no other
    // language's name, hence no CJK font, to load for the first frame).
    for (const snapshot of [customers ?? '', bigCustomer ?? '']) {
      const selects = [...snapshot.matchAll(/<select([^>]*)>(.*?)<\/select>/gs)]
      expect(selects.map((s) => s[2]?.match(/<option/g)?.length)).toEqual(selects.map(() => 1))
      expect(selects.every((s) => /style="width: [\d.]+px;?"/.test(s[1] ?? ''))).toBe(true)
      expect(snapshot).not.toMatch(/\p{Script=Han}/u)
    }
    expect(customers).toContain('<option value="en-US" lang="en-US">English (United States)</option></select>')
    // The big customer's rows: those of its tallest window, not the app's overscan below it.
    expect(bigCustomer?.match(/<tr aria-rowindex=/g)?.length).toBeLessThan(16)
    // No id in a copy that lives beside the app for a moment.
    expect(`${customers}${bigCustomer}`).not.toMatch(/\sid="/)
    // One inline script, after #root and the templates, and the policy allows exactly it.
    const scripts = [...html.matchAll(/<script>(.*?)<\/script>/gs)].map((m) => m[1] ?? '')
    expect(scripts).toHaveLength(1)
    const hash = createHash('sha256')
      .update(scripts[0] ?? '')
      .digest('base64')
    const csp = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1]?.replaceAll('&#39;', "'")
    expect(csp).toContain(`script-src 'self' 'sha256-${hash}';`)
    expect(html.indexOf('<script>')).toBeGreaterThan(html.indexOf('<div id="root"></div>'))
    expect(html.indexOf('<template')).toBeLessThan(html.indexOf('</head>'))
    // The app's start (after a snapshot's first paint) is a module of its own, which the inline
    // script does not need (a host's policy may refuse it); the head preloads the app's module.
    const entry = html.match(/<link rel="modulepreload" crossorigin href="(\.\/assets\/index-[\w-]+\.js)">/)?.[1]
    expect(entry).toBeDefined()
    expect(scripts[0]).not.toContain(entry)
    expect(
      [...html.matchAll(/<script type="module" crossorigin[^>]* src="\.\/(assets\/[^"]+)">/g)].map((m) => m[1]),
    ).toEqual([expect.stringMatching(/^assets\/start-/)])
  })

  it('the ICU parser markers are text of the parsers’ own code (so the probe can fail)', () => {
    for (const { file, marker } of PARSER_SOURCES) {
      expect(readFileSync(join('node_modules', file), 'utf8')).toContain(marker)
    }
  })
})
