import { useI18n } from '../../i18n/i18n'
import { Button } from '../../ui/button'
import { DateField } from '../../ui/date-field'
import { FilterBar } from '../../ui/filter-bar'
import { SelectField } from '../../ui/select-field'
import type { ActivityLog } from './use-activity-log'

/** The activity's filters (customer, dates, operation, user) and its export. */
export function ActivityFilters({
  log,
  rangeErrorId,
  onExport,
}: {
  log: ActivityLog
  /** The range error's id, when there is one. */
  rangeErrorId: string | undefined
  onExport: () => void
}) {
  const i18n = useI18n()
  const { view, setView, bounds } = log
  return (
    <FilterBar label={i18n.t('activity.filter.label')}>
      <SelectField
        label={i18n.t('activity.filter.customer')}
        none={{ value: '', label: i18n.t('activity.filter.allCustomers') }}
        value={view.customer}
        options={log.customers}
        onChange={(customer) => setView({ ...view, customer })}
      />
      {/* From and to: the two ends of one range (duplicates pairs them by shape), each its own value. */}
      <DateField
        label={i18n.t('activity.filter.from')}
        value={view.from}
        bounds={bounds}
        errorId={rangeErrorId}
        onChange={(from) => setView({ ...view, from })}
      />
      <DateField
        label={i18n.t('activity.filter.to')}
        value={view.to}
        bounds={bounds}
        errorId={rangeErrorId}
        onChange={(to) => setView({ ...view, to })}
      />
      <SelectField
        label={i18n.t('activity.filter.operation')}
        none={{ value: '', label: i18n.t('activity.filter.allOperations') }}
        value={view.operation}
        options={log.operations.map((operation) => [operation, i18n.t('activity.operation', { operation })] as const)}
        onChange={(operation) => setView({ ...view, operation })}
      />
      <SelectField
        label={i18n.t('activity.filter.user')}
        none={{ value: '', label: i18n.t('activity.filter.allUsers') }}
        value={view.user}
        options={log.users.map((user) => [user, user] as const)}
        onChange={(user) => setView({ ...view, user })}
      />
      <Button size="small" onClick={onExport} disabled={log.entries.length === 0}>
        {i18n.t('activity.export')}
      </Button>
    </FilterBar>
  )
}
