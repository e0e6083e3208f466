// `npm run bench`: the product's size and speed, each figure next to a baseline measured in the
// same run on the same machine. Not part of `npm test` (timings are reported, never asserted).
//
//   1. gzip size of the JS the first screen loads, against a bare React 19 "hello world" built by
//      the same Vite in the same run;
//   2. in headless Chromium, navigation to the first subscription row of the 10,000-subscription
//      customer, against a static HTML table of the same rows;
//   3. the longest main-thread task while scrolling that list from top to bottom;
//   4. from clicking Upgrade now to the dialog being interactive;
//   5. rules evaluations per second for the 10,000 subscriptions;
//   6. Lighthouse (mobile defaults, performance) of the demo build's first screen (the customer list);
//   7. Lighthouse of the live build's first screen.
//
// Every timed figure is the median of BENCH_RUNS runs (default 5), printed with the machine's load
// average (os.loadavg: 1 and 5 minutes, at its start and end) beside it: on a busy machine the
// timings say more about the neighbours than about the app, and the load says so.
// Options: BENCH_RUNS; BENCH_ONLY=2,3,6 to measure only some figures (1 and the builds always
// run); CHROME_PATH for another Chromium.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import react from '@vitejs/plugin-react'
import lighthouse from 'lighthouse'
import { chromium } from 'playwright-core'
import { build, preview, runnerImport } from 'vite'
import { chromiumArgs, chromiumPath } from './chromium.ts'

const root = fileURLToPath(new URL('..', import.meta.url))
const work = join(root, 'node_modules', '.cache', 'upgrade-console-bench')
const RUNS = Number(process.env.BENCH_RUNS ?? 5)
const ONLY = process.env.BENCH_ONLY
  ? new Set(process.env.BENCH_ONLY.split(',').map((n) => Number(n.trim())))
  : undefined
const wanted = (figure) => !ONLY || ONLY.has(figure)
rmSync(work, { recursive: true, force: true })
mkdirSync(work, { recursive: true })

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`
const ms = (value) => `${value.toFixed(1)} ms`
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}
const results = []
/** The machine's load average now: 1 and 5 minutes (2 cores: above 2 means work was waiting). */
const loadNow = () => {
  const [one, five] = loadavg()
  return `${one.toFixed(1)}/${five.toFixed(1)}`
}
let loadAtStart = loadNow()
/** Call before a figure's measurement: its report prints the load from here to its end. */
const startFigure = () => {
  loadAtStart = loadNow()
}
function report(name, figure, baseline, ratio, target) {
  const load = `${loadAtStart} at start, ${loadNow()} at end (1/5-min load average, ${cpus().length} cores)`
  results.push({ name, figure, baseline, ratio, target, load })
  console.log(
    `\n${name}\n  figure:   ${figure}\n  baseline: ${baseline}\n  ratio:    ${ratio}${target ? `   (target ${target})` : ''}\n  load:     ${load}`,
  )
}

// ---------------------------------------------------------------------------------------------
// 1. First-screen JS: the entry script and the chunks index.html preloads (lazy chunks excluded).
function firstScreenJs(outDir) {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8')
  const files = new Set()
  for (const match of html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)) files.add(match[1])
  for (const match of html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g)) files.add(match[1])
  let raw = 0
  let gzip = 0
  for (const file of files) {
    const body = readFileSync(join(outDir, file.replace(/^\.?\//, '')))
    raw += body.length
    gzip += gzipSync(body, { level: 9 }).length
  }
  return { files: [...files], raw, gzip }
}

console.log('Building the app (live mode, mock mode) and a bare React app with the same Vite…')
const liveDir = join(work, 'live')
const mockDir = join(work, 'mock')
// A live build as a partner makes it (public identifiers only; see the README's live mode).
Object.assign(process.env, {
  VITE_API_BASE_URL: 'https://api.partnercenter.microsoft.com/v1',
  VITE_AUTH_CLIENT_ID: '00000000-0000-0000-0000-000000000000',
})
await build({ root, logLevel: 'error', mode: 'production', build: { outDir: liveDir, emptyOutDir: true } })
delete process.env.VITE_API_BASE_URL
delete process.env.VITE_AUTH_CLIENT_ID
await build({ root, logLevel: 'error', build: { outDir: mockDir, emptyOutDir: true } })

const helloRoot = join(work, 'hello')
mkdirSync(join(helloRoot, 'src'), { recursive: true })
writeFileSync(
  join(helloRoot, 'index.html'),
  '<!doctype html><html lang="en"><body><div id="root"></div><script type="module" src="/src/main.jsx"></script></body></html>',
)
writeFileSync(
  join(helloRoot, 'src', 'main.jsx'),
  "import { StrictMode } from 'react'\nimport { createRoot } from 'react-dom/client'\ncreateRoot(document.getElementById('root')).render(<StrictMode><h1>Hello, world</h1></StrictMode>)\n",
)
await build({
  root: helloRoot,
  configFile: false,
  base: './',
  plugins: [react()],
  logLevel: 'error',
  build: { outDir: join(helloRoot, 'dist'), emptyOutDir: true },
})

const app = firstScreenJs(liveDir)
const mockApp = firstScreenJs(mockDir)
const hello = firstScreenJs(join(helloRoot, 'dist'))
report(
  '1. First-screen JS, gzip (live build: entry + preloaded chunks)',
  `${kb(app.gzip)} gzip (${kb(app.raw)} raw, ${app.files.length} files); the demo build adds the mock API on demand`,
  `${kb(hello.gzip)} gzip: bare React 19 hello world, same Vite`,
  `${(app.gzip / hello.gzip).toFixed(2)}x`,
  '<= 1.5x',
)
console.log(`  (demo build's first-screen entry + preloads: ${kb(mockApp.gzip)} gzip before the mock chunk loads)`)
const signIn = signInJs(liveDir, app.files)
console.log(
  `  (live build, the sign-in: MSAL and the live session, ${kb(signIn.gzip)} gzip more, ${kb(app.gzip + signIn.gzip)} in all; a signed-in agent's first render waits for it, the sign-in page of a tab without a sign-in does not)`,
)

/** The chunks a live build loads to sign in (before its first render, for a tab that may hold a sign-in), and what they import. */
function signInJs(outDir, already) {
  const seen = new Set(already.map((file) => file.replace(/^\.?\//, '')))
  const queue = readdirSync(join(outDir, 'assets'))
    .filter((name) => /^(msal-auth|auth-config|live-session)-.*\.js$/.test(name))
    .map((name) => `assets/${name}`)
  let raw = 0
  let gzip = 0
  while (queue.length > 0) {
    const file = queue.pop()
    if (seen.has(file)) continue
    seen.add(file)
    const body = readFileSync(join(outDir, file))
    raw += body.length
    gzip += gzipSync(body, { level: 9 }).length
    for (const match of body.toString('utf8').matchAll(/(?:from|import)\s*["']\.\/([^"']+\.js)["']/g)) {
      queue.push(`assets/${match[1]}`)
    }
  }
  return { raw, gzip }
}

// ---------------------------------------------------------------------------------------------
// The 10,000-subscription customer, from the same generator the demo uses.
const load = async (path) =>
  (await runnerImport(join(root, path), { root, configFile: false, logLevel: 'error' })).module
const generate = await load('mocks/scenarios/generate.ts')
const eligibility = await load('src/rules/eligibility.ts')
const scenario = generate.generateManyCustomers()
const megacorp = scenario.customers.find((c) => c.companyProfile.companyName === generate.MEGACORP_NAME)
if (!megacorp) throw new Error('the many-customers scenario has no Megacorp')

// 5 (Node): rules evaluations per second, a whole customer per pass, as the page computes them.
// RUNS blocks of 400 ms; the median block is reported.
if (wanted(5)) {
  startFigure()
  const facts = generate.scenarioCustomerFacts(megacorp)
  eligibility.evaluateCustomer(facts, 'admin_agent')
  const perPassRuns = []
  for (let run = 0; run < RUNS; run++) {
    let passes = 0
    const start = performance.now()
    while (performance.now() - start < 400) {
      eligibility.evaluateCustomer(facts, 'admin_agent')
      passes += 1
    }
    perPassRuns.push((performance.now() - start) / passes)
  }
  const perPass = median(perPassRuns)
  const count = facts.subscriptions.length
  report(
    `5. Rules evaluations per second (${count.toLocaleString('en-US')} subscriptions, Node, whole customer per pass, median of ${RUNS})`,
    `${Math.round((count / perPass) * 1000).toLocaleString('en-US')} subscriptions/s (${ms(perPass)} per pass over all ${count.toLocaleString('en-US')})`,
    '16.7 ms: one frame at 60 Hz',
    `${(perPass / 16.7).toFixed(2)}x of a frame per full pass`,
  )
}

// ---------------------------------------------------------------------------------------------
// Browser measurements against the demo build served by `vite preview`, and a static table.
const server = await preview({
  root,
  logLevel: 'error',
  build: { outDir: mockDir },
  preview: { host: '127.0.0.1', port: 0, strictPort: false },
})
const address = server.httpServer.address()
const base = `http://127.0.0.1:${address.port}`

const escapeHtml = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
const rowsHtml = megacorp.subscriptions
  .map(
    (s) =>
      `<tr><th scope="row">${escapeHtml(s.friendlyName)}</th><td>${escapeHtml(s.offerId)}</td><td>${s.quantity}</td><td>${s.status}</td><td>${s.billingCycle}</td><td>${s.commitmentEndDate.slice(0, 10)}</td></tr>`,
  )
  .join('\n')
const staticHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Static table</title><style>body{font-family:system-ui;margin:24px}td,th{padding:10px 12px;border-bottom:1px solid #ddd;text-align:left}</style></head><body><h1>Subscriptions</h1><table><thead><tr><th>Subscription</th><th>Offer</th><th>Licenses</th><th>Status</th><th>Billing</th><th>Term ends</th></tr></thead><tbody>\n${rowsHtml}\n</tbody></table></body></html>`
const staticServer = createServer((_request, response) => {
  response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(staticHtml)
})
await new Promise((resolve) => staticServer.listen(0, '127.0.0.1', resolve))
const staticUrl = `http://127.0.0.1:${staticServer.address().port}/`

const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: chromiumArgs,
})

// Records, as window[name], when the first row matching `selector` enters the DOM, and the next
// frame after it (painted): `__firstRow` for any row (a first-paint snapshot's too), `__appRow` for
// the app's own (in #root, which replaces the snapshot once the app's rows are in,
// src/app/first-paint.ts), so interactive.
const ROW_PROBE = ([selector, name]) => {
  window[name] = undefined
  const observer = new MutationObserver(() => {
    if (window[name] || !document.querySelector(selector)) return
    window[name] = { inDom: performance.now() }
    requestAnimationFrame(() => setTimeout(() => (window[name].painted = performance.now())))
    observer.disconnect()
  })
  observer.observe(document, { childList: true, subtree: true })
}

const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
let customerUrl = ''
if (wanted(2) || wanted(3)) {
  const page = await context.newPage()
  // Warm up: install the service worker, load the large scenario and find the customer's page.
  await page.goto(`${base}/?scenario=many-customers`)
  await page.getByRole('searchbox').fill(generate.MEGACORP_NAME)
  await page.getByRole('link', { name: generate.MEGACORP_NAME, exact: true }).click()
  await page.locator('tbody tr[aria-rowindex="2"]').waitFor({ timeout: 120_000 })
  customerUrl = page.url()
  // Latency off: measure the app, not the simulated network.
  await page.getByRole('button', { name: 'Demo controls' }).click()
  await page.getByRole('radio', { name: 'None' }).check()
  await page.keyboard.press('Escape')
  // Closed, so that its garbage collections do not land in the measurements below.
  await page.close()
}

if (wanted(2)) {
  startFigure()
  const appTimes = []
  const staticTimes = []
  // One fresh page a load: when the row matching `rowSelector` was in the DOM, and painted.
  const firstRowTimes = async (url, rowSelector, appRowSelector) => {
    const page = await context.newPage()
    await page.addInitScript(ROW_PROBE, [rowSelector, '__firstRow'])
    if (appRowSelector) await page.addInitScript(ROW_PROBE, [appRowSelector, '__appRow'])
    await page.goto(url)
    await page.waitForFunction(() => window.__firstRow?.painted, null, { timeout: 120_000 })
    if (appRowSelector) await page.waitForFunction(() => window.__appRow?.painted, null, { timeout: 120_000 })
    const times = await page.evaluate(() => ({ ...window.__firstRow, app: window.__appRow }))
    await page.close()
    return times
  }
  for (let run = 0; run < RUNS; run++) {
    appTimes.push(await firstRowTimes(customerUrl, 'tbody tr[aria-rowindex="2"]', '#root tbody tr[aria-rowindex="2"]'))
    staticTimes.push(await firstRowTimes(staticUrl, 'tbody tr'))
  }
  const appPainted = median(appTimes.map((t) => t.painted))
  const staticPainted = median(staticTimes.map((t) => t.painted))
  report(
    `2. Navigation to the first of ${megacorp.subscriptions.length.toLocaleString('en-US')} subscription rows (median of ${RUNS}, painted)`,
    `${ms(appPainted)} (row in the DOM at ${ms(median(appTimes.map((t) => t.inDom)))}; mock API in the page, latency off); the app's own first row (interactive) in the page at ${ms(median(appTimes.map((t) => t.app.inDom)))}, painted at ${ms(median(appTimes.map((t) => t.app.painted)))}`,
    `${ms(staticPainted)}: static HTML table of the same rows (in the DOM at ${ms(median(staticTimes.map((t) => t.inDom)))})`,
    `${(appPainted / staticPainted).toFixed(2)}x`,
    '<= 0.5x',
  )
}

// 3. Scroll the whole list, top to bottom, while Chromium traces the renderer's main thread.
// One step per animation frame: 800 px a frame is 48,000 px/s, faster than a flung trackpad.
const SCROLL_STEP = 800
if (wanted(3)) {
  startFigure()
  const runs = []
  for (let run = 0; run < RUNS; run++) runs.push(await scrollOnce())
  runs.sort((a, b) => a.longest - b.longest)
  const mid = runs[Math.floor(runs.length / 2)]
  const worst = runs[runs.length - 1]
  report(
    `3. Longest main-thread task while scrolling the 10,000 rows top to bottom (${SCROLL_STEP} px per frame, median of ${RUNS} scrolls)`,
    `${ms(mid.longest)} (that scroll: next longest ${mid.next}; 99th percentile ${ms(mid.p99)}; ${mid.over50} of ${mid.tasks} tasks over 50 ms; ${mid.frames} frames; reached row ${mid.lastRow}); longest of all ${RUNS} scrolls ${ms(worst.longest)}, tasks over 50 ms per scroll: ${runs.map((r) => r.over50).join(', ')}`,
    '50 ms: the long-task threshold (RAIL)',
    `${(mid.longest / 50).toFixed(2)}x`,
    'no task over 50 ms',
  )
}

/** One scroll of the whole list, once it has all arrived, while Chromium traces the renderer. */
async function scrollOnce() {
  const scrollPage = await context.newPage()
  await scrollPage.goto(customerUrl)
  await scrollPage.locator('tbody tr[aria-rowindex="2"]').waitFor({ timeout: 120_000 })
  // The list fills in as it arrives: scroll it once it is complete (and its upgrades computed).
  await scrollPage.locator(`table[aria-rowcount="${megacorp.subscriptions.length + 1}"]`).waitFor({ timeout: 120_000 })
  await scrollPage.locator('.loading-more').waitFor({ state: 'detached', timeout: 120_000 })
  await scrollPage.waitForTimeout(500)
  await browser.startTracing(scrollPage, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] })
  const frames = await scrollPage.evaluate(
    (SCROLL_STEP) =>
      new Promise((resolve) => {
        let frames = 0
        const step = () => {
          frames += 1
          window.scrollBy(0, SCROLL_STEP)
          if (window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2) resolve(frames)
          else requestAnimationFrame(step)
        }
        requestAnimationFrame(step)
      }),
    SCROLL_STEP,
  )
  const lastRow = await scrollPage.locator('tbody tr[aria-rowindex]').last().getAttribute('aria-rowindex')
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8'))
  const events = trace.traceEvents ?? trace
  // Only the scrolled page's renderer: another tab's garbage collection is not this page's task.
  const started = events.find((e) => e.name === 'TracingStartedInBrowser')
  const pagePids = new Set((started?.args?.data?.frames ?? []).map((f) => f.processId).filter(Boolean))
  const mainThreads = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .filter((e) => pagePids.size === 0 || pagePids.has(e.pid))
      .map((e) => `${e.pid}:${e.tid}`),
  )
  const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && mainThreads.has(`${e.pid}:${e.tid}`))
  const durations = tasks.map((e) => (e.dur ?? 0) / 1000).sort((a, b) => b - a)
  const longest = durations[0] ?? 0
  const over50 = durations.filter((d) => d > 50).length
  const p99 = durations[Math.floor(durations.length / 100)] ?? 0
  await scrollPage.close()
  return {
    longest,
    next: `${durations
      .slice(1, 4)
      .map((d) => d.toFixed(1))
      .join(', ')} ms`,
    p99,
    over50,
    tasks: tasks.length,
    frames,
    lastRow,
  }
}

// 4. Click Upgrade now -> dialog interactive (open, focus inside) and its offers shown. The large
// customer holds every offer, so none of its rows can be upgraded: this uses the default demo.
if (wanted(4)) {
  startFigure()
  const defaultContext = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  const setup = await defaultContext.newPage()
  await setup.goto(`${base}/?scenario=default`)
  await setup.getByRole('link', { name: 'Contoso Ltd', exact: true }).click()
  await setup.locator('.info-button').first().waitFor({ timeout: 60_000 })
  const contosoUrl = setup.url()
  await setup.getByRole('button', { name: 'Demo controls' }).click()
  await setup.getByRole('radio', { name: 'None' }).check()
  await setup.keyboard.press('Escape')
  const dialogTimes = []
  const offersTimes = []
  for (let run = 0; run < RUNS; run++) {
    const dialogPage = await defaultContext.newPage()
    await dialogPage.goto(contosoUrl)
    const icon = dialogPage.locator('.info-button').first()
    await icon.waitFor({ timeout: 120_000 })
    // The page can still shift just after the icon appears; a tooltip whose trigger moved away
    // from the pointer never opens. Hover again until it does (the timing starts at the click).
    const upgradeNow = dialogPage.getByRole('button', { name: 'Upgrade now' })
    for (let attempt = 1; ; attempt++) {
      await dialogPage.mouse.move(0, 0)
      await icon.hover()
      const opened = await upgradeNow.waitFor({ timeout: 3000 }).then(
        () => true,
        () => false,
      )
      if (opened) break
      if (attempt === 5) throw new Error('bench: the Upgrade now tooltip did not open after 5 hovers')
    }
    await dialogPage.evaluate(() => {
      window.__dialog = {}
      document.addEventListener(
        'click',
        (event) => {
          window.__dialog.click = event.timeStamp
          const check = () => {
            const dialog = document.querySelector('[role="dialog"]')
            if (dialog && !window.__dialog.interactive && dialog.contains(document.activeElement)) {
              window.__dialog.interactive = performance.now()
            }
            if (dialog?.querySelector('input[type="radio"]') && !window.__dialog.offers) {
              window.__dialog.offers = performance.now()
            }
            if (!window.__dialog.offers) requestAnimationFrame(check)
          }
          new MutationObserver(check).observe(document.body, { childList: true, subtree: true })
          check()
        },
        { capture: true, once: true },
      )
    })
    await upgradeNow.click()
    await dialogPage.waitForFunction(() => window.__dialog.offers, null, { timeout: 30_000 })
    const t = await dialogPage.evaluate(() => window.__dialog)
    dialogTimes.push(t.interactive - t.click)
    offersTimes.push(t.offers - t.click)
    await dialogPage.close()
  }
  const interactive = median(dialogTimes)
  report(
    `4. Click Upgrade now -> dialog interactive (median of ${RUNS})`,
    `${ms(interactive)} (its offers, fetched from the API, shown after ${ms(median(offersTimes))})`,
    '50 ms target',
    `${(interactive / 50).toFixed(2)}x`,
    '<= 50 ms',
  )
}

await browser.close()

// ---------------------------------------------------------------------------------------------
// 6, 7. Lighthouse (its default config: mobile emulation, simulated throttling, performance only),
// each run in a Chromium of its own with a fresh profile: a first visit, as a new user makes it.
// The demo starts from its default scenario there; the live build has no API to reach here, so its
// first screen ends in its error panel (the same screen a user without network gets).
const AUDITS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  si: 'speed-index',
}

async function lighthouseOnce(url) {
  const profile = mkdtempSync(join(tmpdir(), 'upgrade-console-lighthouse-'))
  const browserContext = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    args: [...chromiumArgs, '--remote-debugging-port=0'],
  })
  try {
    const port = Number(readFileSync(join(profile, 'DevToolsActivePort'), 'utf8').split('\n')[0])
    const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] })
    const lhr = result?.lhr
    if (!lhr || lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr?.runtimeError?.message}`)
    const figure = { score: lhr.categories.performance.score ?? 0 }
    for (const [key, audit] of Object.entries(AUDITS)) figure[key] = lhr.audits[audit]?.numericValue ?? Number.NaN
    return figure
  } finally {
    await browserContext.close()
    rmSync(profile, { recursive: true, force: true })
  }
}

async function lighthouseFigure(number, title, url, target) {
  startFigure()
  const runs = []
  for (let run = 0; run < RUNS; run++) runs.push(await lighthouseOnce(url))
  const mid = (key) => median(runs.map((r) => r[key]))
  const s = (value) => `${(value / 1000).toFixed(2)} s`
  report(
    `${number}. Lighthouse performance, ${title} (median of ${RUNS})`,
    `${mid('score').toFixed(2)} (FCP ${s(mid('fcp'))}, LCP ${s(mid('lcp'))}, TBT ${ms(mid('tbt'))}, CLS ${mid('cls').toFixed(3)}, Speed Index ${s(mid('si'))}; scores of the runs: ${runs.map((r) => r.score.toFixed(2)).join(', ')})`,
    '1.00: a perfect score; 0.90 and above is "good"',
    `${mid('score').toFixed(2)}`,
    target,
  )
}

if (wanted(6)) await lighthouseFigure(6, 'demo build, first screen (the customer list)', `${base}/`, '>= 0.95')
if (wanted(7)) {
  const liveServer = await preview({
    root,
    logLevel: 'error',
    build: { outDir: liveDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false },
  })
  const livePort = liveServer.httpServer.address().port
  await lighthouseFigure(7, 'live build, first screen', `http://127.0.0.1:${livePort}/`, '>= 0.99')
  await new Promise((resolve) => liveServer.httpServer.close(resolve))
}

await new Promise((resolve) => server.httpServer.close(resolve))
await new Promise((resolve) => staticServer.close(resolve))
console.log(`\nMachine: ${process.platform} ${process.arch}, Node ${process.version}, ${cpus().length} cores`)
console.log('\nSummary (median of each figure; load average 1/5 min at its start and end):')
for (const r of results)
  console.log(
    `  ${r.name.split(' (')[0]}: ${r.ratio}${r.target ? ` (target ${r.target})` : ''}; load ${r.load.split(' (')[0]}`,
  )
process.exit(0)
