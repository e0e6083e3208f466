import type { IncomingMessage } from 'node:http'
import { createRemoteJWKSet, errors, type JWTPayload, type JWTVerifyGetKey, jwtVerify } from 'jose'
import { actingRole, type GroupRoles, rolesFromClaims } from '../src/rules/role-claims'
import type { PartnerRole } from '../src/rules/roles'
import { createDemoToken } from './auth'
import { errorReply, MOCK_ERROR_CODES } from './errors'
import { HEADER } from './handlers'

/**
 * The HTTP mock's OpenID Connect mode: instead of the demo's unsigned token it accepts only access
 * tokens signed by the configured provider (checked with jose against the provider's published
 * keys), for the configured audience, not expired; the user's partner roles come from the token's
 * claims, mapped as the app maps them (src/rules/role-claims.ts). Used by the end-to-end suite's
 * local provider and by `npm run mock-api -- --oidc-issuer <url> --oidc-audience <aud>`.
 */
export interface OidcVerifierOptions {
  /** The provider's issuer URL, exactly as in its tokens' `iss`. */
  readonly issuer: string
  /** The API's identifier, as in the tokens' `aud`. */
  readonly audience: string
  /** The provider's signing keys; default: fetched from its discovery document's jwks_uri. */
  readonly keys?: JWTVerifyGetKey
  readonly groupRoles?: GroupRoles
  /** A further check (e.g. revoked sessions): a reason to refuse the token, or undefined. */
  readonly refuse?: (payload: JWTPayload) => string | undefined
}

export interface VerifiedPrincipal {
  readonly name: string
  /** undefined: the claims map to no partner role (the user may look, not act). */
  readonly role: PartnerRole | undefined
  readonly roles: readonly PartnerRole[]
}

export type TokenVerdict =
  | { readonly ok: true; readonly principal: VerifiedPrincipal }
  | { readonly ok: false; readonly reason: string }

export type TokenVerifier = (authorization: string | null | undefined) => Promise<TokenVerdict>

async function discoveredKeys(issuer: string): Promise<JWTVerifyGetKey> {
  const response = await fetch(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`)
  if (!response.ok) throw new Error(`The provider's discovery document answered HTTP ${response.status}`)
  const metadata = (await response.json()) as { jwks_uri?: unknown }
  if (typeof metadata.jwks_uri !== 'string') throw new Error('The discovery document has no jwks_uri')
  return createRemoteJWKSet(new URL(metadata.jwks_uri))
}

export function createOidcVerifier(options: OidcVerifierOptions): TokenVerifier {
  let keys: Promise<JWTVerifyGetKey> | undefined = options.keys ? Promise.resolve(options.keys) : undefined
  return async (authorization) => {
    const token = authorization?.match(/^\s*Bearer\s+(\S+)\s*$/i)?.[1]
    if (!token) return { ok: false, reason: 'No bearer token.' }
    keys ??= discoveredKeys(options.issuer).catch((error: unknown) => {
      keys = undefined
      throw error
    })
    let payload: JWTPayload
    try {
      ;({ payload } = await jwtVerify(token, await keys, {
        issuer: options.issuer,
        audience: options.audience,
        // Signed with the provider's asymmetric keys only (no `none`, no shared secret), and
        // never open-ended: a token without an expiry is refused.
        algorithms: ['RS256', 'ES256', 'PS256'],
        requiredClaims: ['exp'],
      }))
    } catch (error) {
      if (error instanceof errors.JWTExpired) return { ok: false, reason: 'The token has expired.' }
      if (error instanceof errors.JOSEError) return { ok: false, reason: `The token is not valid (${error.code}).` }
      throw error
    }
    const refused = options.refuse?.(payload)
    if (refused) return { ok: false, reason: refused }
    const roles = rolesFromClaims(payload, options.groupRoles)
    const name = [payload.name, payload.preferred_username, payload.sub].find((v) => typeof v === 'string' && v !== '')
    return { ok: true, principal: { name: String(name ?? 'Signed-in user'), role: actingRole(roles), roles } }
  }
}

/**
 * The HTTP mock's check of a request in OpenID Connect mode. A refused token gets 401 (with
 * `WWW-Authenticate: Bearer error="invalid_token"`), a user with no partner role 403; an accepted
 * one is handed on to the handlers as the demo token of the same user and role, so they need no
 * change. Undefined when the request may go on.
 */
export async function refuseUnverified(
  request: IncomingMessage,
  verifyToken: TokenVerifier,
): Promise<{ status: number; body: unknown; headers: Record<string, string> } | undefined> {
  const verdict = await verifyToken(request.headers.authorization)
  const headers: Record<string, string> = {}
  for (const name of [HEADER.requestId, HEADER.correlationId]) {
    const value = request.headers[name.toLowerCase()]
    if (typeof value === 'string') headers[name] = value
  }
  headers['Access-Control-Expose-Headers'] = [HEADER.requestId, HEADER.correlationId].join(', ')
  if (!verdict.ok) {
    const reply = errorReply(401, MOCK_ERROR_CODES.unauthenticated, `Access denied: ${verdict.reason}`)
    headers['WWW-Authenticate'] = `Bearer error="invalid_token", error_description="${verdict.reason}"`
    return { status: 401, body: reply.body, headers }
  }
  const { role, name } = verdict.principal
  if (!role) {
    const reply = errorReply(
      403,
      MOCK_ERROR_CODES.roleForbidden,
      'Access denied: the signed-in user holds no partner role.',
    )
    return { status: 403, body: reply.body, headers }
  }
  request.headers.authorization = `Bearer ${createDemoToken(role, name)}`
  return undefined
}
