import { useId } from 'react'
import { useI18n } from '../i18n/i18n'
import { isPartnerRole, PARTNER_ROLES } from '../rules/roles'
import { useSession } from './session'

export function RoleSwitcher() {
  const i18n = useI18n()
  const { role, setRole } = useSession()
  const id = useId()
  return (
    <div className="role-switcher">
      <label htmlFor={id}>{i18n.t('session.role.label')}</label>
      <select
        id={id}
        value={role}
        onChange={(event) => {
          if (isPartnerRole(event.target.value)) setRole(event.target.value)
        }}
      >
        {PARTNER_ROLES.map((r) => (
          <option key={r} value={r}>
            {i18n.t(`role.${r}`)}
          </option>
        ))}
      </select>
    </div>
  )
}
