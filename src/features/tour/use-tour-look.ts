import { type Dispatch, type RefObject, type SetStateAction, useEffect, useRef, useState } from 'react'
import type { FocusPolicy } from './tour-focus'
import { currentStep, TOUR_STEPS, type TourContext, type TourStepId, upgradeDialog } from './tour-steps'
import type { TourProgress } from './tour-storage'

/** How often the tour looks at the screen, and how long a step may go missing before it steps back. */
const TICK_MS = 150
const STEP_BACK_TICKS = 4
const PHONE = '(max-width: 40rem)'

export const isPhone = () => window.matchMedia?.(PHONE).matches ?? false

export interface TourLookRefs {
  readonly context: RefObject<TourContext>
  readonly read: RefObject<Set<TourStepId>>
  /** Whether the next card takes focus (see the card's onOpenAutoFocus). */
  readonly focusPolicy: RefObject<FocusPolicy>
  /** Show me was asked before its element was on the screen: done as soon as it is. */
  readonly pendingShow: RefObject<TourStepId | null>
  readonly missing: RefObject<number>
  readonly card: RefObject<HTMLDivElement | null>
}

/**
 * Looks at the screen while the tour runs: moves on when the viewer has done the step, back when
 * they undid an earlier one, and keeps the highlight and the card on the step's element (and the
 * card inside the upgrade dialog while it is open). Returns the step's element and the dialog.
 */
export function useTourLook(
  progress: TourProgress,
  setProgress: Dispatch<SetStateAction<TourProgress>>,
  refs: TourLookRefs,
  finish: (focus: HTMLElement | null) => void,
  setCramped: (cramped: boolean) => void,
) {
  const [target, setTarget] = useState<HTMLElement | null>(null)
  const [container, setContainer] = useState<HTMLElement | null>(null)
  const shown = useRef<HTMLElement | null>(null)
  const inDialog = useRef<HTMLElement | null>(null)
  const { context, read, focusPolicy, pendingShow, missing, card } = refs

  useEffect(() => {
    if (progress.paused) return
    const look = () => {
      const ctx = context.current
      const reached = currentStep(ctx)
      let step = progress.step
      if (reached > step) {
        for (const passed of TOUR_STEPS.slice(0, reached)) if (passed.toRead) read.current.add(passed.id)
        step = reached
        missing.current = 0
        // The done step's element as it is now: the card may not have seen it yet (the info icon
        // arrived, and Show me focused it, between two looks).
        focusPolicy.current = { kind: 'unlessBusy', busyIn: TOUR_STEPS[progress.step]?.target(ctx) ?? shown.current }
      } else if (reached < step) {
        missing.current += 1
        if (missing.current >= STEP_BACK_TICKS) {
          for (const undone of TOUR_STEPS.slice(reached)) read.current.delete(undone.id)
          step = reached
          missing.current = 0
          focusPolicy.current = { kind: 'ifIdle' }
        }
      } else missing.current = 0
      if (step >= TOUR_STEPS.length) {
        finish(document.querySelector<HTMLElement>('.upgrade-result .result-heading'))
        return
      }
      if (step !== progress.step) {
        pendingShow.current = null
        setCramped(false)
        setProgress({ step, paused: false })
      }
      const box = card.current
      if (box && box.scrollHeight > box.clientHeight + 2) setCramped(true)
      const next = TOUR_STEPS[step]?.target(ctx) ?? null
      if (next && pendingShow.current === TOUR_STEPS[step]?.id) {
        pendingShow.current = null
        TOUR_STEPS[step]?.showMe(ctx)
      }
      if (next !== shown.current) {
        shown.current = next
        // Bring a new step's element into view (a dialog scrolls on its own), but not the tooltip's
        // button: scrolling closes the tooltip.
        // On a phone, to the middle: the card covers the bottom of the screen.
        const block = isPhone() ? 'center' : 'nearest'
        if (next && TOUR_STEPS[step]?.id !== 'upgradeNow') next.scrollIntoView({ block })
      }
      setTarget((previous) => (previous === next ? previous : next))
      const dialog = upgradeDialog()
      if (dialog !== inDialog.current) {
        inDialog.current = dialog
        // The card moves into or out of the dialog: where the step stays the same (the viewer
        // closed the dialog), focus stays where the dialog put it.
        if (step === progress.step) focusPolicy.current = { kind: 'ifIdle' }
        setContainer(dialog)
      }
    }
    look()
    const timer = window.setInterval(look, TICK_MS)
    return () => window.clearInterval(timer)
  }, [progress, finish, setProgress, setCramped, context, read, focusPolicy, pendingShow, missing, card])

  return { target, container }
}
