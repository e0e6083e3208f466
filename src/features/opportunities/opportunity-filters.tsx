import { useI18n } from '../../i18n/i18n'
import { FilterBar } from '../../ui/filter-bar'
import { NumberField } from '../../ui/number-field'
import { SearchField } from '../../ui/search-field'
import { OfferSelect } from '../../ui/select-field'
import type { OpportunityFilter } from './opportunity-view'

interface OfferChoice {
  readonly id: string
  readonly name: string
}

function parseSeats(text: string): number | undefined {
  const value = Number.parseInt(text, 10)
  return Number.isFinite(value) && value >= 0 ? value : undefined
}

/**
 * The opportunities' filters: customer, current offer, target offer, and a range of seats. (They
 * open like the subscriptions' toolbar, which duplicates pairs by shape: other fields, other state.)
 */
export function OpportunityFilters({
  filter,
  offers,
  onChange,
}: {
  filter: OpportunityFilter
  offers: { readonly sources: readonly OfferChoice[]; readonly targets: readonly OfferChoice[] }
  onChange: (next: Partial<OpportunityFilter>) => void
}) {
  const i18n = useI18n()
  return (
    <FilterBar label={i18n.t('opportunities.filters')}>
      <SearchField
        label={i18n.t('opportunities.filter.customer')}
        value={filter.customer}
        onChange={(customer) => onChange({ customer })}
      />
      {(['source', 'target'] as const).map((end) => (
        <OfferSelect
          key={end}
          label={i18n.t(`opportunities.filter.${end}`)}
          offers={end === 'source' ? offers.sources : offers.targets}
          value={filter[end]}
          none={{ value: '', label: i18n.t('opportunities.filter.anyOffer') }}
          onChange={(offerId) => onChange({ [end]: offerId })}
        />
      ))}
      {(['minSeats', 'maxSeats'] as const).map((bound) => (
        <NumberField
          key={bound}
          className="field field-narrow"
          label={i18n.t(`opportunities.filter.${bound}`)}
          min={0}
          value={String(filter[bound] ?? '')}
          onValueChange={(text) => onChange({ [bound]: parseSeats(text) })}
        />
      ))}
    </FilterBar>
  )
}
