import { isPartnerRole, type PartnerRole } from '../rules/roles'

/**
 * The demo's signed-in role, remembered across reloads (the demo panel and demo links set it).
 * Apart from the session's React code so that the demo build's first-paint script
 * (scripts/first-paint-script.ts) reads it by the same rule before any of the app's code loads.
 */
const STORAGE_KEY = 'upgrade-console.role'
export const DEFAULT_ROLE: PartnerRole = 'admin_agent'

export function storedRole(): PartnerRole | undefined {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY)
    return isPartnerRole(value) ? value : undefined
  } catch {
    return undefined
  }
}

/** Remembers the signed-in role for the next visits (a demo link sets it this way too). */
export function rememberRole(role: PartnerRole): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, role)
  } catch {
    // Storage may be unavailable (private mode); the role then lasts for this page only.
  }
}
