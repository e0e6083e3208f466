/**
 * What an upgrade or a license change costs, prorated by the day (DOMAIN.md: "billing ends the old
 * one with a prorated credit and starts the new one"). Amounts are integers in the currency's
 * minor unit (cents, öre, fillér…); each amount shown is rounded once, from the exact value:
 *
 *   days left  r = days from today to the term's end (0 ≤ r ≤ D)
 *   term days  D = days from the term's start to its end
 *   term price   = price per license per month × months in the term (12 for P1Y, 1 for P1M)
 *   credit       = ⌊ licenses × term price × r / D ⌋          (rounded down: never more than was paid)
 *   charge       = round( licenses × term price × r' / D' )  (r', D' of the new term; half up)
 *   net change   = charge − credit                           (exact: no second rounding)
 *
 * The new subscription of an upgrade starts today and runs a whole term (as the mock does), so
 * its charge is for that whole term; on the first day of the old term the net change is the
 * price difference. Days are whole UTC days. Pure: no clock, no Intl; the caller passes today.
 */

/** Digits of the minor unit where ISO 4217 / CLDR differ from 2 (Intl agrees: a test checks it). */
const MINOR_UNIT_DIGITS: Readonly<Record<string, number>> = {
  BHD: 3,
  CLP: 0,
  HUF: 0, // CLDR formats forint without fillér (unused since 1999), so amounts are whole forints
  ISK: 0,
  JOD: 3,
  JPY: 0,
  KRW: 0,
  KWD: 3,
  OMR: 3,
  TND: 3,
  UGX: 0,
  VND: 0,
}

/** How many decimals the currency's minor unit has (2 unless the table says otherwise). */
export function minorUnitDigits(currency: string): number {
  return MINOR_UNIT_DIGITS[currency.toUpperCase()] ?? 2
}

/** A price given in major units (e.g. 12.5 SEK) in minor units (1250 öre), rounded half up. */
export function toMinorUnits(amount: number, currency: string): number {
  return Math.round(amount * 10 ** minorUnitDigits(currency))
}

/** Minor units back in major units, for display only (e.g. Intl.NumberFormat). */
export function fromMinorUnits(minor: number, currency: string): number {
  return minor / 10 ** minorUnitDigits(currency)
}

const DAY_MS = 86_400_000

/** Whole UTC days since 1970-01-01 of an ISO date or date-time. NaN when unreadable. */
export function utcDay(value: string | Date): number {
  const time = typeof value === 'string' ? Date.parse(value) : value.getTime()
  return Math.floor(time / DAY_MS)
}

export type TermDurationCode = 'P1M' | 'P1Y'

export function termMonths(term: TermDurationCode): number {
  return term === 'P1Y' ? 12 : 1
}

/** A commitment term as whole UTC days [start, end). */
export interface Term {
  readonly startDay: number
  readonly endDay: number
  readonly months: number
}

function addUtcMonths(day: number, months: number): number {
  const date = new Date(day * DAY_MS)
  date.setUTCMonth(date.getUTCMonth() + months)
  return utcDay(date)
}

/** The term that ends on `commitmentEndDate`: it began one term length before. */
export function currentTerm(commitmentEndDate: string, term: TermDurationCode): Term {
  const endDay = utcDay(commitmentEndDate)
  const months = termMonths(term)
  return { startDay: addUtcMonths(endDay, -months), endDay, months }
}

/** A new term starting on `today` (an upgrade's new subscription). */
export function newTerm(today: string | Date, term: TermDurationCode): Term {
  const startDay = utcDay(today)
  const months = termMonths(term)
  return { startDay, endDay: addUtcMonths(startDay, months), months }
}

/** Days left in the term from `today` (0 after its end, all of it before its start) and its length. */
export function daysLeft(term: Term, today: number): { readonly remaining: number; readonly total: number } {
  const total = Math.max(1, term.endDay - term.startDay)
  const remaining = Math.min(total, Math.max(0, term.endDay - Math.max(today, term.startDay)))
  return { remaining, total }
}

/** ⌊n / d⌋ and round-half-up(n / d) for n ≥ 0, d > 0, exact in BigInt. */
function floorDiv(n: bigint, d: bigint): number {
  return Number(n / d)
}
function roundDiv(n: bigint, d: bigint): number {
  return Number((2n * n + d) / (2n * d))
}

/** licenses × price per month × months × remaining / total, exact as a fraction. */
function prorated(licenses: number, pricePerMonth: number, term: Term, today: number) {
  const { remaining, total } = daysLeft(term, today)
  return {
    numerator: BigInt(licenses) * BigInt(pricePerMonth) * BigInt(term.months) * BigInt(remaining),
    denominator: BigInt(total),
    remaining,
    total,
  }
}

export interface PricedTerm {
  /** Price per license per month, in minor units. */
  readonly pricePerMonth: number
  readonly term: Term
}

export interface UpgradePreview {
  /** Credit for the moved licenses' remaining days of the old term (minor units, ≥ 0). */
  readonly credit: number
  /** The new subscription's charge for the rest of its term (minor units). */
  readonly charge: number
  /** The new subscription's charge per month (minor units). */
  readonly perMonth: number
  /** charge − credit: positive, the customer pays more. */
  readonly net: number
  readonly remainingDays: number
  readonly termDays: number
}

function assertCount(value: number, what: string): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${what} must be a whole number ≥ 0`)
}

/** The prorated preview of upgrading `licenses` licenses from `source` to `target`, on day `today`. */
export function previewUpgrade(input: {
  readonly licenses: number
  readonly source: PricedTerm
  readonly target: PricedTerm
  /** Whole UTC day (utcDay). */
  readonly today: number
}): UpgradePreview {
  const { licenses, source, target, today } = input
  assertCount(licenses, 'licenses')
  assertCount(source.pricePerMonth, 'source price')
  assertCount(target.pricePerMonth, 'target price')
  const old = prorated(licenses, source.pricePerMonth, source.term, today)
  const next = prorated(licenses, target.pricePerMonth, target.term, today)
  const credit = floorDiv(old.numerator, old.denominator)
  const charge = roundDiv(next.numerator, next.denominator)
  return {
    credit,
    charge,
    perMonth: licenses * target.pricePerMonth,
    net: charge - credit,
    remainingDays: old.remaining,
    termDays: old.total,
  }
}

export interface QuantityChangePreview {
  /** For licenses added: their charge for the rest of the term (minor units, ≥ 0). */
  readonly charge: number
  /** For licenses removed: the credit for the rest of the term (minor units, ≥ 0). */
  readonly credit: number
  readonly net: number
  /** Change of the monthly charge (minor units; negative when licenses are removed). */
  readonly perMonthChange: number
  /** The subscription's monthly charge after the change. */
  readonly newPerMonth: number
  readonly remainingDays: number
  readonly termDays: number
}

/** The prorated preview of changing a subscription from `from` to `to` licenses on day `today`. */
export function previewQuantityChange(input: {
  readonly from: number
  readonly to: number
  readonly priced: PricedTerm
  readonly today: number
}): QuantityChangePreview {
  const { from, to, priced, today } = input
  assertCount(from, 'from')
  assertCount(to, 'to')
  assertCount(priced.pricePerMonth, 'price')
  const delta = Math.abs(to - from)
  const part = prorated(delta, priced.pricePerMonth, priced.term, today)
  const charge = to > from ? roundDiv(part.numerator, part.denominator) : 0
  const credit = to < from ? floorDiv(part.numerator, part.denominator) : 0
  return {
    charge,
    credit,
    net: charge - credit,
    perMonthChange: (to - from) * priced.pricePerMonth || 0,
    newPerMonth: to * priced.pricePerMonth,
    remainingDays: part.remaining,
    termDays: part.total,
  }
}
