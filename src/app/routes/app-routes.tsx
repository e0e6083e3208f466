import { Suspense } from 'react'
import { Link, Route, Switch, useLocation } from 'wouter'
import { CustomerList } from '../../features/customers/customer-list'
import { withPageMessages } from '../../i18n/catalogs'
import { useI18n } from '../../i18n/i18n'
import { ErrorPanel } from '../../ui/error-panel'
import { RouteErrorBoundary } from '../error-boundary'
import { preloadable } from '../preloadable'

// Only the customer list is in the first screen's bundle; the other pages load on demand, each
// with the en-US messages of the pages.
export const CustomerRoute = preloadable(() => withPageMessages(import('./customer')).then((m) => m.CustomerRoute))
const HelpPage = preloadable(() => withPageMessages(import('../../features/help/help-page')).then((m) => m.HelpPage))
const ActivityPage = preloadable(() =>
  withPageMessages(import('../../features/activity/activity-page')).then((m) => m.ActivityPage),
)
const OpportunitiesRoute = preloadable(() =>
  withPageMessages(import('./opportunities')).then((m) => m.OpportunitiesRoute),
)

/** Which page the address shows; a page that fails shows its error in place, the rest stays. */
export function AppRoutes() {
  const i18n = useI18n()
  const [location] = useLocation()
  return (
    <RouteErrorBoundary
      resetKey={location}
      fallback={(error, reset) => (
        <section className="page">
          <h1>{i18n.t('error.page.title')}</h1>
          <ErrorPanel error={error} onRetry={reset} />
        </section>
      )}
    >
      <Suspense
        fallback={
          <p role="status" className="loading page">
            {i18n.t('app.loadingPage')}
          </p>
        }
      >
        <Switch>
          <Route path="/">
            <CustomerList />
          </Route>
          <Route path="/customers/:customerId">
            {(params) => <CustomerRoute customerId={decodeURIComponent(params.customerId)} />}
          </Route>
          <Route path="/activity">
            <ActivityPage />
          </Route>
          <Route path="/help">
            <HelpPage />
          </Route>
          <Route path="/opportunities/:run?">{(params) => <OpportunitiesRoute run={params.run === 'run'} />}</Route>
          <Route>
            <NotFound />
          </Route>
        </Switch>
      </Suspense>
    </RouteErrorBoundary>
  )
}

function NotFound() {
  const i18n = useI18n()
  return (
    <section className="page">
      <h1>{i18n.t('notFound.title')}</h1>
      <p>
        <Link href="/">{i18n.t('notFound.back')}</Link>
      </p>
    </section>
  )
}
