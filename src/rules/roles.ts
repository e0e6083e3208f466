/**
 * Partner roles. The seeds' "Appropriate roles" list who may upgrade a subscription or add
 * licenses; every other partner role may look but not act (no action in the UI, 403 from the API).
 */
export const PARTNER_ROLES = [
  'global_admin',
  'user_management_admin',
  'admin_agent',
  'sales_agent',
  'helpdesk_agent',
  'billing_admin',
  'account_admin',
  'referrals_admin',
  'mpn_partner_admin',
  'executive_report_viewer',
] as const

export type PartnerRole = (typeof PARTNER_ROLES)[number]

export const UPGRADE_ROLES: readonly PartnerRole[] = [
  'global_admin',
  'user_management_admin',
  'admin_agent',
  'sales_agent',
  'helpdesk_agent',
]

export function isPartnerRole(value: unknown): value is PartnerRole {
  return typeof value === 'string' && (PARTNER_ROLES as readonly string[]).includes(value)
}

/** May this role upgrade subscriptions and change their license count? (No role: no.) */
export function canManageSubscriptions(role: PartnerRole | undefined): boolean {
  return role !== undefined && UPGRADE_ROLES.includes(role)
}
