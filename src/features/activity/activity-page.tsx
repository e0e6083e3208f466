import { useQuery } from '@tanstack/react-query'
import { useId, useMemo, useState } from 'react'
import { useLocation, useSearch } from 'wouter'
import { auditRecordsQueryOptions } from '../../api/audit-records'
import { customerQueryOptions } from '../../api/customers'
import { useI18n } from '../../i18n/i18n'
import { ErrorPanel } from '../../ui/error-panel'
import {
  type ActivityEntry,
  addDays,
  DEFAULT_DAYS,
  filterEntries,
  isoDay,
  RETENTION_DAYS,
  toCsv,
  toEntry,
} from './activity-model'
import { ActivityTable, changeText } from './activity-table'

const KNOWN_OPERATIONS = ['upgrade_subscription', 'update_subscription'] as const
const DAY = /^\d{4}-\d{2}-\d{2}$/

interface ActivityView {
  readonly customer: string
  readonly from: string
  readonly to: string
  readonly operation: string
  readonly user: string
}

/** The view lives in the URL (`#/activity?customer=…&from=…&to=…&operation=…&user=…`). */
function parseView(search: string, today: string): ActivityView {
  const params = new URLSearchParams(search)
  const day = (value: string | null, fallback: string) => (value && DAY.test(value) ? value : fallback)
  return {
    customer: params.get('customer') ?? '',
    from: day(params.get('from'), addDays(today, -DEFAULT_DAYS)),
    to: day(params.get('to'), today),
    operation: params.get('operation') ?? '',
    user: params.get('user') ?? '',
  }
}

function serializeView(view: ActivityView, today: string): string {
  const params = new URLSearchParams()
  if (view.customer) params.set('customer', view.customer)
  if (view.from !== addDays(today, -DEFAULT_DAYS)) params.set('from', view.from)
  if (view.to !== today) params.set('to', view.to)
  if (view.operation) params.set('operation', view.operation)
  if (view.user) params.set('user', view.user)
  const text = params.toString()
  return text ? `?${text}` : ''
}

function download(fileName: string, text: string): void {
  // A byte order mark, so that spreadsheet apps read the file as UTF-8.
  const url = URL.createObjectURL(new Blob([`\uFEFF${text}`], { type: 'text/csv;charset=utf-8' }))
  const anchor = document.createElement('a')
  anchor.href = url
  anchor.download = fileName
  anchor.click()
  setTimeout(() => URL.revokeObjectURL(url), 0)
}

function SelectFilter({
  label,
  all,
  value,
  options,
  onChange,
}: {
  label: string
  /** The option that filters nothing. */
  all: string
  value: string
  options: readonly (readonly [value: string, text: string])[]
  onChange: (value: string) => void
}) {
  const id = useId()
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{all}</option>
        {options.map(([option, text]) => (
          <option key={option} value={option}>
            {text}
          </option>
        ))}
      </select>
    </div>
  )
}

function DateFilter({
  label,
  value,
  bounds,
  errorId,
  onChange,
}: {
  label: string
  value: string
  bounds: readonly [min: string, max: string]
  /** The range error's id, when there is one. */
  errorId: string | undefined
  onChange: (day: string) => void
}) {
  const id = useId()
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="date"
        value={value}
        min={bounds[0]}
        max={bounds[1]}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={errorId}
        onChange={(event) => {
          if (DAY.test(event.target.value)) onChange(event.target.value)
        }}
      />
    </div>
  )
}

/** Partner Center's activity log: who changed which subscription, when, and what changed. */
export function ActivityPage() {
  const i18n = useI18n()
  const today = isoDay(new Date())
  const oldest = addDays(today, -RETENTION_DAYS)
  const search = useSearch()
  const [path, navigate] = useLocation()
  const view = useMemo(() => parseView(search, today), [search, today])
  const setView = (next: ActivityView) => navigate(`${path}${serializeView(next, today)}`, { replace: true })
  const rangeId = useId()
  const [exported, setExported] = useState<number | null>(null)

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

  const exportCsv = () => {
    const header = [
      i18n.t('activity.col.date'),
      i18n.t('activity.col.customer'),
      i18n.t('activity.csv.customerId'),
      i18n.t('activity.col.subscription'),
      i18n.t('activity.csv.subscriptionId'),
      i18n.t('activity.col.operation'),
      i18n.t('activity.csv.before'),
      i18n.t('activity.csv.after'),
      i18n.t('activity.col.user'),
      i18n.t('activity.col.status'),
      i18n.t('error.correlationId'),
    ]
    const row = (e: ActivityEntry) => {
      const change = changeText(i18n, e)
      return [
        e.date,
        e.customerName,
        e.customerId,
        e.before?.name ?? '',
        e.subscriptionId ?? '',
        i18n.t('activity.operation', { operation: e.operation }),
        change.before,
        change.after,
        e.user,
        i18n.t('activity.status', { status: e.status }),
        e.correlationId ?? '',
      ]
    }
    download(`activity-${view.from}-${view.to}.csv`, toCsv(header, entries.map(row)))
    setExported(entries.length)
  }

  return (
    <section className="page activity-page" aria-labelledby="activity-heading">
      <h1 id="activity-heading">{i18n.t('activity.title')}</h1>
      <p className="lead">{i18n.t('activity.lead', { days: RETENTION_DAYS })}</p>
      {/* biome-ignore lint/a11y/useSemanticElements: <search> is not known to every browser and test DOM yet; the role says the same */}
      <div role="search" className="toolbar" aria-label={i18n.t('activity.filter.label')}>
        <SelectFilter
          label={i18n.t('activity.filter.customer')}
          all={i18n.t('activity.filter.allCustomers')}
          value={view.customer}
          options={customers}
          onChange={(customer) => setView({ ...view, customer })}
        />
        <DateFilter
          label={i18n.t('activity.filter.from')}
          value={view.from}
          bounds={[oldest, today]}
          errorId={rangeError ? rangeId : undefined}
          onChange={(from) => setView({ ...view, from })}
        />
        <DateFilter
          label={i18n.t('activity.filter.to')}
          value={view.to}
          bounds={[oldest, today]}
          errorId={rangeError ? rangeId : undefined}
          onChange={(to) => setView({ ...view, to })}
        />
        <SelectFilter
          label={i18n.t('activity.filter.operation')}
          all={i18n.t('activity.filter.allOperations')}
          value={view.operation}
          options={operations.map((operation) => [operation, i18n.t('activity.operation', { operation })] as const)}
          onChange={(operation) => setView({ ...view, operation })}
        />
        <SelectFilter
          label={i18n.t('activity.filter.user')}
          all={i18n.t('activity.filter.allUsers')}
          value={view.user}
          options={users.map((user) => [user, user] as const)}
          onChange={(user) => setView({ ...view, user })}
        />
        <button type="button" className="button button-small" onClick={exportCsv} disabled={entries.length === 0}>
          {i18n.t('activity.export')}
        </button>
      </div>
      {rangeError ? (
        <p id={rangeId} className="field-error">
          {rangeError}
        </p>
      ) : null}
      <div aria-live="polite" className="live-region">
        {exported !== null ? (
          <p className="notice notice-success">{i18n.t('activity.exported', { count: exported })}</p>
        ) : null}
      </div>
      {rangeError ? null : query.isError ? (
        <ErrorPanel error={query.error} onRetry={() => void query.refetch()} />
      ) : query.isPending ? (
        <p role="status" className="loading">
          {i18n.t('activity.loading')}
        </p>
      ) : (
        <>
          <p className="result-count" role="status">
            {i18n.t('activity.count', { count: entries.length })}
          </p>
          {entries.length === 0 ? (
            <p className="empty">{i18n.t('activity.empty')}</p>
          ) : (
            <ActivityTable entries={entries} caption={i18n.t('activity.caption')} />
          )}
        </>
      )}
    </section>
  )
}
