import { describe, expect, it } from 'vitest'
import { BUSINESS_SEAT_LIMIT } from '../../../src/rules/offers'
import { checkQuantityChange, quantityLimits } from '../../../src/rules/quantity'
import type { SubscriptionStatus } from '../../../src/rules/subscription-status'
import { N, offerId } from './fixtures'

const BUSINESS_PLANS = [
  N.businessBasic,
  N.businessStandard,
  N.businessPremium,
  N.appsForBusiness,
  N.businessBasicIndia,
  N.businessStandardIndia,
  N.appsForBusinessIndia,
]
const ENTERPRISE_PLANS = [N.appsForEnterprise, N.e1, N.e3, N.e5]

const active = (name: string) => ({ offerId: offerId(name), status: 'active' as const })

describe('checkQuantityChange', () => {
  it('accepts a whole number within the limits', () => {
    expect(checkQuantityChange(active(N.businessStandard), 25, 'admin_agent')).toEqual({ ok: true, quantity: 25 })
    expect(checkQuantityChange(active(N.businessStandard), 1, 'admin_agent')).toEqual({ ok: true, quantity: 1 })
  })

  it.each(['suspended', 'deleted', 'pending', 'none'] as SubscriptionStatus[])(
    'a %s subscription cannot change quantity',
    (status) => {
      expect(checkQuantityChange({ offerId: offerId(N.businessBasic), status }, 5, 'admin_agent')).toEqual({
        ok: false,
        reason: 'not_active',
        status,
      })
    },
  )

  it.each([0, -3])('%d is below the minimum of 1', (quantity) => {
    expect(checkQuantityChange(active(N.e3), quantity, 'admin_agent')).toEqual({
      ok: false,
      reason: 'below_minimum',
      minimum: 1,
    })
  })

  it.each([2.5, 0.1, Number.NaN, Number.POSITIVE_INFINITY])('%d is not a whole number', (quantity) => {
    expect(checkQuantityChange(active(N.businessBasic), quantity, 'admin_agent')).toEqual({
      ok: false,
      reason: 'not_whole_number',
    })
  })

  it.each(BUSINESS_PLANS)('%s holds at most 300 licenses', (name) => {
    expect(BUSINESS_SEAT_LIMIT).toBe(300)
    expect(checkQuantityChange(active(name), 300, 'admin_agent')).toEqual({ ok: true, quantity: 300 })
    expect(checkQuantityChange(active(name), 301, 'admin_agent')).toEqual({
      ok: false,
      reason: 'above_maximum',
      maximum: 300,
    })
    expect(quantityLimits(offerId(name))).toEqual({ minimum: 1, maximum: 300 })
  })

  it.each(ENTERPRISE_PLANS)('%s has no 300 cap', (name) => {
    expect(checkQuantityChange(active(name), 301, 'admin_agent')).toEqual({ ok: true, quantity: 301 })
    expect(checkQuantityChange(active(name), 5000, 'sales_agent')).toEqual({ ok: true, quantity: 5000 })
    expect(quantityLimits(offerId(name))?.maximum).toBeGreaterThan(300)
  })

  it('an unknown offer is refused', () => {
    expect(checkQuantityChange({ offerId: 'not-an-offer', status: 'active' }, 5, 'admin_agent')).toEqual({
      ok: false,
      reason: 'unknown_offer',
    })
    expect(quantityLimits('not-an-offer')).toBeUndefined()
  })

  it('offer ids compare case-insensitively', () => {
    expect(
      checkQuantityChange({ offerId: offerId(N.businessBasic).toLowerCase(), status: 'active' }, 301, 'global_admin'),
    ).toEqual({
      ok: false,
      reason: 'above_maximum',
      maximum: 300,
    })
  })
})
