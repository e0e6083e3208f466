import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createLocalJWKSet, exportJWK, generateKeyPair, type JWK, type JWTPayload, SignJWT } from 'jose'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDemoToken } from '../../../mocks/auth'
import { runMockApiCli } from '../../../mocks/cli'
import { type MockHttpServer, startMockHttpServer } from '../../../mocks/http'
import { createOidcVerifier } from '../../../mocks/oidc-verify'

// The HTTP mock's OpenID Connect mode: only the configured provider's signed tokens get through.
const ISSUER = 'https://idp.test'
const AUDIENCE = 'api://upgrade-console-test'

let privateKey: CryptoKey
let otherKey: CryptoKey
let keys: ReturnType<typeof createLocalJWKSet>
let publicJwk: JWK
let server: MockHttpServer
const revoked = new Set<string>()

async function token(
  claims: JWTPayload,
  options: { key?: CryptoKey; expiresIn?: string; issuer?: string; audience?: string } = {},
) {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
    .setIssuer(options.issuer ?? ISSUER)
    .setAudience(options.audience ?? AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '1h')
    .sign(options.key ?? privateKey)
}

beforeAll(async () => {
  const pair = await generateKeyPair('RS256')
  privateKey = pair.privateKey
  otherKey = (await generateKeyPair('RS256')).privateKey
  publicJwk = { ...(await exportJWK(pair.publicKey)), kid: 'k1', alg: 'RS256' }
  keys = createLocalJWKSet({ keys: [publicJwk] })
  server = await startMockHttpServer({
    port: 0,
    verifyToken: createOidcVerifier({
      issuer: ISSUER,
      audience: AUDIENCE,
      keys,
      groupRoles: { 'group-sales': 'sales_agent' },
      refuse: (payload) => (revoked.has(String(payload.sub)) ? 'The token has been revoked.' : undefined),
    }),
  })
})
afterAll(() => server.close())

async function get(authorization?: string) {
  const response = await fetch(`${server.url}/v1/customers?size=1`, {
    headers: { ...(authorization ? { Authorization: authorization } : {}), 'MS-CorrelationId': 'corr-1' },
  })
  return {
    status: response.status,
    body: (await response.json()) as { description?: string; items?: unknown[] },
    headers: response.headers,
  }
}

describe('the HTTP mock in OpenID Connect mode', () => {
  it('accepts a signed token of the provider and acts with the roles of its claims', async () => {
    const ok = await get(`Bearer ${await token({ sub: 'alex', name: 'Alex', roles: ['AdminAgent'] })}`)
    expect(ok.status).toBe(200)
    expect(ok.body.items).toHaveLength(1)
    const sales = await get(`Bearer ${await token({ sub: 'lee', groups: ['GROUP-SALES'] })}`)
    expect(sales.status).toBe(200)
  })

  it('refuses the demo’s unsigned token, another key, another issuer or audience, an expired token: 401', async () => {
    const refused = [
      `Bearer ${createDemoToken('admin_agent', 'Demo')}`,
      `Bearer ${await token({ sub: 'x', roles: ['AdminAgent'] }, { key: otherKey })}`,
      `Bearer ${await token({ sub: 'x', roles: ['AdminAgent'] }, { issuer: 'https://evil.test' })}`,
      `Bearer ${await token({ sub: 'x', roles: ['AdminAgent'] }, { audience: 'api://other' })}`,
      `Bearer ${await token({ sub: 'x', roles: ['AdminAgent'] }, { expiresIn: '-1m' })}`,
      // No expiry at all.
      `Bearer ${await new SignJWT({ sub: 'x', roles: ['AdminAgent'] }).setProtectedHeader({ alg: 'RS256', kid: 'k1' }).setIssuer(ISSUER).setAudience(AUDIENCE).sign(privateKey)}`,
      undefined,
    ]
    for (const authorization of refused) {
      const answer = await get(authorization)
      expect(answer.status, authorization).toBe(401)
      expect(answer.headers.get('WWW-Authenticate')).toMatch(/^Bearer error="invalid_token"/)
      expect(answer.headers.get('MS-CorrelationId')).toBe('corr-1')
    }
    const expired = await get(`Bearer ${await token({ sub: 'x', roles: ['AdminAgent'] }, { expiresIn: '-1m' })}`)
    expect(expired.body.description).toBe('Access denied: The token has expired.')
  })

  it('refuses a token its refuse hook names (a revoked session), and a user without a partner role gets 403', async () => {
    revoked.add('megan')
    const answer = await get(`Bearer ${await token({ sub: 'megan', roles: ['AdminAgent'] })}`)
    expect(answer.status).toBe(401)
    expect(answer.body.description).toBe('Access denied: The token has been revoked.')
    const nobody = await get(`Bearer ${await token({ sub: 'nobody', roles: ['SomethingElse'] })}`)
    expect(nobody.status).toBe(403)
  })
})

describe('npm run mock-api -- --oidc-issuer (the CLI)', () => {
  const quiet = { env: {}, out: () => {}, err: () => {} }

  it('needs an audience with the issuer', async () => {
    const errors: string[] = []
    const outcome = await runMockApiCli(['--oidc-issuer', 'https://idp.test'], { ...quiet, err: (l) => errors.push(l) })
    expect(outcome).toEqual({ kind: 'done', exitCode: 2 })
    expect(errors[0]).toBe('--oidc-issuer needs --oidc-audience.')
  })

  it('finds the provider’s keys through its discovery document and accepts only its tokens', async () => {
    // A provider at an http address of this machine: discovery and keys only.
    let issuer = ''
    const provider: Server = createServer((request, response) => {
      const body =
        request.url === '/.well-known/openid-configuration'
          ? { issuer, jwks_uri: `${issuer}/jwks` }
          : request.url === '/jwks'
            ? { keys: [publicJwk] }
            : undefined
      response.writeHead(body ? 200 : 404, { 'Content-Type': 'application/json' }).end(JSON.stringify(body ?? {}))
    })
    await new Promise<void>((resolve) => provider.listen(0, '127.0.0.1', resolve))
    issuer = `http://127.0.0.1:${(provider.address() as AddressInfo).port}`
    const outcome = await runMockApiCli(
      ['--port', '0', '--quiet', '--oidc-issuer', issuer, '--oidc-audience', AUDIENCE],
      quiet,
    )
    if (outcome.kind !== 'serving') throw new Error('the mock did not start')
    try {
      const call = (authorization: string) =>
        fetch(`${outcome.server.url}/v1/customers?size=1`, { headers: { Authorization: authorization } })
      expect((await call(`Bearer ${createDemoToken('admin_agent', 'Demo')}`)).status).toBe(401)
      const signed = await token({ sub: 'alex', roles: ['AdminAgent'] }, { issuer })
      expect((await call(`Bearer ${signed}`)).status).toBe(200)
    } finally {
      await outcome.server.close()
      await new Promise((resolve) => provider.close(resolve))
    }
  })
})
