import { canManageSubscriptions, isPartnerRole, PARTNER_ROLES, type PartnerRole } from './roles'

/**
 * THE ONE PLACE where a signed-in user's token claims become partner roles (live mode; the
 * HTTP mock in OpenID Connect mode reads the same claims the same way).
 *
 * Three kinds of claim count, all read from the token Microsoft Entra ID issues:
 *
 * 1. `roles`: app roles assigned to the user on this app's registration. Their values are the
 *    keys of APP_ROLE_VALUES below (create app roles with exactly these values).
 * 2. `wids`: the template ids of the Microsoft Entra directory roles the user holds (optional
 *    claim "wids"). Global Administrator and User Administrator (the seeds' "User management
 *    admin") are directory roles; so is Billing Administrator.
 * 3. `groups`: security group object ids (group claims). Partner Center's agent roles (Admin
 *    agent, Sales agent, Helpdesk agent) are held through the partner tenant's AdminAgents,
 *    SalesAgents and HelpdeskAgents groups, whose object ids differ per tenant: they are
 *    configured at build time (VITE_ROLE_GROUPS, e.g. `admin_agent=<id>,sales_agent=<id>`).
 *
 * A user whose claims map to no role may look but not act, like any role outside UPGRADE_ROLES.
 * Roles never come from browser storage in live mode.
 */
export const APP_ROLE_VALUES: Readonly<Record<string, PartnerRole>> = {
  GlobalAdmin: 'global_admin',
  UserManagementAdmin: 'user_management_admin',
  AdminAgent: 'admin_agent',
  SalesAgent: 'sales_agent',
  HelpdeskAgent: 'helpdesk_agent',
  BillingAdmin: 'billing_admin',
  AccountAdmin: 'account_admin',
  ReferralsAdmin: 'referrals_admin',
  MpnPartnerAdmin: 'mpn_partner_admin',
  ExecutiveReportViewer: 'executive_report_viewer',
}

/** Microsoft Entra built-in role template ids (the same in every tenant), as sent in `wids`. */
export const DIRECTORY_ROLE_IDS: Readonly<Record<string, PartnerRole>> = {
  // Global Administrator
  '62e90394-69f5-4237-9190-012177145e10': 'global_admin',
  // User Administrator
  'fe930be7-5e62-47db-91af-98c3a49a38b1': 'user_management_admin',
  // Billing Administrator
  'b0f54661-2d74-4c50-afa3-1ec803f12efe': 'billing_admin',
}

/** Security group object id (lower case) -> partner role; per tenant, from build-time config. */
export type GroupRoles = Readonly<Record<string, PartnerRole>>

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
}

/** The partner roles that a token's claims grant, in PARTNER_ROLES order, each once. */
export function rolesFromClaims(claims: Readonly<Record<string, unknown>>, groupRoles: GroupRoles = {}): PartnerRole[] {
  const granted = new Set<PartnerRole>()
  for (const value of strings(claims.roles)) {
    const role = APP_ROLE_VALUES[value]
    if (role) granted.add(role)
  }
  for (const id of strings(claims.wids)) {
    const role = DIRECTORY_ROLE_IDS[id.toLowerCase()]
    if (role) granted.add(role)
  }
  for (const id of strings(claims.groups)) {
    const role = groupRoles[id.toLowerCase()]
    if (role) granted.add(role)
  }
  return PARTNER_ROLES.filter((role) => granted.has(role))
}

/** The role a user acts in: the first that may upgrade, else the first; undefined for none. */
export function actingRole(roles: readonly PartnerRole[]): PartnerRole | undefined {
  return roles.find(canManageSubscriptions) ?? roles[0]
}

/**
 * Parses `admin_agent=<group id>,sales_agent=<group id>` (VITE_ROLE_GROUPS). Unknown roles and
 * malformed entries are reported, not ignored.
 */
export function parseGroupRoles(text: string | undefined): { groupRoles: GroupRoles; problems: string[] } {
  const groupRoles: Record<string, PartnerRole> = {}
  const problems: string[] = []
  for (const entry of (text ?? '').split(',')) {
    const trimmed = entry.trim()
    if (trimmed === '') continue
    const [role, id] = trimmed.split('=').map((part) => part.trim())
    if (!isPartnerRole(role) || !id) problems.push(`"${trimmed}" is not <partner role>=<group object id>`)
    else groupRoles[id.toLowerCase()] = role
  }
  return { groupRoles, problems }
}
