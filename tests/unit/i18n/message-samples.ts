/**
 * What an ICU message's arguments are, read from its syntax tree, and sample values that exercise
 * them: shared by the catalog parity test and the precompiled-catalog test.
 */
import {
  isArgumentElement,
  isDateElement,
  isNumberElement,
  isPluralElement,
  isSelectElement,
  isTagElement,
  isTimeElement,
  type MessageFormatElement,
} from '@formatjs/icu-messageformat-parser'

export type Kind = 'argument' | 'number' | 'date' | 'time' | 'select' | 'plural' | 'selectordinal' | 'tag'

export interface Shape {
  /** "name:kind" for every argument use (one name may have several kinds, e.g. a select that echoes itself). */
  readonly uses: Set<string>
  /** Select argument → its option keys (union over its occurrences). */
  readonly selectKeys: Map<string, Set<string>>
  /** Plural argument → its option keys (union over its occurrences). */
  readonly pluralKeys: Map<string, Set<string>>
}

export function shapeOf(elements: readonly MessageFormatElement[]): Shape {
  const shape: Shape = { uses: new Set(), selectKeys: new Map(), pluralKeys: new Map() }
  const addKeys = (map: Map<string, Set<string>>, name: string, keys: readonly string[]) => {
    const set = map.get(name) ?? new Set<string>()
    for (const key of keys) set.add(key)
    map.set(name, set)
  }
  const use = (name: string, kind: Kind) => shape.uses.add(`${name}:${kind}`)
  const walk = (nodes: readonly MessageFormatElement[]) => {
    for (const node of nodes) {
      if (isArgumentElement(node)) use(node.value, 'argument')
      else if (isNumberElement(node)) use(node.value, 'number')
      else if (isDateElement(node)) use(node.value, 'date')
      else if (isTimeElement(node)) use(node.value, 'time')
      else if (isSelectElement(node)) {
        use(node.value, 'select')
        addKeys(shape.selectKeys, node.value, Object.keys(node.options))
        for (const option of Object.values(node.options)) walk(option.value)
      } else if (isPluralElement(node)) {
        use(node.value, node.pluralType === 'ordinal' ? 'selectordinal' : 'plural')
        addKeys(shape.pluralKeys, node.value, Object.keys(node.options))
        for (const option of Object.values(node.options)) walk(option.value)
      } else if (isTagElement(node)) {
        use(node.value, 'tag')
        walk(node.children)
      }
    }
  }
  walk(elements)
  return shape
}

// Sample values, derived from en-US's argument kinds: every select key plus an unknown value,
// plural and number counts across the plural categories, a date for dates.

const COUNTS = [0, 1, 2, 3, 5, 11, 21, 101, 1000, 1.5]
const A_DATE = new Date(Date.UTC(2025, 0, 31, 12, 0, 0))

export function samplesFor(shape: Shape): Record<string, readonly (string | number | Date)[]> {
  const samples: Record<string, (string | number | Date)[]> = {}
  for (const use of shape.uses) {
    const [name = '', kind] = use.split(':')
    const list = samples[name] ?? []
    if (kind === 'select') list.push(...(shape.selectKeys.get(name) ?? []), 'not-a-listed-key')
    else if (kind === 'plural' || kind === 'selectordinal' || kind === 'number') list.push(...COUNTS)
    else if (kind === 'date' || kind === 'time') list.push(A_DATE)
    else if (kind === 'argument' && list.length === 0) list.push('Sample Value')
    samples[name] = list
  }
  return samples
}

/** All combinations when there are few, else a walk that still uses every sample of every argument. */
export function valueSets(samples: Record<string, readonly (string | number | Date)[]>): Record<string, unknown>[] {
  const names = Object.keys(samples)
  const total = names.reduce((n, name) => n * (samples[name]?.length ?? 1), 1)
  if (total <= 400) {
    let sets: Record<string, unknown>[] = [{}]
    for (const name of names) {
      sets = sets.flatMap((set) => (samples[name] ?? []).map((value) => ({ ...set, [name]: value })))
    }
    return sets
  }
  const longest = Math.max(...names.map((name) => samples[name]?.length ?? 1))
  return Array.from({ length: longest }, (_, i) =>
    Object.fromEntries(names.map((name) => [name, samples[name]?.[i % (samples[name]?.length ?? 1)]])),
  )
}
