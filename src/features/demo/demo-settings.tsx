import { useId } from 'react'
import { DEMO_LATENCIES, type DemoLatency } from '../../contract/demo-controls'
import { useI18n } from '../../i18n/i18n'
import { isPartnerRole, PARTNER_ROLES, type PartnerRole } from '../../rules/roles'

/**
 * The partner role the demo signs in as: roles that may not upgrade see no action. (A section with
 * one select, like FaultSection and the header's ThemePicker, which duplicates pairs with it by
 * shape: each reads and sets a different setting from its own list.)
 */
export function RoleSection({ role, onRoleChange }: { role: PartnerRole; onRoleChange: (role: PartnerRole) => void }) {
  const i18n = useI18n()
  const roleId = useId()
  return (
    <section className="drawer-section" aria-labelledby={`${roleId}-heading`}>
      <h3 id={`${roleId}-heading`}>{i18n.t('demo.role.title')}</h3>
      <div className="field">
        <label htmlFor={roleId}>{i18n.t('session.role.label')}</label>
        <select
          id={roleId}
          value={role}
          onChange={(event) => {
            if (isPartnerRole(event.target.value)) onRoleChange(event.target.value)
          }}
        >
          {PARTNER_ROLES.map((r) => (
            <option key={r} value={r}>
              {i18n.t(`role.${r}`)}
            </option>
          ))}
        </select>
      </div>
    </section>
  )
}

/** The mock's network latency: none, realistic or slow. */
export function LatencySection({
  latency,
  onLatency,
}: {
  latency: DemoLatency
  onLatency: (latency: DemoLatency) => void
}) {
  const i18n = useI18n()
  return (
    <section className="drawer-section">
      <fieldset className="plain-fieldset">
        <legend>{i18n.t('demo.latency.title')}</legend>
        <div className="inline-controls">
          {DEMO_LATENCIES.map((option) => (
            <label key={option} className="radio-label">
              <input
                type="radio"
                name="demo-latency"
                value={option}
                checked={latency === option}
                onChange={() => onLatency(option)}
              />
              {i18n.t('demo.latency.option', { latency: option })}
            </label>
          ))}
        </div>
      </fieldset>
    </section>
  )
}
