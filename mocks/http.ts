import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { RequestHandler } from 'msw'
import type { DemoLatency } from '../src/contract/demo-controls'
import { createDatabase, type Database, type DatabaseOptions } from './db'
import { createDemoControls, type MockDemoControls } from './demo'
import { errorReply, MOCK_ERROR_CODES } from './errors'
import { createHandlers, createMockSettings } from './handlers'
import {
  answer,
  corsHeaders,
  type Exchange,
  KNOWN_METHODS,
  MOCK_API_HOST,
  preflight,
  readRequest,
  sendJsonTo,
  unknownMethod,
} from './http-exchange'
import { refuseUnverified, type TokenVerifier } from './oidc-verify'
import { defaultScenario } from './scenarios/default-scenario'

/**
 * The mocked Partner Center over real HTTP (Node's http server), for clients other than the
 * browser app: curl, scripts, another front end. The very same MSW handlers and scenarios answer:
 * each Node request becomes a Fetch `Request`, msw's `getResponse` resolves it against the handler
 * list, and the `Response` is streamed back. CORS preflights are answered, so that a browser page
 * on another origin may call it. `npm run mock-api` starts it (scripts/mock-api.mjs).
 */
export const DEFAULT_MOCK_API_PORT = 4010
export interface MockHttpServerOptions {
  /** 0 picks a free port (default DEFAULT_MOCK_API_PORT). */
  readonly port?: number
  /** Default 127.0.0.1: the mock is for this machine only. */
  readonly host?: string
  /** A built-in scenario's name (default: the default scenario). */
  readonly scenario?: string
  /** A scenario file's text, loaded instead of `scenario`. */
  readonly scenarioFile?: string
  readonly latency?: DemoLatency
  /** For deterministic tests: the clock and the ids of new subscriptions. */
  readonly database?: DatabaseOptions
  /** Called after each request is answered (e.g. to log it). */
  readonly onRequest?: (entry: RequestLogEntry) => void
  /**
   * Origins whose pages may call the mock (CORS); default DEFAULT_CORS_ORIGINS, the app's dev and
   * preview servers. Never `*`: a page of any other origin cannot read the answers.
   */
  readonly corsOrigins?: readonly string[]
  /**
   * OpenID Connect mode (mocks/oidc-verify.ts): only tokens this verifier accepts get through;
   * the demo's unsigned tokens are refused. Default: the demo tokens.
   */
  readonly verifyToken?: TokenVerifier
}

export interface RequestLogEntry {
  readonly method: string
  readonly url: string
  /** 0 when the connection was dropped (an injected network fault). */
  readonly status: number
  readonly ms: number
}

export interface MockHttpServer {
  /** e.g. http://127.0.0.1:4010 (the API is under /v1). */
  readonly url: string
  readonly port: number
  readonly server: Server
  readonly db: Database
  /** Scenario, latency, faults and reset, as the demo panel has them. */
  readonly demo: MockDemoControls
  close(): Promise<void>
}

/** Thrown by startMockHttpServer when the scenario cannot be loaded; `problems` says why. */
export class ScenarioLoadError extends Error {
  readonly problems: readonly string[]
  constructor(problems: readonly string[]) {
    super(`The scenario could not be loaded:\n${problems.join('\n')}`)
    this.name = 'ScenarioLoadError'
    this.problems = problems
  }
}

/** The origins of `npm run dev` (5173) and `npm run preview` (4173), by address and by name. */
export const DEFAULT_CORS_ORIGINS: readonly string[] = [
  'http://127.0.0.1:5173',
  'http://localhost:5173',
  'http://127.0.0.1:4173',
  'http://localhost:4173',
]

/**
 * A Node request listener that answers with `handlers` (an MSW handler list). Unknown paths get
 * a Partner Center error body (404); an injected network fault drops the connection. Only pages
 * of `corsOrigins` may read the answers (CORS).
 */
export function createMockRequestListener(
  handlers: readonly RequestHandler[],
  onRequest?: (entry: RequestLogEntry) => void,
  corsOrigins: readonly string[] = DEFAULT_CORS_ORIGINS,
  verifyToken?: TokenVerifier,
): (request: IncomingMessage, response: ServerResponse) => void {
  const allowedOrigins = new Set(corsOrigins.map((o) => o.toLowerCase().replace(/\/+$/, '')))
  return (request, response) => {
    const started = performance.now()
    const method = request.method ?? 'GET'
    const origin = typeof request.headers.origin === 'string' ? request.headers.origin : undefined
    const cors = corsHeaders(origin, allowedOrigins)
    const x: Exchange = {
      request,
      response,
      method,
      cors,
      send: (status, body, headers = {}) => sendJsonTo(response, status, body, { ...cors, ...headers }),
      log: (status) =>
        onRequest?.({ method, url: request.url ?? '/', status, ms: Math.round(performance.now() - started) }),
    }
    void (async () => {
      if (method === 'OPTIONS') return preflight(x)
      if (!KNOWN_METHODS.includes(method)) return unknownMethod(x)
      const refused = verifyToken ? await refuseUnverified(request, verifyToken) : undefined
      if (refused) {
        x.send(refused.status, refused.body, refused.headers)
        return x.log(refused.status)
      }
      const fetchRequest = await readRequest(x)
      if (fetchRequest) await answer(x, handlers, fetchRequest)
    })().catch(() => {
      if (!response.headersSent) {
        const reply = errorReply(
          500,
          MOCK_ERROR_CODES.internal,
          'The mock failed to answer (an error in the mock itself).',
        )
        x.send(500, reply.body)
      } else response.destroy()
      x.log(500)
    })
  }
}

/**
 * Starts the HTTP mock on its own database (the scenario's start) and handler list, with the
 * demo controls over them. Rejects with ScenarioLoadError for a scenario that does not load.
 */
export async function startMockHttpServer(options: MockHttpServerOptions = {}): Promise<MockHttpServer> {
  const db = createDatabase(defaultScenario, options.database)
  const settings = createMockSettings()
  const handlers = createHandlers(db, { settings })
  const demo = createDemoControls({ db, settings, latency: options.latency ?? 'none' })
  const loaded =
    options.scenarioFile !== undefined
      ? demo.loadScenarioFile(options.scenarioFile)
      : options.scenario !== undefined
        ? demo.selectScenario(options.scenario)
        : { ok: true as const }
  if (!loaded.ok) throw new ScenarioLoadError(loaded.problems)

  const server = createServer(
    createMockRequestListener(handlers, options.onRequest, options.corsOrigins, options.verifyToken),
  )
  const host = options.host ?? MOCK_API_HOST
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? DEFAULT_MOCK_API_PORT, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const { port } = server.address() as AddressInfo
  const shownHost = host.includes(':') ? `[${host}]` : host
  return {
    url: `http://${shownHost}:${port}`,
    port,
    server,
    db,
    demo,
    close: () =>
      new Promise<void>((resolve, reject) => {
        // Requests held by an injected timeout never end by themselves.
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
        demo.dispose()
      }),
  }
}
