import { useCallback, useEffect, useRef, useState } from 'react'
import { TourCard } from './tour-card'
import { TourChip } from './tour-chip'
import type { FocusPolicy } from './tour-focus'
import { TOUR_CUSTOMERS, TOUR_STEPS, type TourContext, type TourStepId, upgradeDialog } from './tour-steps'
import { readTourProgress, saveTourProgress, type TourProgress } from './tour-storage'
import { isPhone, useTourLook } from './use-tour-look'

const HIGHLIGHT = 'data-tour-target'

export interface TourProps {
  /** Start from the beginning (false: resume what this tab stored). */
  start: boolean
  path: string
  navigate: (to: string) => void
  scenario: string
  roleName: string
  canUpgrade: boolean
  onEnd: () => void
}

/**
 * The guided tour of the article's steps (demo only; loaded when started). A card next to the
 * step's element says what to do in the viewer's language and waits for them to do it, or does
 * it ("Show me"). Focus moves to each new card unless the viewer is busy on the page; Escape
 * leaves the tour, which can be resumed (also after a reload, in this tab).
 *
 * The card is a Radix Popover, not a tour library's overlay: while the upgrade dialog is open the
 * card is rendered inside it, so that the dialog's focus trap and its hiding of the rest of the
 * page from screen readers do not shut the tour out (see the README).
 */
export function Tour({ start, path, navigate, scenario, roleName, canUpgrade, onEnd }: TourProps) {
  const [progress, setProgress] = useState<TourProgress>(() =>
    start ? { step: 0, paused: false } : (readTourProgress() ?? { step: 0, paused: false }),
  )
  // Steps to read before the one reached count as read (a tour resumed after a reload).
  const read = useRef(
    new Set<TourStepId>(TOUR_STEPS.slice(0, progress.step).flatMap((step) => (step.toRead ? [step.id] : []))),
  )
  const context = useRef<TourContext>({ path, customerId: TOUR_CUSTOMERS[scenario], read: read.current, navigate })
  context.current = { path, customerId: TOUR_CUSTOMERS[scenario], read: read.current, navigate }
  const refs = {
    context,
    read,
    focusPolicy: useRef<FocusPolicy>({ kind: 'take' }),
    pendingShow: useRef<TourStepId | null>(null),
    missing: useRef(0),
    card: useRef<HTMLDivElement>(null),
  }
  const focusResume = useRef(false)
  /** The card didn't fit beside its element (a long text, a tall dialog): it sits along the bottom. */
  const [cramped, setCramped] = useState(false)

  useEffect(() => saveTourProgress(progress), [progress])
  const finish = useCallback(
    (focus: HTMLElement | null) => {
      saveTourProgress(undefined)
      onEnd()
      focus?.focus()
    },
    [onEnd],
  )
  const { target, container } = useTourLook(progress, setProgress, refs, finish, setCramped)

  // The highlight: an attribute on the element itself, so that it scrolls and stacks with it.
  useEffect(() => {
    if (!target || progress.paused) return
    target.setAttribute(HIGHLIGHT, '')
    return () => target.removeAttribute(HIGHLIGHT)
  }, [target, progress.paused])

  const leave = () => {
    // The chip can take focus only where no modal dialog hides the page.
    focusResume.current = upgradeDialog() === null
    setProgress((p) => ({ ...p, paused: true }))
  }
  const total = TOUR_STEPS.length
  if (progress.paused) {
    const resume = () => {
      refs.focusPolicy.current = { kind: 'take' }
      refs.missing.current = 0
      setProgress((p) => ({ ...p, paused: false }))
    }
    return (
      <TourChip
        step={progress.step}
        total={total}
        takeFocus={focusResume}
        onResume={resume}
        onEnd={() => finish(null)}
      />
    )
  }

  const index = Math.min(progress.step, total - 1)
  const step = TOUR_STEPS[index]
  if (!step) return null
  const act = () => {
    refs.focusPolicy.current = { kind: 'take' }
    if (step.toRead) {
      read.current.add(step.id)
      step.showMe(context.current)
      if (index === total - 1) finish(document.querySelector<HTMLElement>('.upgrade-result .result-heading'))
      else setProgress({ step: index + 1, paused: false })
    } else {
      // Its element may still be loading (a quick viewer): then Show me waits for it.
      if (!step.target(context.current)) refs.pendingShow.current = step.id
      step.showMe(context.current)
    }
  }
  return (
    <TourCard
      step={step}
      index={index}
      total={total}
      target={target}
      container={container}
      phone={cramped || isPhone()}
      blocked={!canUpgrade && index >= 2}
      roleName={roleName}
      card={refs.card}
      focusPolicy={refs.focusPolicy}
      onAct={act}
      onLeave={leave}
    />
  )
}
