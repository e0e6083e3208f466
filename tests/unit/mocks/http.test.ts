import { spawn } from 'node:child_process'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setupServer } from 'msw/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDemoToken, readDemoToken } from '../../../mocks/auth'
import { type CliIo, runMockApiCli } from '../../../mocks/cli'
import { createDatabase, type DatabaseOptions } from '../../../mocks/db'
import { createHandlers, createMockSettings } from '../../../mocks/handlers'
import { type MockHttpServer, ScenarioLoadError, startMockHttpServer } from '../../../mocks/http'
import { MAX_BODY_BYTES } from '../../../mocks/http-exchange'
import { scenarioText } from '../../../mocks/scenario'
import { findBuiltInScenario } from '../../../mocks/scenarios'
import { defaultScenario } from '../../../mocks/scenarios/default-scenario'
import { OFFER_IDS } from '../../../src/rules/offers'

const NOW = new Date('2026-04-01T12:00:00.000Z')
const TOKEN = createDemoToken('admin_agent', 'Test Agent')

/** The same clock and ids for both mocks, so that their answers can be compared byte for byte. */
function deterministic(): DatabaseOptions {
  let n = 0
  return { now: () => NOW, newId: () => `0e0e0e0e-0000-4000-8000-${String(++n).padStart(12, '0')}` }
}

interface Step {
  readonly method?: string
  readonly path: string
  readonly body?: unknown
  readonly headers?: Record<string, string>
}

interface Answer {
  readonly status: number
  readonly body: unknown
  readonly headers: Record<string, string | null>
}

const COMPARED_HEADERS = ['content-type', 'ms-requestid', 'ms-correlationid', 'etag', 'retry-after', 'www-authenticate']

async function send(base: string, step: Step): Promise<Answer> {
  const response = await fetch(`${base}/v1${step.path}`, {
    method: step.method ?? 'GET',
    headers: {
      Authorization: `Bearer ${TOKEN}`,
      'MS-CorrelationId': '11111111-2222-4333-8444-555555555555',
      ...(step.body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...step.headers,
    },
    body: step.body === undefined ? undefined : JSON.stringify(step.body),
  })
  const text = await response.text()
  return {
    status: response.status,
    body: text === '' ? undefined : JSON.parse(text),
    headers: Object.fromEntries(COMPARED_HEADERS.map((h) => [h, response.headers.get(h)])),
  }
}

/** A conversation with the mock: each step may depend on the answers before it. */
async function conversation(base: string): Promise<Answer[]> {
  const answers: Answer[] = []
  let n = 0
  const step = async (s: Step) => {
    // Without a request id the mock makes one up: send one, so that the two answers can be equal.
    const requestId = `0f0f0f0f-0000-4000-8000-${String(++n).padStart(12, '0')}`
    const answer = await send(base, { ...s, headers: { 'MS-RequestId': requestId, ...s.headers } })
    answers.push(answer)
    return answer
  }
  const contoso = defaultScenario.customers[0]
  const basic = contoso?.subscriptions[0]
  if (!contoso || !basic) throw new Error('demo data changed')
  const page = await step({ path: '/customers?size=3' })
  const next = (page.body as { links: { next: { uri: string; headers: { key: string; value: string }[] } } }).links.next
  await step({ path: next.uri, headers: { 'MS-ContinuationToken': next.headers[0]?.value ?? '' } })
  await step({ path: `/customers/${contoso.id}` })
  await step({ path: `/customers/${contoso.id}/subscriptions` })
  await step({ path: `/customers/${contoso.id}/subscribedskus` })
  await step({ path: `/customers/${contoso.id}/subscriptions/${basic.id}/upgrades` })
  const upgrade = {
    method: 'POST',
    path: `/customers/${contoso.id}/subscriptions/${basic.id}/upgrades`,
    headers: { 'MS-RequestId': '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a' },
    body: {
      targetOffer: { id: OFFER_IDS.businessStandard },
      upgradeType: 'upgrade_with_license_transfer',
      quantity: 25,
    },
  }
  await step(upgrade)
  await step(upgrade) // the idempotent replay
  await step({ path: `/customers/${contoso.id}/subscriptions` })
  const fabrikam = defaultScenario.customers[1]
  const apps = fabrikam?.subscriptions[0]
  if (!fabrikam || !apps) throw new Error('demo data changed')
  const current = await step({ path: `/customers/${fabrikam.id}/subscriptions/${apps.id}` })
  await step({
    method: 'PATCH',
    path: `/customers/${fabrikam.id}/subscriptions/${apps.id}`,
    headers: { 'If-Match': current.headers.etag ?? '', 'MS-RequestId': '0a0b0c0d-0000-4000-8000-000000000001' },
    body: { quantity: 45 },
  })
  await step({ path: '/customers', headers: { Authorization: '' } })
  await step({ path: `/customers/${contoso.id}/nothing-here` })
  await step({
    method: 'POST',
    path: `/customers/${contoso.id}/subscriptions/${basic.id}/upgrades`,
    headers: { 'MS-RequestId': '0a0b0c0d-0000-4000-8000-000000000002' },
    body: { targetOffer: { id: OFFER_IDS.e5 }, upgradeType: 'upgrade_only', quantity: 1 },
  })
  return answers
}

describe('the HTTP mock answers exactly as the MSW handlers do', () => {
  let http: MockHttpServer
  beforeAll(async () => {
    http = await startMockHttpServer({ port: 0, database: deterministic() })
  })
  afterAll(() => http.close())

  it('for the same scenario and requests: customers, paging, subscriptions, upgrades, PATCH, errors', async () => {
    // msw/node, over its own database of the same scenario, with the same clock and ids. It
    // intercepts every fetch while listening, so the two conversations take turns.
    const db = createDatabase(defaultScenario, deterministic())
    const server = setupServer(...createHandlers(db, { settings: createMockSettings() }))
    server.listen({ onUnhandledFrame: 'error' })
    let viaMsw: Answer[]
    try {
      viaMsw = await conversation('http://mock.test')
    } finally {
      server.close()
    }
    const viaHttp = await conversation(http.url)
    expect(viaHttp.map((a) => a.status)).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 401, 404, 400])
    expect(viaHttp).toEqual(viaMsw)
    expect(http.db.state).toEqual(db.state)
  })
})

describe('the HTTP server', () => {
  let http: MockHttpServer
  beforeAll(async () => {
    http = await startMockHttpServer({ port: 0, scenario: 'edge-cases' })
  })
  afterAll(() => http.close())

  it('listens on 127.0.0.1 and serves the chosen scenario', async () => {
    expect(http.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(http.db.scenario).toBe(findBuiltInScenario('edge-cases')?.load())
    const page = await send(http.url, { path: '/customers?size=100' })
    expect((page.body as { totalCount: number }).totalCount).toBe(10)
  })

  it('answers CORS preflights from the dev and preview origins, and from no other', async () => {
    const preflight = await fetch(`${http.url}/v1/customers`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://127.0.0.1:5173',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization, content-type, ms-requestid, if-match',
      },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:5173')
    expect(preflight.headers.get('access-control-allow-methods')).toContain('PATCH')
    expect(preflight.headers.get('access-control-allow-headers')).toBe(
      'authorization, content-type, ms-requestid, if-match',
    )
    const answer = await fetch(`${http.url}/v1/customers`, {
      headers: { Origin: 'http://localhost:4173', Authorization: `Bearer ${TOKEN}` },
    })
    expect(answer.headers.get('access-control-allow-origin')).toBe('http://localhost:4173')
    expect(answer.headers.get('vary')).toContain('Origin')
    expect(answer.headers.get('access-control-expose-headers')).toContain('MS-CorrelationId')
    for (const origin of ['http://localhost:3000', 'https://evil.example', 'null']) {
      const foreign = await fetch(`${http.url}/v1/customers`, {
        headers: { Origin: origin, Authorization: `Bearer ${TOKEN}` },
      })
      expect(foreign.headers.get('access-control-allow-origin'), origin).toBeNull()
    }
  })

  it('allows the origins it is configured with', async () => {
    const custom = await startMockHttpServer({ port: 0, corsOrigins: ['http://127.0.0.1:5201'] })
    try {
      const answer = await fetch(`${custom.url}/v1/customers`, {
        headers: { Origin: 'http://127.0.0.1:5201', Authorization: `Bearer ${TOKEN}` },
      })
      expect(answer.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:5201')
      const dev = await fetch(`${custom.url}/v1/customers`, {
        headers: { Origin: 'http://127.0.0.1:5173', Authorization: `Bearer ${TOKEN}` },
      })
      expect(dev.headers.get('access-control-allow-origin')).toBeNull()
    } finally {
      await custom.close()
    }
  })

  it('answers paths outside the API with a Partner Center error body', async () => {
    const response = await fetch(`${http.url}/`)
    expect(response.status).toBe(404)
    expect(await response.json()).toMatchObject({ code: '1000', source: 'PartnerCenter' })
  })

  it('refuses bodies that are too large', async () => {
    const response = await fetch(`${http.url}/v1/customers/x/subscriptions/y/upgrades`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
      body: 'x'.repeat(MAX_BODY_BYTES + 1),
    })
    expect(response.status).toBe(413)
  })

  it('injected faults: throttled with Retry-After, a dropped connection, a request that never ends', async () => {
    http.demo.setFault({ kind: 'throttled', scope: 'next' })
    const throttled = await send(http.url, { path: '/customers' })
    expect(throttled.status).toBe(429)
    expect(throttled.headers['retry-after']).toBe('2')
    expect(http.demo.getState().fault).toBeNull()

    http.demo.setFault({ kind: 'network', scope: 'next' })
    await expect(send(http.url, { path: '/customers' })).rejects.toThrow()

    http.demo.setFault({ kind: 'timeout', scope: 'next' })
    const abort = new AbortController()
    const pending = fetch(`${http.url}/v1/customers`, {
      headers: { Authorization: `Bearer ${TOKEN}` },
      signal: abort.signal,
    })
    const raced = await Promise.race([
      pending.then(() => 'answered'),
      new Promise((r) => setTimeout(() => r('waiting'), 300)),
    ])
    expect(raced).toBe('waiting')
    abort.abort()
    await expect(pending).rejects.toThrow()
    expect((await send(http.url, { path: '/customers' })).status).toBe(200)
  })

  it('loads a scenario file, or says every problem of it', async () => {
    const mine = { ...defaultScenario, name: 'mine', customers: defaultScenario.customers.slice(0, 2) }
    const other = await startMockHttpServer({ port: 0, scenarioFile: scenarioText(mine) })
    try {
      const page = await send(other.url, { path: '/customers' })
      expect((page.body as { totalCount: number }).totalCount).toBe(2)
    } finally {
      await other.close()
    }
    const broken = JSON.parse(scenarioText(mine))
    broken.customers[0].subscriptions[0].offerId = 'xyz'
    const failure = startMockHttpServer({ port: 0, scenarioFile: JSON.stringify(broken) })
    await expect(failure).rejects.toBeInstanceOf(ScenarioLoadError)
    await expect(failure).rejects.toMatchObject({
      problems: ['customers[0].subscriptions[0].offerId: unknown offer "xyz"'],
    })
    await expect(startMockHttpServer({ port: 0, scenario: 'nope' })).rejects.toBeInstanceOf(ScenarioLoadError)
  })
})

describe('npm run mock-api (the CLI)', () => {
  function io(env: Record<string, string> = {}): CliIo & { lines: string[]; errors: string[] } {
    const lines: string[] = []
    const errors: string[] = []
    return { env, out: (l) => lines.push(l), err: (l) => errors.push(l), lines, errors }
  }

  it('--print-token <role> prints a demo token for that role', async () => {
    const out = io()
    expect(await runMockApiCli(['--print-token', 'sales_agent', '--name', 'Sam'], out)).toEqual({
      kind: 'done',
      exitCode: 0,
    })
    expect(out.lines).toHaveLength(1)
    expect(readDemoToken(`Bearer ${out.lines[0]}`)).toEqual({
      name: 'Sam',
      role: 'sales_agent',
      roles: ['sales_agent'],
    })
    const bad = io()
    expect(await runMockApiCli(['--print-token', 'boss'], bad)).toEqual({ kind: 'done', exitCode: 2 })
    expect(bad.errors[0]).toMatch(/Unknown role "boss"/)
  })

  it('starts on the port and scenario given (MOCK_API_PORT too), printing the URL, token and a curl example', async () => {
    const out = io({ MOCK_API_PORT: '0' })
    const outcome = await runMockApiCli(['--scenario', 'edge-cases', '--quiet'], out)
    if (outcome.kind !== 'serving') throw new Error(out.errors.join('\n'))
    try {
      const { url } = outcome.server
      expect(out.lines[0]).toBe(`Mock Partner Center API: ${url}/v1`)
      expect(out.lines[1]).toBe('Scenario: edge-cases (Edge cases), 10 customers')
      const token = createDemoToken('helpdesk_agent', 'Priya Nair')
      expect(out.lines).toContain(token)
      expect(out.lines).toContain(`  curl -s -H "Authorization: Bearer ${token}" "${url}/v1/customers?size=5"`)
      const page = await fetch(`${url}/v1/customers?size=5`, { headers: { Authorization: `Bearer ${token}` } })
      expect(page.status).toBe(200)
    } finally {
      await outcome.server.close()
    }
  })

  it('reads --scenario <file.json>, and lists every problem of a broken one', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mock-api-'))
    const file = join(dir, 'broken.json')
    const broken = JSON.parse(scenarioText({ ...defaultScenario, name: 'broken' }))
    broken.customers[0].subscriptions[0].offerId = 'xyz'
    broken.customers[1].users[0].selfServiceLicenses = ['NOPE']
    await writeFile(file, JSON.stringify(broken))
    const out = io()
    expect(await runMockApiCli(['--port', '0', '--scenario', file], out)).toEqual({ kind: 'done', exitCode: 1 })
    expect(out.errors).toEqual([
      `The scenario ${file} has 2 problem(s):`,
      '  customers[0].subscriptions[0].offerId: unknown offer "xyz"',
      expect.stringMatching(
        /^ {2}customers\[1\]\.users\[0\]\.selfServiceLicenses\[0\]: unknown self-service license "NOPE"/,
      ),
    ])
    const missing = io()
    expect(await runMockApiCli(['--scenario', join(dir, 'none.json')], missing)).toEqual({ kind: 'done', exitCode: 2 })
    expect(missing.errors[0]).toMatch(/neither a built-in scenario .* nor a readable file/)
  })

  it('refuses bad options with the usage', async () => {
    for (const argv of [['--port', 'x'], ['--latency', 'warp'], ['--bogus']]) {
      const out = io()
      expect(await runMockApiCli(argv, out)).toEqual({ kind: 'done', exitCode: 2 })
      expect(out.errors.length).toBeGreaterThan(0)
    }
    const help = io()
    expect(await runMockApiCli(['--help'], help)).toEqual({ kind: 'done', exitCode: 0 })
    expect(help.lines[0]).toMatch(/^Usage: npm run mock-api/)
  })

  it('scripts/mock-api.mjs runs it with Node and stops on SIGINT', async () => {
    const child = spawn(process.execPath, ['scripts/mock-api.mjs', '--port', '0', '--quiet'], {
      cwd: process.cwd(),
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let output = ''
        const timer = setTimeout(() => reject(new Error(`no URL printed: ${output}`)), 15_000)
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString()
          const match = /Mock Partner Center API: (\S+)\/v1/.exec(output)
          if (match?.[1]) {
            clearTimeout(timer)
            resolve(match[1])
          }
        })
        child.stderr.on('data', (chunk: Buffer) => {
          output += chunk.toString()
        })
        child.once('exit', (code) => reject(new Error(`exited with ${code}: ${output}`)))
      })
      const page = await fetch(`${url}/v1/customers?size=1`, { headers: { Authorization: `Bearer ${TOKEN}` } })
      expect(page.status).toBe(200)
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGINT')
      expect(await exited).toBe(0)
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL')
    }
  }, 20_000)
})
