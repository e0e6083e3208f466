import * as Popover from '@radix-ui/react-popover'
import { type RefObject, useId, useRef } from 'react'
import { useI18n } from '../../i18n/i18n'
import { type FocusPolicy, takesFocus } from './tour-focus'
import type { TourStep } from './tour-steps'

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

/**
 * One step's card: a Radix Popover beside the step's element (inside the upgrade dialog while it is
 * open, so that the dialog's focus trap and its hiding of the page do not shut the tour out), with
 * the step's title and the Help page's text, and Show me / Next / Finish and Leave the tour.
 */
export function TourCard({
  step,
  index,
  total,
  target,
  container,
  phone,
  blocked,
  roleName,
  card,
  focusPolicy,
  onAct,
  onLeave,
}: {
  step: TourStep
  index: number
  total: number
  target: HTMLElement | null
  container: HTMLElement | null
  phone: boolean
  /** The signed-in role may not upgrade: the steps from the info icon on cannot be done. */
  blocked: boolean
  roleName: string
  card: RefObject<HTMLDivElement | null>
  focusPolicy: RefObject<FocusPolicy>
  onAct: () => void
  onLeave: () => void
}) {
  const i18n = useI18n()
  const ids = { title: useId(), body: useId() }
  const primary = useRef<HTMLButtonElement>(null)
  const last = index === total - 1
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
          onEscapeKeyDown={onLeave}
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
              onClick={onAct}
              disabled={blocked}
            >
              {step.toRead ? (last ? i18n.t('tour.finish') : i18n.t('tour.next')) : i18n.t('tour.showMe')}
            </button>
            <button type="button" className="button button-small" onClick={onLeave}>
              {i18n.t('tour.leave')}
            </button>
          </div>
          {phone ? null : <Popover.Arrow className="popover-arrow" />}
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  )
}
