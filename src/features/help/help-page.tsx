import { Fragment } from 'react'
import { useI18n } from '../../i18n/i18n'
import { UPGRADE_ERROR_CODES, type UpgradeErrorName } from '../../rules/eligibility'
import { findOffer, OFFER_IDS } from '../../rules/offers'
import { currentTerm, fromMinorUnits, newTerm, previewUpgrade } from '../../rules/proration'
import { PARTNER_ROLES, UPGRADE_ROLES } from '../../rules/roles'
import { INDIA_FOOTNOTE_TARGET, INDIA_VARIANTS, UPGRADE_TABLE, upgradeTargets } from '../../rules/upgrade-paths'
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

function offerName(id: string): string {
  return findOffer(id)?.name ?? id
}

/** An illustrative upgrade, worked out by the rules themselves (not a price list). */
const EXAMPLE = (() => {
  const today = Date.UTC(2026, 10, 16) / 86_400_000
  const term = currentTerm('2027-01-28', 'P1Y')
  const licenses = 10
  const prices = { old: 600, new: 1250 }
  const preview = previewUpgrade({
    licenses,
    source: { pricePerMonth: prices.old, term },
    target: { pricePerMonth: prices.new, term: newTerm(new Date(today * 86_400_000), 'P1Y') },
    today,
  })
  return { licenses, prices, preview }
})()

function PriceHelp() {
  const i18n = useI18n()
  const usd = new Intl.NumberFormat(i18n.locale, { style: 'currency', currency: 'USD' })
  const money = (minor: number) => usd.format(fromMinorUnits(minor, 'USD'))
  const { licenses, prices, preview } = EXAMPLE
  return (
    <>
      <h2 id="price-help">{i18n.t('help.price.title')}</h2>
      <p>{i18n.t('help.price.lead')}</p>
      <ul>
        <li>{i18n.t('help.price.credit')}</li>
        <li>{i18n.t('help.price.charge')}</li>
        <li>{i18n.t('help.price.net')}</li>
        <li>{i18n.t('help.price.licenses')}</li>
      </ul>
      <p>
        {i18n.t('help.price.example', {
          licenses,
          source: offerName(OFFER_IDS.businessBasic),
          target: offerName(OFFER_IDS.businessStandard),
          oldPrice: money(prices.old),
          newPrice: money(prices.new),
          days: preview.remainingDays,
          total: preview.termDays,
          credit: money(preview.credit),
          charge: money(preview.charge),
          net: money(preview.net),
        })}
      </p>
      <p>{i18n.t('help.price.demo')}</p>
    </>
  )
}

export function HelpPage() {
  const i18n = useI18n()
  const footnoted = new Set(UPGRADE_TABLE.flatMap((row) => (row.footnoted ? [row.footnoted] : [])))
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

      <h2 id="paths-heading">{i18n.t('help.paths.title')}</h2>
      {/* Its closing lines read like the upgrade result's affected-accounts table (duplicates pairs
          them): both end a list in a table's cell, and share nothing else. */}
      <Table aria-labelledby="paths-heading">
        <thead>
          <tr>
            <th scope="col">{i18n.t('help.paths.source')}</th>
            <th scope="col">{i18n.t('help.paths.targets')}</th>
          </tr>
        </thead>
        <tbody>
          {UPGRADE_TABLE.map((row) => (
            <tr key={row.source}>
              <th scope="row">{offerName(row.source)}</th>
              <td>
                <ul className="plain-list">
                  {row.targets.map((target) => (
                    <li key={target}>
                      {offerName(target)}
                      {footnoted.has(target) ? <sup>1</sup> : null}
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
      <p className="footnote">
        <sup>1</sup>{' '}
        {i18n.t('help.paths.footnote', {
          variants: i18n.formatList(INDIA_VARIANTS.map((v) => offerName(v.india))),
          target: offerName(INDIA_FOOTNOTE_TARGET),
          excluded: offerName(OFFER_IDS.businessStandard),
        })}
      </p>
      <h3>{i18n.t('help.paths.indiaTitle')}</h3>
      <ul>
        {INDIA_VARIANTS.map((variant) => (
          <li key={variant.india}>
            <strong>{offerName(variant.india)}</strong>:{' '}
            {i18n.formatList(upgradeTargets(variant.india).map((offer) => offer.name))}
          </li>
        ))}
      </ul>
      <p>{i18n.t('help.paths.others')}</p>

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
      <PriceHelp />
    </article>
  )
}
