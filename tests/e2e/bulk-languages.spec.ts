import { IntlMessageFormat } from 'intl-messageformat'
import type { Catalog } from '../../src/i18n/catalogs'
import { enUS, type MessageKey } from '../../src/i18n/messages/en-US'
import { enUSAuth } from '../../src/i18n/messages/en-US.auth'
import { enUSPages } from '../../src/i18n/messages/en-US.pages'
import { huHU } from '../../src/i18n/messages/hu-HU'
import { nlNL } from '../../src/i18n/messages/nl-NL'
import { svSE } from '../../src/i18n/messages/sv-SE'
import { trTR } from '../../src/i18n/messages/tr-TR'
import { zhCN } from '../../src/i18n/messages/zh-CN'
import { expect, test } from './fixtures'

// Opportunities and bulk upgrade by keyboard alone, with axe on every screen, in every locale.
// Names come from each catalog, formatted as the app formats them.
const LOCALES: readonly { locale: string; label: string; catalog: Catalog }[] = [
  { locale: 'en-US', label: 'English (United States)', catalog: { ...enUS, ...enUSPages, ...enUSAuth } },
  { locale: 'sv-SE', label: 'Svenska', catalog: svSE },
  { locale: 'zh-CN', label: '中文（简体）', catalog: zhCN },
  { locale: 'hu-HU', label: 'Magyar', catalog: huHU },
  { locale: 'nl-NL', label: 'Nederlands', catalog: nlNL },
  { locale: 'tr-TR', label: 'Türkçe', catalog: trTR },
]

for (const { locale, label, catalog } of LOCALES) {
  const t = (key: MessageKey, values?: Record<string, string | number>) =>
    String(new IntlMessageFormat(catalog[key], locale).format(values))

  test(`${locale}: opportunities to a finished bulk upgrade by keyboard, axe on each screen`, async ({ app, page }) => {
    await app.open('/')
    await app.chooseLanguage(label, locale)

    const nav = page
      .getByRole('navigation')
      .first()
      .getByRole('link', { name: t('nav.opportunities') })
    await app.tabTo(nav)
    await app.expectFocusVisible()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 1, name: t('opportunities.title') })).toBeVisible()
    await expect(page.getByText(t('opportunities.scan.done', { total: 10 }), { exact: true })).toBeVisible()
    await app.expectAccessible(`${locale}: opportunities`)

    await app.tabTo(page.getByRole('button', { name: t('opportunities.selectMatching', { count: 7 }) }))
    await page.keyboard.press('Enter')
    const plan = page.getByRole('button', { name: t('opportunities.plan', { count: 7 }) })
    await expect(plan).toBeEnabled()
    await app.tabTo(plan)
    await app.expectFocusVisible()
    await page.keyboard.press('Enter')

    await expect(page.getByRole('heading', { level: 1, name: t('bulk.plan.title') })).toBeFocused()
    await app.expectAccessible(`${locale}: plan`)
    await app.tabTo(page.getByRole('button', { name: t('bulk.plan.review'), exact: true }))
    await page.keyboard.press('Enter')

    await expect(page.getByRole('heading', { level: 1, name: t('bulk.review.title') })).toBeFocused()
    await app.expectAccessible(`${locale}: review`)
    await app.tabTo(page.getByRole('button', { name: t('bulk.review.start', { count: 7 }) }))
    await page.keyboard.press('Enter')

    await expect(page.getByRole('heading', { level: 1, name: t('bulk.run.title') })).toBeVisible()
    await expect(page.getByText(t('bulk.run.state', { state: 'finished', count: 7 }), { exact: true })).toBeVisible()
    await app.expectAccessible(`${locale}: results`)
    const newPlan = page.getByRole('button', { name: t('bulk.run.newPlan') })
    await app.tabTo(newPlan)
    await page.keyboard.press('Enter')
    await expect(page.getByRole('heading', { level: 1, name: t('opportunities.title') })).toBeVisible()
  })
}
