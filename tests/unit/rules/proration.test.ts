import * as fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  currentTerm,
  daysLeft,
  fromMinorUnits,
  minorUnitDigits,
  newTerm,
  previewQuantityChange,
  previewUpgrade,
  type Term,
  toMinorUnits,
  utcDay,
} from '../../../src/rules/proration'

/**
 * Day-based proration (src/rules/proration.ts): examples, then properties with fast-check
 * (fixed seed; FC_RUNS=2000 FC_SEED=123 to search longer).
 */
const SEED = Number(process.env.FC_SEED ?? 20261130)
const RUNS = Number(process.env.FC_RUNS ?? 300)
const settings = { seed: SEED, numRuns: RUNS }

const day = (iso: string) => utcDay(iso)

describe('proration: examples', () => {
  it('a year term ending 2027-01-28 began 2026-01-28 and has 365 days', () => {
    const term = currentTerm('2027-01-28T00:00:00Z', 'P1Y')
    expect(daysLeft(term, day('2026-01-28'))).toEqual({ remaining: 365, total: 365 })
    expect(daysLeft(term, day('2026-11-30'))).toEqual({ remaining: 59, total: 365 })
    expect(daysLeft(term, day('2027-03-01'))).toEqual({ remaining: 0, total: 365 })
  })

  it('upgrading 25 licenses from 6.00 to 12.50 USD with 59 of 365 days left', () => {
    const today = day('2026-11-30')
    const preview = previewUpgrade({
      licenses: 25,
      source: { pricePerMonth: 600, term: currentTerm('2027-01-28', 'P1Y') },
      target: { pricePerMonth: 1250, term: newTerm('2026-11-30', 'P1Y') },
      today,
    })
    // credit: 25 × 600 × 12 × 59 / 365 = 29 095.89… → 29 095 (down); charge: 25 × 1250 × 12 = 375 000
    expect(preview).toEqual({
      credit: 29_095,
      charge: 375_000,
      perMonth: 31_250,
      net: 345_905,
      remainingDays: 59,
      termDays: 365,
    })
  })

  it('adding 3 licenses at 6.00 USD for 59 of 365 days rounds the charge half up, once', () => {
    const preview = previewQuantityChange({
      from: 25,
      to: 28,
      priced: { pricePerMonth: 600, term: currentTerm('2027-01-28', 'P1Y') },
      today: day('2026-11-30'),
    })
    // 3 × 600 × 12 × 59 / 365 = 3 491.5068… → 3 492
    expect(preview).toMatchObject({ charge: 3_492, credit: 0, net: 3_492, perMonthChange: 1_800, newPerMonth: 16_800 })
  })

  it('minor units: HUF and JPY have none, BHD three, the rest two, as Intl says', () => {
    for (const currency of ['USD', 'INR', 'SEK', 'HUF', 'EUR', 'TRY', 'CNY', 'JPY', 'KRW', 'BHD']) {
      const intl = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
      expect(minorUnitDigits(currency), currency).toBe(intl.maximumFractionDigits)
    }
    expect(toMinorUnits(2_990, 'HUF')).toBe(2_990)
    expect(toMinorUnits(12.5, 'SEK')).toBe(1_250)
    expect(toMinorUnits(1_234, 'JPY')).toBe(1_234)
    expect(fromMinorUnits(1_250, 'SEK')).toBe(12.5)
  })
})

const currencyArb = fc.constantFrom('USD', 'INR', 'SEK', 'HUF', 'EUR', 'TRY', 'CNY', 'JPY', 'BHD')
/** A price per license per month in minor units: up to 100 000.00. */
const priceArb = fc.integer({ min: 0, max: 10_000_000 })
const licensesArb = fc.integer({ min: 0, max: 10_000_000 })
const termArb = fc
  .record({ end: fc.integer({ min: day('2024-01-01'), max: day('2030-12-31') }), yearly: fc.boolean() })
  .map(({ end, yearly }): Term => currentTerm(new Date(end * 86_400_000).toISOString(), yearly ? 'P1Y' : 'P1M'))
const offsetArb = fc.integer({ min: -40, max: 420 })

describe('proration: properties', () => {
  it('a credit never exceeds what was paid for the remaining days, and is never negative', () => {
    fc.assert(
      fc.property(licensesArb, priceArb, priceArb, termArb, offsetArb, (licenses, oldPrice, newPrice, term, offset) => {
        const today = term.startDay + offset
        const preview = previewUpgrade({
          licenses,
          source: { pricePerMonth: oldPrice, term },
          target: { pricePerMonth: newPrice, term: newTerm(new Date(today * 86_400_000), 'P1Y') },
          today,
        })
        const { remaining, total } = daysLeft(term, today)
        // What was paid for the remaining days, exactly: compare as fractions, in BigInt.
        const paid = BigInt(licenses) * BigInt(oldPrice) * BigInt(term.months) * BigInt(remaining)
        expect(BigInt(preview.credit) * BigInt(total) <= paid).toBe(true)
        expect(preview.credit).toBeGreaterThanOrEqual(0)
        // …and it is less than one minor unit short of it: rounded once, down.
        expect(paid - BigInt(preview.credit) * BigInt(total) < BigInt(total)).toBe(true)
      }),
      settings,
    )
  })

  it('an upgrade on the first day of a term nets to the price difference for the term', () => {
    fc.assert(
      fc.property(
        licensesArb,
        priceArb,
        priceArb,
        fc.integer({ min: day('2024-01-01'), max: day('2030-12-31') }),
        fc.constantFrom('P1M' as const, 'P1Y' as const),
        (licenses, oldPrice, newPrice, firstDay, duration) => {
          const start = new Date(firstDay * 86_400_000)
          const preview = previewUpgrade({
            licenses,
            source: { pricePerMonth: oldPrice, term: newTerm(start, duration) },
            target: { pricePerMonth: newPrice, term: newTerm(start, duration) },
            today: firstDay,
          })
          const months = duration === 'P1Y' ? 12 : 1
          expect(preview.net).toBe(licenses * months * (newPrice - oldPrice))
          expect(preview.credit).toBe(licenses * months * oldPrice)
        },
      ),
      settings,
    )
  })

  it('every amount is a whole number of minor units, and the net is exactly charge − credit', () => {
    fc.assert(
      fc.property(
        currencyArb,
        fc.integer({ min: 0, max: 100_000 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        termArb,
        offsetArb,
        (currency, licenses, oldPrice, newPrice, term, offset) => {
          const today = term.startDay + offset
          const preview = previewUpgrade({
            licenses,
            source: { pricePerMonth: oldPrice, term },
            target: { pricePerMonth: newPrice, term: newTerm(new Date(today * 86_400_000), 'P1M') },
            today,
          })
          for (const amount of [preview.credit, preview.charge, preview.perMonth, preview.net]) {
            expect(Number.isSafeInteger(amount), `${currency} ${amount}`).toBe(true)
          }
          expect(preview.net).toBe(preview.charge - preview.credit)
          // Shown with exactly the currency's digits, the amount is the rounded one, unchanged.
          const digits = minorUnitDigits(currency)
          const shown = new Intl.NumberFormat('en', {
            style: 'currency',
            currency,
            minimumFractionDigits: digits,
            maximumFractionDigits: digits,
            useGrouping: false,
          })
            .formatToParts(fromMinorUnits(preview.charge, currency))
            .filter((p) => p.type === 'integer' || p.type === 'fraction')
            .map((p) => p.value)
            .join('')
          expect(BigInt(shown)).toBe(BigInt(preview.charge))
        },
      ),
      { ...settings, numRuns: Math.min(RUNS, 100) },
    )
  })

  it('adding licenses then removing them again: the credit never exceeds the charge', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 0, max: 300 }),
        priceArb,
        termArb,
        offsetArb,
        (from, to, price, term, offset) => {
          const today = term.startDay + offset
          const up = previewQuantityChange({ from, to, priced: { pricePerMonth: price, term }, today })
          const down = previewQuantityChange({ from: to, to: from, priced: { pricePerMonth: price, term }, today })
          expect(up.charge + down.charge).toBeGreaterThanOrEqual(up.credit + down.credit)
          expect(up.perMonthChange + down.perMonthChange).toBe(0)
          expect(up.newPerMonth).toBe(to * price)
        },
      ),
      settings,
    )
  })
})
