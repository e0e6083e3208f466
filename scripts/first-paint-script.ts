/**
 * The first-paint script: inlined into index.html by scripts/first-paint.ts, it runs
 * while the page is parsed, before the first paint and before any of the app's code has loaded.
 * When the page is about to show exactly one of the build's snapshots (the same route, the same
 * scenario at its untouched start, the same role, en-US, a viewport the snapshot was made for, no
 * guided tour under way), it paints that snapshot, the app's own markup for that screen captured
 * from the built app, where #root is. The app then holds #root out of the page until its own
 * content is in, and puts it in the snapshot's place (src/app/first-paint.ts). A live build's
 * script shows its sign-in page by the rules of scripts/first-paint-sign-in.ts instead.
 *
 * Each of the demo's rules is the app's own code (imported, bundled into this script at build time), not a copy:
 * the mock's `isUntouchedStart`, the app's `initialLocale`, `storedRole`, `storedTheme`,
 * `mayBeDemoLink` and `tourInProgress`, the mock's `storedLatency`. Only those functions are
 * bundled, not the React modules that hold some of them (scripts/first-paint.ts inlineScript).
 */
import { storedLatency } from '../mocks/demo-latency'
import { isUntouchedStart, STORAGE_KEY } from '../mocks/stored-demo-envelope'
import { FIRST_PAINT_CLAIMED, FIRST_PAINT_FALLBACK_MS, FIRST_PAINT_ID } from '../src/app/first-paint'
import { DEFAULT_ROLE, storedRole } from '../src/app/session'
import { applyTheme, storedTheme } from '../src/app/theme'
import { mayBeDemoLink } from '../src/features/demo/demo-link-params'
import { tourInProgress } from '../src/features/tour/tour-progress'
import { initialLocale } from '../src/i18n/i18n'
import type { FirstPaintSnapshot, PaintedScreen } from './first-paint-snapshot'

export type { FirstPaintSnapshot, PaintedScreen } from './first-paint-snapshot'

/** The address's screen as a snapshot names it: the first screen is `#/`, with or without its hash. */
export function screenHash(location: { readonly hash: string }): string {
  return location.hash === '' || location.hash === '#' ? '#/' : location.hash
}

/** The snapshot the page is about to show exactly, if any. */
export function matchingSnapshot(
  snapshots: readonly FirstPaintSnapshot[],
  location: { readonly search: string; readonly hash: string },
  matchMedia: (query: string) => boolean,
  storage: Storage | undefined,
): FirstPaintSnapshot | undefined {
  // A demo link sets the scenario, role, language or latency as the app starts: not a start shown here.
  if (mayBeDemoLink(location)) return undefined
  if (initialLocale() !== 'en-US' || tourInProgress()) return undefined
  // A slow network is a presenter's choice to show the loading states: not jumped over.
  if (storedLatency(storage) === 'slow') return undefined
  // Captured signed in with the default role: another role may see other rows and actions.
  if ((storedRole() ?? DEFAULT_ROLE) !== DEFAULT_ROLE) return undefined
  const hash = screenHash(location)
  let stored: string | null
  try {
    stored = storage ? storage.getItem(STORAGE_KEY) : null
  } catch {
    return undefined
  }
  return snapshots.find(
    (snapshot) =>
      snapshot.hash === hash &&
      matchMedia(snapshot.media) &&
      isUntouchedStart(snapshot.scenario, snapshot.fingerprint, null, stored, snapshot.startsWhenNoneStored),
  )
}

/** The demo build's choice in this page: `matchingSnapshot` for its address, window and storage. */
export function demoSnapshot(snapshots: readonly FirstPaintSnapshot[]): FirstPaintSnapshot | undefined {
  let storage: Storage | undefined
  try {
    storage = globalThis.localStorage
  } catch {
    storage = undefined
  }
  return matchingSnapshot(snapshots, window.location, (query) => window.matchMedia(query).matches, storage)
}

/**
 * Applies the stored theme (no flash of the system's) and paints the snapshot `choose` picks, if
 * any. The app is started by a module script of its own (scripts/first-paint-start.ts), after that
 * paint when there is one.
 */
export function showFirstPaint<Snapshot extends PaintedScreen>(
  snapshots: readonly Snapshot[],
  choose: (snapshots: readonly Snapshot[]) => Snapshot | undefined,
): void {
  applyTheme(storedTheme())
  paintSnapshot(choose(snapshots))
}

function paintSnapshot(snapshot: PaintedScreen | undefined): void {
  const root = document.getElementById('root')
  const template = snapshot && document.getElementById(snapshot.template)
  if (!snapshot || !root || !(template instanceof HTMLTemplateElement)) return
  // A picture of the app: inert and hidden from assistive technology (keyboard and screen readers
  // meet the app alone), and disabled for automation, which waits for the app's own controls.
  const paint = document.createElement('div')
  paint.id = FIRST_PAINT_ID
  paint.inert = true
  paint.setAttribute('aria-hidden', 'true')
  paint.setAttribute('aria-disabled', 'true')
  paint.append(template.content.cloneNode(true))
  // The theme's select holds only the captured choice (scripts/first-paint.ts): the stored one's label.
  const theme = paint.querySelector<HTMLSelectElement>('.theme-picker select')
  const chosen = theme?.options[0]
  const labels = JSON.parse(theme?.dataset.labels ?? '{}') as Partial<Record<string, string>>
  const label = labels[storedTheme()]
  if (chosen && label !== undefined) {
    chosen.value = storedTheme()
    chosen.text = label
  }
  root.before(paint)
  // If the app never starts (its code failed to load), the page does not stay a picture; and what
  // it writes into #root before it holds it (its boot failure) is shown at once.
  const unclaimed = () => !(FIRST_PAINT_CLAIMED in paint.dataset)
  setTimeout(() => {
    if (unclaimed()) paint.remove()
  }, FIRST_PAINT_FALLBACK_MS)
  const written = new MutationObserver(() => {
    written.disconnect()
    if (unclaimed()) paint.remove()
  })
  written.observe(root, { childList: true })
}
