/**
 * What the demo build's first-paint plugin (scripts/first-paint.ts) tells its inline script
 * (scripts/first-paint-script.ts) of each snapshot.
 */
/** Each is captured in a fresh browser: signed in with the demo's default role, in en-US. */
export interface FirstPaintSnapshot {
  /** The id of its <template> in index.html. */
  readonly template: string
  /** The address's hash it shows (`#/` for the customer list), exactly. */
  readonly hash: string
  /** The built-in scenario it shows at its start, with that scenario's fingerprint. */
  readonly scenario: string
  readonly fingerprint: string
  /** The scenario is the one a demo starts with when nothing is stored (the default one). */
  readonly startsWhenNoneStored: boolean
  /** The viewports it fits (a media query), e.g. a virtualized table's rows for a desktop's height. */
  readonly media: string
}
