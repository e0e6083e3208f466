/**
 * What the first-paint plugin (scripts/first-paint.ts) tells its inline script of each snapshot:
 * scripts/first-paint-script.ts in a demo build, scripts/first-paint-sign-in.ts in a live build.
 */
/** A screen painted from the HTML. */
export interface PaintedScreen {
  /** The id of its <template> in index.html. */
  readonly template: string
  /** The address's hash it shows (`#/` for the first screen), exactly. */
  readonly hash: string
  /** The viewports it fits (a media query), e.g. a virtualized table's rows for a desktop's height. */
  readonly media: string
}

/** A demo build's: each captured in a fresh browser, signed in with the demo's default role, in en-US. */
export interface FirstPaintSnapshot extends PaintedScreen {
  /** The built-in scenario it shows at its start, with that scenario's fingerprint. */
  readonly scenario: string
  readonly fingerprint: string
  /** The scenario is the one a demo starts with when nothing is stored (the default one). */
  readonly startsWhenNoneStored: boolean
}
