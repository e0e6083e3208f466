import type { ReactNode } from 'react'
import type { Subscription, Upgrade, UpgradeResult } from '../../api/subscription-schemas'
import type { TargetEligibility } from '../../rules/eligibility'

/** One offer the dialog lists: the server's upgrade, the shared rules' view of it, its limits. */
export interface TargetOption {
  readonly upgrade: Upgrade
  readonly local: TargetEligibility | undefined
  readonly isEligible: boolean
  readonly reasons: readonly ReactNode[]
  readonly maximum: number
  readonly minimum: number
}

/** What the form hands the result: the service's answer and what the agent submitted. */
export interface SubmittedUpgrade {
  readonly result: UpgradeResult
  readonly targetOfferId: string
  /** The source as the service has it after the upgrade (undefined: could not be read). */
  readonly source?: Subscription
  /** The source's license count the agent submitted against. */
  readonly sourceQuantity: number
  readonly targetName: string
  readonly quantity: number
  readonly transfer: boolean
  readonly full: boolean
}
