import { describe, expect, it } from 'vitest'
import { OFFERS } from '../../../src/rules/offers'
import { hasUpgradePaths, upgradeSources, upgradeTargets } from '../../../src/rules/upgrade-paths'
import { N, offerId } from './fixtures'

/** DOMAIN.md, "Supported upgrades", written out literally (footnote applied to the India rows). */
const ARTICLE_TABLE: readonly (readonly [string, readonly string[]])[] = [
  [
    'Microsoft 365 Apps for business',
    ['Microsoft 365 Business Premium', 'Microsoft 365 Apps for enterprise', 'Office 365 E3', 'Office 365 E5'],
  ],
  ['Microsoft 365 Business Standard', ['Office 365 E3', 'Office 365 E5']],
  [
    'Microsoft 365 Business Basic',
    ['Microsoft 365 Business Standard', 'Office 365 E1', 'Office 365 E3', 'Office 365 E5'],
  ],
]

const INDIA_ROWS: readonly (readonly [string, readonly string[]])[] = [
  [
    'Microsoft 365 Apps for business (India)',
    ['Microsoft 365 Business Standard (India)', 'Microsoft 365 Apps for enterprise', 'Office 365 E3', 'Office 365 E5'],
  ],
  [
    'Microsoft 365 Business Basic (India)',
    ['Microsoft 365 Business Standard (India)', 'Office 365 E1', 'Office 365 E3', 'Office 365 E5'],
  ],
]

const NO_PATH_OFFERS: readonly string[] = [
  'Microsoft 365 Business Premium',
  'Microsoft 365 Apps for enterprise',
  'Office 365 E1',
  'Office 365 E3',
  'Office 365 E5',
  'Microsoft 365 Business Standard (India)',
  'Microsoft Teams Audio Conferencing',
  'Exchange Online Archiving for Exchange Online',
  'Exchange Online (Plan 1)',
]

const names = (sourceName: string) => upgradeTargets(offerId(sourceName)).map((o) => o.name)

describe('upgradeTargets: the article table', () => {
  it.each(ARTICLE_TABLE)('%s upgrades to exactly its row, in order', (source, targets) => {
    expect(names(source)).toEqual(targets)
    expect(hasUpgradePaths(offerId(source))).toBe(true)
  })

  const cells = ARTICLE_TABLE.flatMap(([source, targets]) =>
    targets.map((target, position) => ({ source, target, position })),
  )
  it.each(cells)('cell: $source -> $target (position $position)', ({ source, target, position }) => {
    expect(names(source)[position]).toBe(target)
  })

  it('finds offers case-insensitively by id', () => {
    expect(upgradeTargets(offerId(N.businessStandard).toLowerCase()).map((o) => o.name)).toEqual([N.e3, N.e5])
  })

  it('lists the sources with paths: table rows first, then the India variants', () => {
    expect(upgradeSources().map((o) => o.name)).toEqual([
      'Microsoft 365 Apps for business',
      'Microsoft 365 Business Standard',
      'Microsoft 365 Business Basic',
      'Microsoft 365 Apps for business (India)',
      'Microsoft 365 Business Basic (India)',
    ])
  })
})

describe('upgradeTargets: the India footnote', () => {
  it.each(INDIA_ROWS)('%s upgrades to exactly its targets, in order', (source, targets) => {
    expect(names(source)).toEqual(targets)
  })

  it('Apps for business (India) is offered neither Business Premium nor Business Standard', () => {
    const targets = names(N.appsForBusinessIndia)
    expect(targets).not.toContain('Microsoft 365 Business Premium')
    expect(targets).not.toContain('Microsoft 365 Business Standard')
    expect(targets).toContain('Microsoft 365 Business Standard (India)')
  })

  it('Business Basic (India) is not offered Business Standard', () => {
    const targets = names(N.businessBasicIndia)
    expect(targets).not.toContain('Microsoft 365 Business Standard')
    expect(targets).toContain('Microsoft 365 Business Standard (India)')
  })

  it.each(ARTICLE_TABLE)('non-India row %s never offers Business Standard (India)', (source) => {
    expect(names(source)).not.toContain('Microsoft 365 Business Standard (India)')
  })
})

describe('upgradeTargets: offers without paths', () => {
  it.each(NO_PATH_OFFERS)('%s has no upgrade path', (source) => {
    expect(upgradeTargets(offerId(source))).toEqual([])
    expect(hasUpgradePaths(offerId(source))).toBe(false)
  })

  it('an unknown offer id has no upgrade path', () => {
    expect(upgradeTargets('00000000-0000-0000-0000-000000000000')).toEqual([])
    expect(hasUpgradePaths('not-an-offer')).toBe(false)
  })

  it('every catalog offer is either a source above or in the no-path list', () => {
    const covered = [...ARTICLE_TABLE, ...INDIA_ROWS].map(([source]) => source).concat(NO_PATH_OFFERS)
    expect(OFFERS.map((o) => o.name).sort()).toEqual([...covered].sort())
  })
})
