import '../opportunities.css'
import { useLocation } from 'wouter'
import { BulkRunView } from '../../features/bulk-upgrade/bulk-run-view'
import { useI18n } from '../../i18n/i18n'
import { Notice } from '../../ui/notice'
import { useSession } from '../session'
import { OpportunitiesList } from './opportunities-list'

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

function BulkRunRoute() {
  const [, navigate] = useLocation()
  return <BulkRunView onNewPlan={() => navigate('/opportunities')} />
}
