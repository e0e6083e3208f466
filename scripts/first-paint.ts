import { createHash } from 'node:crypto'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { basename, dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Browser, BrowserContext } from 'playwright-core'
import { build, type Plugin, type PreviewServer, preview, runnerImport } from 'vite'
import { LATENCY_KEY } from '../mocks/demo-latency.ts'
import { peekStoredDemo, STORAGE_KEY as STORED_DEMO_KEY } from '../mocks/stored-demo-envelope.ts'
import { chromiumArgs, chromiumPath } from './chromium.ts'
import type { FirstPaintSnapshot, PaintedScreen } from './first-paint-snapshot.ts'
import { withScriptHashes } from './security-headers.ts'

/**
 * The first screens, painted from the HTML (docs/performance.md, "Fifth round" and "Seventh round").
 * After a build is written, the build opens it in Debian's Chromium and captures the app's own
 * markup of a few untouched starts at the moment the app's content for the page commits. A demo
 * build's:
 *
 * - `#/`, the default demo's customer list: what a first visitor (and Lighthouse) sees;
 * - `#/customers/<Contoso Megacorp>`, the many-customers scenario stored untouched: the big
 *   customer's first rows, for a desktop viewport up to 1,200 px high (a phone lays the rows out
 *   as cards of another height, so it gets none).
 *
 * index.html then carries each as a <template>, and a small inline script (built here from
 * scripts/first-paint-script.ts, which imports the app's and the mock's own rules) that shows one
 * only when it is exactly what the app is about to show. The Content-Security-Policy allows that
 * one script by its hash.
 *
 * A live build's: `#/`, the sign-in page of a visitor who has not signed in (what a first visit,
 * and Lighthouse, sees), captured without any request leaving the machine; its inline script
 * (scripts/first-paint-sign-in.ts) shows it only in a tab that holds no sign-in.
 *
 * A build where no Chromium is found warns and ships no snapshot (the app then boots as it does
 * without them).
 */
const SCRIPT = fileURLToPath(new URL('./first-paint-script.ts', import.meta.url))
const SIGN_IN_SCRIPT = fileURLToPath(new URL('./first-paint-sign-in.ts', import.meta.url))
const START_SCRIPT = fileURLToPath(new URL('./first-paint-start.ts', import.meta.url))
const GENERATE = fileURLToPath(new URL('../mocks/scenarios/generate.ts', import.meta.url))
const APP_SIDE = fileURLToPath(new URL('../src/app/first-paint.ts', import.meta.url))
const ENTRY = 'virtual:first-paint-entry'
/** How long a capture may take: the many-customers scenario loads in the capturing page. */
const CAPTURE_TIMEOUT_MS = 120_000
/** The tallest viewport the big customer's snapshot holds rows for. */
const TALL = 1200
/** Where use-virtual-rows.ts switches to the phone's cards. */
const DESKTOP = `(min-width: 641px) and (max-height: ${TALL}px)`

interface Capture {
  readonly html: string
  readonly stylesheets: readonly string[]
  /** The stored demo the page left (the app's own record of the scenario it showed). */
  readonly stored: string | null
}

/** Which build: the demo's snapshots, or a live build's sign-in page. */
export type FirstPaintMode = 'demo' | 'live'

/** A snapshot with its markup. */
type Described = PaintedScreen & { readonly html: string }
/** As captured: with the stylesheets the page then had (paths from the site's base). */
type Captured = Described & { readonly stylesheets: readonly string[] }

/** The build's output served as a static host would (Vite's own preview), on a free port. */
async function serve(outDir: string, base: string): Promise<{ server: PreviewServer; origin: string }> {
  const server = await preview({
    configFile: false,
    logLevel: 'silent',
    base,
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
  })
  const { port } = server.httpServer.address() as AddressInfo
  const prefix = base.startsWith('/') ? base : '/'
  return { server, origin: `http://127.0.0.1:${port}${prefix}` }
}

/**
 * In the page, before its scripts: at the first commit that shows the page's content (the same
 * test as the first-paint script's), a copy of #root's markup without ids and id references (the
 * copy lives beside the app for a moment: no id twice), and the stylesheets then in the page.
 */
function captureProbe({
  content,
  shows,
  rowsInWindow,
}: {
  content: string
  /** What the page must show when its content commits (its rows, the sign-in page), else the capture fails. */
  shows: string
  rowsInWindow: boolean
}): void {
  const win = window as unknown as { __firstPaint?: unknown }
  const observer = new MutationObserver(() => {
    const root = document.getElementById('root')
    if (win.__firstPaint !== undefined || !root?.querySelector(content)) return
    observer.disconnect()
    const copy = root.cloneNode(true) as HTMLElement
    const references = ['id', 'for', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns']
    for (const element of copy.querySelectorAll('*')) for (const name of references) element.removeAttribute(name)
    // The demo panel's button as the app renders it until the mock has started (disabled): what
    // the page is while a snapshot shows, whether or not the mock had started at this commit.
    copy.querySelector('.demo-trigger')?.setAttribute('disabled', '')
    // Each select shows only its chosen option, and sizing the others would cost the first frame
    // (the language picker's name every language: a CJK font loaded for 中文). So only the chosen
    // one is kept, in the width the select had with all of them (nothing moves at the takeover).
    // The theme's keeps its labels: the inline script shows the stored theme's.
    const selects = [...root.querySelectorAll('select')]
    for (const [index, select] of [...copy.querySelectorAll('select')].entries()) {
      const live = selects[index]
      if (!live) continue
      select.style.width = `${live.getBoundingClientRect().width}px`
      if (select.closest('.theme-picker')) {
        select.dataset.labels = JSON.stringify(Object.fromEntries([...live.options].map((o) => [o.value, o.text])))
      }
      for (const [at, option] of [...select.options].entries()) if (at !== live.selectedIndex) option.remove()
    }
    // With `rowsInWindow` (a snapshot shown only in windows no taller than the captured one), only
    // the rows the window shows: those below it join the spacer that stands for them, so the page
    // keeps its height and scrollbar.
    const rows = [...root.querySelectorAll('main tbody tr[aria-rowindex]')]
    const copies = [...copy.querySelectorAll('main tbody tr[aria-rowindex]')]
    const spacer = copies.at(-1)?.nextElementSibling?.querySelector<HTMLElement>('td[style]')
    let below = 0
    for (const [index, row] of rows.entries()) {
      const box = row.getBoundingClientRect()
      if (!rowsInWindow || !spacer || box.top < window.innerHeight) continue
      below += box.height
      copies[index]?.remove()
    }
    if (spacer && below > 0) spacer.style.height = `${Number.parseFloat(spacer.style.height) + below}px`
    win.__firstPaint = {
      html: copy.innerHTML,
      shows: root.querySelector(shows) !== null,
      stylesheets: [...document.querySelectorAll('link[rel="stylesheet"]')].map(
        (link) => (link as HTMLLinkElement).href,
      ),
    }
  })
  observer.observe(document, { childList: true, subtree: true })
}

async function capture(
  context: BrowserContext,
  url: string,
  probe: Parameters<typeof captureProbe>[0],
  origin: string,
): Promise<Capture> {
  const page = await context.newPage()
  try {
    await page.addInitScript(captureProbe, probe)
    await page.goto(url)
    await page.waitForFunction(() => (window as { __firstPaint?: unknown }).__firstPaint, null, {
      timeout: CAPTURE_TIMEOUT_MS,
    })
    const captured = (await page.evaluate(() => (window as { __firstPaint?: unknown }).__firstPaint)) as {
      html: string
      shows: boolean
      stylesheets: string[]
    }
    if (!captured.shows) throw new Error(`${url} did not show ${probe.shows} (an error or an empty state)`)
    const stored = await page.evaluate((key) => localStorage.getItem(key), STORED_DEMO_KEY)
    const stylesheets = captured.stylesheets
      .filter((href) => href.startsWith(origin))
      .map((href) => href.slice(origin.length))
    return { html: captured.html, stylesheets, stored }
  } finally {
    await page.close()
  }
}

/** The built-in scenario the captured page stored, and its fingerprint (the mock's own reading). */
function storedScenario(stored: string | null): { scenario: string; fingerprint: string } {
  const peek = stored === null ? undefined : peekStoredDemo(stored)
  if (peek?.active.name === undefined) throw new Error('the captured page stored no built-in demo')
  return { scenario: peek.active.name, fingerprint: peek.fingerprint }
}

/** What the captures need of the app and the mock, read from their own modules. */
interface Facts {
  /** The app's content for the page (src/app/first-paint.ts APP_CONTENT). */
  readonly content: string
  readonly bigCustomerId: string
}

/** Chromium on the build in `outDir`, served as a static host would, for `work`; closed after it. */
async function inChromium<T>(
  outDir: string,
  base: string,
  work: (browser: Browser, origin: string) => Promise<T>,
): Promise<T> {
  const executablePath = chromiumPath()
  if (!executablePath) throw new Error('no Chromium (set CHROME_PATH, or install Debian’s chromium)')
  // Loaded only here: the dev server never needs it.
  const { chromium } = await import('playwright-core')
  const { server, origin } = await serve(outDir, base)
  try {
    const browser = await chromium.launch({ executablePath, args: chromiumArgs })
    try {
      return await work(browser, origin)
    } finally {
      await browser.close()
    }
  } finally {
    await server.close()
  }
}

/** The rows a demo snapshot must show (the second row of a table: its first row of data). */
const SHOWS_ROWS = 'main tbody tr[aria-rowindex="2"]'
/** What a live build's snapshot must show. */
const SHOWS_SIGN_IN = 'main .sign-in-page'

/**
 * A live build's sign-in page in `outDir`, captured in Chromium in a fresh tab (no sign-in), with
 * every request that would leave the machine refused: the build is not the place to reach the
 * identity provider, and the page a visitor sees before signing in needs nothing from it.
 */
async function captureSignIn(outDir: string, base: string, content: string): Promise<Captured[]> {
  return inChromium(outDir, base, async (browser, origin) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' })
    try {
      await context.route(
        (url) => !url.href.startsWith(origin),
        (route) => route.abort(),
      )
      const described = { template: 'first-paint-sign-in', hash: '#/', media: 'all' }
      const captured = await capture(
        context,
        `${origin}${described.hash}`,
        { content, shows: SHOWS_SIGN_IN, rowsInWindow: false },
        origin,
      )
      return [{ ...described, html: captured.html, stylesheets: captured.stylesheets }]
    } finally {
      await context.close()
    }
  })
}

/** The snapshots of the built demo in `outDir`, captured in Chromium. */
async function captureSnapshots(outDir: string, base: string, facts: Facts): Promise<Captured[]> {
  return inChromium(outDir, base, async (browser, origin) => {
    const snapshot = async (
      described: Pick<FirstPaintSnapshot, 'template' | 'hash' | 'media' | 'startsWhenNoneStored'>,
      viewport: { width: number; height: number },
      setup?: (context: BrowserContext) => Promise<void>,
    ): Promise<Captured & FirstPaintSnapshot> => {
      const context = await browser.newContext({ viewport, locale: 'en-US' })
      try {
        await setup?.(context)
        // A snapshot for windows up to the captured height holds only the rows that window shows.
        const rowsInWindow = described.media.includes(`max-height: ${viewport.height}px`)
        const captured = await capture(
          context,
          `${origin}${described.hash}`,
          { content: facts.content, shows: SHOWS_ROWS, rowsInWindow },
          origin,
        )
        return {
          ...described,
          html: captured.html,
          ...storedScenario(captured.stored),
          stylesheets: captured.stylesheets,
        }
      } finally {
        await context.close()
      }
    }
    const customers = await snapshot(
      { template: 'first-paint-customers', hash: '#/', media: 'all', startsWhenNoneStored: true },
      { width: 1280, height: 900 },
    )
    const bigCustomer = await snapshot(
      {
        template: 'first-paint-big-customer',
        hash: `#/customers/${encodeURIComponent(facts.bigCustomerId)}`,
        media: DESKTOP,
        startsWhenNoneStored: false,
      },
      { width: 1280, height: TALL },
      async (context) => {
        // The many-customers demo stored at its start, as the app stores it; no latency, to be quick.
        const setup = await context.newPage()
        await setup.goto(`${origin}?scenario=many-customers`)
        await setup.waitForFunction((key) => localStorage.getItem(key)?.includes('"many-customers"'), STORED_DEMO_KEY, {
          timeout: CAPTURE_TIMEOUT_MS,
        })
        await setup.evaluate(([key, latency]) => localStorage.setItem(key, latency), [LATENCY_KEY, 'none'] as const)
        await setup.close()
      },
    )
    return [customers, bigCustomer]
  })
}

/** The code of the inline script: the build's rule and the snapshots' descriptions. */
function paintCode(mode: FirstPaintMode, snapshots: readonly PaintedScreen[]): string {
  const [module, choose] = mode === 'live' ? [SIGN_IN_SCRIPT, 'signInSnapshot'] : [SCRIPT, 'demoSnapshot']
  return [
    `import { showFirstPaint } from ${JSON.stringify(SCRIPT)}`,
    `import { ${choose} } from ${JSON.stringify(module)}`,
    `showFirstPaint(${JSON.stringify(snapshots)}, ${choose})`,
  ].join('\n')
}

/** The code of the app's start (scripts/first-paint-start.ts), beside the app's entry in assets/. */
function startCode(entry: string): string {
  return [
    `import { startApp } from ${JSON.stringify(START_SCRIPT)}`,
    `startApp(new URL(${JSON.stringify(`./${basename(entry)}`)}, import.meta.url).href)`,
  ].join('\n')
}

/**
 * `code` with what it imports, minified: the inline script (scripts/first-paint-script.ts and the
 * rules it imports: the demo's, or a live build's scripts/first-paint-sign-in.ts), or the app's
 * start (a module).
 */
async function bundleScript(root: string, code: string, { format }: { format: 'iife' | 'es' }): Promise<string> {
  const output = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    publicDir: false,
    plugins: [
      {
        name: 'first-paint-entry',
        resolveId: (id) => (id === ENTRY ? `\0${ENTRY}` : undefined),
        load: (id) => (id === `\0${ENTRY}` ? code : undefined),
      },
    ],
    build: {
      write: false,
      minify: true,
      modulePreload: false,
      rolldownOptions: {
        input: ENTRY,
        output: { format },
        // Some of the rules live in modules of React components (the session, i18n): of those
        // only the functions the script calls, never React. Nothing the script imports is run for
        // its side effects, and the components' top-level React calls are dropped unused.
        treeshake: { moduleSideEffects: false, manualPureFunctions: ['createContext', 'lazy'] },
      },
    },
  })
  const results = Array.isArray(output) ? output : [output]
  for (const result of results) {
    if (!('output' in result)) continue
    const chunk = result.output.find((item) => item.type === 'chunk')
    if (chunk?.type === 'chunk') return chunk.code.trim()
  }
  throw new Error(`the first-paint script did not build: ${code}`)
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;')

/** The app's start as an asset (content-hashed, as Vite names them) beside the app's entry; its address in index.html. */
async function writeStart(entry: { address: string; file: string }, code: string): Promise<string> {
  const name = `start-${createHash('sha256').update(code).digest('base64url').slice(0, 8)}.js`
  await writeFile(join(dirname(entry.file), name), `${code}\n`)
  return `${entry.address.slice(0, entry.address.length - basename(entry.address).length)}${name}`
}

/**
 * index.html with the snapshots, the inline script, and its hash in the Content-Security-Policy.
 * In the app's module script's place: the app's start (`start`, scripts/first-paint-start.ts),
 * which loads the app after the snapshot's first paint; the head preloads the app's module.
 */
export function withFirstPaint(
  html: string,
  snapshots: readonly Described[],
  script: string,
  { entry, start }: { entry: string; start: string },
): string {
  const hash = `'sha256-${createHash('sha256').update(script).digest('base64')}'`
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"\s*\/?>/
  const found = meta.exec(html)
  if (!found?.[1]) throw new Error('index.html has no Content-Security-Policy')
  const csp = found[1]
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
  const templates = snapshots.map((s) => `<template id="${s.template}" data-first-paint>${s.html}</template>`).join('')
  const root = '<div id="root"></div>'
  if (!html.includes(root)) throw new Error('index.html has no empty #root')
  return (
    html
      .replace(
        meta,
        `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(withScriptHashes(csp, [hash]))}">`,
      )
      .replace(
        `<script type="module" crossorigin src="${entry}"></script>`,
        // The start at a low priority: needed only once the page is parsed, it does not compete
        // with the first paint (Lighthouse counts a high-priority script before it as blocking it).
        `<link rel="modulepreload" crossorigin href="${entry}">\n    <script type="module" crossorigin fetchpriority="low" src="${start}"></script>`,
      )
      // The snapshots in the head: the parser is through them before the body begins (nothing is
      // painted before it), and from #root to the script there is nothing to parse, so no frame is
      // painted in between (without the stored theme, or blank).
      .replace('</head>', `  ${templates}\n  </head>`)
      .replace(root, `${root}\n    <script>${script}</script>`)
  )
}

export function firstPaint({ mode }: { mode: FirstPaintMode }): Plugin {
  let root = process.cwd()
  let outDir = ''
  let base = './'
  return {
    name: 'upgrade-console:first-paint',
    apply: 'build',
    configResolved(config) {
      root = config.root
      outDir = resolve(config.root, config.build.outDir)
      base = config.base
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      async handler() {
        const options = { configFile: false as const, logLevel: 'error' as const }
        const { module: app } = await runnerImport<typeof import('../src/app/first-paint.ts')>(APP_SIDE, options)
        let described: Captured[]
        try {
          if (mode === 'live') described = await captureSignIn(outDir, base, app.APP_CONTENT)
          else {
            const { module: generate } = await runnerImport<typeof import('../mocks/scenarios/generate.ts')>(
              GENERATE,
              options,
            )
            const bigCustomer = await bigCustomerId(outDir, generate.MEGACORP_NAME)
            described = await captureSnapshots(outDir, base, { content: app.APP_CONTENT, bigCustomerId: bigCustomer })
          }
        } catch (error) {
          this.warn(
            `No first-paint snapshots in this build (the app boots as it would without them): ${error instanceof Error ? error.message : String(error)}`,
          )
          return
        }
        const index = join(outDir, 'index.html')
        const html = await readFile(index, 'utf8')
        const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>/.exec(html)?.[1]
        if (!entry) throw new Error('index.html has no module script')
        // The lazily loaded pages' styles the markup needs (not those index.html links), inlined:
        // no request of their own before the first paint.
        const prefix = base.startsWith('/') ? base : './'
        const styled = await Promise.all(
          described.map(async ({ stylesheets, ...snapshot }) => {
            const lazy = stylesheets.filter((path) => !html.includes(`href="${prefix}${path}"`))
            const styles = await Promise.all(lazy.map((path) => readFile(join(outDir, path), 'utf8')))
            return {
              ...snapshot,
              html: `${styles.map((css) => `<style>${css.trim()}</style>`).join('')}${snapshot.html}`,
            }
          }),
        )
        const script = await bundleScript(
          root,
          paintCode(
            mode,
            styled.map(({ html: _html, ...snapshot }) => snapshot),
          ),
          { format: 'iife' },
        )
        const start = await writeStart(
          { address: entry, file: join(outDir, entry.slice(prefix.length)) },
          await bundleScript(root, startCode(entry), { format: 'es' }),
        )
        // The first screen's stylesheet in the page itself: the first paint waits for no request
        // after the HTML (the inline script would wait for a pending stylesheet too).
        const stylesheet = /<link rel="stylesheet" crossorigin href="([^"]+\.css)">/.exec(html)
        const inlined =
          stylesheet?.[1] === undefined
            ? html
            : html.replace(
                stylesheet[0],
                `<style>${(await readFile(join(outDir, stylesheet[1].slice(prefix.length)), 'utf8')).trim()}</style>`,
              )
        await writeFile(index, withFirstPaint(inlined, styled, script, { entry, start }))
      },
    },
  }
}

/** Contoso Megacorp's id, from the build's first answers of the many-customers scenario. */
async function bigCustomerId(outDir: string, name: string): Promise<string> {
  const assets = join(outDir, 'assets')
  const file = (await readdir(assets)).find(
    (entry) => entry.startsWith('many-customers-first') && entry.endsWith('.json'),
  )
  if (!file) throw new Error('the build has no first answers of the many-customers scenario')
  const answers = JSON.parse(await readFile(join(assets, file), 'utf8')) as {
    customers: Record<string, { customer: { id: string; companyProfile: { companyName: string } } }>
  }
  const megacorp = Object.values(answers.customers).find(
    (answer) => answer.customer.companyProfile.companyName === name,
  )
  if (!megacorp) throw new Error(`the first answers hold no ${name}`)
  return megacorp.customer.id
}
