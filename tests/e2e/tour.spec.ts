import type { Locator, Page } from '@playwright/test'
import { enUSPages } from '../../src/i18n/messages/en-US.pages'
import { zhCN } from '../../src/i18n/messages/zh-CN'
import { expect, test } from './fixtures'

// The guided tour, by mouse and by keyboard, in en-US and zh-CN. Its words come from the catalogs:
// each step's title is the tour's, its text the Help page's step (help.steps.*).
const LANGUAGES = [
  { lang: 'en-US', t: enUSPages, upgradeNow: 'Upgrade now', submit: 'Submit' },
  { lang: 'zh-CN', t: zhCN, upgradeNow: '立即升级', submit: '提交' },
] as const
type Messages = (typeof LANGUAGES)[number]['t']

const STEPS = [
  ['tour.step.customer', 'help.steps.1'],
  ['tour.step.subscriptions', 'help.steps.1'],
  ['tour.step.infoIcon', 'help.steps.2'],
  ['tour.step.upgradeNow', 'help.steps.2'],
  ['tour.step.offer', 'help.steps.3'],
  ['tour.step.submit', 'help.steps.3'],
  ['tour.step.result', 'help.steps.4'],
] as const

const progress = (t: Messages, step: number) =>
  t['tour.progress'].replace('{step, number}', String(step)).replace('{total, number}', '7')

/** The tour's card for step `step` (1-7): a dialog named by the step's title, saying its text. */
async function expectStep(page: Page, t: Messages, step: number): Promise<Locator> {
  const [title, help] = STEPS[step - 1] ?? []
  if (!title || !help) throw new Error(`no step ${step}`)
  const card = page.getByRole('dialog', { name: t[title] })
  await expect(card).toBeVisible()
  await expect(card).toContainText(progress(t, step))
  await expect(card).toContainText(t[help])
  return card
}

/** The element the step highlights. */
const highlighted = (page: Page) => page.locator('[data-tour-target]')

for (const { lang, t, upgradeNow, submit } of LANGUAGES) {
  test(`${lang}: the tour completes by mouse, the viewer doing each step`, async ({ app, page }) => {
    await app.open('/', `?lang=${lang}&latency=none`)
    await page.locator('.demo-trigger').click()
    await page.getByRole('button', { name: t['tour.start'] }).click()

    await expectStep(page, t, 1)
    await expect(highlighted(page)).toHaveText('Contoso Ltd')
    await page.getByRole('link', { name: 'Contoso Ltd', exact: true }).click()

    const step2 = await expectStep(page, t, 2)
    await expect(highlighted(page)).toHaveRole('table')
    await step2.getByRole('button', { name: t['tour.next'] }).click()

    await expectStep(page, t, 3)
    const icon = page.locator('.info-button').first()
    await expect(icon).toHaveAttribute('data-tour-target')
    await icon.hover()

    await expectStep(page, t, 4)
    await page.getByRole('button', { name: upgradeNow }).click()

    const step5 = await expectStep(page, t, 5)
    await app.expectAccessible(`${lang}: tour card inside the upgrade dialog`)
    await expect(step5).toBeVisible()
    await page.getByText('Microsoft 365 Business Standard', { exact: true }).click()

    await expectStep(page, t, 6)
    await page.getByRole('button', { name: submit, exact: true }).click()

    const step7 = await expectStep(page, t, 7)
    await expect(highlighted(page)).toContainText('alex.wilber@contoso.com')
    await step7.getByRole('button', { name: t['tour.finish'] }).click()
    await expect(page.locator('.tour-card')).toHaveCount(0)
    await expect(page.locator('[data-tour-target]')).toHaveCount(0)
  })

  test(`${lang}: the tour completes by keyboard with Show me, focus moving with each step`, async ({ app, page }) => {
    await app.open('/', `?lang=${lang}&latency=none&tour=1`)
    for (let step = 1; step <= 7; step++) {
      const card = await expectStep(page, t, step)
      const action = step === 2 ? t['tour.next'] : step === 7 ? t['tour.finish'] : t['tour.showMe']
      // Show me on step 3 focuses the info icon, as Tab would: its tooltip opens, and Enter on the
      // icon is step 4, as the card says. Every other step's card takes focus.
      const button = step === 4 ? page.locator('.info-button').first() : card.getByRole('button', { name: action })
      await expect(button).toBeFocused()
      await app.expectFocusVisible()
      if (step === 1 || step === 5) await app.expectAccessible(`${lang}: tour step ${step}`)
      await page.keyboard.press('Enter')
    }
    await expect(page.locator('.tour-card')).toHaveCount(0)
    // The upgrade was done, and focus is on its result.
    await expect(page.locator('.result-heading')).toBeFocused()
    await expect(page.getByRole('dialog')).toContainText('alex.wilber@contoso.com')
  })
}

test('Escape leaves the tour; it resumes where it was, also after a reload', async ({ app, page }) => {
  await app.open('/', '?latency=none&tour=1')
  const t = enUSPages
  await expectStep(page, t, 1)
  await page.keyboard.press('Enter')
  await expectStep(page, t, 2)
  await page.keyboard.press('Enter')
  await expectStep(page, t, 3)

  await page.keyboard.press('Escape')
  await expect(page.locator('.tour-card')).toHaveCount(0)
  await expect(page.locator('[data-tour-target]')).toHaveCount(0)
  const resume = page.getByRole('button', { name: 'Resume the tour (step 3 of 7)' })
  await expect(resume).toBeFocused()
  await app.expectAccessible('tour left: the resume chip')

  await page.reload()
  await expect(resume).toBeVisible()
  await resume.click()
  const card = await expectStep(page, t, 3)
  await expect(card.getByRole('button', { name: 'Show me' })).toBeFocused()

  // Left again, it can also start over from the demo panel.
  await card.getByRole('button', { name: 'Leave the tour' }).click()
  await expect(resume).toBeVisible()
  await page.locator('.demo-trigger').click()
  await page.getByRole('button', { name: 'Start the guided tour' }).click()
  await expect(resume).toHaveCount(0)
  const again = await expectStep(page, t, 2)

  // Leave again and end it: nothing of the tour is left.
  await again.getByRole('button', { name: 'Leave the tour' }).click()
  await page.getByRole('button', { name: 'End the tour' }).click()
  await expect(page.getByRole('button', { name: /Resume the tour/ })).toHaveCount(0)
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Contoso Ltd' })).toBeVisible()
  await expect(page.getByRole('button', { name: /Resume the tour/ })).toHaveCount(0)
})

test('the tour follows the viewer back: to the customer list, out of the dialog', async ({ app, page }) => {
  await app.open('/', '?latency=none&tour=1')
  const t = enUSPages
  for (let step = 1; step <= 2; step++) {
    const card = await expectStep(page, t, step)
    await expect(card.getByRole('button', { name: step === 2 ? 'Next' : 'Show me' })).toBeFocused()
    await page.keyboard.press('Enter')
  }
  await expectStep(page, t, 3)
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Customers' }).click()
  await expectStep(page, t, 1)
  await page.getByRole('link', { name: 'Contoso Ltd', exact: true }).click()
  // The subscriptions are to be looked at again.
  const step2 = await expectStep(page, t, 2)
  await step2.getByRole('button', { name: 'Next' }).click()

  await (await expectStep(page, t, 3)).getByRole('button', { name: 'Show me' }).click()
  await expectStep(page, t, 4)
  await expect(app.infoIcon('Contoso – Business Basic')).toBeFocused()
  await page.keyboard.press('Enter')
  await expectStep(page, t, 5)
  await page.getByRole('button', { name: 'Cancel' }).click()
  // The dialog gave focus back to the info icon: the tour steps back to the icon (step 3, or 4
  // while its tooltip is open) without taking focus from it.
  await expect(page.getByRole('dialog', { name: /^(Find the information icon|Hover over it)/ })).toBeVisible()
  await expect(app.infoIcon('Contoso – Business Basic')).toBeFocused()
  await page.waitForTimeout(1000) // the tour looks at the screen every 150 ms: focus stays put
  await expect(app.infoIcon('Contoso – Business Basic')).toBeFocused()
})

test('a role that may not upgrade is told so, and the tour is not loaded until started', async ({ app, page }) => {
  const scripts: string[] = []
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url())
  })
  await app.open('/customers/5e0f7b0c-d1cd-5138-a882-1794f408f30e', '?latency=none&role=billing_admin')
  await expect(page.getByText('Signed in as Billing admin', { exact: true })).toBeVisible()
  expect(scripts.filter((url) => url.includes('tour'))).toEqual([])

  await page.locator('.demo-trigger').click()
  await page.getByRole('button', { name: 'Start the guided tour' }).click()
  const card = await expectStep(page, enUSPages, 2)
  await card.getByRole('button', { name: 'Next' }).click()
  const step3 = await expectStep(page, enUSPages, 3)
  await expect(step3).toContainText('Signed in as Billing admin, you can only view subscriptions.')
  await expect(step3.getByRole('button', { name: 'Show me' })).toBeDisabled()
  expect(scripts.some((url) => url.includes('tour'))).toBe(true)
})
