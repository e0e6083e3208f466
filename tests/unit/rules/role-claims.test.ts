import { describe, expect, it } from 'vitest'
import { actingRole, DIRECTORY_ROLE_IDS, parseGroupRoles, rolesFromClaims } from '../../../src/rules/role-claims'

describe('roles from token claims (the one mapping)', () => {
  it('maps app roles, directory role ids and configured groups, each once, in the partner roles order', () => {
    const { groupRoles } = parseGroupRoles('sales_agent=AAAA-1, helpdesk_agent=bbbb-2')
    const roles = rolesFromClaims(
      {
        roles: ['BillingAdmin', 'AdminAgent', 'Unrelated'],
        wids: ['62E90394-69F5-4237-9190-012177145E10', '00000000-0000-0000-0000-000000000000'],
        groups: ['aaaa-1', 'cccc-3'],
      },
      groupRoles,
    )
    expect(roles).toEqual(['global_admin', 'admin_agent', 'sales_agent', 'billing_admin'])
  })

  it('knows the built-in directory roles the seeds name', () => {
    expect(Object.values(DIRECTORY_ROLE_IDS).sort()).toEqual(['billing_admin', 'global_admin', 'user_management_admin'])
    expect(rolesFromClaims({ wids: ['fe930be7-5e62-47db-91af-98c3a49a38b1'] })).toEqual(['user_management_admin'])
  })

  it('ignores claims of the wrong shape, and a user without any known claim has no role', () => {
    expect(rolesFromClaims({ roles: 'AdminAgent', wids: [42], groups: null })).toEqual([])
    expect(actingRole([])).toBeUndefined()
  })

  it('acts in the first role that may upgrade, else the first role', () => {
    expect(actingRole(['sales_agent', 'billing_admin'])).toBe('sales_agent')
    expect(actingRole(['billing_admin', 'executive_report_viewer'])).toBe('billing_admin')
  })

  it('reports malformed group settings instead of ignoring them', () => {
    expect(parseGroupRoles('admin_agent=x, boss=y, sales_agent').problems).toEqual([
      '"boss=y" is not <partner role>=<group object id>',
      '"sales_agent" is not <partner role>=<group object id>',
    ])
    expect(parseGroupRoles(undefined)).toEqual({ groupRoles: {}, problems: [] })
  })
})
