import { useI18n } from '../../i18n/i18n'
import { findOffer, OFFER_IDS } from '../../rules/offers'
import { INDIA_FOOTNOTE_TARGET, INDIA_VARIANTS, UPGRADE_TABLE, upgradeTargets } from '../../rules/upgrade-paths'
import { Table } from '../../ui/table'

export function offerName(id: string): string {
  return findOffer(id)?.name ?? id
}

/** The upgrade paths, from the rules' table: every source and its targets, India's variants apart. */
export function UpgradePathsHelp() {
  const i18n = useI18n()
  const footnoted = new Set(UPGRADE_TABLE.flatMap((row) => (row.footnoted ? [row.footnoted] : [])))
  return (
    <>
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
    </>
  )
}
