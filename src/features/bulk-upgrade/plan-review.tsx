import { type Ref, useRef } from 'react'
import { useI18n } from '../../i18n/i18n'
import { problemText } from '../../i18n/problems'
import { findOffer } from '../../rules/offers'
import { Button } from '../../ui/button'
import { Page } from '../../ui/page'
import { type BulkRun, type BulkUpgradeType, createRun } from './bulk-run-model'
import { ItemsTable } from './items-table'
import type { Review } from './review'

/** The plan's second step: what will happen to each subscription, what the rules refuse, and the start. */
export function PlanReview({
  headingRef,
  review,
  upgradeType,
  onBack,
  onStart,
}: {
  headingRef: Ref<HTMLHeadingElement>
  review: Review
  upgradeType: BulkUpgradeType
  onBack: () => void
  onStart: (run: BulkRun) => void
}) {
  const i18n = useI18n()
  const started = useRef(false)
  return (
    <Page title={i18n.t('bulk.review.title')} headingRef={headingRef}>
      <p className="lead" role="status">
        {i18n.t('bulk.review.totals', {
          count: review.items.length,
          seats: review.seats,
          customers: review.customers,
        })}
      </p>
      <p>
        {upgradeType === 'upgrade_with_license_transfer'
          ? i18n.t('bulk.plan.transferOn')
          : i18n.t('bulk.plan.transferOff')}
      </p>
      {review.items.length > 0 ? <ItemsTable caption={i18n.t('bulk.review.caption')} items={review.items} /> : null}
      {review.refused.length > 0 ? <RefusedList refused={review.refused} /> : null}
      <div className="dialog-actions">
        <Button onClick={onBack}>{i18n.t('bulk.review.back')}</Button>
        <Button
          variant="primary"
          disabled={review.items.length === 0}
          onClick={() => {
            if (started.current) return
            started.current = true
            onStart(createRun(review.items, upgradeType))
          }}
        >
          {i18n.t('bulk.review.start', { count: review.items.length })}
        </Button>
      </div>
    </Page>
  )
}

/** The selected subscriptions the rules refuse for their target, each with its reasons in words. */
function RefusedList({ refused }: { refused: Review['refused'] }) {
  const i18n = useI18n()
  return (
    <>
      <h2>{i18n.t('bulk.review.refusedTitle', { count: refused.length })}</h2>
      <ul className="refused-list">
        {refused.map(({ row, targetOfferId, problems }) => {
          const targetName = findOffer(targetOfferId)?.name
          return (
            <li key={row.subscriptionId}>
              <strong>{row.subscriptionName}</strong> ({row.customerName}):{' '}
              {problems.map((p) => problemText(i18n, p, targetName)).join(' ')}
            </li>
          )
        })}
      </ul>
    </>
  )
}
