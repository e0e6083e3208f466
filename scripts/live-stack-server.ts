import { randomUUID } from 'node:crypto'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import { extname, join, normalize } from 'node:path'
import { createLocalJWKSet } from 'jose'
import { Events, OAuth2Server } from 'oauth2-mock-server'
import { generate } from 'selfsigned'
import { build } from 'vite'
import { createDatabase } from '../mocks/db'
import { createHandlers, createMockSettings } from '../mocks/handlers'
import { createMockRequestListener } from '../mocks/http'
import { createOidcVerifier } from '../mocks/oidc-verify'
import { defaultScenario } from '../mocks/scenarios/default-scenario'
import { parseGroupRoles } from '../src/rules/role-claims'

/**
 * The end-to-end suite's live mode, all on this machine:
 * - a local OpenID Connect provider (oauth2-mock-server) over https, with a self-signed
 *   certificate made at start (MSAL refuses http authorities);
 * - a live build of the app (dist-live/) pointed at it in OIDC protocol mode;
 * - one http server that serves that build with the headers docs/deploy.md asks of a static host,
 *   and the mocked Partner Center under /v1 on the same origin (the "same-origin reverse proxy"
 *   of docs/deploy.md), which accepts only the provider's signed tokens (mocks/oidc-verify.ts).
 *
 * Who signs in is chosen by the test with a cookie on the provider (`e2e_user=<profile>.<id>`),
 * so parallel tests are different users. Test-only controls: POST /__e2e/expire?sub=… (the API
 * refuses that user's tokens issued so far as expired; renewal works) and POST /__e2e/revoke?sub=…
 * (the user's sessions are revoked: tokens and refresh tokens refused, no silent sign-in).
 */
export const E2E_CLIENT_ID = 'upgrade-console-e2e'
export const E2E_API_AUDIENCE = 'api://upgrade-console-e2e'
const SALES_GROUP_ID = '6f1c0a52-5a3e-4c36-9d3b-2f7d2d0c5a11'

interface Profile {
  readonly name: string
  readonly username: string
  readonly claims: Readonly<Record<string, unknown>>
  /** Access token lifetime in seconds (default: the provider's hour). */
  readonly ttl?: number
}

/** The test users: one per way of holding a role (app role, directory role, group). */
export const PROFILES: Readonly<Record<string, Profile>> = {
  admin: { name: 'Alex Wilber', username: 'alex@partner.example', claims: { roles: ['AdminAgent'] } },
  // Billing Administrator, a directory role: may look, not act.
  reader: {
    name: 'Megan Bowen',
    username: 'megan@partner.example',
    claims: { wids: ['b0f54661-2d74-4c50-afa3-1ec803f12efe'] },
  },
  sales: { name: 'Lee Gu', username: 'lee@partner.example', claims: { groups: [SALES_GROUP_ID] } },
  // Tokens that expire within MSAL's renewal margin (5 minutes): each is renewed before use.
  short: { name: 'Nestor Wilke', username: 'nestor@partner.example', claims: { roles: ['HelpdeskAgent'] }, ttl: 120 },
}

interface User {
  readonly sub: string
  readonly profile: Profile
}

function userFromCookie(request: IncomingMessage): User {
  const cookie = request.headers.cookie ?? ''
  const value = cookie.match(/(?:^|;\s*)e2e_user=([^;]+)/)?.[1] ?? 'admin.default'
  const [profileName = 'admin', id = 'default'] = decodeURIComponent(value).split('.')
  const profile = PROFILES[profileName] ?? PROFILES.admin
  if (!profile) throw new Error('no admin profile')
  return { sub: `${profileName}-${id}`, profile }
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
}

/**
 * What docs/deploy.md asks a static host to add (headers a <meta> tag cannot set). The redirect
 * page alone may be framed by this origin: MSAL's hidden renewal frame ends there.
 */
function hostHeaders(path: string): Record<string, string> {
  return {
    'Content-Security-Policy': path === 'redirect.html' ? "frame-ancestors 'self'" : "frame-ancestors 'none'",
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  }
}

export interface LiveStack {
  readonly appUrl: string
  readonly issuer: string
  close(): Promise<void>
}

export async function startLiveStack(options: {
  appPort: number
  idpPort: number
  outDir: string
  log?: (line: string) => void
}): Promise<LiveStack> {
  const log = options.log ?? (() => {})
  const host = '127.0.0.1'

  // The provider: https with a certificate made now, for 127.0.0.1 only.
  const dir = mkdtempSync(join(tmpdir(), 'upgrade-console-idp-'))
  const pems = await generate([{ name: 'commonName', value: host }], {
    keySize: 2048,
    extensions: [{ name: 'subjectAltName', altNames: [{ type: 7, ip: host }] }],
  })
  writeFileSync(join(dir, 'key.pem'), pems.private)
  writeFileSync(join(dir, 'cert.pem'), pems.cert)
  const idp = new OAuth2Server(join(dir, 'key.pem'), join(dir, 'cert.pem'))
  await idp.issuer.keys.generate('RS256')
  await idp.start(options.idpPort, host)
  const issuer = `https://${host}:${options.idpPort}`
  idp.issuer.url = issuer

  const codes = new Map<string, User>()
  const refreshTokens = new Map<string, { user: User; revoked: boolean }>()
  const accessTokens = new Map<string, { sub: string; refusal?: string }>()
  const issuedCount = new Map<string, number>()
  const requestUser = new WeakMap<IncomingMessage, User>()

  idp.service.on(Events.BeforeAuthorizeRedirect, (redirect, request) => {
    const query = new URL(request.url ?? '/', issuer).searchParams
    // No single sign-on session here: a silent sign-in (hidden frame) always needs the user.
    if (query.get('prompt') === 'none') {
      redirect.url.searchParams.delete('code')
      redirect.url.searchParams.set('error', 'login_required')
      redirect.url.searchParams.set('error_description', 'The test provider keeps no session.')
      return
    }
    const code = redirect.url.searchParams.get('code')
    if (code) codes.set(code, userFromCookie(request))
  })
  idp.service.on(Events.BeforeTokenSigning, (token, request) => {
    const body = request.body as Record<string, unknown>
    let user = requestUser.get(request)
    if (!user) {
      if (body.grant_type === 'authorization_code') user = codes.get(String(body.code))
      else if (body.grant_type === 'refresh_token') user = refreshTokens.get(String(body.refresh_token))?.user
      if (!user) return
      requestUser.set(request, user)
    }
    const { payload } = token
    Object.assign(payload, {
      sub: user.sub,
      oid: user.sub,
      tid: 'e2e-partner-tenant',
      name: user.profile.name,
      preferred_username: user.profile.username,
      ...user.profile.claims,
    })
    if ('scope' in payload) {
      // The access token, for the API.
      const jti = randomUUID()
      payload.aud = E2E_API_AUDIENCE
      payload.jti = jti
      if (user.profile.ttl) payload.exp = Number(payload.iat) + user.profile.ttl
      accessTokens.set(jti, { sub: user.sub })
      issuedCount.set(user.sub, (issuedCount.get(user.sub) ?? 0) + 1)
    }
  })
  idp.service.on(Events.BeforeResponse, (response, request) => {
    const body = request.body as Record<string, unknown>
    const user = requestUser.get(request)
    if (body.grant_type === 'refresh_token') {
      const known = refreshTokens.get(String(body.refresh_token))
      if (!known || known.revoked) {
        response.statusCode = 400
        response.body = { error: 'invalid_grant', error_description: 'The refresh token has been revoked.' }
        return
      }
    }
    const answer = response.body as Record<string, unknown>
    const issued = answer.refresh_token
    if (user && typeof issued === 'string') refreshTokens.set(issued, { user, revoked: false })
    if (user?.profile.ttl && 'expires_in' in answer) answer.expires_in = user.profile.ttl
  })

  const { groupRoles } = parseGroupRoles(`sales_agent=${SALES_GROUP_ID}`)
  const verifyToken = createOidcVerifier({
    issuer,
    audience: E2E_API_AUDIENCE,
    keys: createLocalJWKSet({ keys: idp.issuer.keys.toJSON() }),
    groupRoles,
    refuse: (payload) => (typeof payload.jti === 'string' ? accessTokens.get(payload.jti)?.refusal : 'Unknown token.'),
  })

  // The live build, pointed at this provider; the API is this origin's /v1.
  const env = {
    VITE_API_BASE_URL: '/v1',
    VITE_AUTH_CLIENT_ID: E2E_CLIENT_ID,
    VITE_AUTH_AUTHORITY: issuer,
    VITE_AUTH_PROTOCOL: 'oidc',
    VITE_API_SCOPE: `${E2E_API_AUDIENCE}/user_impersonation`,
    VITE_ROLE_GROUPS: `sales_agent=${SALES_GROUP_ID}`,
  }
  Object.assign(process.env, env)
  await build({ logLevel: 'warn', build: { outDir: options.outDir, emptyOutDir: true } })

  const db = createDatabase(defaultScenario)
  // Same origin as the app: no other origin's page may read the answers (no CORS origins).
  const api = createMockRequestListener(
    createHandlers(db, { settings: createMockSettings() }),
    undefined,
    [],
    verifyToken,
  )

  const control = (path: string, sub: string): boolean => {
    if (path === '/__e2e/expire' || path === '/__e2e/revoke') {
      for (const token of accessTokens.values()) {
        if (token.sub === sub)
          token.refusal = path === '/__e2e/expire' ? 'The token has expired.' : 'The token has been revoked.'
      }
      if (path === '/__e2e/revoke') {
        for (const token of refreshTokens.values()) if (token.user.sub === sub) token.revoked = true
      }
      return true
    }
    return false
  }

  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', `http://${host}`)
    if (url.pathname.startsWith('/v1/') || url.pathname === '/v1') {
      api(request, response)
      return
    }
    if (url.pathname.startsWith('/__e2e/')) {
      const sub = url.searchParams.get('sub') ?? ''
      if (url.pathname === '/__e2e/issued') {
        response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(issuedCount.get(sub) ?? 0))
      } else if (request.method === 'POST' && control(url.pathname, sub)) response.writeHead(204).end()
      else response.writeHead(404).end()
      return
    }
    const relative = normalize(url.pathname.slice(1) || 'index.html')
    if (relative.startsWith('..')) {
      response.writeHead(400).end()
      return
    }
    readFile(join(options.outDir, relative)).then(
      (body) =>
        response
          .writeHead(200, {
            'Content-Type': TYPES[extname(relative)] ?? 'application/octet-stream',
            ...hostHeaders(relative),
          })
          .end(body),
      () => response.writeHead(404, hostHeaders(relative)).end('not found'),
    )
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.appPort, host, () => resolve())
  })
  const appUrl = `http://${host}:${options.appPort}`
  log(`Live app ${appUrl}/ (API ${appUrl}/v1), identity provider ${issuer}`)
  return {
    appUrl,
    issuer,
    close: async () => {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
      await idp.stop()
    },
  }
}
