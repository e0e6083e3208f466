import { useId } from 'react'
import { useI18n } from '../../i18n/i18n'
import { REPORTED_STATUSES } from '../../rules/subscription-status'
import { Button } from '../../ui/button'
import { FilterBar } from '../../ui/filter-bar'
import { SearchField } from '../../ui/search-field'
import { OfferSelect, SelectField } from '../../ui/select-field'
import { isFiltered, type SubscriptionView } from './subscription-view'

/** Search, filters and the count of what they leave. Changes go to the URL through `onChange`. */
export function SubscriptionToolbar({
  view,
  offers,
  shown,
  total,
  canManage,
  onChange,
}: {
  view: SubscriptionView
  /** The offers present in this customer's subscriptions: id and name. */
  offers: readonly { id: string; name: string }[]
  shown: number
  total: number
  canManage: boolean
  /** `replace` for keystrokes (one history entry per search, not per letter). */
  onChange: (next: SubscriptionView, options?: { replace?: boolean }) => void
}) {
  const i18n = useI18n()
  const eligibleId = useId()

  return (
    <FilterBar label={i18n.t('subscriptions.toolbar.label')}>
      <SearchField
        label={i18n.t('subscriptions.search.label')}
        value={view.q}
        onChange={(q) => onChange({ ...view, q }, { replace: true })}
      />
      <SelectField
        label={i18n.t('subscriptions.filter.status')}
        value={view.status}
        none={{ value: 'all', label: i18n.t('subscriptions.filter.allStatuses') }}
        options={REPORTED_STATUSES.map((status) => [status, i18n.t(`status.${status}`)] as const)}
        onChange={(value) => onChange({ ...view, status: REPORTED_STATUSES.find((s) => s === value) ?? 'all' })}
      />
      <OfferSelect
        label={i18n.t('subscriptions.filter.offer')}
        offers={offers}
        value={view.offer}
        none={{ value: 'all', label: i18n.t('subscriptions.filter.allOffers') }}
        onChange={(offer) => onChange({ ...view, offer })}
      />
      {canManage ? (
        <div className="field field-checkbox toolbar-checkbox">
          <input
            id={eligibleId}
            type="checkbox"
            checked={view.eligibleOnly}
            onChange={(event) => onChange({ ...view, eligibleOnly: event.target.checked })}
          />
          <label htmlFor={eligibleId}>{i18n.t('subscriptions.filter.eligible')}</label>
        </div>
      ) : null}
      <p className="result-count toolbar-count" role="status">
        {i18n.t('subscriptions.count', { shown, total })}
      </p>
      {isFiltered(view) ? (
        <Button
          size="small"
          onClick={() => onChange({ ...view, q: '', status: 'all', offer: 'all', eligibleOnly: false })}
        >
          {i18n.t('subscriptions.filter.clear')}
        </Button>
      ) : null}
    </FilterBar>
  )
}
