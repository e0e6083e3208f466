import type { PartnerRole } from '../rules/roles'

/**
 * Demo mode only: the mock has no real sign-in, so the role picked in the demo panel travels in
 * an unsigned, JWT-shaped demo token (read by mocks/auth.ts), as a real Entra ID token carries the
 * user's roles. Live mode gets real tokens from MSAL (src/auth/msal-auth.ts) and never this.
 */
function base64Url(text: string): string {
  const bytes = new TextEncoder().encode(text)
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

export function demoToken(role: PartnerRole, name: string): string {
  return `${base64Url(JSON.stringify({ alg: 'none', typ: 'JWT' }))}.${base64Url(JSON.stringify({ name, roles: [role] }))}.`
}
