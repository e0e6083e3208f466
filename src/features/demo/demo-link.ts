import { DEMO_LATENCIES, type DemoControls, type DemoLatency } from '../../contract/demo-controls'
import { LOCALES, type Locale } from '../../i18n/i18n'
import { PARTNER_ROLES, type PartnerRole } from '../../rules/roles'
import type { DemoLinkNotice } from './demo-link-notice'
import { DEMO_LINK_PARAMS, type DemoLinkParam } from './demo-link-params'

/**
 * Demo links: an address that reproduces a demo. It may carry, in the real query string or in the
 * hash's query (`#/customers/42?status=active&scenario=edge-cases&role=helpdesk_agent`):
 * - `scenario`: a built-in scenario's name, loaded from its start (checked by the mock itself);
 * - `role`: the signed-in partner role (default: the one the scenario declares);
 * - `lang`: one of the product's locales;
 * - `latency`: the mock's network latency;
 * - `tour`: `1` starts the guided tour.
 * The page is the hash's path. Pure: no DOM, no storage; main.tsx applies what this returns.
 */
export interface DemoLink {
  readonly scenario?: string
  readonly role?: PartnerRole
  readonly lang?: Locale
  readonly latency?: DemoLatency
  readonly tour: boolean
  /** Every value or parameter that was not understood, in the order met; none is applied. */
  readonly problems: readonly DemoLinkProblem[]
  /** The address without the demo parameters (what the address bar keeps), relative to the origin. */
  readonly cleaned: string
}

export type DemoLinkProblem =
  | {
      readonly kind: 'value'
      readonly param: Exclude<DemoLinkParam, 'scenario'>
      readonly value: string
      readonly known: readonly string[]
    }
  | { readonly kind: 'param'; readonly param: string }

const TOUR_VALUES = ['1', '0', 'true', 'false'] as const

function isDemoParam(name: string): name is DemoLinkParam {
  return (DEMO_LINK_PARAMS as readonly string[]).includes(name)
}

function pick<T extends string>(known: readonly T[], value: string): T | undefined {
  return known.find((k) => k.toLowerCase() === value.trim().toLowerCase())
}

/** Reads a demo link from an absolute address. */
export function parseDemoLink(href: string): DemoLink {
  const url = new URL(href)
  const hash = url.hash.replace(/^#/, '')
  const at = hash.indexOf('?')
  const hashPath = at < 0 ? hash : hash.slice(0, at)
  const hashQuery = new URLSearchParams(at < 0 ? '' : hash.slice(at + 1))

  const found: [DemoLinkParam, string][] = []
  const problems: DemoLinkProblem[] = []
  // Each problem once, however often the address repeats it.
  const reported = new Set<string>()
  const report = (problem: DemoLinkProblem) => {
    const key = `${problem.kind}|${problem.param}|${problem.kind === 'value' ? problem.value : ''}`
    if (!reported.has(key)) problems.push(problem)
    reported.add(key)
  }
  // Every name in the real query string is ours to understand: report the ones we don't.
  for (const [name, value] of url.searchParams) {
    if (isDemoParam(name)) found.push([name, value])
    else report({ kind: 'param', param: name })
  }
  // The hash's query also holds the page's own view (status, sort, ...): take only ours from it.
  const view = new URLSearchParams()
  for (const [name, value] of hashQuery) {
    if (isDemoParam(name)) found.push([name, value])
    else view.append(name, value)
  }

  const link: { -readonly [K in keyof DemoLink]: DemoLink[K] } = { tour: false, problems, cleaned: '' }
  const bad = (param: Exclude<DemoLinkParam, 'scenario'>, value: string, known: readonly string[]) =>
    report({ kind: 'value', param, value, known })
  // A parameter given twice: the later one (the hash's) wins, as a later choice would in the panel.
  // Each case checks its parameter against its own list (duplicates pairs the cases by shape).
  for (const [name, value] of found) {
    switch (name) {
      case 'scenario': {
        const trimmed = value.trim()
        if (trimmed !== '') link.scenario = trimmed
        break
      }
      case 'role': {
        const role = pick(PARTNER_ROLES, value)
        if (role) link.role = role
        else bad('role', value, PARTNER_ROLES)
        break
      }
      case 'lang': {
        // A language alone names its locale too: `lang=sv` is sv-SE.
        const lang = pick(LOCALES, value) ?? LOCALES.find((l) => l.split('-')[0] === value.trim().toLowerCase())
        if (lang) link.lang = lang
        else bad('lang', value, LOCALES)
        break
      }
      case 'latency': {
        const latency = pick(DEMO_LATENCIES, value)
        if (latency) link.latency = latency
        else bad('latency', value, DEMO_LATENCIES)
        break
      }
      case 'tour': {
        const tour = pick(TOUR_VALUES, value)
        if (tour) link.tour = tour === '1' || tour === 'true'
        else bad('tour', value, ['1', '0'])
        break
      }
      default: {
        const unreachable: never = name
        throw new Error(`unhandled demo link parameter ${String(unreachable)}`)
      }
    }
  }

  const viewQuery = view.toString()
  const cleanedHash = hashPath === '' && viewQuery === '' ? '' : `#${hashPath}${viewQuery ? `?${viewQuery}` : ''}`
  link.cleaned = `${url.pathname}${cleanedHash}`
  return link
}

export interface DemoLinkSettings {
  readonly scenario: string
  readonly role: PartnerRole
  readonly lang: Locale
  readonly latency: DemoLatency
  readonly tour?: boolean
}

/**
 * The demo link of the page at `href` (its hash path and view are kept) with these settings, in
 * the hash's query. Any demo parameter already in the address is replaced.
 */
export function buildDemoLink(href: string, settings: DemoLinkSettings): string {
  const url = new URL(href)
  const base = parseDemoLink(`${url.origin}${url.pathname}${url.hash}`)
  const cleaned = new URL(base.cleaned, url.origin)
  const hash = cleaned.hash.replace(/^#/, '') || '/'
  const at = hash.indexOf('?')
  const query = new URLSearchParams(at < 0 ? '' : hash.slice(at + 1))
  query.set('scenario', settings.scenario)
  query.set('role', settings.role)
  query.set('lang', settings.lang)
  query.set('latency', settings.latency)
  if (settings.tour) query.set('tour', '1')
  return `${url.origin}${url.pathname}#${at < 0 ? hash : hash.slice(0, at)}?${query.toString()}`
}

/**
 * Reads the page's demo link, then drops it from the address, so that a reload, or a scenario
 * switched in the demo panel afterwards, does not bring it back.
 */
export function takeDemoLink(): DemoLink {
  const link = parseDemoLink(window.location.href)
  window.history.replaceState(null, '', link.cleaned)
  return link
}

/**
 * Applies a demo link once the mock has started (`mock` absent: a live build, which can apply
 * only the language and the page). A link gives the same demo every time: its scenario from the
 * start (not what this browser stored of it), signed in as the scenario declares unless the link
 * names a role. Returns the notices for what could not be applied.
 */
export function applyDemoLink(
  link: DemoLink,
  mock: { readonly demo: DemoControls; readonly unknownScenario?: string } | undefined,
  rememberRole: (role: PartnerRole) => void,
): DemoLinkNotice[] {
  const notices: DemoLinkNotice[] = link.problems.map((problem) => ({ kind: 'demo_link', problem }))
  if (!mock) {
    const params = DEMO_LINK_PARAMS.filter((p) => p !== 'lang' && (p === 'tour' ? link.tour : link[p] !== undefined))
    if (params.length > 0) notices.push({ kind: 'demo_only', params })
    return notices
  }
  const { demo } = mock
  if (link.scenario !== undefined && mock.unknownScenario === undefined) {
    demo.reset()
    const declared = demo.getState().signedInRole
    if (!link.role && declared) rememberRole(declared)
  }
  if (link.role) rememberRole(link.role)
  if (link.latency) demo.setLatency(link.latency)
  return notices
}
