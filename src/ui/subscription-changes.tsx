import { useI18n } from '../i18n/i18n'
import { readSubscriptionStatus } from '../rules/subscription-status'
import { Button } from './button'
import { Notice } from './notice'

/**
 * The parts of a subscription (src/api/subscription-schemas.ts) whose change is said in words; an
 * API `Subscription` is one. Described here so that the shared UI needs nothing of the client.
 */
interface SubscriptionVersion {
  readonly quantity: number
  readonly status: string
}

/** What differs between two versions of a subscription, in words: license count, status, else "other details". */
export function SubscriptionChanges({ before, after }: { before: SubscriptionVersion; after: SubscriptionVersion }) {
  const i18n = useI18n()
  const changes: string[] = []
  if (before.quantity !== after.quantity) {
    changes.push(i18n.t('review.change.quantity', { before: before.quantity, after: after.quantity }))
  }
  if (before.status !== after.status) {
    changes.push(
      i18n.t('review.change.status', {
        before: i18n.t(`status.${readSubscriptionStatus(before.status)}`),
        after: i18n.t(`status.${readSubscriptionStatus(after.status)}`),
      }),
    )
  }
  if (changes.length === 0) changes.push(i18n.t('review.change.other'))
  return (
    <div className="review-changes">
      <p>{i18n.t('review.whatChanged')}</p>
      <ul>
        {changes.map((change) => (
          <li key={change}>{change}</li>
        ))}
      </ul>
    </div>
  )
}

/**
 * Said while a dialog is open and its subscription changes elsewhere (another agent or tab): what
 * changed, and a button to show the latest data. Nothing is submitted against data not shown.
 */
export function NewerDataNotice({
  shown,
  newer,
  onShowLatest,
}: {
  shown: SubscriptionVersion
  newer: SubscriptionVersion
  onShowLatest: () => void
}) {
  const i18n = useI18n()
  return (
    <Notice as="div" tone="warning" role="status">
      <p>{i18n.t('review.newer')}</p>
      <SubscriptionChanges before={shown} after={newer} />
      <Button size="small" onClick={onShowLatest}>
        {i18n.t('review.showLatest')}
      </Button>
    </Notice>
  )
}
