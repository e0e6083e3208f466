import { afterEach, describe, expect, it } from 'vitest'
import { currentStep, TOUR_STEPS, type TourContext, type TourStepId } from '../../src/features/tour/tour-steps'

// Where the tour stands is read from the screen, as a viewer sees it. These screens are the
// app's markup reduced to what the tour looks at.
const LIST = `<main><table><tr><th><a href="#/customers/c1">Contoso Ltd</a></th></tr></table></main>`
const SUBSCRIPTIONS = `<main><table class="subscriptions"><tr><th>Basic <button class="info-button">i</button></th></tr></table></main>`
const TOOLTIP = `${SUBSCRIPTIONS}<div class="tooltip"><button class="button">Upgrade now</button></div>`
const DIALOG = (inside: string) => `${SUBSCRIPTIONS}<div role="dialog">${inside}</div>`
const OFFERS = (checked: boolean) =>
  `<form><fieldset class="offer-picker"><input type="radio" name="target-offer"${checked ? ' checked' : ''}></fieldset><button type="submit">Submit</button></form>`
const RESULT = `<div class="upgrade-result"><section class="affected">Alex Wilber</section></div>`

function at(path: string, html: string, read: TourStepId[] = []): TourContext {
  document.body.innerHTML = html
  return { path, customerId: 'c1', read: new Set(read), navigate: () => undefined }
}
const id = (ctx: TourContext) => TOUR_STEPS[currentStep(ctx)]?.id ?? 'done'

afterEach(() => {
  document.body.innerHTML = ''
})

describe('where the tour stands', () => {
  it('follows the article’s steps from what the screen shows', () => {
    expect(id(at('/', LIST))).toBe('customer')
    expect(id(at('/customers/c1', SUBSCRIPTIONS))).toBe('subscriptions')
    expect(id(at('/customers/c1', SUBSCRIPTIONS, ['subscriptions']))).toBe('infoIcon')
    expect(id(at('/customers/c1', TOOLTIP, ['subscriptions']))).toBe('upgradeNow')
    expect(id(at('/customers/c1', DIALOG(OFFERS(false)), ['subscriptions']))).toBe('offer')
    expect(id(at('/customers/c1', DIALOG(OFFERS(true)), ['subscriptions']))).toBe('submit')
    expect(id(at('/customers/c1', DIALOG(RESULT), ['subscriptions']))).toBe('result')
    expect(id(at('/customers/c1', DIALOG(RESULT), ['subscriptions', 'result']))).toBe('done')
  })

  it('counts a step to read as done when the viewer went further on their own', () => {
    expect(id(at('/customers/c1', TOOLTIP))).toBe('upgradeNow')
    expect(id(at('/customers/c1', DIALOG(OFFERS(false))))).toBe('offer')
  })

  it('goes back when the viewer undoes a step', () => {
    expect(id(at('/', LIST, ['subscriptions']))).toBe('customer')
    expect(id(at('/customers/c1', SUBSCRIPTIONS, ['subscriptions']))).toBe('infoIcon')
  })

  it('finds each step’s element, and Show me does the step', () => {
    const ctx = at('/customers/c1', DIALOG(OFFERS(false)), ['subscriptions'])
    const offer = TOUR_STEPS.find((s) => s.id === 'offer')
    expect(offer?.target(ctx)?.className).toBe('offer-picker')
    offer?.showMe(ctx)
    expect(id(ctx)).toBe('submit')

    const visited: string[] = []
    const customer = TOUR_STEPS.find((s) => s.id === 'customer')
    const list = { ...at('/', LIST), navigate: (to: string) => visited.push(to) }
    expect(customer?.target(list)?.textContent).toBe('Contoso Ltd')
    customer?.showMe(list)
    expect(visited).toEqual(['/customers/c1'])
  })
})
