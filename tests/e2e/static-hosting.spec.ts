import { readFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize } from 'node:path'
import { expect, test } from './fixtures'

// dist/ served by a plain static server (no rewrites, no SPA fallback) from a sub-path: the app,
// its routes, the mock service worker and a reload must all work.
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
    if (!url.pathname.startsWith('/console/')) {
      response.writeHead(404).end('not here')
      return
    }
    const relative = normalize(url.pathname.slice('/console/'.length) || 'index.html')
    if (relative.startsWith('..')) {
      response.writeHead(400).end()
      return
    }
    try {
      const body = await readFile(join('dist', relative))
      response.writeHead(200, { 'Content-Type': TYPES[extname(relative)] ?? 'application/octet-stream' }).end(body)
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
