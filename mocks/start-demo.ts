import { clearStoredAuditLog, restoreAuditLog } from './audit'
import { changed, type DemoContext, type DemoStartOutcome, findBuiltIn, load, safeLoad } from './demo-context'
import type { ActiveScenario, RestoreOutcome } from './persistence'
import { readStoredDemo } from './persistence'
import type { Scenario } from './scenario'
import { DEFAULT_SCENARIO_NAME } from './scenarios'

/**
 * The demo's start (MockDemoControls.start): brings back the stored demo (data and active
 * scenario) unless `requested` (the `?scenario=` value) names another scenario, which is then
 * loaded from its start. A stored demo that cannot be used is reported as `discarded` and
 * replaced by the default scenario's start.
 */
export function startDemo(
  ctx: DemoContext,
  requested: string | null | undefined,
  builtIn: (name: string) => Scenario | undefined,
): DemoStartOutcome {
  const stored = ctx.storage ? readStoredDemo(ctx.storage, builtIn) : { kind: 'none' as const }
  let replayProblems: readonly string[] | undefined
  const restore = (): RestoreOutcome | undefined => {
    if (stored.kind !== 'ok' || !ctx.shared) return undefined
    const restored = ctx.shared.restore(stored)
    if (!restored.ok) {
      replayProblems = restored.problems
      return undefined
    }
    if (ctx.storage) restoreAuditLog(ctx.db, ctx.storage)
    ctx.active = stored.active
    changed(ctx)
    return { kind: 'restored' }
  }
  const fresh = (scenario: ActiveScenario): RestoreOutcome => {
    if (ctx.storage) clearStoredAuditLog(ctx.storage)
    load(ctx, scenario)
    ctx.shared?.save()
    if (stored.kind === 'invalid') return { kind: 'discarded', problems: stored.problems }
    if (replayProblems) return { kind: 'discarded', problems: replayProblems }
    return { kind: 'fresh' }
  }

  const name = requested?.trim() || undefined
  let unknownScenario: string | undefined
  if (name !== undefined) {
    const storedActive = stored.kind === 'ok' ? stored.active : undefined
    const named = findBuiltIn(ctx, name)
    if (named) {
      const sameAsStored = storedActive?.kind === 'built-in' && storedActive.scenario.name === name
      const restored = sameAsStored ? restore() : undefined
      if (restored) return { restore: restored }
      const scenario = safeLoad(named)
      if (scenario) return { restore: fresh({ kind: 'built-in', name, scenario }) }
      unknownScenario = name
    } else if (storedActive?.kind === 'custom' && storedActive.scenario.name === name) {
      const restored = restore()
      if (restored) return { restore: restored }
    } else unknownScenario = name
  }
  const outcome = restore() ?? fresh(defaultScenario(ctx))
  return unknownScenario === undefined ? { restore: outcome } : { restore: outcome, unknownScenario }
}

function defaultScenario(ctx: DemoContext): ActiveScenario {
  const builtIn = findBuiltIn(ctx, DEFAULT_SCENARIO_NAME) ?? ctx.builtIns[0]
  const scenario = builtIn ? safeLoad(builtIn) : undefined
  return builtIn && scenario ? { kind: 'built-in', name: builtIn.name, scenario } : ctx.active
}
