import type * as z from 'zod/mini'
import { crossProblems } from './scenario-references'
import { listOf, SCENARIO_FORMAT, type Scenario, scenarioSchema, show } from './scenario-schema'

/**
 * Demo data for the mocked Partner Center, in Partner Center's shapes: a partner's customers
 * (Customer: id, companyProfile, relationshipToPartner, allowDelegatedAccess), what they bought
 * from the partner (Subscription), what they hold through other channels, their users' license
 * assignments, and who the demo signs in as. Scenarios are JSON files (mocks/scenarios/*.json,
 * or a stakeholder's own, see docs/scenarios.md), read through `validateScenario`, which reports
 * every problem with its path, e.g. `customers[2].subscriptions[0].offerId: unknown offer "xyz"`.
 * A scenario is used whole or not at all.
 */
export {
  BILLING_CYCLES,
  type BillingCycle,
  isGuid,
  isIsoDate,
  RELATIONSHIPS_TO_PARTNER,
  type RelationshipToPartner,
  SCENARIO_FORMAT,
  SCENARIO_NAME,
  type Scenario,
  type ScenarioCompanyProfile,
  type ScenarioCustomer,
  type ScenarioOtherChannelSubscription,
  type ScenarioSignedInUser,
  type ScenarioSubscription,
  type ScenarioUser,
  TERM_DURATIONS,
  type TermDuration,
} from './scenario-schema'

export type ScenarioCheck =
  | { readonly ok: true; readonly scenario: Scenario }
  | { readonly ok: false; readonly problems: readonly string[] }

/** Thrown by `parseScenario`; `problems` holds every one. */
export class InvalidScenarioError extends Error {
  readonly problems: readonly string[]
  constructor(problems: readonly string[]) {
    super(`Invalid scenario:\n${problems.join('\n')}`)
    this.name = 'InvalidScenarioError'
    this.problems = problems
  }
}

export type PathKey = string | number
export type Path = readonly PathKey[]

export interface Problem {
  readonly path: Path
  readonly message: string
}

/** `customers[2].subscriptions[0].offerId`; the empty path is `scenario`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`
    else out += out === '' ? String(key) : `.${String(key)}`
  }
  return out === '' ? 'scenario' : out
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list ([...])',
  object: 'an object ({...})',
}

function typeOf(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'an object'
  if (typeof value === 'number' && !Number.isInteger(value)) return show(value)
  return `${typeof value} ${show(value)}`
}

function shapeProblems(issues: readonly z.core.$ZodIssue[]): Problem[] {
  const problems: Problem[] = []
  for (const issue of issues) {
    const path = issue.path.filter((k): k is PathKey => typeof k === 'string' || typeof k === 'number')
    const input = (issue as { readonly input?: unknown }).input
    const custom = issue.message !== 'Invalid input' ? issue.message : undefined
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys) problems.push({ path: [...path, key], message: 'unknown field' })
        break
      case 'invalid_type':
        problems.push({
          path,
          message:
            input === undefined
              ? 'missing'
              : (custom ?? `expected ${TYPE_NAMES[issue.expected] ?? issue.expected}, not ${typeOf(input)}`),
        })
        break
      case 'invalid_value':
        problems.push({
          path,
          message:
            custom ??
            (issue.values.length === 1
              ? `must be ${show(issue.values[0])}, not ${show(input)}`
              : `must be one of ${listOf(issue.values)}, not ${show(input)}`),
        })
        break
      case 'too_small':
        problems.push({
          path,
          message:
            custom ??
            (issue.origin === 'number'
              ? `must be ${issue.inclusive === false ? 'more than' : 'at least'} ${String(issue.minimum)}, not ${show(input)}`
              : 'too short'),
        })
        break
      default:
        problems.push({ path, message: custom ?? `invalid: ${show(input)}` })
    }
  }
  return problems
}

function comparePaths(a: Path, b: Path): number {
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) {
    const x = a[i] as PathKey
    const y = b[i] as PathKey
    if (x === y) continue
    if (typeof x === 'number' && typeof y === 'number') return x - y
    return String(x) < String(y) ? -1 : 1
  }
  return a.length - b.length
}

/**
 * Checks a scenario (parsed JSON) and returns it whole, or EVERY problem, each as
 * `path: message` (e.g. `customers[2].subscriptions[0].offerId: unknown offer "xyz"`), ordered by
 * path. Shape problems (types, missing or unknown fields, GUIDs, dates, enums) and cross-reference
 * problems (offers, duplicate ids, add-on parents, licenses, seats, self-service licenses,
 * quantity limits) are reported together.
 */
export function validateScenario(input: unknown): ScenarioCheck {
  try {
    const parsed = scenarioSchema.safeParse(input, { reportInput: true })
    const problems = [...(parsed.success ? [] : shapeProblems(parsed.error.issues)), ...crossProblems(input)]
    if (parsed.success && problems.length === 0) return { ok: true, scenario: parsed.data }
    const sorted = problems
      .map((problem, order) => ({ problem, order }))
      .sort((a, b) => comparePaths(a.problem.path, b.problem.path) || a.order - b.order)
    const lines = sorted.map(({ problem }) => `${formatPath(problem.path)}: ${problem.message}`)
    return { ok: false, problems: [...new Set(lines)] }
  } catch (error) {
    // Hostile input (throwing getters, proxies) must not escape.
    return { ok: false, problems: [`scenario: unreadable (${String(error)})`] }
  }
}

/** Reads a scenario file's text: JSON syntax errors are reported like the other problems. */
export function readScenarioText(source: string): ScenarioCheck {
  if (source.trim() === '') return { ok: false, problems: ['file: empty; expected a scenario in JSON'] }
  let input: unknown
  try {
    input = JSON.parse(source.replace(/^\uFEFF/, ''))
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    return { ok: false, problems: [`file: not valid JSON (${detail})`] }
  }
  return validateScenario(input)
}

/** Reads a scenario that must be valid (the built-in ones); throws InvalidScenarioError with every problem. */
export function parseScenario(input: unknown): Scenario {
  const check = validateScenario(input)
  if (!check.ok) throw new InvalidScenarioError(check.problems)
  return check.scenario
}

/** A scenario as a file's text: JSON, two-space indented, `format` first. */
export function scenarioText(scenario: Scenario): string {
  return `${JSON.stringify({ format: SCENARIO_FORMAT, ...scenario }, null, 2)}\n`
}
