import type {
  DemoControls,
  DemoFault,
  DemoFaultKind,
  DemoLatency,
  DemoScenarioInfo,
  DemoState,
  ScenarioLoadResult,
} from '../src/api/demo-controls'
import type { Database } from './db'
import { exportedScenario } from './export'
import { type FaultKind, type MockSettings, setFault } from './faults'
import { type ActiveScenario, type KeyValueStorage, type RestoreOutcome, readStoredDemo } from './persistence'
import { readScenarioText, type Scenario, scenarioText } from './scenario'
import { BUILT_IN_SCENARIOS, type BuiltInScenario, DEFAULT_SCENARIO_NAME } from './scenarios'
import { createSharedDemo, type DataChange, type Lock } from './shared-demo'

export { exportedScenario } from './export'

/**
 * The demo panel's controls over the mocked Partner Center (src/api/demo-controls.ts): which
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

type ListenerSet = Set<() => void>

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

export function createDemoControls(options: DemoControlsOptions): MockDemoControls {
  const { db, settings, storage } = options
  const builtIns = options.scenarios ?? BUILT_IN_SCENARIOS
  const random = options.random ?? Math.random
  const findBuiltIn = (name: string) => builtIns.find((s) => s.name === name)
  const listeners: ListenerSet = new Set()
  const dataListeners = new Set<(change: DataChange) => void>()
  // The presenter's latency choice survives a reload, like the data does.
  let latency: DemoLatency = storedLatency(storage) ?? options.latency ?? 'none'
  let active: ActiveScenario = activeOf(db.scenario)
  let cached: DemoState | undefined

  function activeOf(scenario: Scenario): ActiveScenario {
    const builtIn = findBuiltIn(scenario.name)
    if (builtIn && safeLoad(builtIn) === scenario) return { kind: 'built-in', name: builtIn.name, scenario }
    return { kind: 'custom', scenario }
  }

  const changed = () => {
    cached = undefined
    for (const listener of [...listeners]) {
      try {
        listener()
      } catch (error) {
        console.error('Demo listener failed:', error)
      }
    }
  }

  const infoOf = (a: ActiveScenario): DemoScenarioInfo => ({
    name: a.scenario.name,
    title: a.scenario.title,
    description: a.scenario.description,
    builtIn: a.kind === 'built-in',
  })

  const build = (): DemoState => {
    const scenarios: DemoScenarioInfo[] = builtIns.map((s) => ({
      name: s.name,
      title: s.title,
      description: s.description,
      builtIn: true,
    }))
    if (active.kind === 'custom') scenarios.push(infoOf(active))
    const fault = settings.fault
    return {
      scenario: infoOf(active),
      scenarios,
      latency,
      fault: fault ? { kind: fault.kind, scope: fault.scope } : null,
      signedInRole: active.scenario.signedInUser.role,
      storageFull: shared?.storageFull ?? false,
    }
  }

  const applyLatency = () => {
    const setting = LATENCY_MS[latency]
    settings.latencyMs =
      typeof setting === 'number' ? setting : () => Math.round(setting.min + random() * (setting.max - setting.min))
  }
  applyLatency()

  const previousOnChange = settings.onChange
  // A `next` fault is used up by a request: the panel must hear of it.
  settings.onChange = () => {
    previousOnChange?.()
    changed()
  }

  const shared = storage
    ? createSharedDemo({
        db,
        storage,
        builtIn: (name) => safeLoadNamed(name),
        active,
        ...(options.lock ? { lock: options.lock } : {}),
        ...(options.watch ? { watch: options.watch } : {}),
      })
    : undefined
  const stopSharing = shared?.subscribe((event) => {
    if (event === 'replaced' && shared) active = shared.active
    if (event !== 'updated') changed()
    if (event === 'storage') return
    for (const listener of [...dataListeners]) {
      try {
        listener(event)
      } catch (error) {
        console.error('Demo data listener failed:', error)
      }
    }
  })

  const load = (next: ActiveScenario) => {
    active = next
    shared?.setActive(next)
    // Saved after this task (see mocks/shared-demo.ts): a scenario too big for storage is
    // reported then, through the demo state's storageFull, not at the next reload.
    db.reset(next.scenario)
    changed()
  }

  const builtInResult = (builtIn: BuiltInScenario): ScenarioLoadResult => {
    const scenario = safeLoad(builtIn)
    if (!scenario) return { ok: false, problems: [`the built-in scenario "${builtIn.name}" could not be loaded`] }
    load({ kind: 'built-in', name: builtIn.name, scenario })
    return { ok: true }
  }

  const controls: MockDemoControls = {
    getState() {
      const fault = settings.fault
      if (cached && (cached.fault?.kind !== fault?.kind || cached.fault?.scope !== fault?.scope)) cached = undefined
      cached ??= build()
      return cached
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
    subscribeToData(listener) {
      dataListeners.add(listener)
      return () => {
        dataListeners.delete(listener)
      }
    },
    selectScenario(name) {
      const builtIn = findBuiltIn(name)
      if (builtIn) return builtInResult(builtIn)
      if (active.kind === 'custom' && active.scenario.name === name) {
        load(active)
        return { ok: true }
      }
      return {
        ok: false,
        problems: [`unknown scenario "${name}"; the built-in scenarios are ${builtIns.map((s) => s.name).join(', ')}`],
      }
    },
    loadScenarioFile(text) {
      const check = readScenarioText(text)
      if (!check.ok) return { ok: false, problems: check.problems }
      const { scenario } = check
      if (findBuiltIn(scenario.name)) {
        return {
          ok: false,
          problems: [
            `name: "${scenario.name}" is the name of a built-in scenario; give your scenario a name of its own`,
          ],
        }
      }
      load({ kind: 'custom', scenario })
      return { ok: true }
    },
    exportScenario() {
      return scenarioText(exportedScenario(active, db.state))
    },
    setLatency(next) {
      if (!isLatency(next)) throw new TypeError(`Unknown latency: ${String(next)}`)
      if (next === latency) return
      latency = next
      applyLatency()
      try {
        storage?.setItem(LATENCY_KEY, next)
      } catch {
        // Storage unavailable: the choice lasts for this page.
      }
      changed()
    },
    setFault(fault: DemoFault | null) {
      setFault(fault, settings)
      changed()
    },
    reset() {
      db.reset(active.scenario)
    },
    start(requested) {
      const stored = storage ? readStoredDemo(storage, (name) => safeLoadNamed(name)) : { kind: 'none' as const }
      let replayProblems: readonly string[] | undefined
      const restore = (): RestoreOutcome | undefined => {
        if (stored.kind !== 'ok' || !shared) return undefined
        const restored = shared.restore(stored)
        if (!restored.ok) {
          replayProblems = restored.problems
          return undefined
        }
        active = stored.active
        changed()
        return { kind: 'restored' }
      }
      const notStored = (): RestoreOutcome => {
        if (stored.kind === 'invalid') return { kind: 'discarded', problems: stored.problems }
        if (replayProblems) return { kind: 'discarded', problems: replayProblems }
        return { kind: 'fresh' }
      }
      const fresh = (scenario: ActiveScenario): RestoreOutcome => {
        load(scenario)
        shared?.save()
        return notStored()
      }
      const defaultScenario = (): ActiveScenario => {
        const builtIn = findBuiltIn(DEFAULT_SCENARIO_NAME) ?? builtIns[0]
        const scenario = builtIn ? safeLoad(builtIn) : undefined
        return builtIn && scenario ? { kind: 'built-in', name: builtIn.name, scenario } : active
      }

      const name = requested?.trim() || undefined
      let unknownScenario: string | undefined
      if (name !== undefined) {
        const storedName = stored.kind === 'ok' ? stored.active.scenario.name : undefined
        const storedKind = stored.kind === 'ok' ? stored.active.kind : undefined
        const builtIn = findBuiltIn(name)
        if (builtIn) {
          const sameAsStored = storedKind === 'built-in' && storedName === name
          const restored = sameAsStored ? restore() : undefined
          if (restored) return { restore: restored }
          const scenario = safeLoad(builtIn)
          if (scenario) return { restore: fresh({ kind: 'built-in', name, scenario }) }
          unknownScenario = name
        } else if (storedKind === 'custom' && storedName === name) {
          const restored = restore()
          if (restored) return { restore: restored }
        } else unknownScenario = name
      }
      const restored = restore()
      const outcome = restored ?? fresh(defaultScenario())
      return unknownScenario === undefined ? { restore: outcome } : { restore: outcome, unknownScenario }
    },
    dispose() {
      stopSharing?.()
      shared?.stop()
      settings.onChange = previousOnChange
    },
  }

  function safeLoadNamed(name: string): Scenario | undefined {
    const builtIn = findBuiltIn(name)
    return builtIn ? safeLoad(builtIn) : undefined
  }

  return controls
}

/** A built-in scenario, or undefined if it cannot be loaded (a broken edit; logged). */
function safeLoad(builtIn: BuiltInScenario): Scenario | undefined {
  try {
    return builtIn.load()
  } catch (error) {
    console.error(`The built-in scenario "${builtIn.name}" could not be loaded:`, error)
    return undefined
  }
}

void SAME_FAULT_KINDS
