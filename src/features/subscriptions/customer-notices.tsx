import type { ReactNode } from 'react'
import type { Customer } from '../../api/schemas'
import { useI18n } from '../../i18n/i18n'
import type { PartnerRole } from '../../rules/roles'
import { Notice } from '../../ui/notice'

/** What the agent should know before acting: a read-only role, no delegated admin, what was just done. */
export function CustomerNotices({
  customer,
  role,
  canManage,
  done,
}: {
  customer: Customer | undefined
  role: PartnerRole | undefined
  canManage: boolean
  /** The last change made from this page (licenses added), announced politely. */
  done: ReactNode
}) {
  const i18n = useI18n()
  return (
    <>
      {!canManage ? (
        <Notice role="note">
          {i18n.rich('customer.readOnly', {
            role: role ? i18n.t(`role.${role}`) : i18n.t('auth.account.noRole'),
          })}
        </Notice>
      ) : null}
      {customer && !customer.allowDelegatedAccess && canManage ? (
        <Notice tone="warning" role="note">
          {i18n.t('customer.noDelegatedAdmin')}
        </Notice>
      ) : null}
      <div aria-live="polite" className="live-region">
        {done ? <Notice tone="success">{done}</Notice> : null}
      </div>
    </>
  )
}
