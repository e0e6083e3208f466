import { isPartnerRole, type PartnerRole, UPGRADE_ROLES } from '../src/rules/roles'
import { base64UrlDecode, base64UrlEncode } from './base64url'
import { isRecord } from './wire-compat'

/**
 * The demo's sign-in: a fake, unsigned JWT `base64url(header).base64url(payload).` whose payload
 * holds the agent's name and partner roles. The mock trusts it as is; it is not a security
 * boundary, only a way to let the demo play different roles.
 */
export interface DemoPrincipal {
  readonly name: string
  /** The role the mock acts on: the first role allowed to upgrade, else the first role. */
  readonly role: PartnerRole
  readonly roles: readonly PartnerRole[]
}

interface DemoTokenPayload {
  readonly name: string
  readonly roles: readonly PartnerRole[]
}

/** A bearer token for the mock (without the `Bearer ` prefix). */
export function createDemoToken(role: PartnerRole, name: string): string {
  const header = { alg: 'none', typ: 'JWT' }
  const payload: DemoTokenPayload = { name, roles: [role] }
  return `${base64UrlEncode(JSON.stringify(header))}.${base64UrlEncode(JSON.stringify(payload))}.`
}

function parseJson(text: string | undefined): unknown {
  if (text === undefined) return undefined
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/**
 * Reads an `Authorization` header value (`Bearer <token>`, or the bare token). Undefined when it
 * is missing, not a three-part token, or its payload lacks a name or a known partner role.
 */
export function readDemoToken(authorization: string | null | undefined): DemoPrincipal | undefined {
  if (!authorization) return undefined
  const token = authorization.replace(/^\s*Bearer\s+/i, '').trim()
  const parts = token.split('.')
  if (parts.length !== 3) return undefined
  const [rawHeader, rawPayload] = parts
  if (!isRecord(parseJson(base64UrlDecode(rawHeader ?? '')))) return undefined
  const payload = parseJson(base64UrlDecode(rawPayload ?? ''))
  if (!isRecord(payload)) return undefined
  const { name, roles } = payload
  if (typeof name !== 'string' || name.trim() === '' || !Array.isArray(roles)) return undefined
  const known = roles.filter(isPartnerRole)
  const first = known[0]
  if (first === undefined) return undefined
  const role = known.find((r) => UPGRADE_ROLES.includes(r)) ?? first
  return { name, role, roles: known }
}
