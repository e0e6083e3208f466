import type {
  DemoControls,
  DemoFault,
  DemoFaultKind,
  DemoLatency,
  ScenarioLoadResult,
} from '../src/contract/demo-controls'
import { persistAuditLog } from './audit'
import type { Database } from './db'
import {
  activeOf,
  buildState,
  changed,
  type DemoContext,
  type DemoStartOutcome,
  findBuiltIn,
  load,
  safeLoad,
  safeLoadNamed,
} from './demo-context'
import { isLatency, LATENCY_KEY, latencyMsOf, storedLatency } from './demo-latency'
import { exportedScenario } from './export'
import { type FaultKind, type MockSettings, setFault } from './faults'
import type { KeyValueStorage } from './persistence'
import { readScenarioText, scenarioText } from './scenario'
import { BUILT_IN_SCENARIOS, type BuiltInScenario } from './scenarios'
import { createSharedDemo, type Lock } from './shared-demo'
import { startDemo } from './start-demo'

export { exportedScenario } from './export'

/**
 * The demo panel's controls over the mocked Partner Center (src/contract/demo-controls.ts): which
 * scenario is loaded (built-in, or a stakeholder's file), latency, injected faults, reset, and
 * export of the current data as a scenario file. With a storage (localStorage in the browser) the
 * data and the active scenario survive a reload: see `start`.
 */

/** The demo's fault kinds are the handlers' (a compile-time check that they stay the same). */
const SAME_FAULT_KINDS: readonly [DemoFaultKind, FaultKind] extends readonly [FaultKind, DemoFaultKind] ? true : never =
  true

export interface DemoControlsOptions {
  readonly db: Database
  /** The handlers' settings the demo changes (latency, faults). */
  readonly settings: MockSettings
  /** Where the data and the active scenario are kept between reloads; omitted: not kept. */
  readonly storage?: KeyValueStorage
  /** The built-in scenarios offered (default: BUILT_IN_SCENARIOS). */
  readonly scenarios?: readonly BuiltInScenario[]
  /** The latency to begin with (default 'none'). */
  readonly latency?: DemoLatency
  /** Random numbers in [0, 1) for the realistic latency (default Math.random). */
  readonly random?: () => number
  /** With a storage: the lock that serializes writes across tabs (mocks/shared-demo.ts). */
  readonly lock?: Lock
  /** With a storage: tells when another tab changed it (the browser's `storage` event). */
  readonly watch?: (listener: () => void) => () => void
}

export interface MockDemoControls extends DemoControls {
  /**
   * Brings back the stored demo (data and active scenario), unless `requested` (the `?scenario=`
   * value) names another scenario: that one is loaded from its start. A stored state that cannot
   * be used is reported as `discarded` and replaced by the default scenario's start.
   */
  start(requested?: string | null): DemoStartOutcome
  /** Stops saving to storage and listening to the settings. */
  dispose(): void
}

/** With a storage: one demo for every tab (mocks/shared-demo.ts); its events reach the listeners. */
function share(ctx: DemoContext, options: DemoControlsOptions): (() => void) | undefined {
  if (!ctx.storage) return undefined
  const shared = createSharedDemo({
    db: ctx.db,
    storage: ctx.storage,
    builtIn: (name) => safeLoadNamed(ctx, name),
    active: ctx.active,
    ...(options.lock ? { lock: options.lock } : {}),
    ...(options.watch ? { watch: options.watch } : {}),
  })
  ctx.shared = shared
  const stop = shared.subscribe((event) => {
    if (event === 'replaced') ctx.active = shared.active
    if (event !== 'updated') changed(ctx)
    if (event === 'storage') return
    for (const listener of [...ctx.dataListeners]) {
      try {
        listener(event)
      } catch (error) {
        console.error('Demo data listener failed:', error)
      }
    }
  })
  // The activity log is kept beside the data, and restored only with it (mocks/audit.ts).
  const stopAudit = persistAuditLog(ctx.db, ctx.storage)
  return () => {
    stop()
    stopAudit()
    shared.stop()
  }
}

function selectScenario(ctx: DemoContext, name: string): ScenarioLoadResult {
  const builtIn = findBuiltIn(ctx, name)
  if (builtIn) {
    const scenario = safeLoad(builtIn)
    if (!scenario) return { ok: false, problems: [`the built-in scenario "${builtIn.name}" could not be loaded`] }
    load(ctx, { kind: 'built-in', name: builtIn.name, scenario })
    return { ok: true }
  }
  if (ctx.active.kind === 'custom' && ctx.active.scenario.name === name) {
    load(ctx, ctx.active)
    return { ok: true }
  }
  return {
    ok: false,
    problems: [`unknown scenario "${name}"; the built-in scenarios are ${ctx.builtIns.map((s) => s.name).join(', ')}`],
  }
}

function loadScenarioFile(ctx: DemoContext, text: string): ScenarioLoadResult {
  const check = readScenarioText(text)
  if (!check.ok) return { ok: false, problems: check.problems }
  const { scenario } = check
  if (findBuiltIn(ctx, scenario.name)) {
    return {
      ok: false,
      problems: [`name: "${scenario.name}" is the name of a built-in scenario; give your scenario a name of its own`],
    }
  }
  load(ctx, { kind: 'custom', scenario })
  return { ok: true }
}

function setLatency(ctx: DemoContext, next: DemoLatency): void {
  if (!isLatency(next)) throw new TypeError(`Unknown latency: ${String(next)}`)
  if (next === ctx.latency) return
  ctx.latency = next
  ctx.settings.latencyMs = latencyMsOf(ctx.latency, ctx.random)
  try {
    ctx.storage?.setItem(LATENCY_KEY, next)
  } catch {
    // Storage unavailable: the choice lasts for this page.
  }
  changed(ctx)
}

function subscriber<T>(set: Set<T>) {
  return (listener: T) => {
    set.add(listener)
    return () => {
      set.delete(listener)
    }
  }
}

export function createDemoControls(options: DemoControlsOptions): MockDemoControls {
  const { db, settings, storage } = options
  const builtIns = options.scenarios ?? BUILT_IN_SCENARIOS
  const ctx: DemoContext = {
    db,
    settings,
    storage,
    builtIns,
    listeners: new Set(),
    dataListeners: new Set(),
    random: options.random ?? Math.random,
    // The presenter's latency choice survives a reload, like the data does.
    latency: storedLatency(storage) ?? options.latency ?? 'none',
    active: activeOf(builtIns, db.scenario),
    cached: undefined,
    shared: undefined,
  }
  ctx.settings.latencyMs = latencyMsOf(ctx.latency, ctx.random)
  const previousOnChange = settings.onChange
  // A `next` fault is used up by a request: the panel must hear of it.
  settings.onChange = () => {
    previousOnChange?.()
    changed(ctx)
  }
  const stopSharing = share(ctx, options)

  return {
    getState() {
      const fault = settings.fault
      const { cached } = ctx
      if (
        cached &&
        (cached.fault?.kind !== fault?.kind ||
          cached.fault?.scope !== fault?.scope ||
          cached.fault?.percent !== fault?.percent)
      )
        ctx.cached = undefined
      ctx.cached ??= buildState(ctx)
      return ctx.cached
    },
    subscribe: subscriber(ctx.listeners),
    subscribeToData: subscriber(ctx.dataListeners),
    selectScenario: (name) => selectScenario(ctx, name),
    loadScenarioFile: (text) => loadScenarioFile(ctx, text),
    exportScenario: () => scenarioText(exportedScenario(ctx.active, db.state)),
    setLatency: (next) => setLatency(ctx, next),
    setFault(fault: DemoFault | null) {
      setFault(fault, settings)
      changed(ctx)
    },
    reset() {
      db.reset(ctx.active.scenario)
    },
    start: (requested) => startDemo(ctx, requested, (name) => safeLoadNamed(ctx, name)),
    dispose() {
      stopSharing?.()
      settings.onChange = previousOnChange
    },
  }
}

void SAME_FAULT_KINDS
