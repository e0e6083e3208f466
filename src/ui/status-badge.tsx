import { useI18n } from '../i18n/i18n'
import type { SubscriptionStatus } from '../rules/subscription-status'

export function StatusBadge({ status }: { status: SubscriptionStatus }) {
  const i18n = useI18n()
  return <span className={`badge badge-${status}`}>{i18n.t(`status.${status}`)}</span>
}
