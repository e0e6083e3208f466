import * as Popover from '@radix-ui/react-popover'
import { useId } from 'react'
import { useI18n } from '../../i18n/i18n'
import { problemText } from '../../i18n/problems'
import type { SubscriptionEligibility } from '../../rules/eligibility'
import { BlockedIcon } from '../../ui/icons'

/** Why a row has no upgrade, on demand: a button that opens a popover with every reason. */
export function BlockedReasons({
  subscriptionName,
  eligibility,
}: {
  subscriptionName: string
  eligibility: SubscriptionEligibility
}) {
  const i18n = useI18n()
  const titleId = useId()
  const subscriptionWide = eligibility.blockers
  const perTarget = eligibility.targets
    .map((target) => ({
      target,
      own: target.problems.filter((p) => !subscriptionWide.includes(p)),
    }))
    .filter((entry) => !entry.target.isEligible)
  return (
    <Popover.Root>
      <Popover.Trigger className="link-button" aria-label={i18n.t('blocked.trigger.label', { name: subscriptionName })}>
        <BlockedIcon />
        <span>{i18n.t('blocked.trigger')}</span>
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          aria-labelledby={titleId}
          className="popover"
          side="bottom"
          align="start"
          sideOffset={4}
          collisionPadding={12}
        >
          <h3 id={titleId} className="popover-title">
            {i18n.t('blocked.title', { name: subscriptionName })}
          </h3>
          {subscriptionWide.length > 0 ? (
            <ul className="reason-list">
              {subscriptionWide.map((problem) => (
                <li key={problem.kind}>{problemText(i18n, problem)}</li>
              ))}
            </ul>
          ) : null}
          {perTarget.some((entry) => entry.own.length > 0) ? (
            <>
              <p className="popover-subtitle">{i18n.t('blocked.perTarget')}</p>
              <ul className="reason-list">
                {perTarget
                  .filter((entry) => entry.own.length > 0)
                  .map(({ target, own }) => (
                    <li key={target.offer.id}>
                      <strong>{target.offer.name}</strong>:{' '}
                      {own.map((p) => problemText(i18n, p, target.offer.name)).join(' ')}
                    </li>
                  ))}
              </ul>
            </>
          ) : null}
          <Popover.Close className="button button-small">{i18n.t('action.close')}</Popover.Close>
          <Popover.Arrow className="popover-arrow" />
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  )
}
