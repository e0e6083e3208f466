import { type GroupRoles, parseGroupRoles } from '../rules/role-claims'
import { type AuthEnv, authorityOf } from './authority'

/**
 * Live mode's sign-in settings, all from build-time configuration and all public identifiers
 * (no secret: a single-page app is a public client, and PKCE stands in for a client secret).
 *
 * | variable                 | meaning                                                         | default                                     |
 * | ------------------------ | --------------------------------------------------------------- | ------------------------------------------- |
 * | VITE_AUTH_CLIENT_ID      | the app registration's application (client) id                  | required in live mode                       |
 * | VITE_AUTH_TENANT         | the partner's tenant id or domain                               | `organizations`                             |
 * | VITE_AUTH_AUTHORITY      | a whole authority URL instead (another cloud, a test provider)  | `https://login.microsoftonline.com/<tenant>` |
 * | VITE_AUTH_PROTOCOL       | `entra`, or `oidc` for any other OpenID Connect provider        | `entra`                                     |
 * | VITE_AUTH_REDIRECT_URI   | the registered redirect URI (the redirect bridge page)          | `redirect.html` beside the app's page       |
 * | VITE_API_SCOPE           | the API's delegated scope                                       | Partner Center's `user_impersonation`       |
 * | VITE_ROLE_GROUPS         | `admin_agent=<group id>,...` (see src/rules/role-claims.ts)     | none                                        |
 */
export const PARTNER_CENTER_SCOPE = 'https://api.partnercenter.microsoft.com/user_impersonation'

export interface LiveAuthConfig {
  readonly clientId: string
  readonly authority: string
  readonly protocol: 'entra' | 'oidc'
  /** Absolute: resolved against the app's page. */
  readonly redirectUri: string
  /** Where sign-out returns: the app's page. */
  readonly appUri: string
  readonly apiScope: string
  readonly groupRoles: GroupRoles
}

export class AuthConfigError extends Error {
  override readonly name = 'AuthConfigError'
}

export function liveAuthConfig(env: AuthEnv, pageUrl: string): LiveAuthConfig {
  const clientId = env.VITE_AUTH_CLIENT_ID?.trim()
  if (!clientId)
    throw new AuthConfigError('VITE_AUTH_CLIENT_ID is not set: live mode needs the app registration’s client id.')
  const protocol = env.VITE_AUTH_PROTOCOL?.trim() === 'oidc' ? 'oidc' : 'entra'
  const { groupRoles, problems } = parseGroupRoles(env.VITE_ROLE_GROUPS)
  if (problems.length > 0) throw new AuthConfigError(`VITE_ROLE_GROUPS: ${problems.join('; ')}`)
  const page = new URL(pageUrl)
  page.hash = ''
  page.search = ''
  return {
    clientId,
    authority: authorityOf(env),
    protocol,
    redirectUri: new URL(env.VITE_AUTH_REDIRECT_URI?.trim() || 'redirect.html', page).href,
    appUri: page.href,
    apiScope: env.VITE_API_SCOPE?.trim() || PARTNER_CENTER_SCOPE,
    groupRoles,
  }
}
