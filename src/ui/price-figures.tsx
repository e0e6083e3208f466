import { useMemo } from 'react'
import { useI18n } from '../i18n/i18n'
import { fromMinorUnits, minorUnitDigits } from '../rules/proration'

/** Amounts in minor units, formatted in the locale with exactly the currency's minor digits. */
export function useMoney(currency: string): { format(minor: number): string; signed(minor: number): string } {
  const { locale } = useI18n()
  return useMemo(() => {
    const digits = minorUnitDigits(currency)
    const options = {
      style: 'currency',
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    } as const
    const plain = new Intl.NumberFormat(locale, options)
    const withSign = new Intl.NumberFormat(locale, { ...options, signDisplay: 'exceptZero' })
    return {
      format: (minor: number) => plain.format(fromMinorUnits(minor, currency)),
      signed: (minor: number) => withSign.format(fromMinorUnits(minor, currency)),
    }
  }, [locale, currency])
}

export interface PriceFigure {
  readonly label: string
  /** Already formatted (useMoney). */
  readonly amount: string
  readonly total?: boolean
}

/**
 * A cost preview: labelled amounts, the last one the total, with the note that they are demo
 * prices and how they were worked out. Presentational: the features compute the figures.
 */
export function PriceFigures({
  title,
  figures,
  notes,
}: {
  title: string
  figures: readonly PriceFigure[]
  notes: readonly string[]
}) {
  const i18n = useI18n()
  return (
    <div className="price-preview">
      <p className="price-title">
        <strong>{title}</strong> <span className="demo-price-badge">{i18n.t('price.demoBadge')}</span>
      </p>
      <dl className="price-figures">
        {figures.map((figure) => (
          <div key={figure.label} className={figure.total ? 'price-total' : undefined}>
            <dt>{figure.label}</dt>
            <dd>{figure.amount}</dd>
          </div>
        ))}
      </dl>
      {notes.map((note) => (
        <p key={note} className="field-hint">
          {note}
        </p>
      ))}
    </div>
  )
}

/** Why there are no amounts (no prices from the API, or they could not be fetched). */
export function PriceUnavailable({ title, reason }: { title: string; reason: string }) {
  return (
    <div className="price-preview">
      <p className="price-title">
        <strong>{title}</strong>
      </p>
      <p className="muted">{reason}</p>
    </div>
  )
}
