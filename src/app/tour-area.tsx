import { useSyncExternalStore } from 'react'
import { useLocation } from 'wouter'
import type { DemoControls } from '../api/demo-controls'
import { Tour } from '../features/tour/tour'
import { useI18n } from '../i18n/i18n'
import { canManageSubscriptions } from '../rules/roles'
import { useSession } from './session'

/** The guided tour, composed with what it needs of the app: the session, the route, the scenario. */
export function TourArea({ demo, start, onEnd }: { demo: DemoControls; start: boolean; onEnd: () => void }) {
  const i18n = useI18n()
  const { role } = useSession()
  const [path, navigate] = useLocation()
  const state = useSyncExternalStore(demo.subscribe, demo.getState, demo.getState)
  return (
    <Tour
      start={start}
      path={path}
      navigate={navigate}
      scenario={state.scenario.name}
      roleName={i18n.t(`role.${role}`)}
      canUpgrade={canManageSubscriptions(role)}
      onEnd={onEnd}
    />
  )
}
