import { useId } from 'react'
import { useI18n } from '../../i18n/i18n'
import type { OpportunityFilter } from './opportunity-view'

interface OfferChoice {
  readonly id: string
  readonly name: string
}

function parseSeats(text: string): number | undefined {
  const value = Number.parseInt(text, 10)
  return Number.isFinite(value) && value >= 0 ? value : undefined
}

/** The opportunities' filters: customer, current offer, target offer, and a range of seats. */
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
  const ids = { customer: useId(), source: useId(), target: useId(), minSeats: useId(), maxSeats: useId() }
  return (
    // biome-ignore lint/a11y/useSemanticElements: <search> is not known to every browser and test DOM yet; the role says the same
    <div role="search" className="toolbar" aria-label={i18n.t('opportunities.filters')}>
      <div className="field">
        <label htmlFor={ids.customer}>{i18n.t('opportunities.filter.customer')}</label>
        <input
          id={ids.customer}
          type="search"
          autoComplete="off"
          value={filter.customer}
          onChange={(event) => onChange({ customer: event.target.value })}
        />
      </div>
      <OfferSelect
        id={ids.source}
        label={i18n.t('opportunities.filter.source')}
        offers={offers.sources}
        value={filter.source}
        onChange={(source) => onChange({ source })}
      />
      <OfferSelect
        id={ids.target}
        label={i18n.t('opportunities.filter.target')}
        offers={offers.targets}
        value={filter.target}
        onChange={(target) => onChange({ target })}
      />
      {(['minSeats', 'maxSeats'] as const).map((bound) => (
        <div key={bound} className="field field-narrow">
          <label htmlFor={ids[bound]}>{i18n.t(`opportunities.filter.${bound}`)}</label>
          <input
            id={ids[bound]}
            type="number"
            min={0}
            inputMode="numeric"
            value={filter[bound] ?? ''}
            onChange={(event) => onChange({ [bound]: parseSeats(event.target.value) })}
          />
        </div>
      ))}
    </div>
  )
}

function OfferSelect({
  id,
  label,
  offers,
  value,
  onChange,
}: {
  id: string
  label: string
  offers: readonly OfferChoice[]
  value: string
  onChange: (offerId: string) => void
}) {
  const i18n = useI18n()
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{i18n.t('opportunities.filter.anyOffer')}</option>
        {offers.map((offer) => (
          <option key={offer.id} value={offer.id}>
            {offer.name}
          </option>
        ))}
      </select>
    </div>
  )
}
