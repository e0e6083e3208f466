import { type QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { Router } from 'wouter'
import type { LiveAuth } from '../auth/live-auth'
import type { DemoControls } from '../contract/demo-controls'
import { I18nProvider } from '../i18n/i18n'
import type { PartnerRole } from '../rules/roles'
import type { BootNotice } from './boot-notices'
import { useHashPath, useHashSearch } from './hash-location'
import { Layout } from './layout'
import { AppRoutes } from './routes/app-routes'
import { SessionProvider } from './session'

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
          <AppRoutes />
        </Layout>
      </Router>
    </AppProviders>
  )
}
