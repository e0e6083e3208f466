import { type QueryClient, QueryClientProvider, useQueryClient } from '@tanstack/react-query'
import { lazy, Suspense, useEffect, useState } from 'react'
import { Link, Route, Router, Switch, useLocation } from 'wouter'
import type { LiveAuth } from '../auth/live-auth'
import type { DemoControls } from '../contract/demo-controls'
import { CustomerList } from '../features/customers/customer-list'
import type { DemoLinkNotice as DemoLinkNoticeKind } from '../features/demo/demo-link-notice'
import { tourInProgress } from '../features/tour/tour-progress'
import { withPageMessages } from '../i18n/catalogs'
import { I18nProvider, useI18n } from '../i18n/i18n'
import type { PartnerRole } from '../rules/roles'
import { ErrorPanel } from '../ui/error-panel'
import { RouteErrorBoundary } from './error-boundary'
import { useHashPath, useHashSearch } from './hash-location'
import { LocalePicker } from './locale-picker'
import { preloadable } from './preloadable'
import { DEFAULT_ROLE, SessionProvider, useSession } from './session'
import { useSyncExternalStore } from './use-sync-external-store'

// Only the customer list is in the first screen's bundle; the rest loads on demand (the demo
// panel only in mock mode), each with the en-US messages of the pages.
// A live build has no demo panel at all (VITE_API_BASE_URL is a constant there).
const DemoPanel = import.meta.env.VITE_API_BASE_URL
  ? () => null
  : lazy(() => withPageMessages(import('../features/demo/demo-panel')).then((m) => ({ default: m.DemoPanel })))
export const CustomerRoute = preloadable(() =>
  withPageMessages(import('./customer-route')).then((m) => m.CustomerRoute),
)
// Live mode only, and not in the first screen (loaded with the live session, or with the dialog code).
const AccountArea = lazy(() => import('./live-session').then((m) => ({ default: m.AccountArea })))
const SignInPage = lazy(() => import('./live-session').then((m) => ({ default: m.SignInPage })))
const ReauthDialog = lazy(() => import('./reauth-dialog').then((m) => ({ default: m.ReauthDialog })))
// What a demo link could not apply: rare, so its words load only when there is one.
const DemoLinkNotice = lazy(() =>
  withPageMessages(import('../features/demo/demo-link-notice')).then((m) => ({ default: m.DemoLinkNoticeText })),
)
// The guided tour (demo only) loads when it is started, by the demo panel or a link's `tour=1`.
const TourArea = lazy(() => withPageMessages(import('./tour-area')).then((m) => ({ default: m.TourArea })))
const HelpPage = preloadable(() => withPageMessages(import('../features/help/help-page')).then((m) => m.HelpPage))
const ActivityPage = preloadable(() =>
  withPageMessages(import('../features/activity/activity-page')).then((m) => m.ActivityPage),
)
const OpportunitiesRoute = preloadable(() =>
  withPageMessages(import('./opportunities-route')).then((m) => m.OpportunitiesRoute),
)

export function AppProviders({
  queryClient,
  initialRole,
  auth,
  children,
}: {
  queryClient: QueryClient
  initialRole?: PartnerRole
  auth?: LiveAuth
  children: React.ReactNode
}) {
  return (
    <I18nProvider>
      <QueryClientProvider client={queryClient}>
        <SessionProvider initialRole={initialRole} auth={auth}>
          {children}
        </SessionProvider>
      </QueryClientProvider>
    </I18nProvider>
  )
}

export type BootNotice =
  | { readonly kind: 'demo_state_discarded' }
  | { readonly kind: 'unknown_scenario'; readonly name: string }
  | DemoLinkNoticeKind

/**
 * The signed-in role, and the demo panel once the mock API has started (`demo`). Until then its
 * button is there but disabled, so that the header does not move when it arrives.
 */
function DemoArea({ demo, onStartTour }: { demo: DemoControls | undefined; onStartTour: () => void }) {
  const i18n = useI18n()
  const session = useSession()
  const role = session.role ?? DEFAULT_ROLE
  const { setRole } = session
  const queryClient = useQueryClient()
  const [, navigate] = useLocation()
  const waiting = (
    <button type="button" className="button button-small demo-trigger" disabled>
      {i18n.t('demo.open')}
    </button>
  )
  return (
    <div className="session-area">
      <span className="signed-in">{i18n.t('session.signedInAs', { role: i18n.t(`role.${role}`) })}</span>
      {demo ? (
        <Suspense fallback={waiting}>
          <DemoPanel
            demo={demo}
            role={role}
            onRoleChange={setRole}
            onStartTour={onStartTour}
            onDataReplaced={(signedInRole) => {
              // Everything fetched is stale; a change of role resets it anyway, so only once.
              if (signedInRole && signedInRole !== role) setRole(signedInRole)
              else void queryClient.resetQueries()
              navigate('/')
            }}
          />
        </Suspense>
      ) : (
        waiting
      )}
    </div>
  )
}

/**
 * The demo's data is shared by every tab: when another tab changes it, what this one shows is
 * refetched (an open dialog then learns that its subscription changed). And when browser storage
 * refuses the data, the agent is told at once, not at the next reload.
 */
function DemoDataSync({ demo }: { demo: DemoControls }) {
  const i18n = useI18n()
  const queryClient = useQueryClient()
  useEffect(
    () =>
      demo.subscribeToData?.(() => {
        void queryClient.invalidateQueries()
      }),
    [demo, queryClient],
  )
  const storageFull = useSyncExternalStore(demo.subscribe, () => demo.getState().storageFull)
  if (!storageFull) return null
  return (
    <div className="notice notice-warning banner" role="alert">
      <p>{i18n.t('demo.storageFull')}</p>
    </div>
  )
}

function Layout({
  children,
  bootNotices,
  demo,
  demoStarting,
  startTour,
}: {
  children: React.ReactNode
  bootNotices?: readonly BootNotice[]
  demo?: DemoControls
  demoStarting?: boolean
  startTour?: boolean
}) {
  const i18n = useI18n()
  const [location] = useLocation()
  const { live, role } = useSession()
  const [notices, setNotices] = useState(bootNotices ?? [])
  // The boot notices arrive with the mock API, after the first paint.
  const [noticesFrom, setNoticesFrom] = useState(bootNotices)
  if (bootNotices !== noticesFrom) {
    setNoticesFrom(bootNotices)
    setNotices(bootNotices ?? [])
  }
  const demoMode = demo !== undefined || demoStarting === true
  // The tour: asked for by a link, or left in this tab (it can be resumed after a reload).
  // Each start is a new run (`run`), also over a tour that was left.
  const [tour, setTour] = useState<{ readonly start: boolean; readonly run: number } | null>(() =>
    demo && (startTour || tourInProgress()) ? { start: Boolean(startTour), run: 0 } : null,
  )
  // The demo may arrive after the first paint (the mock API starts then): a tour left in this tab
  // resumes when it does.
  const [tourChecked, setTourChecked] = useState(demo !== undefined)
  if (demo && !tourChecked) {
    setTourChecked(true)
    if (startTour || tourInProgress()) setTour({ start: Boolean(startTour), run: 0 })
  }
  return (
    <>
      {/* biome-ignore lint/a11y/useValidAnchor: a skip link is a link by convention; routes live in the hash, so the click moves focus itself */}
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          // Routes live in the hash: following "#main" would leave the page for a route called "main".
          event.preventDefault()
          document.getElementById('main')?.focus()
        }}
      >
        {i18n.t('nav.skip')}
      </a>
      <header className="topbar">
        <div className="brand">
          <Link href="/" className="brand-name">
            {i18n.t('app.name')}
          </Link>
          {demoMode ? <span className="demo-badge">{i18n.t('app.demoBadge')}</span> : null}
        </div>
        <nav aria-label={i18n.t('nav.main')} className="main-nav">
          <Link href="/" aria-current={location === '/' || location.startsWith('/customers') ? 'page' : undefined}>
            {i18n.t('nav.customers')}
          </Link>
          <Link href="/activity" aria-current={location === '/activity' ? 'page' : undefined}>
            {i18n.t('nav.activity')}
          </Link>
          <Link href="/opportunities" aria-current={location.startsWith('/opportunities') ? 'page' : undefined}>
            {i18n.t('nav.opportunities')}
          </Link>
          <Link href="/help" aria-current={location === '/help' ? 'page' : undefined}>
            {i18n.t('nav.help')}
          </Link>
        </nav>
        <div className="header-tools">
          <LocalePicker />
          {demoMode ? (
            <DemoArea demo={demo} onStartTour={() => setTour((t) => ({ start: true, run: (t?.run ?? 0) + 1 }))} />
          ) : null}
          {live ? (
            <Suspense fallback={null}>
              <AccountArea live={live} />
            </Suspense>
          ) : null}
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {demo ? <DemoDataSync demo={demo} /> : null}
        {notices.map((notice) => (
          <div key={JSON.stringify(notice)} className="notice notice-warning banner" role="status">
            <p>
              {notice.kind === 'demo_state_discarded' ? (
                i18n.t('demo.stateDiscarded')
              ) : notice.kind === 'unknown_scenario' ? (
                i18n.rich('demo.unknownScenario', { name: notice.name })
              ) : (
                <Suspense fallback={null}>
                  <DemoLinkNotice notice={notice} />
                </Suspense>
              )}
            </p>
            <button
              type="button"
              className="button button-small"
              onClick={() => setNotices((all) => all.filter((n) => n !== notice))}
            >
              {i18n.t('action.dismiss')}
            </button>
          </div>
        ))}
        {live && !live.user ? (
          <Suspense fallback={null}>
            <SignInPage live={live} />
          </Suspense>
        ) : (
          children
        )}
      </main>
      {live ? (
        <Suspense fallback={null}>
          <ReauthDialog />
        </Suspense>
      ) : null}
      {demo && tour ? (
        <Suspense fallback={null}>
          <TourArea
            key={tour.run}
            demo={demo}
            role={role ?? DEFAULT_ROLE}
            start={tour.start}
            onEnd={() => setTour(null)}
          />
        </Suspense>
      ) : null}
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
            <section className="page">
              <h1>{i18n.t('notFound.title')}</h1>
              <p>
                <Link href="/">{i18n.t('notFound.back')}</Link>
              </p>
            </section>
          </Route>
        </Switch>
      </Suspense>
    </RouteErrorBoundary>
  )
}

/**
 * The whole app. Routes live in the URL's hash (#/customers/...), so the build works from any
 * static host and sub-path with no server rewrites; query parameters stay in the real search.
 */
export function App({
  queryClient,
  initialRole,
  bootNotices,
  demo,
  demoStarting,
  auth,
  startTour,
}: {
  queryClient: QueryClient
  initialRole?: PartnerRole
  bootNotices?: readonly BootNotice[]
  /** The mock's demo controls; absent in live mode, and while the mock API starts. */
  demo?: DemoControls
  /** Mock mode, before the mock API has started: the shell and first screen paint meanwhile. */
  demoStarting?: boolean
  /** Live mode's sign-in (Microsoft Entra ID); absent in the demo. */
  auth?: LiveAuth
  /** Start the guided tour at once (a demo link's `tour=1`); demo only. */
  startTour?: boolean
}) {
  return (
    <AppProviders queryClient={queryClient} initialRole={initialRole} auth={auth}>
      <Router hook={useHashPath} searchHook={useHashSearch} hrefs={useHashPath.hrefs}>
        <Layout bootNotices={bootNotices} demo={demo} demoStarting={demoStarting} startTour={startTour}>
          <Routes />
        </Layout>
      </Router>
    </AppProviders>
  )
}
