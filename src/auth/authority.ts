/**
 * Where live mode signs in and which origins it talks to. No imports: vite.config.ts reads it too
 * (the Content-Security-Policy's connect-src).
 */
export const ENTRA_LOGIN_ORIGIN = 'https://login.microsoftonline.com'

export interface AuthEnv {
  readonly VITE_API_BASE_URL?: string
  readonly VITE_AUTH_CLIENT_ID?: string
  readonly VITE_AUTH_TENANT?: string
  readonly VITE_AUTH_AUTHORITY?: string
  readonly VITE_AUTH_PROTOCOL?: string
  readonly VITE_AUTH_REDIRECT_URI?: string
  readonly VITE_API_SCOPE?: string
  readonly VITE_ROLE_GROUPS?: string
}

export function authorityOf(env: AuthEnv): string {
  const explicit = env.VITE_AUTH_AUTHORITY?.trim()
  if (explicit) return explicit.replace(/\/+$/, '')
  return `${ENTRA_LOGIN_ORIGIN}/${encodeURIComponent(env.VITE_AUTH_TENANT?.trim() || 'organizations')}`
}

/** The origins the page may connect to in live mode: the API's (when absolute) and the identity provider's. */
export function liveConnectOrigins(env: AuthEnv): { api?: string; identity: string } {
  const base = env.VITE_API_BASE_URL?.trim() ?? ''
  const api = /^https?:\/\//i.test(base) ? new URL(base).origin : undefined
  return { api, identity: new URL(authorityOf(env)).origin }
}
