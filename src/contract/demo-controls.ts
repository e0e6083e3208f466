import type { PartnerRole } from '../rules/roles'

/**
 * What the demo panel can do to the mocked Partner Center: the contract the mock and the app share.
 * It lives in neither: mocks/demo.ts implements it, main.tsx hands the implementation to the app in
 * mock mode only, so that the app never imports mock code and the mock never imports the client
 * (tests/unit/architecture.test.ts). Types and constants only; it imports nothing but the rules.
 */
export interface DemoScenarioInfo {
  /** The name used in `?scenario=name` and in scenario files. */
  readonly name: string
  readonly title: string
  readonly description: string
  /** False for a stakeholder's own file. */
  readonly builtIn: boolean
}

export const DEMO_LATENCIES = ['none', 'realistic', 'slow'] as const
export type DemoLatency = (typeof DEMO_LATENCIES)[number]

export const DEMO_FAULT_KINDS = [
  'server_error',
  'throttled',
  'timeout',
  'network',
  'conflict',
  'precondition_failed',
] as const
export type DemoFaultKind = (typeof DEMO_FAULT_KINDS)[number]
/** `share`: each request fails with probability `percent` / 100 (a demo of partial failure). */
export type DemoFaultScope = 'next' | 'all' | 'share'
export const DEMO_FAULT_PERCENTS = [10, 25, 50] as const

export interface DemoFault {
  readonly kind: DemoFaultKind
  readonly scope: DemoFaultScope
  /** With scope `share`: the share of requests that fail, 1 to 100 (default 25). */
  readonly percent?: number
}

export interface DemoState {
  readonly scenario: DemoScenarioInfo
  readonly scenarios: readonly DemoScenarioInfo[]
  readonly latency: DemoLatency
  readonly fault: DemoFault | null
  /** The role the scenario signs in with, applied when a scenario is loaded or reset. */
  readonly signedInRole: PartnerRole | undefined
  /** Browser storage refused the demo's data: changes will not survive a reload (say so at once). */
  readonly storageFull: boolean
}

export type ScenarioLoadResult = { readonly ok: true } | { readonly ok: false; readonly problems: readonly string[] }

export interface DemoControls {
  getState(): DemoState
  /** Called after every change of the demo state (not of the mock data). Returns the unsubscriber. */
  subscribe(listener: () => void): () => void
  /**
   * Called when another tab changed the mock data (`updated`: its writes; `replaced`: a reset or
   * another scenario), so that this tab refreshes what it shows. Returns the unsubscriber.
   */
  subscribeToData?(listener: (change: 'updated' | 'replaced') => void): () => void
  /** Loads a built-in scenario from its start. */
  selectScenario(name: string): ScenarioLoadResult
  /** Validates a scenario file's text and loads it whole, or reports every problem and loads nothing. */
  loadScenarioFile(text: string): ScenarioLoadResult
  /** The current mock data (with the demo's changes) as a scenario file's text. */
  exportScenario(): string
  setLatency(latency: DemoLatency): void
  setFault(fault: DemoFault | null): void
  /** Back to the start of the current scenario. */
  reset(): void
}

/**
 * The largest scenario file the demo reads (20 MB; an export of the 5,000-customer scenario, the
 * largest built-in one, is 15 MB). A larger one is refused before it is read: parsing and checking it would freeze
 * the tab.
 */
export const SCENARIO_FILE_MAX_BYTES = 20 * 1024 * 1024

/** The demo panel lists this many of a file's problems, and says how many there are in all. */
export const SCENARIO_PROBLEMS_SHOWN = 200
