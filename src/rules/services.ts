/**
 * Service plans: the services an offer bundles. DOMAIN.md: "mailbox, online files, Teams, web
 * apps, desktop apps, device management, identity protection, advanced security, voice,
 * analytics". The additional services of an upgrade are the target's minus the source's.
 */
export const SERVICE_IDS = [
  'exchange',
  'onedrive',
  'sharepoint',
  'teams',
  'officeWeb',
  'officeDesktop',
  'bookings',
  'intune',
  'entraIdP1',
  'defender',
  'phoneSystem',
  'audioConferencing',
  'powerBiPro',
  'exchangeArchiving',
] as const

export type ServiceId = (typeof SERVICE_IDS)[number]

/** Microsoft's service plan names; they are product names and stay untranslated. */
export const SERVICE_NAMES: Readonly<Record<ServiceId, string>> = {
  exchange: 'Exchange Online',
  onedrive: 'OneDrive for Business',
  sharepoint: 'SharePoint Online',
  teams: 'Microsoft Teams',
  officeWeb: 'Office for the web',
  officeDesktop: 'Microsoft 365 Apps (desktop)',
  bookings: 'Microsoft Bookings',
  intune: 'Microsoft Intune',
  entraIdP1: 'Microsoft Entra ID P1',
  defender: 'Microsoft Defender for Office 365',
  phoneSystem: 'Teams Phone System',
  audioConferencing: 'Teams Audio Conferencing',
  powerBiPro: 'Power BI Pro',
  exchangeArchiving: 'Exchange Online Archiving',
}

export function serviceName(id: ServiceId): string {
  return SERVICE_NAMES[id]
}

export function isServiceId(value: string): value is ServiceId {
  return (SERVICE_IDS as readonly string[]).includes(value)
}
