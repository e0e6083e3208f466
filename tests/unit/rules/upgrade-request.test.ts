import { describe, expect, it } from 'vitest'
import { checkUpgradeRequest, type UpgradeRequest } from '../../../src/rules/upgrade-request'
import { customer, N, offerId, sub } from './fixtures'

const source = sub(N.businessBasic, { quantity: 10 })
const facts = customer([source])

function request(overrides: Partial<UpgradeRequest> = {}): UpgradeRequest {
  return { targetOfferId: offerId(N.e3), quantity: 10, upgradeType: 'upgrade_with_license_transfer', ...overrides }
}

describe('checkUpgradeRequest', () => {
  it('accepts an eligible request with the full quantity', () => {
    const check = checkUpgradeRequest(source, facts, 'global_admin', request())
    expect(check.ok).toBe(true)
    if (!check.ok) return
    expect(check.quantity).toBe(10)
    expect(check.upgradeType).toBe('upgrade_with_license_transfer')
    expect(check.target.offer.name).toBe(N.e3)
    expect(check.target.isEligible).toBe(true)
  })

  it('accepts a partial upgrade and upgrade_only', () => {
    const check = checkUpgradeRequest(
      source,
      facts,
      'helpdesk_agent',
      request({ quantity: 1, upgradeType: 'upgrade_only' }),
    )
    expect(check).toMatchObject({ ok: true, quantity: 1, upgradeType: 'upgrade_only' })
  })

  it('matches the target offer id case-insensitively', () => {
    const check = checkUpgradeRequest(
      source,
      facts,
      'admin_agent',
      request({ targetOfferId: offerId(N.e1).toLowerCase() }),
    )
    expect(check).toMatchObject({ ok: true, target: { offer: { name: N.e1 } } })
  })

  it.each([0, -1, -10, 2.5, 0.5, 11, 1000, Number.NaN])('quantity %d is invalid (1..10)', (quantity) => {
    expect(checkUpgradeRequest(source, facts, 'admin_agent', request({ quantity }))).toEqual({
      ok: false,
      reason: 'invalid_quantity',
      minimum: 1,
      maximum: 10,
    })
  })

  it('quantity above 300 is invalid for a Business target even when the source has more', () => {
    const big = sub(N.businessBasic, { quantity: 400 })
    const bigFacts = customer([big])
    expect(
      checkUpgradeRequest(
        big,
        bigFacts,
        'admin_agent',
        request({ targetOfferId: offerId(N.businessStandard), quantity: 301 }),
      ),
    ).toEqual({ ok: false, reason: 'invalid_quantity', minimum: 1, maximum: 300 })
    expect(checkUpgradeRequest(big, bigFacts, 'admin_agent', request({ quantity: 400 }))).toMatchObject({ ok: true })
  })

  it("upgradeType 'none' is refused", () => {
    expect(checkUpgradeRequest(source, facts, 'admin_agent', request({ upgradeType: 'none' }))).toEqual({
      ok: false,
      reason: 'invalid_upgrade_type',
    })
  })

  it('an unknown target: ineligible with code 8 naming the requested id', () => {
    const unknown = 'DEADBEEF-0000-0000-0000-000000000000'
    expect(checkUpgradeRequest(source, facts, 'admin_agent', request({ targetOfferId: unknown }))).toEqual({
      ok: false,
      reason: 'ineligible',
      problems: [{ kind: 'subscription_target_offer_not_found', targetOfferId: unknown }],
    })
  })

  it('a catalog offer that is not one of its paths: code 8', () => {
    const target = offerId(N.businessPremium)
    expect(checkUpgradeRequest(source, facts, 'admin_agent', request({ targetOfferId: target }))).toEqual({
      ok: false,
      reason: 'ineligible',
      problems: [{ kind: 'subscription_target_offer_not_found', targetOfferId: target }],
    })
  })

  it('the India footnote holds at submit: Business Basic (India) cannot go to Business Standard', () => {
    const india = sub(N.businessBasicIndia)
    const indiaFacts = customer([india])
    expect(
      checkUpgradeRequest(india, indiaFacts, 'admin_agent', request({ targetOfferId: offerId(N.businessStandard) })),
    ).toMatchObject({ ok: false, reason: 'ineligible', problems: [{ kind: 'subscription_target_offer_not_found' }] })
    expect(
      checkUpgradeRequest(
        india,
        indiaFacts,
        'admin_agent',
        request({ targetOfferId: offerId(N.businessStandardIndia) }),
      ),
    ).toMatchObject({ ok: true })
  })

  it('a subscription without paths: ineligible with code 7', () => {
    const e5 = sub(N.e5)
    expect(checkUpgradeRequest(e5, customer([e5]), 'admin_agent', request())).toEqual({
      ok: false,
      reason: 'ineligible',
      problems: [{ kind: 'subscription_does_not_have_any_upgrade_paths' }],
    })
  })

  it("an ineligible target: the target's problems", () => {
    const held = customer([source, sub(N.e3)], { allowDelegatedAccess: false })
    expect(checkUpgradeRequest(source, held, 'admin_agent', request())).toEqual({
      ok: false,
      reason: 'ineligible',
      problems: [
        { kind: 'delegated_admin_permissions_disabled' },
        { kind: 'concurrency_conflicts', channel: 'partner' },
      ],
    })
  })

  it('a suspended subscription is ineligible even with a valid quantity', () => {
    const suspended = sub(N.businessStandard, { status: 'suspended' })
    expect(checkUpgradeRequest(suspended, customer([suspended]), 'admin_agent', request())).toEqual({
      ok: false,
      reason: 'ineligible',
      problems: [{ kind: 'subscription_status_not_active', status: 'suspended' }],
    })
  })
})
