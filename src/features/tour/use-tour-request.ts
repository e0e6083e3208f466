import { useState } from 'react'
import type { DemoControls } from '../../contract/demo-controls'
import { tourInProgress } from './tour-progress'

/** A run of the guided tour: from its first step (`start`) or where it was left; each start is a new `run`. */
export interface TourRequest {
  readonly start: boolean
  readonly run: number
}

/** The tour the layout shows, if any; `begin` starts a new run (the demo panel), `end` closes it. */
export interface TourState {
  readonly tour: TourRequest | null
  readonly begin: () => void
  readonly end: () => void
}

/**
 * The guided tour (demo only): asked for by a link (`startTour`), by the demo panel (`begin`), or
 * left in this tab (it is resumed after a reload). The demo may arrive after the first paint (the
 * mock API starts then): a tour left in this tab resumes when it does.
 */
export function useTourRequest(demo: DemoControls | undefined, startTour: boolean | undefined): TourState {
  const asked = () => (startTour || tourInProgress() ? { start: Boolean(startTour), run: 0 } : null)
  const [tour, setTour] = useState<TourRequest | null>(() => (demo ? asked() : null))
  const [checked, setChecked] = useState(demo !== undefined)
  if (demo && !checked) {
    setChecked(true)
    setTour(asked())
  }
  return {
    tour,
    begin: () => setTour((t) => ({ start: true, run: (t?.run ?? 0) + 1 })),
    end: () => setTour(null),
  }
}
