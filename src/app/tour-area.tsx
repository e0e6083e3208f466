import { useSyncExternalStore } from 'react'
import { useLocation } from 'wouter'
import type { DemoControls } from '../contract/demo-controls'
import { Tour } from '../features/tour/tour'
import { useI18n } from '../i18n/i18n'
import { canManageSubscriptions, type PartnerRole } from '../rules/roles'

/** The guided tour, composed with what it needs of the app: the session, the route, the scenario. */
export function TourArea({
  demo,
  role,
  start,
  onEnd,
}: {
  demo: DemoControls
  role: PartnerRole
  start: boolean
  onEnd: () => void
}) {
  const i18n = useI18n()
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
