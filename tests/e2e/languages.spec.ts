import { expect, test } from './fixtures'

// The mouse path and the axe scan in every locale. The words come from each catalog (the seeds'
// glossary): the Upgrade now and Submit buttons, and the dialog's affected-accounts table.
const LOCALES = [
  { locale: 'en-US', label: 'English (United States)', upgradeNow: 'Upgrade now', submit: 'Submit' },
  { locale: 'sv-SE', label: 'Svenska', upgradeNow: 'Uppgradera nu', submit: 'Skicka' },
  { locale: 'zh-CN', label: '中文（简体）', upgradeNow: '立即升级', submit: '提交' },
  { locale: 'hu-HU', label: 'Magyar', upgradeNow: 'Frissítés most', submit: 'Küldés' },
  { locale: 'nl-NL', label: 'Nederlands', upgradeNow: 'Nu upgraden', submit: 'Verzenden' },
  { locale: 'tr-TR', label: 'Türkçe', upgradeNow: 'Şimdi yükselt', submit: 'Gönder' },
] as const

for (const { locale, label, upgradeNow, submit } of LOCALES) {
  test(`${locale}: upgrade by mouse, axe on each state, nothing overflows`, async ({ app, page }) => {
    await app.open('/')
    await app.chooseLanguage(label, locale)
    await app.expectAccessible(`${locale}: customer list`)
    await page.getByRole('link', { name: 'Contoso Ltd', exact: true }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Contoso Ltd' })).toBeVisible()
    await app.expectAccessible(`${locale}: subscriptions`)

    const icon = page.locator('.info-button').first()
    await icon.hover()
    await page.getByRole('button', { name: upgradeNow }).click()
    const dialog = page.getByRole('dialog')
    await dialog.getByRole('radio').first().check()
    await app.expectAccessible(`${locale}: dialog`)
    await expectNoHorizontalOverflow(page)
    await dialog.getByRole('button', { name: submit }).click()
    await expect(page.getByRole('table').last()).toContainText('alex.wilber@contoso.com')
    await app.expectAccessible(`${locale}: result`)
  })
}

async function expectNoHorizontalOverflow(page: import('@playwright/test').Page) {
  const overflow = await page.evaluate(() => {
    const dialog = document.querySelector('[role="dialog"]')
    if (!dialog) return 'no dialog'
    const bad: string[] = []
    for (const el of dialog.querySelectorAll('button, label, legend, h2, h3, p, li')) {
      if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX === 'visible') {
        bad.push(`${el.tagName}: ${el.textContent?.slice(0, 40)}`)
      }
    }
    return document.documentElement.scrollWidth > document.documentElement.clientWidth ? ['page', ...bad] : bad
  })
  expect(overflow).toEqual([])
}
