import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { useLocation, useSearch } from 'wouter'
import { auditRecordsQueryOptions } from '../../api/audit-records'
import { customerQueryOptions } from '../../api/customer'
import { useI18n } from '../../i18n/i18n'
import { addDays, filterEntries, isoDay, RETENTION_DAYS, toEntry } from './activity-model'
import { type ActivityView, parseView, serializeView } from './activity-view'

const KNOWN_OPERATIONS = ['upgrade_subscription', 'update_subscription'] as const

/**
 * The activity page as data: the view in the URL, the audit records of its dates (not asked for
 * while the range is wrong), the filters' choices, and the entries that pass them.
 */
export function useActivityLog() {
  const i18n = useI18n()
  const today = isoDay(new Date())
  const oldest = addDays(today, -RETENTION_DAYS)
  const search = useSearch()
  const [path, navigate] = useLocation()
  const view = useMemo(() => parseView(search, today), [search, today])
  const setView = (next: ActivityView) => navigate(`${path}${serializeView(next, today)}`, { replace: true })

  const rangeError =
    view.from > view.to
      ? i18n.t('activity.filter.rangeOrder')
      : view.from < oldest
        ? i18n.t('activity.filter.rangeOld', { days: RETENTION_DAYS })
        : null
  const query = useQuery({
    ...auditRecordsQueryOptions({ startDate: view.from, endDate: view.to }),
    enabled: rangeError === null,
  })
  const all = useMemo(() => (query.data ?? []).map(toEntry), [query.data])
  // A customer chosen in the URL (e.g. from its page) with no activity yet still shows by name.
  const chosen = useQuery({
    ...customerQueryOptions(view.customer),
    enabled: view.customer !== '' && !all.some((e) => e.customerId === view.customer),
  })
  const customers = useMemo(() => {
    const names = new Map<string, string>()
    for (const e of all) names.set(e.customerId, e.customerName)
    if (view.customer && !names.has(view.customer)) {
      names.set(view.customer, chosen.data?.companyProfile.companyName ?? view.customer)
    }
    return [...names].sort((a, b) => i18n.compare(a[1], b[1]))
  }, [all, view.customer, chosen.data, i18n])
  const users = useMemo(() => [...new Set(all.map((e) => e.user))].sort(i18n.compare), [all, i18n])
  const operations = useMemo(() => [...new Set([...KNOWN_OPERATIONS, ...all.map((e) => e.operation)])], [all])
  const entries = useMemo(
    () =>
      filterEntries(all, view).filter(
        (e) => view.customer === '' || e.customerId.toLowerCase() === view.customer.toLowerCase(),
      ),
    [all, view],
  )
  return { view, setView, bounds: [oldest, today] as const, rangeError, query, customers, users, operations, entries }
}

export type ActivityLog = ReturnType<typeof useActivityLog>
