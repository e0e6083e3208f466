import { Fragment } from 'react'
import { useI18n } from '../../i18n/i18n'
import { PARTNER_ROLES, UPGRADE_ROLES } from '../../rules/roles'
import { UPGRADE_ERROR_CODES, type UpgradeErrorName } from '../../rules/upgrade-problems'
import { Table } from '../../ui/table'

/** Rendered from the rules module itself, so this page cannot drift from what the product does. */
const CONDITIONS: readonly Exclude<UpgradeErrorName, 'other'>[] = [
  'subscription_status_not_active',
  'subscription_not_provisioned',
  'delegated_admin_permissions_disabled',
  'conflicting_service_types',
  'concurrency_conflicts',
  'subscription_add_ons_present',
  'subscription_does_not_have_any_upgrade_paths',
  'subscription_target_offer_not_found',
]

/**
 * An identifier that wraps only after its underscores, never inside a word (hu-HU's long column
 * labels squeeze it). Text and <wbr> only, so the text stays one run of the <code>.
 */
function BreakAtUnderscores({ text }: { text: string }) {
  const words = text.split('_')
  return words.map((word, index) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: the words of one identifier never reorder
    <Fragment key={index}>
      {index < words.length - 1 ? `${word}_` : word}
      {index < words.length - 1 ? <wbr /> : null}
    </Fragment>
  ))
}

/**
 * The conditions that block an upgrade, with the code Partner Center answers for each. (Its table
 * head reads like the upgrade paths' and the affected accounts', and its heading and lead like
 * RolesHelp's: duplicates pairs them by shape; each is its own table of its own messages.)
 */
export function ConditionsHelp() {
  const i18n = useI18n()
  return (
    <>
      <h2>{i18n.t('help.conditions.title')}</h2>
      <p>{i18n.t('help.conditions.lead')}</p>
      <Table>
        <thead>
          <tr>
            <th scope="col">{i18n.t('help.conditions.condition')}</th>
            <th scope="col">{i18n.t('help.conditions.code')}</th>
          </tr>
        </thead>
        <tbody>
          {CONDITIONS.map((name) => (
            <tr key={name}>
              <td>{i18n.t(`condition.${name}`)}</td>
              <td>
                <code className="identifier">
                  {UPGRADE_ERROR_CODES[name]} <BreakAtUnderscores text={name} />
                </code>
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
    </>
  )
}

/** Which partner roles may upgrade, and which only look. */
export function RolesHelp() {
  const i18n = useI18n()
  return (
    <>
      <h2>{i18n.t('help.roles.title')}</h2>
      <p>{i18n.t('help.roles.lead')}</p>
      <ul>
        {UPGRADE_ROLES.map((role) => (
          <li key={role}>{i18n.t(`role.${role}`)}</li>
        ))}
      </ul>
      <p>
        {i18n.t('help.roles.others', {
          roles: i18n.formatList(
            PARTNER_ROLES.filter((r) => !UPGRADE_ROLES.includes(r)).map((r) => i18n.t(`role.${r}`)),
          ),
        })}
      </p>
    </>
  )
}
