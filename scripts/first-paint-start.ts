/**
 * The app's start in a build with a first paint (scripts/first-paint.ts): index.html loads this as
 * a module script of its own (assets/start-<hash>.js) in place of the app's entry, which the head
 * preloads. It starts the app after the snapshot's first frame when the inline script painted one
 * (the app's code would otherwise run before that frame), and at once when none is painted: also
 * when the inline script did not run at all, as on a host whose own Content-Security-Policy
 * refuses it. The app then boots as it would without a first paint.
 */
import { FIRST_PAINT_ID } from '../src/app/first-paint'

/** Loads the app's module from `address` (a stand-in for tests: `load`). */
export function startApp(address: string, load: (address: string) => Promise<unknown> = importModule): void {
  let started = false
  const start = () => {
    if (started) return
    started = true
    // The app's code did not load: no picture of an app that will not come.
    load(address).catch(() => document.getElementById(FIRST_PAINT_ID)?.remove())
  }
  if (!document.getElementById(FIRST_PAINT_ID)) {
    start()
    return
  }
  // After the next frame is painted; a tab in the background gets no frames, hence the timer.
  requestAnimationFrame(() => setTimeout(start))
  setTimeout(start, 100)
}

function importModule(address: string): Promise<unknown> {
  return import(/* @vite-ignore */ address)
}
