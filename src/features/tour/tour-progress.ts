/**
 * Where the guided tour keeps its place in this tab, so that a tour left (or a reload) can be
 * resumed. A few bytes in the first screen's bundle: the tour itself loads only when needed.
 */
export const TOUR_STORAGE_KEY = 'upgrade-console.tour'

/** Cheap enough for the first screen: the tour checks what it reads when it loads. */
export function tourInProgress(): boolean {
  try {
    return globalThis.sessionStorage?.getItem(TOUR_STORAGE_KEY) != null
  } catch {
    return false
  }
}
