import type { DemoLatency, DemoScenarioInfo, DemoState } from '../src/contract/demo-controls'
import type { Database } from './db'
import type { MockSettings } from './faults'
import type { ActiveScenario, KeyValueStorage, RestoreOutcome } from './persistence'
import type { Scenario } from './scenario'
import type { BuiltInScenario } from './scenarios'
import type { DataChange, SharedDemo } from './shared-demo'

/*
 * The demo controls' shared state and the steps both the controls (demo.ts) and their start
 * (start-demo.ts) take: find and load a scenario, tell the panel. Apart from demo.ts, so that
 * start-demo.ts does not import the module that imports it.
 */

export interface DemoStartOutcome {
  readonly restore: RestoreOutcome
  /** A `?scenario=` name that names no scenario: the stored or default one was loaded instead. */
  readonly unknownScenario?: string
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

export function safeLoadNamed(ctx: DemoContext, name: string): Scenario | undefined {
  const builtIn = findBuiltIn(ctx, name)
  return builtIn ? safeLoad(builtIn) : undefined
}

export function activeOf(builtIns: readonly BuiltInScenario[], scenario: Scenario): ActiveScenario {
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

export function buildState(ctx: DemoContext): DemoState {
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
