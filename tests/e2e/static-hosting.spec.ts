import { readFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize } from 'node:path'
import { expect, test } from './fixtures'

// dist/ served by a plain static server (no rewrites, no SPA fallback) from a sub-path: the app,
// its routes, the mock service worker and a reload must all work. Under /strict/ the host sends a
// Content-Security-Policy of its own that allows no inline script at all (not the first paint's
// hash, which docs/deploy.md asks a host to copy): the app must still start.
const STRICT_POLICY = "script-src 'self'"
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
}

let server: Server
let origin: string

test.beforeAll(async () => {
  server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://x')
    const prefix = ['/console/', '/strict/'].find((path) => url.pathname.startsWith(path))
    if (!prefix) {
      response.writeHead(404).end('not here')
      return
    }
    const relative = normalize(url.pathname.slice(prefix.length) || 'index.html')
    if (relative.startsWith('..')) {
      response.writeHead(400).end()
      return
    }
    try {
      const body = await readFile(join('dist', relative))
      const policy = prefix === '/strict/' ? { 'Content-Security-Policy': STRICT_POLICY } : {}
      response
        .writeHead(200, { 'Content-Type': TYPES[extname(relative)] ?? 'application/octet-stream', ...policy })
        .end(body)
    } catch {
      response.writeHead(404).end('not found')
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
})

test('dist/ works from a static host under a sub-path, deep links and reloads included', async ({ app, page }) => {
  await page.goto(`${origin}/console/`)
  await page.getByRole('link', { name: 'Contoso Ltd', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Contoso Ltd' })).toBeVisible()
  expect(page.url()).toContain('/console/#/customers/')
  await page.reload()
  await expect(app.infoIcon('Contoso – Business Basic')).toBeVisible()
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope)
  expect(scope).toBe(`${origin}/console/`)
})

test('a host whose own policy refuses the first paint’s inline script still serves a working app', async ({
  app,
  page,
}) => {
  const refused: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error' && message.text().includes('Content Security Policy')) refused.push(message.text())
  })
  await page.goto(`${origin}/strict/`)
  await page.getByRole('link', { name: 'Contoso Ltd', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Contoso Ltd' })).toBeVisible()
  await expect(app.infoIcon('Contoso – Business Basic')).toBeVisible()
  // The inline script was refused (so no snapshot was painted), and nothing else was.
  expect(refused).toHaveLength(1)
  expect(refused[0]).toContain('inline script')
  await expect(page.locator('#first-paint')).toHaveCount(0)
})
