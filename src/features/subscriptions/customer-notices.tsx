import type { ReactNode } from 'react'
import type { Customer } from '../../api/schemas'
import { useI18n } from '../../i18n/i18n'
import type { PartnerRole } from '../../rules/roles'

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
        <p className="notice" role="note">
          {i18n.rich('customer.readOnly', {
            role: role ? i18n.t(`role.${role}`) : i18n.t('auth.account.noRole'),
          })}
        </p>
      ) : null}
      {customer && !customer.allowDelegatedAccess && canManage ? (
        <p className="notice notice-warning" role="note">
          {i18n.t('customer.noDelegatedAdmin')}
        </p>
      ) : null}
      <div aria-live="polite" className="live-region">
        {done ? <p className="notice notice-success">{done}</p> : null}
      </div>
    </>
  )
}
