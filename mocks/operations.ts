import * as z from 'zod/mini'
import type { UpgradeType } from '../src/rules/eligibility'
import { checkQuantityChange } from '../src/rules/quantity'
import { PARTNER_ROLES, type PartnerRole } from '../src/rules/roles'
import { checkUpgradeRequest } from '../src/rules/upgrade-request'
import type { DbSubscription } from './records'
import { isIsoDate } from './scenario'

/**
 * The operation log: what the mock persists instead of snapshots. Each accepted write is one
 * entry (id, time, kind and its parameters, and, when it came through the API, the request: its
 * MS-RequestId, caller, method, path, body hash and reply). Replaying the log over the scenario's
 * start, through the database's own operations and the same rules the handlers apply, gives the
 * state back: consistent by construction. Audit records can be derived from it (who, when, which
 * request; before and after come from the replay, see Database.history).
 */
export interface StoredReply {
  readonly status: number
  readonly body: unknown
  readonly headers: Readonly<Record<string, string>>
}

export interface OperationCaller {
  readonly name: string
  readonly role: PartnerRole
}

/** The API request that made an operation: the idempotency key's binding, and the reply to replay. */
export interface OperationRequest {
  readonly requestId: string
  readonly caller: OperationCaller
  readonly method: string
  /** Lower-cased path. */
  readonly path: string
  /** SHA-256 (hex) of the canonical JSON body. */
  readonly bodyHash: string
  /** The reply, kept for replays within the idempotency window; dropped from storage after it. */
  readonly reply?: StoredReply
}

interface OperationBase {
  readonly id: string
  /** ISO time the operation was accepted (also the new subscription's dates). */
  readonly at: string
  readonly customerId: string
  readonly subscriptionId: string
  readonly request?: OperationRequest
}

export interface UpgradeOperationEntry extends OperationBase {
  readonly kind: 'upgrade'
  readonly targetOfferId: string
  readonly quantity: number
  readonly upgradeType: Exclude<UpgradeType, 'none'>
  readonly targetSubscriptionId: string
}

export interface QuantityOperationEntry extends OperationBase {
  readonly kind: 'set_quantity'
  readonly quantity: number
}

export type Operation = UpgradeOperationEntry | QuantityOperationEntry

const text = z.string().check(z.minLength(1))
const isoDate = z.string().check(z.refine(isIsoDate, 'not an ISO 8601 date'))
const count = z.number().check(z.int(), z.positive())

/** JSON data only: no undefined, functions, NaN, class instances or cycles (bounded depth). */
function isJsonValue(value: unknown, depth = 0): boolean {
  if (depth > 64) return false
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true
  if (typeof value === 'number') return Number.isFinite(value)
  if (Array.isArray(value)) return value.every((item) => isJsonValue(item, depth + 1))
  if (typeof value !== 'object') return false
  const proto: unknown = Object.getPrototypeOf(value)
  if (proto !== Object.prototype && proto !== null) return false
  return Object.values(value).every((item) => isJsonValue(item, depth + 1))
}

const replySchema = z.strictObject({
  status: z.number().check(z.int(), z.gte(200), z.lte(299)),
  body: z.unknown().check(z.refine((v) => v === undefined || isJsonValue(v), 'not JSON data')),
  headers: z.record(z.string(), z.string()),
})

const requestSchema = z.strictObject({
  requestId: text,
  caller: z.strictObject({ name: text, role: z.enum(PARTNER_ROLES) }),
  method: z.enum(['POST', 'PATCH']),
  path: text,
  bodyHash: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  reply: z.optional(replySchema),
})

const base = {
  id: text,
  at: isoDate,
  customerId: text,
  subscriptionId: text,
  request: z.optional(requestSchema),
}

/** One schema per log entry: what storage may hold, checked before anything is replayed. */
export const operationSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    ...base,
    kind: z.literal('upgrade'),
    targetOfferId: text,
    quantity: count,
    upgradeType: z.enum(['upgrade_only', 'upgrade_with_license_transfer']),
    targetSubscriptionId: text,
  }),
  z.strictObject({ ...base, kind: z.literal('set_quantity'), quantity: count }),
])

/** What a replay needs of the database to check an operation by the handlers' rules. */
export interface OperationRulesContext {
  readonly subscription: DbSubscription
  readonly facts: Parameters<typeof checkUpgradeRequest>[1]
  readonly relationship: string
}

/**
 * Why the rules refuse `op` on the current state (undefined: they allow it): the same checks the
 * handlers make (role, relationship, eligibility, quantity limits), so a tampered log replays
 * nothing the API would have refused.
 */
export function operationProblem(op: Operation, context: OperationRulesContext): string | undefined {
  const role = op.request?.caller.role ?? 'admin_agent'
  if (context.relationship === 'none') return `the partner has no relationship with customer ${op.customerId}`
  const sub = context.subscription
  if (op.kind === 'set_quantity') {
    const check = checkQuantityChange(sub, op.quantity, role)
    if (check.ok) return undefined
    if (check.reason === 'above_maximum') return `quantity ${op.quantity} is above the maximum of ${check.maximum}`
    if (check.reason === 'below_minimum') return `quantity ${op.quantity} is below the minimum of ${check.minimum}`
    return `a quantity change the rules refuse (${check.reason})`
  }
  const check = checkUpgradeRequest(
    {
      id: sub.id,
      offerId: sub.offerId,
      status: sub.status,
      quantity: sub.quantity,
      parentSubscriptionId: sub.parentSubscriptionId,
    },
    context.facts,
    role,
    { targetOfferId: op.targetOfferId, quantity: op.quantity, upgradeType: op.upgradeType },
  )
  return check.ok ? undefined : `an upgrade the rules refuse (${check.reason})`
}
