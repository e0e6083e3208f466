import '../opportunities.css'
import { useRef, useState } from 'react'
import { Link, useLocation } from 'wouter'
import type { UpgradeOpportunity } from '../../api/opportunities'
import { BulkPlanner } from '../../features/bulk-upgrade/bulk-planner'
import { startBulkRun, useBulkRunner } from '../../features/bulk-upgrade/bulk-run-store'
import { BulkRunView } from '../../features/bulk-upgrade/bulk-run-view'
import { OpportunitiesPage } from '../../features/opportunities/opportunities-page'
import { useI18n } from '../../i18n/i18n'
import { canManageSubscriptions, type PartnerRole } from '../../rules/roles'
import { Notice } from '../../ui/notice'
import { useSession } from '../session'

/** #/opportunities, and #/opportunities/run for the bulk upgrade (one lazy chunk for both). */
export function OpportunitiesRoute({ run }: { run: boolean }) {
  const { role } = useSession()
  // Live mode: a signed-in user whose token maps to no partner role has nothing to scan or run.
  if (role === undefined) return <NoPartnerRole />
  return run ? <BulkRunRoute /> : <OpportunitiesList role={role} />
}

function NoPartnerRole() {
  const i18n = useI18n()
  return (
    <section className="page">
      <h1>{i18n.t('opportunities.title')}</h1>
      <Notice role="note">{i18n.t('customer.readOnly', { role: i18n.t('auth.account.noRole') })}</Notice>
    </section>
  )
}

/**
 * Every upgrade opportunity across customers, and the bulk upgrade of a selection: the list stays
 * mounted (its scan, filters and selection) while the agent plans and reviews.
 */
function OpportunitiesList({ role }: { role: PartnerRole }) {
  const i18n = useI18n()
  const canManage = canManageSubscriptions(role)
  const [selected, setSelected] = useState<readonly UpgradeOpportunity[] | null>(null)
  const [preferredTarget, setPreferredTarget] = useState<string | undefined>()
  const [, navigate] = useLocation()
  const runner = useBulkRunner()
  const state = runner?.snapshot.state
  const runInProgress = state === 'running' || state === 'paused'
  const planning = selected !== null && canManage
  const list = useRef<HTMLDivElement>(null)

  return (
    <>
      <div hidden={planning} ref={list}>
        <OpportunitiesPage
          key={role}
          role={role}
          canManage={canManage}
          planBlocked={runInProgress}
          onPlan={(rows, target) => {
            setSelected(rows)
            setPreferredTarget(target)
          }}
          notice={
            runner ? (
              <Notice role="note">
                {runInProgress ? i18n.t('opportunities.runInProgress') : i18n.t('opportunities.runOver')}{' '}
                <Link href="/opportunities/run">{i18n.t('opportunities.viewRun')}</Link>
              </Notice>
            ) : null
          }
        />
      </div>
      {planning ? (
        <BulkPlanner
          selected={selected}
          preferredTarget={preferredTarget}
          role={role}
          onBack={() => {
            setSelected(null)
            // Back on the list, at its heading (the plan's controls are gone).
            requestAnimationFrame(() => list.current?.querySelector<HTMLElement>('h1')?.focus())
          }}
          onStart={(run) => {
            startBulkRun(run)
            navigate('/opportunities/run')
          }}
        />
      ) : null}
    </>
  )
}

function BulkRunRoute() {
  const [, navigate] = useLocation()
  return <BulkRunView onNewPlan={() => navigate('/opportunities')} />
}
