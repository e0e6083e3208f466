import { findOffer, OFFER_IDS, type OfferDefinition } from './offers'

/**
 * The article's table "Upgrades supported in the CSP program" (seeds, all five languages; where
 * they disagree, zh-CN, the human translation, and the majority win: sv-SE's "Apps for business"
 * as a target of Apps for business is read as "Apps for enterprise").
 *
 * | source offer                     | possible targets                                                 |
 * | Microsoft 365 Apps for business  | Business Premium (1), Apps for enterprise, Office 365 E3, E5     |
 * | Microsoft 365 Business Standard  | Office 365 E3, Office 365 E5                                     |
 * | Microsoft 365 Business Basic     | Business Standard (1), Office 365 E1, Office 365 E3, E5          |
 *
 * Footnote (1): "Microsoft 365 Apps for business (India) and Microsoft 365 Business Basic (India)
 * can be upgraded to Microsoft 365 Business Standard (India), not to Microsoft 365 Business
 * Standard." Our reading (DOMAIN.md): for the two India variants, the footnoted target of their
 * row is replaced by Business Standard (India); their other targets are as in their row. So
 * Apps for business (India) loses Business Premium and gains Business Standard (India).
 *
 * Every other offer (Business Premium, Apps for enterprise, E1, E3, E5, Business Standard
 * (India), add-ons, standalone plans) has no upgrade path.
 */
interface PathRow {
  readonly source: string
  readonly targets: readonly string[]
  /** The target marked (1) in the article's row. */
  readonly footnoted?: string
}

export const UPGRADE_TABLE: readonly PathRow[] = [
  {
    source: OFFER_IDS.appsForBusiness,
    targets: [OFFER_IDS.businessPremium, OFFER_IDS.appsForEnterprise, OFFER_IDS.e3, OFFER_IDS.e5],
    footnoted: OFFER_IDS.businessPremium,
  },
  {
    source: OFFER_IDS.businessStandard,
    targets: [OFFER_IDS.e3, OFFER_IDS.e5],
  },
  {
    source: OFFER_IDS.businessBasic,
    targets: [OFFER_IDS.businessStandard, OFFER_IDS.e1, OFFER_IDS.e3, OFFER_IDS.e5],
    footnoted: OFFER_IDS.businessStandard,
  },
]

/** The footnote's India variants and the row they follow. */
export const INDIA_VARIANTS: readonly { readonly india: string; readonly row: string }[] = [
  { india: OFFER_IDS.appsForBusinessIndia, row: OFFER_IDS.appsForBusiness },
  { india: OFFER_IDS.businessBasicIndia, row: OFFER_IDS.businessBasic },
]

export const INDIA_FOOTNOTE_TARGET = OFFER_IDS.businessStandardIndia

function buildPaths(): Map<string, readonly string[]> {
  const paths = new Map<string, readonly string[]>()
  for (const row of UPGRADE_TABLE) paths.set(row.source, row.targets)
  for (const variant of INDIA_VARIANTS) {
    const row = UPGRADE_TABLE.find((r) => r.source === variant.row)
    if (!row) throw new Error(`India variant follows a row that is not in the table: ${variant.row}`)
    paths.set(
      variant.india,
      row.targets.map((target) => (target === row.footnoted ? INDIA_FOOTNOTE_TARGET : target)),
    )
  }
  return paths
}

const PATHS = buildPaths()

const TARGETS = new Map<string, readonly OfferDefinition[]>(
  [...PATHS].map(([source, targets]) => [
    source.toUpperCase(),
    targets.map((id) => {
      const offer = findOffer(id)
      if (!offer) throw new Error(`Upgrade table names an offer missing from the catalog: ${id}`)
      return offer
    }),
  ]),
)

/** The offers a subscription of `sourceOfferId` can be upgraded to, in the article's order. */
export function upgradeTargets(sourceOfferId: string): readonly OfferDefinition[] {
  return TARGETS.get(sourceOfferId.toUpperCase()) ?? []
}

export function hasUpgradePaths(sourceOfferId: string): boolean {
  return upgradeTargets(sourceOfferId).length > 0
}

/** Every source offer with paths, table rows first, then the India variants. */
export function upgradeSources(): readonly OfferDefinition[] {
  return [...PATHS.keys()].map((id) => {
    const offer = findOffer(id)
    if (!offer) throw new Error(`Upgrade table names an offer missing from the catalog: ${id}`)
    return offer
  })
}
