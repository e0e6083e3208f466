import { type ReactNode, useState, useSyncExternalStore } from 'react'
import type { DemoControls } from '../../contract/demo-controls'
import { useI18n } from '../../i18n/i18n'
import type { PartnerRole } from '../../rules/roles'
import { Button } from '../../ui/button'
import { DialogShell } from '../../ui/dialog'
import { Notice } from '../../ui/notice'
import { DemoLinkSection } from './demo-link-section'
import { LatencySection, RoleSection } from './demo-settings'
import { FaultSection } from './fault-section'
import { ScenarioSection } from './scenario-section'

/**
 * The demo panel: a drawer, plainly marked demo-only, that shapes the mocked Partner Center:
 * scenario (built-in, a stakeholder's file, export), role, latency, fault injection, reset.
 */
export function DemoPanel({
  demo,
  role,
  onRoleChange,
  onDataReplaced,
  onStartTour,
}: {
  demo: DemoControls
  role: PartnerRole
  onRoleChange: (role: PartnerRole) => void
  /** The mock data was replaced (scenario loaded or reset): drop cached answers. */
  onDataReplaced: (signedInRole: PartnerRole | undefined) => void
  /** Starts the guided tour (the panel closes first). */
  onStartTour: () => void
}) {
  const i18n = useI18n()
  const state = useSyncExternalStore(demo.subscribe, demo.getState, demo.getState)
  const [open, setOpen] = useState(false)
  const [message, setMessage] = useState<ReactNode>(null)
  return (
    <>
      <Button variant="demo" size="small" className="demo-trigger" onClick={() => setOpen(true)}>
        {i18n.t('demo.open')}
      </Button>
      <DialogShell
        open={open}
        onOpenChange={setOpen}
        variant="drawer"
        title={i18n.t('demo.title')}
        description={i18n.t('demo.description')}
      >
        <ScenarioSection demo={demo} state={state} onMessage={setMessage} onDataReplaced={onDataReplaced} />
        <DemoLinkSection
          state={state}
          role={role}
          onStartTour={() => {
            setOpen(false)
            onStartTour()
          }}
        />
        <RoleSection role={role} onRoleChange={onRoleChange} />
        <LatencySection latency={state.latency} onLatency={(latency) => demo.setLatency(latency)} />
        <FaultSection fault={state.fault} onFault={(fault) => demo.setFault(fault)} />
        <div aria-live="polite" className="live-region">
          {message ? <Notice tone="success">{message}</Notice> : null}
        </div>
      </DialogShell>
    </>
  )
}
