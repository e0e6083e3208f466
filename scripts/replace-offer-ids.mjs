// Replaces this product's former made-up offer ids (5A1C2D3E-…) with Partner Center's real ones
// (src/rules/offers.ts, OFFER_IDS and OFFER_ID_SOURCES) in scenario files, docs and tests.
// Mechanical and idempotent: re-run it after merging a branch that still adds the old ids.
//   node scripts/replace-offer-ids.mjs            (the default files)
//   node scripts/replace-offer-ids.mjs a.json …   (these files)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const REAL_IDS = {
  '5A1C2D3E-0001-4B6F-9C11-000000000001': '5C9FD4CC-EDCE-44A8-8E91-07DF09744609', // Microsoft 365 Apps for business
  '5A1C2D3E-0002-4B6F-9C11-000000000002': 'BD938F12-058F-4927-BBA3-AE36B1D2501C', // Microsoft 365 Business Basic
  '5A1C2D3E-0003-4B6F-9C11-000000000003': '031C9E47-4802-4248-838E-778FB1D2CC05', // Microsoft 365 Business Standard
  '5A1C2D3E-0004-4B6F-9C11-000000000004': '61795CAB-2ABD-43F6-88E9-C9ADAE5746E0', // Microsoft 365 Business Premium
  '5A1C2D3E-0005-4B6F-9C11-000000000005': 'BE57FF4C-100C-4F1F-B82D-F1C5AB63A665', // Microsoft 365 Apps for enterprise
  '5A1C2D3E-0006-4B6F-9C11-000000000006': '91FD106F-4B2C-4938-95AC-F54F74E9A239', // Office 365 E1
  '5A1C2D3E-0007-4B6F-9C11-000000000007': '796B6B5F-613C-4E24-A17C-EBA730D49C02', // Office 365 E3
  '5A1C2D3E-0008-4B6F-9C11-000000000008': 'A044B16A-1861-4308-8086-A3A3B506FAC2', // Office 365 E5
  '5A1C2D3E-0201-4B6F-9C11-000000000201': 'C94271D8-B431-4A25-A3C5-A57737A1C909', // Audio Conferencing (add-on)
  '5A1C2D3E-0202-4B6F-9C11-000000000202': '2828BE95-46BA-4F91-B2FD-0BEF192ECF60', // Exchange Online Archiving (add-on)
  '5A1C2D3E-0301-4B6F-9C11-000000000301': '195416C1-3447-423A-B37B-EE59A99A19C4', // Exchange Online (Plan 1)
  // The India variants (…-0101/0102/0103) have no published id: they stay as they are.
}

function defaultFiles() {
  const list = (dir, ext) =>
    readdirSync(dir, { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile() && ext.some((x) => e.name.endsWith(x)))
      .map((e) => join(e.parentPath, e.name))
  return [...list('mocks', ['.json', '.ts']), ...list('docs', ['.md']), ...list('tests', ['.ts', '.tsx'])]
}

const files = process.argv.length > 2 ? process.argv.slice(2) : defaultFiles()
let changed = 0
for (const file of files) {
  const before = readFileSync(file, 'utf8')
  let after = before
  for (const [old, real] of Object.entries(REAL_IDS)) {
    after = after.replace(new RegExp(old, 'gi'), (match) => (match === match.toLowerCase() ? real.toLowerCase() : real))
  }
  if (after !== before) {
    writeFileSync(file, after)
    changed += 1
    console.log(`updated ${file}`)
  }
}
console.log(`${changed} file(s) updated`)
