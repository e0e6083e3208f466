import * as z from 'zod/mini'
import type { DemoPrincipal } from './auth'
import { type Database, type DbCustomer, scenarioFingerprint } from './db'
import type { KeyValueStorage } from './persistence'

/**
 * Partner Center's activity log (GET /v1/auditrecords, DOMAIN.md "Activity"): one AuditRecord per
 * write the mock was asked to do, accepted (`succeeded`) or refused (`failed`), with the caller,
 * the correlation id, and the resource before and after as JSON text.
 *
 * The records belong to the data they describe: the log empties whenever the database's state is
 * replaced as a whole (reset, another scenario, a restore), and is stored next to the demo data
 * (its own storage key, see persistAuditLog) so that it survives a reload until the demo is reset.
 *
 * Interface for the write handlers: ONE call at each write's outcome,
 *   recordAudit(auditLogOf(db), { caller, customer, resourceType, operationType, status,
 *                                 before, after, correlationId, requestId, details })
 * (mocks/audit-handler.ts's `auditWrite` makes that call; mocks/middleware.ts runs it for every
 * write's outcome but an idempotent replay).
 */

/** Partner Center's operation types (auditing resources); the mock writes the first two. */
export const AUDIT_OPERATION_TYPES = [
  'update_subscription',
  'upgrade_subscription',
  'convert_trial_subscription',
  'create_order',
  'update_order',
  'update_customer_user_licenses',
] as const
export type AuditOperationType = (typeof AUDIT_OPERATION_TYPES)[number]

export const AUDIT_OPERATION_STATUSES = ['succeeded', 'failed', 'progress', 'decline'] as const
export type AuditOperationStatus = (typeof AUDIT_OPERATION_STATUSES)[number]

/** Partner Center's resource types (a subset: the ones of this console's operations). */
export const AUDIT_RESOURCE_TYPES = ['subscription', 'license', 'order', 'customer'] as const
export type AuditResourceType = (typeof AUDIT_RESOURCE_TYPES)[number]

/** The demo partner's tenant and the console's application (demo values, GUID-shaped). */
export const DEMO_PARTNER_ID = '5a1c0000-7e57-4c5b-9a11-0000000c5b00'
export const DEMO_APPLICATION_ID = '5a1c0000-a5b1-4c5b-9a11-00000000a5b1'
/** The demo partner's sign-in domain: a caller's user principal name is made on it. */
export const DEMO_PARTNER_DOMAIN = 'demo-partner.onmicrosoft.com'

const keyValue = z.strictObject({ key: z.string(), value: z.string() })

export const auditRecordSchema = z.strictObject({
  id: z.string().check(z.minLength(1)),
  partnerId: z.string(),
  customerId: z.string(),
  customerName: z.string(),
  userPrincipalName: z.string(),
  applicationId: z.string(),
  resourceType: z.enum(AUDIT_RESOURCE_TYPES),
  resourceOldValue: z.string(),
  resourceNewValue: z.string(),
  operationType: z.enum(AUDIT_OPERATION_TYPES),
  operationStatus: z.enum(AUDIT_OPERATION_STATUSES),
  operationDate: z.string().check(z.refine((v) => !Number.isNaN(Date.parse(v)), 'not an ISO date')),
  originalCorrelationId: z.string(),
  customizedData: z.array(keyValue),
  attributes: z.strictObject({ objectType: z.literal('AuditRecord') }),
})
export type AuditRecord = z.infer<typeof auditRecordSchema>

/** At most this many records are kept (oldest forgotten first), so that storage stays small. */
export const MAX_AUDIT_RECORDS = 1000

export interface AuditLog {
  /** Oldest first. */
  records(): readonly AuditRecord[]
  append(record: AuditRecord): void
  /** Replaces every record (a restore); records beyond MAX_AUDIT_RECORDS are dropped, oldest first. */
  replace(records: readonly AuditRecord[]): void
  /** Adds the records it does not hold yet (another tab's, from storage), in date order; no listener is called. */
  merge(records: readonly AuditRecord[]): void
  /** Brings in what other tabs stored (set by persistAuditLog; a read calls it first). */
  sync(): void
  /** Called after every change. Returns the function that unsubscribes. */
  subscribe(listener: () => void): () => void
  readonly now: () => Date
  readonly newId: () => string
}

export interface AuditLogOptions {
  readonly now?: () => Date
  readonly newId?: () => string
}

const logs = new WeakMap<Database, AuditLog>()
const syncs = new WeakMap<AuditLog, () => void>()

/**
 * The audit log of `db`, made on first use (with `options`: the clock and ids, for deterministic
 * tests); later calls return the same log and ignore `options`.
 */
export function auditLogOf(db: Database, options: AuditLogOptions = {}): AuditLog {
  const known = logs.get(db)
  if (known) return known
  let records: AuditRecord[] = []
  const listeners = new Set<() => void>()
  const notify = () => {
    for (const listener of [...listeners]) {
      try {
        listener()
      } catch (error) {
        console.error('Audit log listener failed:', error)
      }
    }
  }
  // The state object is replaced only by reset and restore: then these records describe other data.
  let state = db.state
  db.subscribe(() => {
    if (db.state === state) return
    state = db.state
    if (records.length === 0) return
    records = []
    notify()
  })
  const log: AuditLog = {
    records: () => records,
    append(record) {
      records = [...records, record].slice(-MAX_AUDIT_RECORDS)
      notify()
    },
    replace(next) {
      records = next.slice(-MAX_AUDIT_RECORDS)
      notify()
    },
    merge(more) {
      const known = new Set(records.map((r) => r.id))
      const added = more.filter((r) => !known.has(r.id))
      if (added.length === 0) return
      records = [...records, ...added]
        .sort((a, b) => Date.parse(a.operationDate) - Date.parse(b.operationDate))
        .slice(-MAX_AUDIT_RECORDS)
    },
    sync() {
      syncs.get(log)?.()
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
    // The database's clock by default, so that records and operations agree (and tests are deterministic).
    now: options.now ?? (() => db.now()),
    newId: options.newId ?? (() => crypto.randomUUID()),
  }
  logs.set(db, log)
  return log
}

/** The user principal name of a demo caller: `Demo Agent` → `demo.agent@demo-partner.onmicrosoft.com`. */
export function principalName(caller: DemoPrincipal): string {
  if (/^[^@\s]+@[^@\s]+$/.test(caller.name)) return caller.name
  const local = caller.name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.+|\.+$/g, '')
  return `${local || 'user'}@${DEMO_PARTNER_DOMAIN}`
}

export interface AuditInput {
  readonly caller: DemoPrincipal
  readonly customer: DbCustomer
  readonly resourceType: AuditResourceType
  readonly operationType: AuditOperationType
  readonly status: AuditOperationStatus
  /** The resource before and after (wire shape), as JSON text in the record; undefined: "". */
  readonly before: unknown
  readonly after: unknown
  readonly correlationId: string
  readonly requestId: string
  /** More facts of the operation: customizedData, in this order. */
  readonly details?: Readonly<Record<string, string | number | undefined>>
}

function jsonText(value: unknown): string {
  return value === undefined ? '' : JSON.stringify(value)
}

/** Adds the record of one write's outcome to `log` and returns it. */
export function recordAudit(log: AuditLog, input: AuditInput): AuditRecord {
  const customizedData = [{ key: 'MS-RequestId', value: input.requestId }]
  for (const [key, value] of Object.entries(input.details ?? {})) {
    if (value !== undefined) customizedData.push({ key, value: String(value) })
  }
  const record: AuditRecord = {
    id: log.newId(),
    partnerId: DEMO_PARTNER_ID,
    customerId: input.customer.id,
    customerName: input.customer.companyName,
    userPrincipalName: principalName(input.caller),
    applicationId: DEMO_APPLICATION_ID,
    resourceType: input.resourceType,
    resourceOldValue: jsonText(input.before),
    resourceNewValue: jsonText(input.after),
    operationType: input.operationType,
    operationStatus: input.status,
    operationDate: log.now().toISOString(),
    originalCorrelationId: input.correlationId,
    customizedData,
    attributes: { objectType: 'AuditRecord' },
  }
  log.append(record)
  return record
}

/** Where the audit log is kept between reloads, next to the demo data (persistence.ts). */
export const AUDIT_STORAGE_KEY = 'upgrade-console.mock-audit'
const AUDIT_STORAGE_FORMAT = 1

const storedAuditSchema = z.strictObject({
  format: z.literal(AUDIT_STORAGE_FORMAT),
  scenario: z.string(),
  fingerprint: z.string(),
  records: z.array(auditRecordSchema),
})

/**
 * Saves the log after every change (coalesced per task) for the scenario `db` holds, merged with
 * what other tabs stored meanwhile (so that none of their records is lost), and lets reads bring
 * those in. Returns stop.
 */
export function persistAuditLog(db: Database, storage: KeyValueStorage): () => void {
  const log = auditLogOf(db)
  let scheduled = false
  const save = () => {
    scheduled = false
    try {
      if (log.records().length === 0) storage.removeItem(AUDIT_STORAGE_KEY)
      else {
        log.merge(storedRecords(db, storage))
        const stored = {
          format: AUDIT_STORAGE_FORMAT,
          scenario: db.scenario.name,
          fingerprint: scenarioFingerprint(db.scenario),
          records: log.records(),
        }
        storage.setItem(AUDIT_STORAGE_KEY, JSON.stringify(stored))
      }
    } catch {
      // Storage full or unavailable: the activity then lasts for this page only.
    }
  }
  syncs.set(log, () => log.merge(storedRecords(db, storage)))
  const stop = log.subscribe(() => {
    if (scheduled) return
    scheduled = true
    queueMicrotask(save)
  })
  return () => {
    stop()
    syncs.delete(log)
  }
}

/** The stored records, if they were kept for the scenario `db` holds (else none). Never throws. */
function storedRecords(db: Database, storage: KeyValueStorage): readonly AuditRecord[] {
  try {
    const raw = storage.getItem(AUDIT_STORAGE_KEY)
    if (raw === null) return []
    const parsed = storedAuditSchema.safeParse(JSON.parse(raw))
    if (!parsed.success) return []
    const { scenario, fingerprint, records } = parsed.data
    if (scenario !== db.scenario.name || fingerprint !== scenarioFingerprint(db.scenario)) return []
    return records
  } catch {
    return []
  }
}

/**
 * Brings back the stored log if it was kept for the scenario `db` now holds (call it right after
 * the demo data was restored). A stored log that is damaged or of other data is ignored.
 */
export function restoreAuditLog(db: Database, storage: KeyValueStorage): boolean {
  const records = storedRecords(db, storage)
  if (records.length === 0) return false
  auditLogOf(db).replace(records)
  return true
}

/** Forgets the stored log (the demo data started afresh). */
export function clearStoredAuditLog(storage: KeyValueStorage): void {
  try {
    storage.removeItem(AUDIT_STORAGE_KEY)
  } catch {
    // Storage unavailable: nothing was stored.
  }
}
