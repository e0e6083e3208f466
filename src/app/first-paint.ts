import { focusIfLost } from '../ui/focus'

/**
 * The first paint (docs/performance.md, "Fifth round" and "Seventh round"): index.html may paint a
 * snapshot of the app's own markup for the page it opens (scripts/first-paint.ts builds them, and
 * the inline script that shows one only when it is exactly what the app is about to show: a demo
 * build's customer list or big customer, a live build's sign-in page). This is
 * the app's side of it: while a snapshot shows, the app renders into #root held out of the page,
 * so that the page never holds two copies of a screen (nor two of any control, id or landmark),
 * and #root takes the snapshot's place in the same task as the app's own content for the page
 * commits: its rows, an empty state, or any error (never hidden behind a snapshot).
 */

/** The snapshot's element, where #root stood (index.html's inline script puts it there). */
export const FIRST_PAINT_ID = 'first-paint'
/** The app's content for the page: what ends a snapshot, and what the build's capture waits for. */
export const APP_CONTENT = 'main tbody tr, main .empty, main .sign-in-page, [role="alert"]'
/** After this long the app shows as it is, content or not (the inline script's own limit, if the app never starts). */
export const FIRST_PAINT_FALLBACK_MS = 8000
/** Set on the snapshot's element by the app once it holds #root: the inline script's limit then stands down. */
export const FIRST_PAINT_CLAIMED = 'claimed'

/**
 * While a snapshot shows, takes `root` out of the page until the app's content for the page is in
 * it (or the agent presses a key or a pointer, the address changes, or FIRST_PAINT_FALLBACK_MS
 * pass), then puts it where the snapshot was. Without a snapshot, does nothing.
 */
export function holdRootForFirstPaint(root: HTMLElement): void {
  const paint = document.getElementById(FIRST_PAINT_ID)
  if (!paint) return
  paint.dataset[FIRST_PAINT_CLAIMED] = ''
  root.remove()
  const observer = new MutationObserver(() => {
    // Without a <main>, whatever the app wrote is its boot failure: shown at once too.
    if (root.querySelector(APP_CONTENT) || (root.firstChild && !root.querySelector('main'))) takeOver()
  })
  const timer = setTimeout(takeOver, FIRST_PAINT_FALLBACK_MS)
  const events = ['keydown', 'pointerdown', 'hashchange'] as const
  function takeOver(): void {
    observer.disconnect()
    clearTimeout(timer)
    for (const event of events) window.removeEventListener(event, takeOver, true)
    paint?.replaceWith(root)
    // A page that takes focus when it opens (its heading) could not while out of the page.
    focusIfLost(root.querySelector<HTMLElement>('main h1[tabindex="-1"]'))
  }
  observer.observe(root, { childList: true, subtree: true })
  for (const event of events) window.addEventListener(event, takeOver, true)
}
