import type { DemoLatency } from '../src/contract/demo-controls'
import type { MockSettings } from './faults'
import type { KeyValueStorage } from './persistence'

/** The mock's network latency (Demo controls → Network latency), kept across reloads. */

/** Delay per request of each latency setting, in ms. */
export const LATENCY_MS = {
  none: 0,
  /** Random per request, like a real network and service. */
  realistic: { min: 150, max: 450 },
  slow: 2000,
} as const

/** Where the demo's latency choice is kept between reloads. */
export const LATENCY_KEY = 'upgrade-console.demo-latency'

export function isLatency(value: unknown): value is DemoLatency {
  return typeof value === 'string' && Object.hasOwn(LATENCY_MS, value)
}

export function storedLatency(storage: KeyValueStorage | undefined): DemoLatency | undefined {
  try {
    const value = storage?.getItem(LATENCY_KEY)
    // Own keys only: `constructor` or `__proto__` name no latency.
    return value && isLatency(value) ? value : undefined
  } catch {
    return undefined
  }
}

/** The handlers' delay for a latency setting: a fixed number of ms, or a random one per request. */
export function latencyMsOf(latency: DemoLatency, random: () => number): MockSettings['latencyMs'] {
  const setting = LATENCY_MS[latency]
  return typeof setting === 'number' ? setting : () => Math.round(setting.min + random() * (setting.max - setting.min))
}

/**
 * The latency the demo starts with (the presenter's stored choice, else `fallback`), set on
 * `settings` before the demo's controls exist: requests answered while the data loads get it too.
 */
export function applyStartLatency(settings: MockSettings, storage: KeyValueStorage, fallback: DemoLatency): void {
  settings.latencyMs = latencyMsOf(storedLatency(storage) ?? fallback, Math.random)
}
