import { afterAll, afterEach, beforeAll } from 'vitest'
import { createDemoToken } from '../../../mocks/auth'
import type { Database, DbCustomer, DbSubscription } from '../../../mocks/db'
import { clearFault } from '../../../mocks/handlers'
import { resetMockDatabase, server } from '../../../mocks/node'
import type { PartnerRole } from '../../../src/rules/roles'

/** Test helpers: the Node mock server around each test file, and a small fetch wrapper. */
export const BASE = 'http://localhost/v1'

export function withMockServer(): void {
  beforeAll(() => server.listen({ onUnhandledFrame: 'error' }))
  afterEach(() => {
    clearFault()
    resetMockDatabase()
  })
  afterAll(() => server.close())
}

export interface CallOptions {
  /** Signs the request in with this role (default admin_agent); null sends no Authorization. */
  readonly role?: PartnerRole | null
  readonly method?: string
  /** Sent as JSON. */
  readonly body?: unknown
  /** Sent as is (for malformed bodies). */
  readonly rawBody?: string
  readonly headers?: Readonly<Record<string, string>>
  /**
   * MS-RequestId. Writes (POST, PATCH) get a new GUID unless `headers` has one; null sends none.
   * Reads send none unless given.
   */
  readonly requestId?: string | null
  /** Aborts the request (e.g. to stop waiting for an answer that never comes). */
  readonly signal?: AbortSignal
}

export interface CallResult {
  readonly status: number
  readonly body: unknown
  readonly headers: Headers
}

function isWrite(method: string): boolean {
  return method !== 'GET' && method !== 'HEAD'
}

export async function call(path: string, options: CallOptions = {}): Promise<CallResult> {
  const headers = new Headers(options.headers)
  const role = options.role === undefined ? 'admin_agent' : options.role
  if (role !== null && !headers.has('Authorization')) {
    headers.set('Authorization', `Bearer ${createDemoToken(role, 'Test Agent')}`)
  }
  const method = options.method ?? 'GET'
  if (!headers.has('MS-RequestId')) {
    const requestId = options.requestId === undefined && isWrite(method) ? crypto.randomUUID() : options.requestId
    if (typeof requestId === 'string') headers.set('MS-RequestId', requestId)
  }
  let body: string | undefined
  if (options.rawBody !== undefined) body = options.rawBody
  else if (options.body !== undefined) body = JSON.stringify(options.body)
  if (body !== undefined) headers.set('Content-Type', 'application/json')
  const response = await fetch(`${BASE}${path}`, { method, headers, body, signal: options.signal })
  const text = await response.text()
  return { status: response.status, body: text === '' ? undefined : JSON.parse(text), headers: response.headers }
}

export function customerNamed(db: Database, companyName: string): DbCustomer {
  const customer = db.state.customers.find((c) => c.companyName === companyName)
  if (!customer) throw new Error(`No customer ${companyName}`)
  return customer
}

export function subscriptionNamed(db: Database, friendlyName: string): DbSubscription {
  const sub = db.state.subscriptions.find((s) => s.friendlyName === friendlyName)
  if (!sub) throw new Error(`No subscription ${friendlyName}`)
  return sub
}

export function subscriptionPath(sub: DbSubscription): string {
  return `/customers/${sub.customerId}/subscriptions/${sub.id}`
}
