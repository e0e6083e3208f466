import { lazy, Suspense } from 'react'
import { Link, useLocation } from 'wouter'
import type { DemoControls } from '../contract/demo-controls'
import { useI18n } from '../i18n/i18n'
import { DemoArea } from './demo-area'
import { LocalePicker } from './locale-picker'
import { useSession } from './session'
import { ThemePicker } from './theme-picker'

// Live mode only, and not in the first screen (loaded with the live session, or with the dialog code).
const AccountArea = lazy(() => import('./live-session').then((m) => ({ default: m.AccountArea })))

/** The top bar: the product's name, the main navigation, the language, the theme, and the demo or account area. */
export function AppHeader({
  demo,
  demoMode,
  onStartTour,
}: {
  demo: DemoControls | undefined
  /** The mock is on (maybe still starting): the demo badge and controls show. */
  demoMode: boolean
  onStartTour: () => void
}) {
  const i18n = useI18n()
  const [location] = useLocation()
  const { live } = useSession()
  return (
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
        <ThemePicker />
        {!import.meta.env.VITE_API_BASE_URL && demoMode ? <DemoArea demo={demo} onStartTour={onStartTour} /> : null}
        {live ? (
          <Suspense fallback={null}>
            <AccountArea live={live} />
          </Suspense>
        ) : null}
      </div>
    </header>
  )
}
