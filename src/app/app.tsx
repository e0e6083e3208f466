import * as Tooltip from '@radix-ui/react-tooltip'
import { type QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { Link, Route, Router, Switch, useLocation } from 'wouter'
import { usesMocks } from '../api/config'
import { CustomerList } from '../features/customers/customer-list'
import { HelpPage } from '../features/help/help-page'
import { I18nProvider, useI18n } from '../i18n/i18n'
import type { PartnerRole } from '../rules/roles'
import { ErrorPanel } from '../ui/error-panel'
import { CustomerRoute } from './customer-route'
import { RouteErrorBoundary } from './error-boundary'
import { RoleSwitcher } from './role-switcher'
import { SessionProvider } from './session'

export function AppProviders({
  queryClient,
  initialRole,
  children,
}: {
  queryClient: QueryClient
  initialRole?: PartnerRole
  children: React.ReactNode
}) {
  return (
    <I18nProvider>
      <QueryClientProvider client={queryClient}>
        <SessionProvider initialRole={initialRole}>
          <Tooltip.Provider delayDuration={250} skipDelayDuration={300}>
            {children}
          </Tooltip.Provider>
        </SessionProvider>
      </QueryClientProvider>
    </I18nProvider>
  )
}

function Layout({ children }: { children: React.ReactNode }) {
  const i18n = useI18n()
  const [location] = useLocation()
  return (
    <>
      <a className="skip-link" href="#main">
        {i18n.t('nav.skip')}
      </a>
      <header className="topbar">
        <div className="brand">
          <Link href="/" className="brand-name">
            {i18n.t('app.name')}
          </Link>
          {usesMocks ? <span className="demo-badge">{i18n.t('app.demoBadge')}</span> : null}
        </div>
        <nav aria-label={i18n.t('nav.main')} className="main-nav">
          <Link href="/" aria-current={location === '/' || location.startsWith('/customers') ? 'page' : undefined}>
            {i18n.t('nav.customers')}
          </Link>
          <Link href="/help" aria-current={location === '/help' ? 'page' : undefined}>
            {i18n.t('nav.help')}
          </Link>
        </nav>
        <RoleSwitcher />
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  )
}

function Routes() {
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
      <Switch>
        <Route path="/">
          <CustomerList />
        </Route>
        <Route path="/customers/:customerId">
          {(params) => <CustomerRoute customerId={decodeURIComponent(params.customerId)} />}
        </Route>
        <Route path="/help">
          <HelpPage />
        </Route>
        <Route>
          <section className="page">
            <h1>{i18n.t('notFound.title')}</h1>
            <p>
              <Link href="/">{i18n.t('notFound.back')}</Link>
            </p>
          </section>
        </Route>
      </Switch>
    </RouteErrorBoundary>
  )
}

/** The whole app; `base` is the sub-path it is served from. */
export function App({
  queryClient,
  initialRole,
  base,
}: {
  queryClient: QueryClient
  initialRole?: PartnerRole
  base?: string
}) {
  return (
    <AppProviders queryClient={queryClient} initialRole={initialRole}>
      <Router base={base}>
        <Layout>
          <Routes />
        </Layout>
      </Router>
    </AppProviders>
  )
}
