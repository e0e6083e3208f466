import { lazy, Suspense } from 'react'
import type { DemoControls } from '../contract/demo-controls'
import { type TourState, useTourRequest } from '../features/tour/use-tour-request'
import { withPageMessages } from '../i18n/catalogs'
import { useI18n } from '../i18n/i18n'
import { AppHeader } from './app-header'
import { type BootNotice, BootNotices } from './boot-notices'
import { DemoDataSync } from './demo-area'
import { DEFAULT_ROLE, useSession } from './session'

// Live mode only, and not in the first screen (loaded with the live session, or with the dialog code).
const SignInPage = lazy(() => import('./live-session').then((m) => ({ default: m.SignInPage })))
const ReauthDialog = lazy(() => import('./reauth-dialog').then((m) => ({ default: m.ReauthDialog })))
// The guided tour (demo only) loads when it is started, by the demo panel or a link's `tour=1`. A
// live build has no demo (VITE_API_BASE_URL is a constant there), so its first screen carries
// neither the tour's state nor its loader.
const TourArea = import.meta.env.VITE_API_BASE_URL
  ? undefined
  : lazy(() => withPageMessages(import('./tour-area')).then((m) => ({ default: m.TourArea })))
const NO_TOUR: TourState = { tour: null, begin: () => undefined, end: () => undefined }
const useTour = import.meta.env.VITE_API_BASE_URL ? () => NO_TOUR : useTourRequest

/** Every page's frame: the skip link, the top bar, the notices, the page (or sign-in), the tour. */
export function Layout({
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
  const { live, role } = useSession()
  // A live build has no demo (VITE_API_BASE_URL is a constant there): its first screen drops the
  // demo's parts.
  const demoMode = !import.meta.env.VITE_API_BASE_URL && (demo !== undefined || demoStarting === true)
  const { tour, begin, end } = useTour(demo, startTour)
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
      <AppHeader demo={demo} demoMode={demoMode} onStartTour={begin} />
      <main id="main" tabIndex={-1}>
        {demoMode && demo ? <DemoDataSync demo={demo} /> : null}
        {/* What the start could not do as asked: the demo's, or a demo link's (in a live build, the
            parameters that apply only to the demo, reported as ignored: docs/demo.md). */}
        <BootNotices bootNotices={bootNotices} />
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
      {TourArea && demoMode && demo && tour ? (
        <Suspense fallback={null}>
          <TourArea key={tour.run} demo={demo} role={role ?? DEFAULT_ROLE} start={tour.start} onEnd={end} />
        </Suspense>
      ) : null}
    </>
  )
}
