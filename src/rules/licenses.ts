import type { OfferDefinition } from './offers'
import { type ServiceId, serviceName } from './services'

/**
 * Per-user license moves. DOMAIN.md: "Users whose license cannot move (for example, a service plan
 * of the target conflicts with another license the user holds) come back as license errors".
 * Such licenses are ones a user took or was given outside any subscription (self-service sign-up,
 * trials, free licenses): they are not subscriptions of the customer, so they do not block the
 * upgrade itself, but they make the directory refuse the target's license for that user.
 */
export interface SelfServiceLicense {
  readonly skuPartNumber: string
  readonly name: string
  /** Service plans of an upgrade target that this license is mutually exclusive with. */
  readonly excludes: readonly ServiceId[]
}

export const SELF_SERVICE_LICENSES: readonly SelfServiceLicense[] = [
  { skuPartNumber: 'TEAMS_EXPLORATORY', name: 'Microsoft Teams Exploratory', excludes: ['teams'] },
  { skuPartNumber: 'POWER_BI_STANDARD', name: 'Power BI (free)', excludes: ['powerBiPro'] },
  { skuPartNumber: 'O365_APPS_TRIAL', name: 'Microsoft 365 Apps trial', excludes: ['officeDesktop'] },
  { skuPartNumber: 'BOOKINGS_TRIAL', name: 'Microsoft Bookings trial', excludes: ['bookings'] },
  { skuPartNumber: 'MCOEV_TRIAL', name: 'Teams Phone trial', excludes: ['phoneSystem'] },
]

export function findSelfServiceLicense(skuPartNumber: string): SelfServiceLicense | undefined {
  return SELF_SERVICE_LICENSES.find((l) => l.skuPartNumber === skuPartNumber)
}

export interface UserFacts {
  readonly id: string
  readonly displayName: string
  readonly email: string
  readonly selfServiceLicenses: readonly string[]
}

export interface LicenseProblem {
  readonly code: 'MutuallyExclusiveViolation'
  readonly service: ServiceId
  readonly conflictingLicense: string
  readonly description: string
}

/** Why this user's license cannot move from source to target (empty: it can). */
export function licenseMoveProblems(
  user: UserFacts,
  source: OfferDefinition,
  target: OfferDefinition,
): LicenseProblem[] {
  const added = target.services.filter((s) => !source.services.includes(s))
  const problems: LicenseProblem[] = []
  for (const sku of user.selfServiceLicenses) {
    const license = findSelfServiceLicense(sku)
    if (!license) continue
    for (const service of added) {
      if (!license.excludes.includes(service)) continue
      problems.push({
        code: 'MutuallyExclusiveViolation',
        service,
        conflictingLicense: license.name,
        description: `${serviceName(service)} in ${target.name} conflicts with the ${license.name} license the user holds. Remove that license, then assign ${target.name} to the user.`,
      })
    }
  }
  return problems
}

export interface TransferPlan {
  readonly moved: readonly string[]
  readonly blocked: readonly { readonly user: UserFacts; readonly problems: readonly LicenseProblem[] }[]
  readonly staying: readonly string[]
}

/**
 * Which of the source's licensed users move to the target. Users are taken in order; a user whose
 * license cannot move is reported and stays on the source; moving stops once `quantity` users
 * moved (a partial upgrade leaves the rest on the source).
 */
export function planLicenseTransfer(
  users: readonly UserFacts[],
  source: OfferDefinition,
  target: OfferDefinition,
  quantity: number,
): TransferPlan {
  const moved: string[] = []
  const blocked: { user: UserFacts; problems: LicenseProblem[] }[] = []
  const staying: string[] = []
  for (const user of users) {
    if (moved.length >= quantity) {
      staying.push(user.id)
      continue
    }
    const problems = licenseMoveProblems(user, source, target)
    if (problems.length > 0) {
      blocked.push({ user, problems })
      staying.push(user.id)
    } else moved.push(user.id)
  }
  return { moved, blocked, staying }
}
