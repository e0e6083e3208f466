/**
 * The demo build's first-paint script: inlined into index.html by scripts/first-paint.ts, it runs
 * while the page is parsed, before the first paint and before any of the app's code has loaded.
 * When the page is about to show exactly one of the build's snapshots (the same route, the same
 * scenario at its untouched start, the same role, en-US, a viewport the snapshot was made for, no
 * guided tour under way), it paints that snapshot, the app's own markup for that screen captured
 * from the built app, where #root is. The app then holds #root out of the page until its own
 * content is in, and puts it in the snapshot's place (src/app/first-paint.ts).
 *
 * Each rule is the app's own code (imported, bundled into this script at build time), not a copy:
 * the mock's `isUntouchedStart`, the app's `initialLocale`, `storedRole`, `storedTheme`,
 * `mayBeDemoLink` and `tourInProgress`, the mock's `storedLatency`.
 */
import { storedLatency } from '../mocks/demo-latency'
import { isUntouchedStart, STORAGE_KEY } from '../mocks/stored-demo-envelope'
import { FIRST_PAINT_CLAIMED, FIRST_PAINT_FALLBACK_MS, FIRST_PAINT_ID } from '../src/app/first-paint'
import { DEFAULT_ROLE, storedRole } from '../src/app/stored-role'
import { applyTheme, storedTheme } from '../src/app/theme'
import { mayBeDemoLink } from '../src/features/demo/demo-link-params'
import { tourInProgress } from '../src/features/tour/tour-progress'
import { initialLocale } from '../src/i18n/locales'
import type { FirstPaintSnapshot } from './first-paint-snapshot'

export type { FirstPaintSnapshot } from './first-paint-snapshot'

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
  const hash = location.hash === '' || location.hash === '#' ? '#/' : location.hash
  const role = storedRole() ?? DEFAULT_ROLE
  let stored: string | null
  try {
    stored = storage ? storage.getItem(STORAGE_KEY) : null
  } catch {
    return undefined
  }
  return snapshots.find(
    (snapshot) =>
      snapshot.hash === hash &&
      snapshot.role === role &&
      matchMedia(snapshot.media) &&
      isUntouchedStart(snapshot.scenario, snapshot.fingerprint, null, stored, snapshot.startsWhenNoneStored),
  )
}

function localStorageOrNone(): Storage | undefined {
  try {
    return globalThis.localStorage
  } catch {
    return undefined
  }
}

/** Applies the stored theme (no flash of the system's), then paints the matching snapshot, if any. */
export function showFirstPaint(snapshots: readonly FirstPaintSnapshot[]): void {
  applyTheme(storedTheme())
  const root = document.getElementById('root')
  const snapshot = matchingSnapshot(
    snapshots,
    window.location,
    (query) => window.matchMedia(query).matches,
    localStorageOrNone(),
  )
  const template = snapshot && document.getElementById(snapshot.template)
  if (!snapshot || !root || !(template instanceof HTMLTemplateElement)) return
  for (const href of snapshot.stylesheets) {
    const link = document.createElement('link')
    link.rel = 'stylesheet'
    link.href = href
    link.crossOrigin = ''
    link.setAttribute('blocking', 'render')
    document.head.append(link)
  }
  // A picture of the app: inert and hidden from assistive technology (keyboard and screen readers
  // meet the app alone), and disabled for automation, which waits for the app's own controls.
  const paint = document.createElement('div')
  paint.id = FIRST_PAINT_ID
  paint.inert = true
  paint.setAttribute('aria-hidden', 'true')
  paint.setAttribute('aria-disabled', 'true')
  paint.append(template.content.cloneNode(true))
  const theme = paint.querySelector<HTMLSelectElement>('.theme-picker select')
  if (theme) theme.value = storedTheme()
  root.before(paint)
  // If the app never starts (its code failed to load), the page does not stay a picture.
  setTimeout(() => {
    if (!(FIRST_PAINT_CLAIMED in paint.dataset)) paint.remove()
  }, FIRST_PAINT_FALLBACK_MS)
}
