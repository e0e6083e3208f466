import * as z from 'zod/mini'
import { SCENARIO_FILE_MAX_BYTES } from '../src/contract/demo-controls'
import { crossProblems } from './scenario-references'
import { listOf, SCENARIO_FORMAT, type Scenario, scenarioSchema, show } from './scenario-schema'
import { isRecord } from './wire-compat'

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
    const parsed = safeParseWhole(input)
    const issues = parsed === 'too_many_issues' ? shapeIssues(scenarioSchema, input) : (parsed.error?.issues ?? [])
    const problems = [...shapeProblems(issues), ...crossProblems(input)]
    if (parsed !== 'too_many_issues' && parsed.success && problems.length === 0)
      return { ok: true, scenario: parsed.data }
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

/**
 * The whole scenario checked at once (the fast way, and the only one a valid file takes), or
 * 'too_many_issues' when zod overflowed the stack gathering them (see shapeIssues).
 */
function safeParseWhole(input: unknown) {
  try {
    return scenarioSchema.safeParse(input, { reportInput: true })
  } catch (error) {
    if (error instanceof RangeError) return 'too_many_issues' as const
    throw error
  }
}

/**
 * The shape issues of `value`, list item by list item. zod gathers a list's issues with
 * `push(...issues)`, which overflows the stack past about 100,000 of them (a 3 MB file of `0,`
 * has a million): so each list is checked one item at a time, and each object without its lists.
 */
function shapeIssues(schema: z.core.$ZodType, value: unknown, at: Path = [], out: z.core.$ZodIssue[] = []) {
  const def = schema._zod.def as {
    type: string
    element?: z.core.$ZodType
    shape?: Record<string, z.core.$ZodType>
    innerType?: z.core.$ZodType
  }
  const collect = (checked: z.core.$ZodType, input: unknown) => {
    const result = z.safeParse(checked, input, { reportInput: true })
    if (result.success) return
    for (const issue of result.error.issues) out.push({ ...issue, path: [...at, ...issue.path] } as z.core.$ZodIssue)
  }
  if (def.type === 'optional' && def.innerType && value !== undefined) return shapeIssues(def.innerType, value, at, out)
  if (def.type === 'array' && def.element && Array.isArray(value)) {
    const element = def.element
    value.forEach((item, index) => {
      shapeIssues(element, item, [...at, index], out)
    })
    return out
  }
  if (def.type === 'object' && def.shape && isRecord(value)) {
    const lists = Object.entries(def.shape).filter(([key, field]) => Array.isArray(value[key]) && isListSchema(field))
    collect(schema, { ...value, ...Object.fromEntries(lists.map(([key]) => [key, []])) })
    for (const [key, field] of lists) shapeIssues(field, value[key], [...at, key], out)
    return out
  }
  collect(schema, value)
  return out
}

function isListSchema(schema: z.core.$ZodType): boolean {
  const def = schema._zod.def as { type: string; innerType?: z.core.$ZodType }
  return def.type === 'array' || (def.type === 'optional' && def.innerType !== undefined && isListSchema(def.innerType))
}

/** Reads a scenario file's text: JSON syntax errors are reported like the other problems. */
export function readScenarioText(source: string): ScenarioCheck {
  if (source.length > SCENARIO_FILE_MAX_BYTES) {
    return {
      ok: false,
      problems: [`file: larger than ${SCENARIO_FILE_MAX_BYTES / (1024 * 1024)} MB, the most a scenario file may be`],
    }
  }
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
