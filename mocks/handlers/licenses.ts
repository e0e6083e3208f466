import { findOffer } from '../../src/rules/offers'
import { checkQuantityChange } from '../../src/rules/quantity'
import type { Database, DbSubscription } from '../db'
import { same } from '../db-operations'
import { MOCK_ERROR_CODES as CODES, errorReply, fail, type Reply } from '../errors'
import { type Route, type RouteContext, roleForbidden } from '../middleware'
import { collection, link, wireSubscribedSkus } from '../wire'
import { READ_ONLY_FIELDS } from '../wire-compat'
import { checkIfMatch, type Lookups, parseJsonBody, subscriptionReply } from './shared'

/** Licenses: a subscription's license count (PATCH quantity, "Add licenses") and the tenant's SKUs. */

function readOnlyChanges(sub: DbSubscription, body: Record<string, unknown>): string[] {
  const current: Readonly<Record<(typeof READ_ONLY_FIELDS)[number], unknown>> = {
    offerId: sub.offerId,
    friendlyName: sub.friendlyName,
    status: sub.status,
    billingCycle: sub.billingCycle,
    termDuration: sub.termDuration,
    autoRenewEnabled: sub.autoRenewEnabled,
    parentSubscriptionId: sub.parentSubscriptionId,
  }
  return READ_ONLY_FIELDS.filter((field) => {
    const sent = body[field]
    // The .NET SDK sends null for what it did not read: null counts as not sent.
    if (sent === undefined || sent === null) return false
    const value = current[field]
    if (field !== 'friendlyName' && typeof sent === 'string' && typeof value === 'string') return !same(sent, value)
    return sent !== value
  })
}

/** The new quantity of a PATCH body, or a 400. */
function requestedQuantity(sub: DbSubscription, body: Record<string, unknown>): number {
  if (body.id !== undefined && (typeof body.id !== 'string' || !same(body.id, sub.id))) {
    fail(400, CODES.invalidInput, 'The subscription id in the body does not match the URL.')
  }
  if (body.quantity === undefined || body.quantity === null) {
    fail(400, CODES.invalidInput, 'quantity is required: the new number of licenses.')
  }
  if (typeof body.quantity !== 'number') fail(400, CODES.invalidInput, 'quantity must be a number.')
  return body.quantity
}

/**
 * A license count change the rules refuse, as Partner Center answers it. Alike in shape to
 * upgrades.ts's upgradeRefusal, but a different mapping: each maps its own rule's reasons
 * (checkQuantityChange here, checkUpgradeRequest there) to that endpoint's status, code and words,
 * so one table for both would only mix two unrelated lists.
 */
function quantityRefusal(ctx: RouteContext, sub: DbSubscription, quantity: number): Reply | number {
  const offerName = findOffer(sub.offerId)?.name ?? sub.offerName
  const check = checkQuantityChange(sub, quantity, ctx.principal.role)
  if (check.ok) return check.quantity
  switch (check.reason) {
    case 'role_forbidden':
      return roleForbidden(ctx.principal, 'change their license count')
    case 'not_active':
      return errorReply(
        409,
        CODES.conflict,
        `The subscription is ${check.status}; only an active subscription's license count can change.`,
      )
    case 'unknown_offer':
      return errorReply(400, CODES.invalidProperty, `The offer ${sub.offerId} is not in the catalog.`)
    case 'not_whole_number':
      return errorReply(400, CODES.invalidProperty, 'quantity must be a whole number.')
    case 'below_minimum':
      return errorReply(400, CODES.invalidProperty, `quantity must be at least ${check.minimum} for ${offerName}.`)
    case 'above_maximum':
      return errorReply(
        400,
        CODES.invalidProperty,
        `quantity must be at most ${check.maximum} for ${offerName} (its maximum number of licenses).`,
      )
  }
}

export function licenseRoutes(db: Database, { requireCustomer, requireSubscription }: Lookups) {
  const patchSubscription: Route = (ctx) => {
    const { params, request, bodyText } = ctx
    // The role was checked before (a write, mocks/middleware.ts runWrite).
    const sub = requireSubscription(params.customerId ?? '', params.subscriptionId ?? '')
    const body = parseJsonBody(bodyText)
    const quantity = requestedQuantity(sub, body)
    checkIfMatch(request, sub)
    const changed = readOnlyChanges(sub, body)
    if (changed.length > 0) {
      fail(
        400,
        CODES.invalidInput,
        `Only quantity can be changed here; ${changed.join(', ')} must be left as the subscription has ${changed.length === 1 ? 'it' : 'them'}.`,
      )
    }
    const checked = quantityRefusal(ctx, sub, quantity)
    if (typeof checked !== 'number') return checked
    const updated = checked === sub.quantity ? sub : db.setQuantity(sub.customerId, sub.id, checked, ctx.operation)
    return subscriptionReply(updated)
  }

  const listSubscribedSkus: Route = ({ params }) => {
    const customer = requireCustomer(params.customerId ?? '')
    return {
      status: 200,
      body: collection(wireSubscribedSkus(db, customer.id), link(`/customers/${customer.id}/subscribedskus`)),
    }
  }

  return { patchSubscription, listSubscribedSkus }
}
