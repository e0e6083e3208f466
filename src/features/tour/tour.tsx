import * as Popover from '@radix-ui/react-popover'
import { useCallback, useEffect, useId, useRef, useState } from 'react'
import { useI18n } from '../../i18n/i18n'
import { currentStep, TOUR_CUSTOMERS, TOUR_STEPS, type TourContext, type TourStepId, upgradeDialog } from './tour-steps'
import { readTourProgress, saveTourProgress, type TourProgress } from './tour-storage'

/** How often the tour looks at the screen, and how long a step may go missing before it steps back. */
const TICK_MS = 150
const STEP_BACK_TICKS = 4
const HIGHLIGHT = 'data-tour-target'

/** Where the card stands while its step's element is not on the screen: the viewport's centre. */
const viewportCentre = {
  getBoundingClientRect: () =>
    DOMRect.fromRect({ x: window.innerWidth / 2, y: window.innerHeight / 3, width: 0, height: 0 }),
}
/** On a phone the card sits along the bottom of the screen: next to a tall element it won't fit. */
const viewportBottom = {
  getBoundingClientRect: () =>
    DOMRect.fromRect({ x: window.innerWidth / 2, y: window.innerHeight, width: 0, height: 0 }),
}
const PHONE = '(max-width: 40rem)'

/**
 * When a new card takes focus: always after an action on the card (Show me, Next, Resume); after
 * the viewer did a step, unless they are still working on its element (keyboard focus on the info
 * icon, on an offer); after they undid a step, only if focus is nowhere in particular.
 */
type FocusPolicy =
  | { readonly kind: 'take' }
  | { readonly kind: 'unlessBusy'; readonly busyIn: HTMLElement | null }
  | { readonly kind: 'ifIdle' }

function takesFocus(policy: FocusPolicy): boolean {
  const active = document.activeElement
  const idle = !active || active === document.body
  switch (policy.kind) {
    case 'take':
      return true
    case 'unlessBusy':
      return idle || !policy.busyIn?.contains(active)
    case 'ifIdle':
      return idle
  }
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
export function Tour({
  start,
  path,
  navigate,
  scenario,
  roleName,
  canUpgrade,
  onEnd,
}: {
  /** Start from the beginning (false: resume what this tab stored). */
  start: boolean
  path: string
  navigate: (to: string) => void
  scenario: string
  roleName: string
  canUpgrade: boolean
  onEnd: () => void
}) {
  const i18n = useI18n()
  const ids = { title: useId(), body: useId() }
  const [progress, setProgress] = useState<TourProgress>(() =>
    start ? { step: 0, paused: false } : (readTourProgress() ?? { step: 0, paused: false }),
  )
  const [target, setTarget] = useState<HTMLElement | null>(null)
  const [container, setContainer] = useState<HTMLElement | null>(null)
  // Steps to read before the one reached count as read (a tour resumed after a reload).
  const read = useRef(
    new Set<TourStepId>(TOUR_STEPS.slice(0, progress.step).flatMap((step) => (step.toRead ? [step.id] : []))),
  )
  const missing = useRef(0)
  const shown = useRef<HTMLElement | null>(null)
  const inDialog = useRef<HTMLElement | null>(null)
  /** Whether the next card takes focus (see onOpenAutoFocus). */
  const focusPolicy = useRef<FocusPolicy>({ kind: 'take' })
  /** Show me was asked before its element was on the screen: done as soon as it is. */
  const pendingShow = useRef<TourStepId | null>(null)
  const primary = useRef<HTMLButtonElement>(null)
  const card = useRef<HTMLDivElement>(null)
  /** The card didn't fit beside its element (a long text, a tall dialog): it sits along the bottom. */
  const [cramped, setCramped] = useState(false)
  const resumeButton = useRef<HTMLButtonElement>(null)
  const focusResume = useRef(false)
  const context = useRef<TourContext>({ path, customerId: TOUR_CUSTOMERS[scenario], read: read.current, navigate })
  context.current = { path, customerId: TOUR_CUSTOMERS[scenario], read: read.current, navigate }

  useEffect(() => saveTourProgress(progress), [progress])

  const finish = useCallback(
    (focus: HTMLElement | null) => {
      saveTourProgress(undefined)
      onEnd()
      focus?.focus()
    },
    [onEnd],
  )

  // Look at the screen: move on when the viewer has done the step, back when they undid an
  // earlier one, and keep the highlight and the card on the step's element.
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
        const block = window.matchMedia?.(PHONE).matches ? 'center' : 'nearest'
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
  }, [progress, finish])

  // The highlight: an attribute on the element itself, so that it scrolls and stacks with it.
  useEffect(() => {
    if (!target || progress.paused) return
    target.setAttribute(HIGHLIGHT, '')
    return () => target.removeAttribute(HIGHLIGHT)
  }, [target, progress.paused])

  useEffect(() => {
    if (progress.paused && focusResume.current) {
      focusResume.current = false
      resumeButton.current?.focus()
    }
  }, [progress.paused])

  const leave = () => {
    // The chip can take focus only where no modal dialog hides the page.
    focusResume.current = upgradeDialog() === null
    setProgress((p) => ({ ...p, paused: true }))
  }

  const total = TOUR_STEPS.length
  if (progress.paused) {
    return (
      <section className="tour-chip" aria-label={i18n.t('tour.paused')}>
        <button
          ref={resumeButton}
          type="button"
          className="button button-small button-primary"
          onClick={() => {
            focusPolicy.current = { kind: 'take' }
            missing.current = 0
            setProgress((p) => ({ ...p, paused: false }))
          }}
        >
          {i18n.t('tour.resume', { step: Math.min(progress.step + 1, total), total })}
        </button>
        <button type="button" className="button button-small" onClick={() => finish(null)}>
          {i18n.t('tour.end')}
        </button>
      </section>
    )
  }

  const index = Math.min(progress.step, total - 1)
  const step = TOUR_STEPS[index]
  if (!step) return null
  const last = index === total - 1
  const phone = cramped || (window.matchMedia?.(PHONE).matches ?? false)
  const blocked = !canUpgrade && index >= 2
  const act = () => {
    focusPolicy.current = { kind: 'take' }
    if (step.toRead) {
      read.current.add(step.id)
      step.showMe(context.current)
      if (last) finish(document.querySelector<HTMLElement>('.upgrade-result .result-heading'))
      else setProgress({ step: index + 1, paused: false })
    } else {
      // Its element may still be loading (a quick viewer): then Show me waits for it.
      if (!step.target(context.current)) pendingShow.current = step.id
      step.showMe(context.current)
    }
  }

  return (
    <Popover.Root key={`${index}:${container ? 'dialog' : 'page'}`} open modal={false}>
      {/* Beside the whole tooltip that holds Upgrade now, so as not to cover its text. */}
      <Popover.Anchor
        virtualRef={{
          current: phone ? viewportBottom : (target?.closest<HTMLElement>('.tooltip') ?? target ?? viewportCentre),
        }}
      />
      <Popover.Portal container={container ?? undefined}>
        <Popover.Content
          ref={card}
          className="popover tour-card"
          side={phone ? 'top' : step.side}
          align={phone ? 'center' : (step.align ?? 'center')}
          sideOffset={phone ? 8 : 14}
          collisionPadding={12}
          aria-labelledby={ids.title}
          aria-describedby={ids.body}
          onOpenAutoFocus={(event) => {
            event.preventDefault()
            // Focus moves with the step to the card's action (entering the card, a screen reader
            // reads its title and text), unless the viewer is still working on the previous step's
            // element (the info icon, the offers): taking focus from there would undo their work.
            if (takesFocus(focusPolicy.current)) primary.current?.focus({ preventScroll: true })
          }}
          onCloseAutoFocus={(event) => event.preventDefault()}
          onEscapeKeyDown={leave}
          onInteractOutside={(event) => event.preventDefault()}
        >
          <p className="tour-progress">{i18n.t('tour.progress', { step: index + 1, total })}</p>
          <h2 id={ids.title} className="popover-title">
            {i18n.t(`tour.step.${step.id}`)}
          </h2>
          <div id={ids.body}>
            <p>{i18n.t(step.help)}</p>
            {blocked ? (
              <p className="tour-note">{i18n.t('tour.readOnly', { role: roleName })}</p>
            ) : !target ? (
              <p className="tour-note">{i18n.t('tour.notHere')}</p>
            ) : null}
          </div>
          <div className="inline-controls">
            <button
              ref={primary}
              type="button"
              className="button button-small button-primary"
              onClick={act}
              disabled={blocked}
            >
              {step.toRead ? (last ? i18n.t('tour.finish') : i18n.t('tour.next')) : i18n.t('tour.showMe')}
            </button>
            <button type="button" className="button button-small" onClick={leave}>
              {i18n.t('tour.leave')}
            </button>
          </div>
          {phone ? null : <Popover.Arrow className="popover-arrow" />}
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  )
}
