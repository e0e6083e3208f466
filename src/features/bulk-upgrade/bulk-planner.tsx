import { useEffect, useMemo, useRef, useState } from 'react'
import type { UpgradeOpportunity } from '../../api/opportunities'
import { sameOffer } from '../../rules/offers'
import type { PartnerRole } from '../../rules/roles'
import type { BulkRun, BulkUpgradeType } from './bulk-run-model'
import { PlanChoose } from './plan-choose'
import { PlanReview } from './plan-review'
import { buildReview, groupBySource } from './review'

/**
 * A bulk upgrade's plan: one target per source offer (only targets valid for every selected
 * subscription of that offer), license transfer on or off; then the review of what will happen to
 * each subscription, and the start.
 */
export function BulkPlanner({
  selected,
  preferredTarget,
  role,
  onBack,
  onStart,
}: {
  selected: readonly UpgradeOpportunity[]
  /** Chosen for every offer it is open to (the list was filtered by it); else each offer's first target. */
  preferredTarget?: string
  role: PartnerRole
  onBack: () => void
  onStart: (run: BulkRun) => void
}) {
  const groups = useMemo(() => groupBySource(selected), [selected])
  const [step, setStep] = useState<'choose' | 'review'>('choose')
  const [targets, setTargets] = useState<ReadonlyMap<string, string>>(
    () =>
      new Map(
        groups.flatMap((g) => {
          const target = g.targets.find((t) => preferredTarget && sameOffer(t.id, preferredTarget)) ?? g.targets[0]
          return target ? [[g.offerId.toUpperCase(), target.id] as const] : []
        }),
      ),
  )
  const [transfer, setTransfer] = useState(true)
  const upgradeType: BulkUpgradeType = transfer ? 'upgrade_with_license_transfer' : 'upgrade_only'
  const review = useMemo(() => buildReview(selected, targets, role), [selected, targets, role])
  const heading = useRef<HTMLHeadingElement>(null)

  // Each step starts at its heading, for keyboard and screen-reader users alike.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the step is what moves focus
  useEffect(() => heading.current?.focus(), [step])

  return step === 'choose' ? (
    <PlanChoose
      headingRef={heading}
      count={selected.length}
      seats={selected.reduce((n, r) => n + r.quantity, 0)}
      groups={groups}
      targets={targets}
      onTarget={(sourceOfferId, targetId) =>
        setTargets((current) => {
          const next = new Map(current)
          if (targetId) next.set(sourceOfferId, targetId)
          else next.delete(sourceOfferId)
          return next
        })
      }
      transfer={transfer}
      onTransfer={setTransfer}
      onBack={onBack}
      onReview={() => setStep('review')}
    />
  ) : (
    <PlanReview
      headingRef={heading}
      review={review}
      upgradeType={upgradeType}
      onBack={() => setStep('choose')}
      onStart={onStart}
    />
  )
}
