import { canManageSubscriptions } from '../../src/rules/roles'
import type { DemoPrincipal } from '../auth'
import type { Database, DbCustomer, DbSubscription } from '../db'
import { MOCK_ERROR_CODES as CODES, fail, type Reply, ReplyError } from '../errors'
import { HEADER, roleForbidden } from '../middleware'
import { wireSubscription } from '../wire'
import { parseJsonObject, withCanonicalNames } from '../wire-compat'

/** What the resource handlers share: body parsing, lookups with Partner Center's errors, If-Match. */

/** A request body: a JSON object, its known properties read without regard to case (wire-compat.ts). */
export function parseJsonBody(text: string): Record<string, unknown> {
  if (text.trim() === '') fail(400, CODES.invalidInput, 'The request body is empty; send a JSON object.')
  return withCanonicalNames(parseJsonObject(text, 'The request body'))
}

export function requireRole(principal: DemoPrincipal, action: string): void {
  if (!canManageSubscriptions(principal.role)) throw new ReplyError(roleForbidden(principal, action))
}

export function subscriptionReply(sub: DbSubscription): Reply {
  return { status: 200, body: wireSubscription(sub), headers: { [HEADER.etag]: sub.etag } }
}

/** Lookups that answer 404 (unknown) or 403 (no relationship) as Partner Center does. */
export function lookups(db: Database) {
  const requireCustomer = (customerId: string): DbCustomer => {
    const customer = db.findCustomer(customerId)
    if (!customer) fail(404, CODES.notFound, 'Customer not found.')
    if (customer.relationshipToPartner === 'none') {
      fail(403, CODES.noRelationship, `The partner has no relationship with customer ${customer.id}.`)
    }
    return customer
  }
  const requireSubscription = (customerId: string, subscriptionId: string): DbSubscription => {
    const customer = requireCustomer(customerId)
    const sub = db.findSubscription(customer.id, subscriptionId)
    if (!sub) fail(404, CODES.notFound, 'Subscription not found.')
    return sub
  }
  return { requireCustomer, requireSubscription }
}

export type Lookups = ReturnType<typeof lookups>

/** An entity tag without weak prefix and quotes; undefined when it is not one (e.g. empty). */
function entityTag(value: string): string | undefined {
  const tag = value
    .trim()
    .replace(/^W\//, '')
    .replace(/^"(.*)"$/, '$1')
  return tag === '' || /["\s]/.test(tag) ? undefined : tag
}

/**
 * Optimistic concurrency, as Partner Center does it: no If-Match, no check (Microsoft's SDKs never
 * send one); an If-Match that is present must name the current ETag (a list of tags, or `*` for
 * any, as RFC 9110 has it), else 412, whether it is stale or malformed.
 */
export function checkIfMatch(request: Request, sub: DbSubscription): void {
  const header = request.headers.get(HEADER.ifMatch)
  if (header === null) return
  if (header.trim() === '*') return
  const tags = header.split(',').map(entityTag)
  if (tags.some((tag) => tag === sub.etag)) return
  const malformed = tags.every((tag) => tag === undefined)
  fail(
    412,
    CODES.preconditionFailed,
    malformed
      ? `The If-Match header is not an ETag ("${header.trim().slice(0, 80)}"). Send the subscription's ETag as you loaded it, or no If-Match at all.`
      : 'The subscription changed since you loaded it (ETag mismatch). Reload it and try again.',
  )
}
