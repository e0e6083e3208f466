import type {
  DemoControls,
  DemoFault,
  DemoFaultKind,
  DemoLatency,
  DemoScenarioInfo,
  DemoState,
  ScenarioLoadResult,
} from '../src/api/demo-controls'
import { clearStoredAuditLog, persistAuditLog, restoreAuditLog } from './audit'
import type { Database, DbState } from './db'
import { type FaultKind, type MockSettings, setFault } from './handlers'
import {
  type ActiveScenario,
  type KeyValueStorage,
  persistDemo,
  type RestoreOutcome,
  readStoredDemo,
  saveDemo,
} from './persistence'
import {
  readScenarioText,
  SCENARIO_FORMAT,
  type Scenario,
  type ScenarioCustomer,
  type ScenarioSubscription,
  scenarioText,
} from './scenario'
import { BUILT_IN_SCENARIOS, type BuiltInScenario, DEFAULT_SCENARIO_NAME } from './scenarios'

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

function storedLatency(storage: KeyValueStorage | undefined): DemoLatency | undefined {
  try {
    const value = storage?.getItem(LATENCY_KEY)
    return value && value in LATENCY_MS ? (value as DemoLatency) : undefined
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

  const load = (next: ActiveScenario) => {
    active = next
    db.reset(next.scenario)
    changed()
  }

  const persistence = storage ? persistDemo(db, storage, () => active) : undefined
  // The activity log is kept beside the data, and restored only with it (mocks/audit.ts).
  const stopAuditPersistence = storage ? persistAuditLog(db, storage) : undefined

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
      if (!(next in LATENCY_MS)) throw new TypeError(`Unknown latency: ${String(next)}`)
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
      const restore = (): RestoreOutcome | undefined => {
        if (stored.kind !== 'ok') return undefined
        if (!db.restore(stored.snapshot, stored.active.scenario)) return undefined
        if (storage) restoreAuditLog(db, storage)
        persistence?.inSync()
        active = stored.active
        changed()
        return { kind: 'restored' }
      }
      const notStored = (): RestoreOutcome =>
        stored.kind === 'invalid' ? { kind: 'discarded', problems: stored.problems } : { kind: 'fresh' }
      const fresh = (scenario: ActiveScenario): RestoreOutcome => {
        if (storage) clearStoredAuditLog(storage)
        load(scenario)
        if (storage && saveDemo(storage, db, active)) persistence?.inSync()
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
      persistence?.stop()
      stopAuditPersistence?.()
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

/**
 * The current data as a scenario: what a scenario file holds, taken from the database's state
 * (after the demo's upgrades and quantity changes). Loading it gives the same data again.
 */
export function exportedScenario(active: ActiveScenario, state: DbState): Scenario {
  const { scenario } = active
  const subscriptions = groupBy(state.subscriptions, (s) => s.customerId)
  const others = groupBy(state.otherChannelSubscriptions, (o) => o.customerId)
  const users = groupBy(state.users, (u) => u.customerId)
  const countries = new Map(scenario.customers.map((c) => [c.id.toLowerCase(), c.country]))
  const customers = state.customers.map(
    (c): ScenarioCustomer => ({
      id: c.id,
      companyProfile: { tenantId: c.tenantId, domain: c.domain, companyName: c.companyName },
      ...optionalCountry(countries.get(c.id.toLowerCase())),
      relationshipToPartner: c.relationshipToPartner,
      allowDelegatedAccess: c.allowDelegatedAccess,
      subscriptions: (subscriptions.get(c.id.toLowerCase()) ?? []).map(
        (s): ScenarioSubscription => ({
          id: s.id,
          offerId: s.offerId,
          friendlyName: s.friendlyName,
          quantity: s.quantity,
          status: s.status,
          billingCycle: s.billingCycle,
          termDuration: s.termDuration,
          creationDate: s.creationDate,
          effectiveStartDate: s.effectiveStartDate,
          commitmentEndDate: s.commitmentEndDate,
          autoRenewEnabled: s.autoRenewEnabled,
          ...(s.parentSubscriptionId === null ? {} : { parentSubscriptionId: s.parentSubscriptionId }),
          ...(s.suspensionReasons.length === 0 ? {} : { suspensionReasons: [...s.suspensionReasons] }),
        }),
      ),
      otherChannelSubscriptions: (others.get(c.id.toLowerCase()) ?? []).map((o) => ({
        offerId: o.offerId,
        quantity: o.quantity,
        channel: o.channel,
      })),
      users: (users.get(c.id.toLowerCase()) ?? []).map((u) => ({
        id: u.id,
        displayName: u.displayName,
        userPrincipalName: u.email,
        licenses: [...u.licenses],
        selfServiceLicenses: [...u.selfServiceLicenses],
      })),
    }),
  )
  const builtIn = active.kind === 'built-in'
  return {
    format: SCENARIO_FORMAT,
    name: builtIn ? `${scenario.name}-export` : scenario.name,
    title: builtIn ? `${scenario.title} (exported)` : scenario.title,
    description: scenario.description,
    exportedFrom: scenario.exportedFrom ?? scenario.name,
    signedInUser: { ...scenario.signedInUser },
    customers,
  }
}

function optionalCountry(country: string | undefined): { country?: string } {
  return country === undefined ? {} : { country }
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const k = key(item).toLowerCase()
    const group = groups.get(k)
    if (group) group.push(item)
    else groups.set(k, [item])
  }
  return groups
}

void SAME_FAULT_KINDS
