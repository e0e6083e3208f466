import type {
  DemoControls,
  DemoFault,
  DemoFaultKind,
  DemoLatency,
  DemoScenarioInfo,
  DemoState,
  ScenarioLoadResult,
} from '../src/contract/demo-controls'
import { persistAuditLog } from './audit'
import type { Database } from './db'
import { exportedScenario } from './export'
import { type FaultKind, type MockSettings, setFault } from './faults'
import type { ActiveScenario, KeyValueStorage, RestoreOutcome } from './persistence'
import { readScenarioText, type Scenario, scenarioText } from './scenario'
import { BUILT_IN_SCENARIOS, type BuiltInScenario } from './scenarios'
import { createSharedDemo, type DataChange, type Lock, type SharedDemo } from './shared-demo'
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

/** Delay per request of each latency setting, in ms. */
export const LATENCY_MS = {
  none: 0,
  /** Random per request, like a real network and service. */
  realistic: { min: 150, max: 450 },
  slow: 2000,
} as const

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

export interface DemoStartOutcome {
  readonly restore: RestoreOutcome
  /** A `?scenario=` name that names no scenario: the stored or default one was loaded instead. */
  readonly unknownScenario?: string
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

/** Where the demo's latency choice is kept between reloads. */
export const LATENCY_KEY = 'upgrade-console.demo-latency'

function isLatency(value: unknown): value is DemoLatency {
  return typeof value === 'string' && Object.hasOwn(LATENCY_MS, value)
}

function storedLatency(storage: KeyValueStorage | undefined): DemoLatency | undefined {
  try {
    const value = storage?.getItem(LATENCY_KEY)
    // Own keys only: `constructor` or `__proto__` name no latency.
    return value && isLatency(value) ? value : undefined
  } catch {
    return undefined
  }
}

/** What the demo controls share: the mock they drive, and the demo's own state. */
export interface DemoContext {
  readonly db: Database
  readonly settings: MockSettings
  readonly storage: KeyValueStorage | undefined
  readonly builtIns: readonly BuiltInScenario[]
  readonly listeners: Set<() => void>
  readonly dataListeners: Set<(change: DataChange) => void>
  readonly random: () => number
  latency: DemoLatency
  active: ActiveScenario
  cached: DemoState | undefined
  shared: SharedDemo | undefined
}

export function findBuiltIn(ctx: DemoContext, name: string): BuiltInScenario | undefined {
  return ctx.builtIns.find((s) => s.name === name)
}

/** A built-in scenario, or undefined if it cannot be loaded (a broken edit; logged). */
export function safeLoad(builtIn: BuiltInScenario): Scenario | undefined {
  try {
    return builtIn.load()
  } catch (error) {
    console.error(`The built-in scenario "${builtIn.name}" could not be loaded:`, error)
    return undefined
  }
}

function safeLoadNamed(ctx: DemoContext, name: string): Scenario | undefined {
  const builtIn = findBuiltIn(ctx, name)
  return builtIn ? safeLoad(builtIn) : undefined
}

function activeOf(builtIns: readonly BuiltInScenario[], scenario: Scenario): ActiveScenario {
  const builtIn = builtIns.find((s) => s.name === scenario.name)
  if (builtIn && safeLoad(builtIn) === scenario) return { kind: 'built-in', name: builtIn.name, scenario }
  return { kind: 'custom', scenario }
}

/** Tells every listener of the demo state (the panel) that it changed. */
export function changed(ctx: DemoContext): void {
  ctx.cached = undefined
  for (const listener of [...ctx.listeners]) {
    try {
      listener()
    } catch (error) {
      console.error('Demo listener failed:', error)
    }
  }
}

/** Makes `next` the active scenario, from its start. */
export function load(ctx: DemoContext, next: ActiveScenario): void {
  ctx.active = next
  ctx.shared?.setActive(next)
  // Saved after this task (see mocks/shared-demo.ts): a scenario too big for storage is
  // reported then, through the demo state's storageFull, not at the next reload.
  ctx.db.reset(next.scenario)
  changed(ctx)
}

function infoOf(a: ActiveScenario): DemoScenarioInfo {
  return {
    name: a.scenario.name,
    title: a.scenario.title,
    description: a.scenario.description,
    builtIn: a.kind === 'built-in',
  }
}

function buildState(ctx: DemoContext): DemoState {
  const scenarios: DemoScenarioInfo[] = ctx.builtIns.map((s) => ({
    name: s.name,
    title: s.title,
    description: s.description,
    builtIn: true,
  }))
  if (ctx.active.kind === 'custom') scenarios.push(infoOf(ctx.active))
  const fault = ctx.settings.fault
  return {
    scenario: infoOf(ctx.active),
    scenarios,
    latency: ctx.latency,
    fault: fault ? { ...fault } : null,
    signedInRole: ctx.active.scenario.signedInUser.role,
    storageFull: ctx.shared?.storageFull ?? false,
  }
}

function latencyMs(latency: DemoLatency, random: () => number): MockSettings['latencyMs'] {
  const setting = LATENCY_MS[latency]
  return typeof setting === 'number' ? setting : () => Math.round(setting.min + random() * (setting.max - setting.min))
}

function applyLatency(ctx: DemoContext): void {
  ctx.settings.latencyMs = latencyMs(ctx.latency, ctx.random)
}

/**
 * The latency the demo starts with (the presenter's stored choice, else `fallback`), set on
 * `settings` before the demo's controls exist: requests answered while the data loads get it too.
 */
export function applyStartLatency(settings: MockSettings, storage: KeyValueStorage, fallback: DemoLatency): void {
  settings.latencyMs = latencyMs(storedLatency(storage) ?? fallback, Math.random)
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
  applyLatency(ctx)
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
  applyLatency(ctx)
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
