import { useEffect, useRef } from 'react'
import type { Subscription, UserLicenseError } from '../../api/subscription-schemas'
import { useI18n } from '../../i18n/i18n'
import { licenseErrorText } from '../../i18n/problems'
import { Button } from '../../ui/button'
import { Table } from '../../ui/table'
import { UpgradePricePreview } from './price-preview'
import type { SubmittedUpgrade } from './upgrade-types'

/** Step 4 of the article: what happened, and the accounts and services that need more work. */
export function UpgradeResultView({
  submitted,
  subscription,
  customerId,
  onDone,
}: {
  submitted: SubmittedUpgrade
  subscription: Subscription
  customerId: string
  onDone: () => void
}) {
  const i18n = useI18n()
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [])
  const { result, targetName, quantity, transfer, source, sourceQuantity } = submitted
  // What the service says became of the source; only if it could not be read, what was asked.
  const suspended = source ? source.status === 'suspended' : quantity === sourceQuantity
  const remaining = source ? source.quantity : sourceQuantity - quantity
  const licenseErrors = result.licenseErrors ?? []
  const sourceName = subscription.friendlyName || subscription.offerName
  return (
    <div className="upgrade-result">
      <h3 ref={heading} tabIndex={-1} className="result-heading">
        {i18n.t('upgrade.result.title')}
      </h3>
      <ul className="result-facts">
        <li>
          {i18n.rich('upgrade.result.created', { target: targetName, quantity })}
          {result.targetSubscriptionId ? (
            <span className="secondary">
              {i18n.t('upgrade.result.subscriptionId')} <code>{result.targetSubscriptionId}</code>
            </span>
          ) : null}
        </li>
        <li>
          {suspended
            ? i18n.rich('upgrade.result.sourceSuspended', { source: sourceName })
            : i18n.rich('upgrade.result.sourceReduced', { source: sourceName, remaining })}
        </li>
        <li>{i18n.t('upgrade.result.billing')}</li>
      </ul>
      <UpgradePricePreview
        customerId={customerId}
        subscription={subscription}
        targetOfferId={submitted.targetOfferId}
        targetName={targetName}
        quantity={quantity}
        title={i18n.t('price.result.title')}
      />
      {licenseErrors.length > 0 ? (
        <AffectedAccounts licenseErrors={licenseErrors} targetName={targetName} />
      ) : (
        <p className="success-note">
          {transfer ? i18n.t('upgrade.result.allMoved') : i18n.rich('upgrade.result.noneMoved', { target: targetName })}
        </p>
      )}
      <div className="dialog-actions">
        <Button variant="primary" onClick={onDone}>
          {i18n.t('action.done')}
        </Button>
      </div>
    </div>
  )
}

/** The user accounts and services that need more work after the upgrade, each problem in words. */
function AffectedAccounts({
  licenseErrors,
  targetName,
}: {
  licenseErrors: readonly UserLicenseError[]
  targetName: string
}) {
  const i18n = useI18n()
  return (
    <section aria-labelledby="affected-heading" className="affected">
      <h4 id="affected-heading">{i18n.t('upgrade.result.affected.title', { count: licenseErrors.length })}</h4>
      <p>{i18n.rich('upgrade.result.affected.lead', { target: targetName })}</p>
      <Table stack>
        <caption className="visually-hidden">{i18n.t('upgrade.result.affected.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{i18n.t('upgrade.result.affected.user')}</th>
            <th scope="col">{i18n.t('upgrade.result.affected.email')}</th>
            <th scope="col">{i18n.t('upgrade.result.affected.services')}</th>
          </tr>
        </thead>
        <tbody>
          {licenseErrors.map((user) => (
            <tr key={user.userObjectId}>
              <th scope="row" className="cell-wrap">
                {user.name ?? user.userObjectId}
              </th>
              <td className="cell-wrap" data-label={i18n.t('upgrade.result.affected.email')}>
                {user.email ?? '—'}
              </td>
              <td className="cell-wrap" data-label={i18n.t('upgrade.result.affected.services')}>
                <ul className="reason-list">
                  {user.errors.map((error, index) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: errors have no id and never reorder
                    <li key={index}>
                      {licenseErrorText(i18n, error, {
                        target: targetName,
                        user: user.name ?? user.email ?? user.userObjectId,
                      })}
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
    </section>
  )
}
