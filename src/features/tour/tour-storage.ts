import { TOUR_STORAGE_KEY } from './tour-progress'

/** The tour's place in this tab (see tour-progress.ts), read and written by the tour itself. */
export interface TourProgress {
  /** The step reached, from 0. */
  readonly step: number
  /** Left by the viewer: offered as "Resume the tour" rather than running. */
  readonly paused: boolean
}

export function readTourProgress(): TourProgress | undefined {
  try {
    const value: unknown = JSON.parse(globalThis.sessionStorage?.getItem(TOUR_STORAGE_KEY) ?? 'null')
    if (typeof value !== 'object' || value === null) return undefined
    const { step, paused } = value as Record<string, unknown>
    return typeof step === 'number' && Number.isInteger(step) && step >= 0 && typeof paused === 'boolean'
      ? { step, paused }
      : undefined
  } catch {
    return undefined
  }
}

export function saveTourProgress(progress: TourProgress | undefined): void {
  try {
    if (progress) globalThis.sessionStorage?.setItem(TOUR_STORAGE_KEY, JSON.stringify(progress))
    else globalThis.sessionStorage?.removeItem(TOUR_STORAGE_KEY)
  } catch {
    // Storage unavailable: the tour then cannot outlive this page.
  }
}
