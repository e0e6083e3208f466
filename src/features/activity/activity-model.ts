import type { AuditRecord } from '../../api/audit-records'
import { toCsv as csv } from '../../ui/csv'

/**
 * An audit record as the activity views show it: who did what to which subscription, when, the
 * subscription before and after, and, for a refused write, what was asked and why it was refused.
 */
export interface SubscriptionState {
  readonly id?: string
  readonly name?: string
  readonly offerName?: string
  readonly quantity?: number
  readonly status?: string
}

export interface ActivityEntry {
  readonly id: string
  readonly date: string
  readonly customerId: string
  readonly customerName: string
  readonly user: string
  readonly operation: string
  /** succeeded, failed, progress, decline (Partner Center's operationStatus). */
  readonly status: string
  readonly before?: SubscriptionState
  readonly after?: SubscriptionState
  /** The subscription the operation was on. */
  readonly subscriptionId?: string
  /** An upgrade's new subscription. */
  readonly newSubscriptionId?: string
  readonly requestedQuantity?: number
  /** The offer an upgrade asked for. */
  readonly requestedOffer?: string
  readonly error?: string
  readonly correlationId?: string
}

// Its parse-or-nothing opening is bulk-run-storage's parseRun's (duplicates pairs them): features
// never import each other, and what follows differs.
function parseState(json: string | null | undefined): SubscriptionState | undefined {
  if (!json) return undefined
  let value: unknown
  try {
    value = JSON.parse(json)
  } catch {
    return undefined
  }
  if (typeof value !== 'object' || value === null) return undefined
  const v = value as Record<string, unknown>
  const text = (x: unknown) => (typeof x === 'string' && x !== '' ? x : undefined)
  const name = text(v.friendlyName) ?? text(v.offerName)
  return {
    ...(text(v.id) ? { id: text(v.id) } : {}),
    ...(name ? { name } : {}),
    ...(text(v.offerName) ? { offerName: text(v.offerName) } : {}),
    ...(typeof v.quantity === 'number' ? { quantity: v.quantity } : {}),
    ...(text(v.status) ? { status: text(v.status) } : {}),
  }
}

export function toEntry(record: AuditRecord): ActivityEntry {
  const data = new Map((record.customizedData ?? []).map((d) => [d.key, d.value ?? '']))
  const before = parseState(record.resourceOldValue)
  const after = parseState(record.resourceNewValue)
  const requested = Number(data.get('RequestedQuantity'))
  const subscriptionId = before?.id ?? data.get('SubscriptionId') ?? undefined
  const newSubscriptionId = data.get('TargetSubscriptionId') || undefined
  const error = data.get('ErrorDescription') || undefined
  const requestedOffer = data.get('TargetOfferName') || undefined
  return {
    id: record.id,
    date: record.operationDate,
    customerId: record.customerId ?? '',
    customerName: record.customerName ?? '',
    user: record.userPrincipalName ?? record.applicationId ?? '',
    operation: record.operationType,
    status: record.operationStatus,
    ...(before ? { before } : {}),
    ...(after ? { after } : {}),
    ...(subscriptionId ? { subscriptionId } : {}),
    ...(newSubscriptionId ? { newSubscriptionId } : {}),
    ...(Number.isInteger(requested) && data.has('RequestedQuantity') ? { requestedQuantity: requested } : {}),
    ...(requestedOffer ? { requestedOffer } : {}),
    ...(error ? { error } : {}),
    ...(record.originalCorrelationId ? { correlationId: record.originalCorrelationId } : {}),
  }
}

export interface ActivityFilter {
  readonly operation: string
  readonly user: string
}

export function filterEntries(entries: readonly ActivityEntry[], filter: ActivityFilter): ActivityEntry[] {
  return entries.filter(
    (e) =>
      (filter.operation === '' || e.operation === filter.operation) && (filter.user === '' || e.user === filter.user),
  )
}

/** The rows as CSV (RFC 4180, CRLF), header first, without the byte order mark (src/ui/csv.ts). */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return csv([header, ...rows]).slice(1)
}

/** YYYY-MM-DD of a date, in UTC (the API's days). */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10)
}

export function addDays(day: string, days: number): string {
  return isoDay(new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000))
}

/** Partner Center keeps 90 days of activity; the view shows the last 30 by default. */
export const RETENTION_DAYS = 90
export const DEFAULT_DAYS = 30
