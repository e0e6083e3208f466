import { describe, expect, it } from 'vitest'
import { contentSecurityPolicy } from '../../../scripts/security-headers'
import { AuthConfigError, liveAuthConfig, PARTNER_CENTER_SCOPE } from '../../../src/auth/auth-config'

describe('live mode sign-in settings', () => {
  it('defaults: the organizations authority, Partner Center’s scope, the redirect page beside the app', () => {
    const config = liveAuthConfig(
      { VITE_API_BASE_URL: 'https://api.partnercenter.microsoft.com/v1', VITE_AUTH_CLIENT_ID: 'client' },
      'https://console.example/app/index.html?x=1#/customers/42',
    )
    expect(config).toMatchObject({
      clientId: 'client',
      authority: 'https://login.microsoftonline.com/organizations',
      protocol: 'entra',
      redirectUri: 'https://console.example/app/redirect.html',
      appUri: 'https://console.example/app/index.html',
      apiScope: PARTNER_CENTER_SCOPE,
    })
    expect(PARTNER_CENTER_SCOPE).toBe('https://api.partnercenter.microsoft.com/user_impersonation')
  })

  it('a tenant, a whole authority, OIDC mode, a scope and groups from the build', () => {
    expect(
      liveAuthConfig({ VITE_AUTH_CLIENT_ID: 'c', VITE_AUTH_TENANT: 'contoso.onmicrosoft.com' }, 'https://x/').authority,
    ).toBe('https://login.microsoftonline.com/contoso.onmicrosoft.com')
    const config = liveAuthConfig(
      {
        VITE_AUTH_CLIENT_ID: 'c',
        VITE_AUTH_AUTHORITY: 'https://127.0.0.1:8443/',
        VITE_AUTH_PROTOCOL: 'oidc',
        VITE_API_SCOPE: 'api://x/user_impersonation',
        VITE_ROLE_GROUPS: 'admin_agent=G1',
      },
      'https://x/',
    )
    expect(config).toMatchObject({
      authority: 'https://127.0.0.1:8443',
      protocol: 'oidc',
      apiScope: 'api://x/user_impersonation',
      groupRoles: { g1: 'admin_agent' },
    })
  })

  it('refuses to start without a client id or with a malformed group setting', () => {
    expect(() => liveAuthConfig({}, 'https://x/')).toThrow(AuthConfigError)
    expect(() => liveAuthConfig({ VITE_AUTH_CLIENT_ID: 'c', VITE_ROLE_GROUPS: 'chief=1' }, 'https://x/')).toThrow(
      /VITE_ROLE_GROUPS/,
    )
  })
})

describe('Content-Security-Policy of a build', () => {
  const directives = (csp: string) => new Map(csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]))

  it('demo: own origin only, and a worker for the mock', () => {
    const csp = directives(contentSecurityPolicy({}))
    expect(csp.get('script-src')).toEqual(["'self'"])
    expect(csp.get('connect-src')).toEqual(["'self'"])
    expect(csp.get('worker-src')).toEqual(["'self'"])
    expect(csp.get('frame-src')).toEqual(["'none'"])
    expect(csp.get('object-src')).toEqual(["'none'"])
  })

  it('live with an absolute API: that API and the identity provider, no worker, nothing else', () => {
    const csp = directives(
      contentSecurityPolicy({ VITE_API_BASE_URL: 'https://api.partnercenter.microsoft.com/v1', VITE_AUTH_TENANT: 't' }),
    )
    expect(csp.get('connect-src')).toEqual([
      'https://api.partnercenter.microsoft.com',
      'https://login.microsoftonline.com',
    ])
    expect(csp.get('frame-src')).toEqual(["'self'", 'https://login.microsoftonline.com'])
    expect(csp.get('worker-src')).toEqual(["'none'"])
    expect(csp.get('script-src')).toEqual(["'self'"])
  })

  it('live behind a same-origin proxy (the base URL is a path): this origin and the identity provider', () => {
    const csp = directives(
      contentSecurityPolicy({ VITE_API_BASE_URL: '/pc/v1', VITE_AUTH_AUTHORITY: 'https://idp.example:8443/tenant' }),
    )
    expect(csp.get('connect-src')).toEqual(["'self'", 'https://idp.example:8443'])
  })
})
