import { useQueryClient } from '@tanstack/react-query'
import { lazy, Suspense, useEffect, useSyncExternalStore } from 'react'
import { useLocation } from 'wouter'
import type { DemoControls } from '../contract/demo-controls'
import { withPageMessages } from '../i18n/catalogs'
import { useI18n } from '../i18n/i18n'
import { Button } from '../ui/button'
import { Notice } from '../ui/notice'
import { DEFAULT_ROLE, useSession } from './session'

// The demo panel loads on demand, in mock mode only: a live build has no demo panel at all
// (VITE_API_BASE_URL is a constant there).
const DemoPanel = import.meta.env.VITE_API_BASE_URL
  ? () => null
  : lazy(() => withPageMessages(import('../features/demo/demo-panel')).then((m) => ({ default: m.DemoPanel })))

/**
 * The signed-in role, and the demo panel once the mock API has started (`demo`). Until then its
 * button is there but disabled, so that the header does not move when it arrives.
 */
export function DemoArea({ demo, onStartTour }: { demo: DemoControls | undefined; onStartTour: () => void }) {
  const i18n = useI18n()
  const session = useSession()
  const role = session.role ?? DEFAULT_ROLE
  const { setRole } = session
  const queryClient = useQueryClient()
  const [, navigate] = useLocation()
  const waiting = (
    <Button variant="demo" size="small" className="demo-trigger" disabled>
      {i18n.t('demo.open')}
    </Button>
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
export function DemoDataSync({ demo }: { demo: DemoControls }) {
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
    <Notice as="div" tone="warning" banner role="alert">
      <p>{i18n.t('demo.storageFull')}</p>
    </Notice>
  )
}
