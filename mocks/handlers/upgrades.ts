import { describeProblem, toUpgradeError } from '../../src/rules/describe'
import { evaluateSubscription, indexCustomer, type UpgradeType } from '../../src/rules/eligibility'
import { findOffer } from '../../src/rules/offers'
import { checkUpgradeRequest, type UpgradeRequestCheck } from '../../src/rules/upgrade-request'
import { type Database, toSubscriptionFacts } from '../db'
import { MOCK_ERROR_CODES as CODES, errorReply, fail, type Reply } from '../errors'
import { type Route, type RouteContext, roleForbidden } from '../middleware'
import { customerMarket } from '../prices'
import { collection, link, wireUpgrade } from '../wire'
import { isRecord } from '../wire-compat'
import { checkIfMatch, type Lookups, parseJsonBody, requireRole } from './shared'

/** Upgrades: the targets a subscription may be upgraded to, and the upgrade itself (POST). */

/** The upgradeType of a request: Partner Center's names, case-insensitive, or their numbers 0-2. */
export function parseUpgradeType(value: unknown): UpgradeType | undefined {
  if (typeof value === 'number') return (['none', 'upgrade_only', 'upgrade_with_license_transfer'] as const)[value]
  if (typeof value !== 'string') return undefined
  const key = value.trim().toLowerCase().replace(/_/g, '')
  if (/^[0-2]$/.test(key)) return parseUpgradeType(Number(key))
  if (key === 'none') return 'none'
  if (key === 'upgradeonly') return 'upgrade_only'
  if (key === 'upgradewithlicensetransfer') return 'upgrade_with_license_transfer'
  return undefined
}

interface UpgradeBody {
  readonly targetOfferId: string
  readonly quantity: number
  readonly upgradeType: UpgradeType
}

function parseUpgradeBody(bodyText: string): UpgradeBody {
  const body = parseJsonBody(bodyText)
  const targetOffer = body.targetOffer
  if (!isRecord(targetOffer) || typeof targetOffer.id !== 'string' || targetOffer.id.trim() === '') {
    fail(400, CODES.invalidInput, 'targetOffer.id is required: the id of the offer to upgrade to.')
  }
  if (body.upgradeType === undefined || body.upgradeType === null) {
    fail(400, CODES.invalidInput, 'upgradeType is required: upgrade_with_license_transfer or upgrade_only.')
  }
  const upgradeType = parseUpgradeType(body.upgradeType)
  if (!upgradeType) {
    fail(400, CODES.invalidInput, 'upgradeType must be upgrade_with_license_transfer (2) or upgrade_only (1).')
  }
  if (typeof body.quantity !== 'number') fail(400, CODES.invalidInput, 'quantity is required and must be a number.')
  return { targetOfferId: targetOffer.id, quantity: body.quantity, upgradeType }
}

/**
 * An upgrade the rules refuse, as Partner Center answers it: checkUpgradeRequest's reasons mapped to
 * this endpoint's status, code and words (licenses.ts's quantityRefusal is the same shape over
 * another rule's reasons, on purpose).
 */
function upgradeRefusal(
  ctx: RouteContext,
  check: Exclude<UpgradeRequestCheck, { ok: true }>,
  targetOfferId: string,
): Reply {
  const targetName = findOffer(targetOfferId)?.name ?? targetOfferId
  switch (check.reason) {
    case 'role_forbidden':
      return roleForbidden(ctx.principal, 'upgrade them')
    case 'invalid_upgrade_type':
      return errorReply(
        400,
        CODES.invalidInput,
        'upgradeType none cannot be submitted: choose upgrade_with_license_transfer or upgrade_only.',
      )
    case 'invalid_quantity':
      return errorReply(
        400,
        CODES.invalidProperty,
        `quantity must be a whole number from ${check.minimum} to ${check.maximum} for an upgrade of this subscription to ${targetName}.`,
      )
    case 'ineligible':
      return errorReply(
        400,
        CODES.upgradeNotEligible,
        `The subscription cannot be upgraded to ${targetName}. ${check.problems.map(describeProblem).join(' ')}`,
        check.problems.map(toUpgradeError),
      )
  }
}

export function upgradeRoutes(db: Database, { requireSubscription }: Lookups) {
  const listUpgrades: Route = ({ params, principal }) => {
    const sub = requireSubscription(params.customerId ?? '', params.subscriptionId ?? '')
    requireRole(principal, 'upgrade them')
    const facts = db.customerFacts(sub.customerId)
    const eligibility = evaluateSubscription(toSubscriptionFacts(sub), indexCustomer(facts), principal.role)
    return {
      status: 200,
      body: collection(
        eligibility.targets.map((target) => wireUpgrade(target, customerMarket(db, sub.customerId))),
        link(`/customers/${sub.customerId}/subscriptions/${sub.id}/upgrades`),
      ),
    }
  }

  const postUpgrade: Route = (ctx) => {
    const { params, principal, bodyText, request } = ctx
    // The role was checked before (a write, mocks/middleware.ts runWrite).
    const sub = requireSubscription(params.customerId ?? '', params.subscriptionId ?? '')
    const body = parseUpgradeBody(bodyText)
    // The source as the agent saw it: a full upgrade of 60 seats must not become a partial one.
    checkIfMatch(request, sub)
    const check = checkUpgradeRequest(toSubscriptionFacts(sub), db.customerFacts(sub.customerId), principal.role, body)
    if (!check.ok) return upgradeRefusal(ctx, check, body.targetOfferId)
    const outcome = db.upgrade(
      sub.customerId,
      sub.id,
      { targetOfferId: check.target.offer.id, quantity: check.quantity, upgradeType: check.upgradeType },
      ctx.operation,
    )
    return {
      status: 200,
      body: {
        sourceSubscriptionId: outcome.source.id,
        targetSubscriptionId: outcome.target.id,
        upgradeType: outcome.upgradeType,
        upgradeErrors: [],
        licenseErrors: outcome.licenseErrors,
        attributes: { objectType: 'UpgradeResult' },
      },
    }
  }

  return { listUpgrades, postUpgrade }
}
