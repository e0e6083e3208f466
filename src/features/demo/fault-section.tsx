import { useId } from 'react'
import {
  DEMO_FAULT_KINDS,
  DEMO_FAULT_PERCENTS,
  type DemoFault,
  type DemoFaultKind,
  type DemoFaultScope,
} from '../../contract/demo-controls'
import { useI18n } from '../../i18n/i18n'

/**
 * Fault injection: which failure, for the next request, every request or a share of them. (Its
 * opening reads like RoleSection's in demo-settings.tsx; duplicates pairs them by shape only.)
 */
export function FaultSection({
  fault,
  onFault,
}: {
  fault: DemoFault | null
  onFault: (fault: DemoFault | null) => void
}) {
  const i18n = useI18n()
  const faultId = useId()
  return (
    <section className="drawer-section" aria-labelledby={`${faultId}-heading`}>
      <h3 id={`${faultId}-heading`}>{i18n.t('demo.fault.title')}</h3>
      <div className="field">
        <label htmlFor={faultId}>{i18n.t('demo.fault.label')}</label>
        <select
          id={faultId}
          value={fault?.kind ?? 'off'}
          onChange={(event) => {
            const kind = DEMO_FAULT_KINDS.find((k) => k === event.target.value)
            onFault(kind ? { kind, scope: fault?.scope ?? 'next' } : null)
          }}
        >
          <option value="off">{i18n.t('demo.fault.off')}</option>
          {DEMO_FAULT_KINDS.map((kind: DemoFaultKind) => (
            <option key={kind} value={kind}>
              {i18n.t('demo.fault.kind', { kind })}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="plain-fieldset" disabled={!fault}>
        <legend>{i18n.t('demo.fault.scope')}</legend>
        <div className="inline-controls">
          {(['next', 'all', 'share'] as const).map((scope: DemoFaultScope) => (
            <label key={scope} className="radio-label">
              <input
                type="radio"
                name="demo-fault-scope"
                value={scope}
                checked={(fault?.scope ?? 'next') === scope}
                onChange={() => fault && onFault({ kind: fault.kind, scope, percent: fault.percent })}
              />
              {scope === 'share' ? i18n.t('demo.fault.shareOption') : i18n.t('demo.fault.scopeOption', { scope })}
            </label>
          ))}
        </div>
      </fieldset>
      {fault?.scope === 'share' ? (
        <div className="field">
          <label htmlFor={`${faultId}-percent`}>{i18n.t('demo.fault.percent')}</label>
          <select
            id={`${faultId}-percent`}
            value={fault.percent ?? DEMO_FAULT_PERCENTS[1]}
            onChange={(event) => onFault({ ...fault, percent: Number(event.target.value) })}
          >
            {DEMO_FAULT_PERCENTS.map((percent) => (
              <option key={percent} value={percent}>
                {i18n.t('demo.fault.percentOption', { percent: percent / 100 })}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <p className="muted" role="status">
        {!fault
          ? i18n.t('demo.fault.none')
          : fault.scope === 'share'
            ? i18n.t('demo.fault.shareStatus', { kind: fault.kind, percent: (fault.percent ?? 25) / 100 })
            : i18n.t('demo.fault.status', { kind: fault.kind, scope: fault.scope })}
      </p>
    </section>
  )
}
