import { DEMO_FAULT_KINDS, type DemoFaultKind } from '../src/contract/demo-controls'
import { MOCK_ERROR_CODES as CODES, errorReply, type Reply } from './errors'

/**
 * The fault model and the settings of the mock, apart from the routes: latency, and the fault
 * the next (or every) request meets. Faults the demo and the tests can inject (setFault), each as
 * Partner Center would show it:
 * - server_error: 500 with an error body
 * - throttled: 429 with `Retry-After: 2` and an error body
 * - timeout: no answer at all (the client's own timeout or abort ends the wait)
 * - network: the connection fails (fetch rejects)
 * - conflict: 409, the subscription's state does not allow the change right now
 * - precondition_failed: 412, the subscription changed since it was loaded
 * A faulted request never reaches the database: nothing changes and no reply is stored.
 */
// The kinds the demo panel offers (src/contract/demo-controls.ts): one list for both sides.
export const FAULT_KINDS = DEMO_FAULT_KINDS
export type FaultKind = DemoFaultKind

/**
 * `next`: the next /v1 request only, then the fault clears itself; `all`: every request until
 * cleared; `share`: each request, independently, with probability `percent` / 100.
 */
export const FAULT_SCOPES = ['next', 'all', 'share'] as const
export type FaultScope = (typeof FAULT_SCOPES)[number]

export interface MockFault {
  readonly kind: FaultKind
  readonly scope: FaultScope
  /** With scope `share`: the share of requests that fail, 1 to 100 (default 25). */
  readonly percent?: number
}

export const DEFAULT_FAULT_PERCENT = 25

export interface MockSettings {
  /** Delay before each response, in ms: a number, or a function read on each request (e.g. random). */
  latencyMs: number | (() => number)
  /** The fault the next (or every) request meets; null: none. */
  fault: MockFault | null
  /** Called when a request changed these settings (used up a `next` fault), e.g. to refresh a demo panel. */
  onChange?: () => void
  /** Uniform in [0, 1): decides which requests a `share` fault hits (default Math.random). */
  random?: () => number
}

/** The seconds a throttled (429) reply asks the client to wait. */
export const THROTTLED_RETRY_AFTER_SECONDS = 2

export function isFaultKind(value: unknown): value is FaultKind {
  return typeof value === 'string' && (FAULT_KINDS as readonly string[]).includes(value)
}

export function createMockSettings(): MockSettings {
  return { latencyMs: 0, fault: null }
}

/**
 * Settings of the default handlers, read on every request: set latencyMs for the demo, and
 * inject faults with setFault.
 */
export const mockSettings: MockSettings = createMockSettings()

/**
 * Injects a fault into the requests of `settings` (default: the default handlers'), or clears it
 * with null. Throws a TypeError for an unknown kind or scope.
 */
export function setFault(fault: MockFault | null, settings: MockSettings = mockSettings): void {
  if (fault !== null) {
    if (!isFaultKind(fault.kind)) throw new TypeError(`Unknown fault kind: ${String(fault.kind)}`)
    if (!(FAULT_SCOPES as readonly string[]).includes(fault.scope)) {
      throw new TypeError(`Unknown fault scope: ${String(fault.scope)}`)
    }
    const { percent } = fault
    if (percent !== undefined && !(Number.isInteger(percent) && percent >= 1 && percent <= 100)) {
      throw new TypeError(`A fault's percent must be a whole number from 1 to 100, not ${String(percent)}`)
    }
  }
  settings.fault =
    fault === null
      ? null
      : fault.scope === 'share'
        ? { kind: fault.kind, scope: 'share', percent: fault.percent ?? DEFAULT_FAULT_PERCENT }
        : { kind: fault.kind, scope: fault.scope }
}

/** Clears any injected fault (same as setFault(null)). */
export function clearFault(settings: MockSettings = mockSettings): void {
  setFault(null, settings)
}

/** The delay of the next response, in ms (0 for anything but a positive finite number). */
export function latencyOf(setting: number | (() => number) | undefined): number {
  const value = typeof setting === 'function' ? setting() : setting
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : 0
}

/** The fault this request meets; a `next` one is used up by taking it. */
export function takeFault(settings: MockSettings | undefined): FaultKind | undefined {
  const fault = settings?.fault
  if (!settings || !fault) return undefined
  if (fault.scope === 'share') {
    const roll = (settings.random ?? Math.random)()
    return roll * 100 < (fault.percent ?? DEFAULT_FAULT_PERCENT) ? fault.kind : undefined
  }
  if (fault.scope === 'next') {
    settings.fault = null
    try {
      settings.onChange?.()
    } catch (error) {
      console.error('Mock settings listener failed:', error)
    }
  }
  return fault.kind
}

/** The reply of an injected fault; undefined for the faults that send none (timeout, network). */
export function faultReply(kind: FaultKind): Reply | undefined {
  switch (kind) {
    case 'server_error':
      return errorReply(
        500,
        CODES.serviceError,
        'Partner Center could not process the request because of an internal error (simulated fault). Try again later.',
      )
    case 'throttled':
      return errorReply(
        429,
        CODES.throttled,
        `Too many requests (simulated fault): wait ${THROTTLED_RETRY_AFTER_SECONDS} seconds, then try again.`,
        [],
        { 'Retry-After': String(THROTTLED_RETRY_AFTER_SECONDS) },
      )
    case 'conflict':
      return errorReply(
        409,
        CODES.conflict,
        'Another operation on this subscription is in progress (simulated fault). Reload it and try again.',
      )
    case 'precondition_failed':
      return errorReply(
        412,
        CODES.preconditionFailed,
        'The subscription changed since you loaded it (simulated fault). Reload it and try again.',
      )
    case 'timeout':
    case 'network':
      return undefined
  }
}
