import * as Popover from '@radix-ui/react-popover'
import { memo, type Ref, type RefObject, useId, useLayoutEffect, useMemo, useRef } from 'react'
import { normalizeErrorCode } from '../../api/upgrades'
import { useI18n } from '../../i18n/i18n'
import { problemText } from '../../i18n/problems'
import type { SubscriptionEligibility } from '../../rules/eligibility'
import { Button, buttonClassName } from '../../ui/button'
import { ErrorPanel } from '../../ui/error-panel'
import { BlockedIcon } from '../../ui/icons'
import { useServiceUpgrades } from './service-upgrades'

/**
 * Why a row has no upgrade, on demand: each blocked row has a plain "Why no upgrade?" button, and
 * one popover for the whole table shows the reasons of the row whose button opened it. A Radix
 * Popover per row was a third of React's work in each frame of scrolling a 10,000-row list.
 */
export function BlockedReasonsTrigger({
  subscriptionName,
  open,
  popoverId,
  onToggle,
}: {
  subscriptionName: string
  /** This row's reasons are the ones shown now. */
  open: boolean
  popoverId: string
  onToggle: (trigger: HTMLButtonElement) => void
}) {
  const i18n = useI18n()
  // The same markup as a Radix Popover.Trigger, so assistive technology hears the same thing.
  return (
    <Button
      variant="link"
      aria-haspopup="dialog"
      aria-expanded={open}
      aria-controls={open ? popoverId : undefined}
      data-state={open ? 'open' : 'closed'}
      aria-label={i18n.t('blocked.trigger.label', { name: subscriptionName })}
      onClick={(event) => onToggle(event.currentTarget)}
    >
      <BlockedIcon />
      <span>{i18n.t('blocked.trigger')}</span>
    </Button>
  )
}

export interface BlockedReasonsTarget {
  readonly customerId: string
  readonly subscriptionId: string
  readonly subscriptionName: string
  readonly eligibility: SubscriptionEligibility
  /** The row's button: the popover points at it, and focus returns to it on close. */
  readonly trigger: HTMLElement
  readonly open: boolean
}

/**
 * The table's one popover: non-modal, anchored to the button of the row it explains. Memoized: the
 * table renders on every scroll frame, the popover only when its row or state changes.
 */
export const BlockedReasonsPopover = memo(function BlockedReasonsPopover({
  id,
  target,
  onClose,
}: {
  id: string
  target: BlockedReasonsTarget | null
  onClose: () => void
}) {
  const trigger = target?.trigger ?? null
  const anchor = useMemo<RefObject<HTMLElement | null>>(() => ({ current: trigger }), [trigger])
  const shown = useRef<string | null>(null)
  useLayoutEffect(() => {
    shown.current = target?.open ? target.subscriptionId : null
  })
  return (
    <Popover.Root
      open={target?.open ?? false}
      onOpenChange={(open) => {
        if (!open) onClose()
      }}
    >
      <Popover.Anchor virtualRef={anchor} />
      <Popover.Portal>
        {target ? <ReasonsContent key={target.subscriptionId} id={id} target={target} shown={shown} /> : null}
      </Popover.Portal>
    </Popover.Root>
  )
})

/**
 * One row's reasons. Radix returns focus to its own trigger on close, unless the user clicked or
 * focused something else, and a click on the trigger toggles rather than dismisses; this does the
 * same for the row's button. A click on another row's button shows that row's reasons at once:
 * these then neither take focus back on unmounting, nor act on the outside click Radix delivers to
 * them late.
 */
function ReasonsContent({
  ref,
  id,
  target,
  shown,
}: {
  /** From Radix's Presence (through the portal), which watches the content node. */
  ref?: Ref<HTMLDivElement>
  id: string
  target: BlockedReasonsTarget
  /** The subscription whose reasons are shown now, if any. */
  shown: RefObject<string | null>
}) {
  const i18n = useI18n()
  const titleId = useId()
  const interactedOutside = useRef(false)
  const pointerDownOutside = useRef(false)
  const replaced = () => shown.current !== null && shown.current !== target.subscriptionId
  return (
    <Popover.Content
      ref={ref}
      id={id}
      aria-labelledby={titleId}
      className="popover"
      side="bottom"
      align="start"
      sideOffset={4}
      collisionPadding={12}
      onInteractOutside={(event) => {
        if (shown.current !== target.subscriptionId) {
          event.preventDefault()
          return
        }
        const type = event.detail.originalEvent.type
        interactedOutside.current = true
        if (type === 'pointerdown') pointerDownOutside.current = true
        if (event.target instanceof Node && target.trigger.contains(event.target)) event.preventDefault()
        if (type === 'focusin' && pointerDownOutside.current) event.preventDefault()
      }}
      onCloseAutoFocus={(event) => {
        event.preventDefault()
        if (!interactedOutside.current && !replaced()) target.trigger.focus()
      }}
    >
      <h3 id={titleId} className="popover-title">
        {i18n.rich('blocked.title', { name: target.subscriptionName })}
      </h3>
      {target.eligibility.sourceOffer ? (
        <Reasons eligibility={target.eligibility} />
      ) : (
        <ServiceReasons customerId={target.customerId} subscriptionId={target.subscriptionId} />
      )}
      <Popover.Close className={buttonClassName({ size: 'small' })}>{i18n.t('action.close')}</Popover.Close>
      <Popover.Arrow className="popover-arrow" />
    </Popover.Content>
  )
}

/**
 * An offer the catalog does not know: the local rules cannot explain it, so the popover shows the
 * service's own answer (the row asked already; the same query).
 */
function ServiceReasons({ customerId, subscriptionId }: { customerId: string; subscriptionId: string }) {
  const i18n = useI18n()
  const service = useServiceUpgrades(customerId, subscriptionId)
  if (service.isPending) return <p role="status">{i18n.t('blocked.service.loading')}</p>
  if (service.isError) return <ErrorPanel error={service.error} onRetry={() => void service.refetch()} />
  const blocked = service.data.filter((upgrade) => !upgrade.isEligible)
  return (
    <>
      <p>{i18n.t('blocked.service.intro')}</p>
      {blocked.length === 0 ? (
        <p>{i18n.t('blocked.service.none')}</p>
      ) : (
        <ul className="reason-list">
          {blocked.map((upgrade) => (
            <li key={upgrade.targetOffer.id}>
              <strong>{upgrade.targetOffer.name}</strong>:{' '}
              {(upgrade.upgradeErrors ?? []).length > 0
                ? (upgrade.upgradeErrors ?? [])
                    .map(
                      (e) =>
                        e.description ?? i18n.t('upgrade.reason.code', { code: String(normalizeErrorCode(e.code)) }),
                    )
                    .join(' ')
                : i18n.t('upgrade.reason.unknown')}
            </li>
          ))}
        </ul>
      )}
    </>
  )
}

/** The reasons that hold for every target, then each blocked target's own. */
function Reasons({ eligibility }: { eligibility: SubscriptionEligibility }) {
  const i18n = useI18n()
  const subscriptionWide = eligibility.blockers
  const perTarget = eligibility.targets
    .filter((target) => !target.isEligible)
    .map((target) => ({ target, own: target.problems.filter((p) => !subscriptionWide.includes(p)) }))
    .filter((entry) => entry.own.length > 0)
  return (
    <>
      {subscriptionWide.length > 0 ? (
        <ul className="reason-list">
          {subscriptionWide.map((problem) => (
            <li key={problem.kind}>{problemText(i18n, problem)}</li>
          ))}
        </ul>
      ) : null}
      {perTarget.length > 0 ? (
        <>
          <p className="popover-subtitle">{i18n.t('blocked.perTarget')}</p>
          <ul className="reason-list">
            {perTarget.map(({ target, own }) => (
              <li key={target.offer.id}>
                <strong>{target.offer.name}</strong>:{' '}
                {own.map((p, index) => (
                  <span key={p.kind}>
                    {index > 0 ? ' ' : null}
                    {problemText(i18n, p, target.offer.name)}
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  )
}
