import { describe, expect, it } from 'vitest'
import { evaluateCustomer } from '../../../src/rules/eligibility'
import { checkQuantityChange } from '../../../src/rules/quantity'
import { canManageSubscriptions, isPartnerRole, PARTNER_ROLES, type PartnerRole } from '../../../src/rules/roles'
import { checkUpgradeRequest } from '../../../src/rules/upgrade-request'
import { customer, N, offerId, sub } from './fixtures'

/** DOMAIN.md, "Who may do it". */
const ALLOWED: readonly PartnerRole[] = [
  'global_admin',
  'user_management_admin',
  'admin_agent',
  'sales_agent',
  'helpdesk_agent',
]
const FORBIDDEN: readonly PartnerRole[] = [
  'billing_admin',
  'account_admin',
  'referrals_admin',
  'mpn_partner_admin',
  'executive_report_viewer',
]

function scenario() {
  const source = sub(N.businessBasic, { quantity: 5 })
  return { source, facts: customer([source]) }
}

describe('roles', () => {
  it('PARTNER_ROLES is exactly the allowed roles plus the forbidden ones', () => {
    expect([...PARTNER_ROLES].sort()).toEqual([...ALLOWED, ...FORBIDDEN].sort())
  })

  describe.each(ALLOWED)('%s may upgrade', (role) => {
    it('canManageSubscriptions is true', () => {
      expect(canManageSubscriptions(role)).toBe(true)
    })

    it('sees Upgrade now on an eligible subscription', () => {
      const { source, facts } = scenario()
      const entry = evaluateCustomer(facts, role).get(source.id)
      expect(entry?.roleAllowed).toBe(true)
      expect(entry?.canUpgrade).toBe(true)
    })

    it('an eligible upgrade request is accepted', () => {
      const { source, facts } = scenario()
      const check = checkUpgradeRequest(source, facts, role, {
        targetOfferId: offerId(N.e3),
        quantity: 5,
        upgradeType: 'upgrade_with_license_transfer',
      })
      expect(check.ok).toBe(true)
    })

    it('may add licenses', () => {
      expect(checkQuantityChange({ offerId: offerId(N.businessBasic), status: 'active' }, 6, role)).toEqual({
        ok: true,
        quantity: 6,
      })
    })
  })

  describe.each(FORBIDDEN)('%s may look but not upgrade', (role) => {
    it('canManageSubscriptions is false', () => {
      expect(canManageSubscriptions(role)).toBe(false)
    })

    it('gets no Upgrade now, though the targets are still evaluated', () => {
      const { source, facts } = scenario()
      const entry = evaluateCustomer(facts, role).get(source.id)
      expect(entry?.roleAllowed).toBe(false)
      expect(entry?.canUpgrade).toBe(false)
      expect(entry?.targets.map((t) => t.isEligible)).toEqual([true, true, true, true])
    })

    it('an otherwise valid upgrade request is refused: role_forbidden', () => {
      const { source, facts } = scenario()
      const check = checkUpgradeRequest(source, facts, role, {
        targetOfferId: offerId(N.e3),
        quantity: 5,
        upgradeType: 'upgrade_with_license_transfer',
      })
      expect(check).toEqual({ ok: false, reason: 'role_forbidden' })
    })

    it('an otherwise valid quantity change is refused: role_forbidden', () => {
      expect(checkQuantityChange({ offerId: offerId(N.businessBasic), status: 'active' }, 6, role)).toEqual({
        ok: false,
        reason: 'role_forbidden',
      })
    })
  })

  it('isPartnerRole accepts the known roles only', () => {
    for (const role of PARTNER_ROLES) expect(isPartnerRole(role)).toBe(true)
    expect(isPartnerRole('Global_Admin')).toBe(false)
    expect(isPartnerRole('owner')).toBe(false)
    expect(isPartnerRole('')).toBe(false)
    expect(isPartnerRole(undefined)).toBe(false)
    expect(isPartnerRole(1)).toBe(false)
  })
})
