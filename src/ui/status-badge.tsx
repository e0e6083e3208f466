import { useI18n } from '../i18n/i18n'
import { readSubscriptionStatus } from '../rules/subscription-status'

/** Long enough for any real status; a hostile one is cut, not allowed to stretch the row. */
const MAX_SHOWN = 40

/**
 * A subscription's status as Partner Center sent it. One no SDK knows is shown plainly: "Unknown"
 * and the value as it came (isolated, so right-to-left text cannot reorder the row).
 */
export function StatusBadge({ status }: { status: string }) {
  const i18n = useI18n()
  const known = readSubscriptionStatus(status)
  const shown = status.length > MAX_SHOWN ? `${status.slice(0, MAX_SHOWN - 1)}…` : status
  return (
    <>
      <span className={`badge badge-${known}`}>{i18n.t(`status.${known}`)}</span>
      {known === 'unknown' && shown.trim() !== '' ? (
        <span className="secondary">
          <bdi>{shown}</bdi>
        </span>
      ) : null}
    </>
  )
}
