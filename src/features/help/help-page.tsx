import { useI18n } from '../../i18n/i18n'
import { UpgradePathsHelp } from './help-paths'
import { ConditionsHelp, RolesHelp } from './help-rules'
import { PriceHelp } from './price-help'

/** The Help page: rendered from the rules module itself, so it cannot drift from what the product does. */
export function HelpPage() {
  const i18n = useI18n()
  return (
    <article className="page help" aria-labelledby="help-heading">
      <h1 id="help-heading">{i18n.t('help.title')}</h1>
      <p className="lead">{i18n.t('help.lead')}</p>

      <h2>{i18n.t('help.steps.title')}</h2>
      <ol>
        <li>{i18n.t('help.steps.1')}</li>
        <li>{i18n.t('help.steps.2')}</li>
        <li>{i18n.t('help.steps.3')}</li>
        <li>{i18n.t('help.steps.4')}</li>
      </ol>
      <UpgradePathsHelp />
      <ConditionsHelp />
      <RolesHelp />
      <PriceHelp />
    </article>
  )
}
