import type { PartnerRole } from '../rules/roles'

/**
 * The mock has no real sign-in: the signed-in user's role travels in an unsigned JWT-shaped demo
 * token, as a real Entra ID token carries the user's roles. A live backend would get a real token
 * from the token source instead (VITE_API_TOKEN for now).
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

export function accessToken(role: PartnerRole, name: string): string {
  return import.meta.env.VITE_API_TOKEN || demoToken(role, name)
}
