import { useId } from 'react'

/**
 * A labelled choice of one offer, or none: the subscription toolbar's offer filter, the
 * opportunities' source and target filters, and a bulk plan's target for a group.
 */
export function OfferSelect({
  label,
  offers,
  value,
  none,
  onChange,
}: {
  label: string
  offers: readonly { id: string; name: string }[]
  value: string
  /** The first option, for no offer: "any offer", "all offers", "skip". */
  none: { value: string; label: string }
  onChange: (offerId: string) => void
}) {
  const id = useId()
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value={none.value}>{none.label}</option>
        {offers.map((offer) => (
          <option key={offer.id} value={offer.id}>
            {offer.name}
          </option>
        ))}
      </select>
    </div>
  )
}
