import type { MessageKey } from '../../i18n/messages/en-US'

/**
 * The article's steps, as the guided tour walks them on the real UI. Each step finds its element
 * on the screen, knows from the screen whether the viewer has done it, and can do it for them
 * ("Show me"). The tour reads the page as a viewer sees it (the customer list's links, the info
 * icon, the tooltip, the upgrade dialog), so the features need no hooks for it.
 */
export const TOUR_STEP_IDS = [
  'customer',
  'subscriptions',
  'infoIcon',
  'upgradeNow',
  'offer',
  'submit',
  'result',
] as const
export type TourStepId = (typeof TOUR_STEP_IDS)[number]

export interface TourContext {
  /** The route's path (`/customers/42`). */
  readonly path: string
  /** The customer the tour suggests in this scenario, if it knows one. */
  readonly customerId: string | undefined
  /** Steps to read, which the viewer has marked read (Next). */
  readonly read: ReadonlySet<TourStepId>
  navigate(to: string): void
}

export interface TourStep {
  readonly id: TourStepId
  /** The Help page's message for this step of the article (the same catalog entry). */
  readonly help: MessageKey
  /** A step to read: Next marks it done, rather than something the viewer does on the page. */
  readonly toRead: boolean
  /** Where the card stands relative to the step's element. */
  readonly side: 'top' | 'bottom' | 'left' | 'right'
  /** Default centre; the result's card keeps to the right, clear of the dialog's title. */
  readonly align?: 'start' | 'end'
  target(ctx: TourContext): HTMLElement | null
  done(ctx: TourContext): boolean
  /** Does the step for the viewer. */
  showMe(ctx: TourContext): void
}

/** The customer each built-in scenario's tour suggests: one whose upgrade shows affected accounts. */
export const TOUR_CUSTOMERS: Readonly<Record<string, string>> = {
  default: '5e0f7b0c-d1cd-5138-a882-1794f408f30e', // Contoso Ltd
  'edge-cases': 'a718f793-e319-58d7-94d8-e5dbe6fe4b75', // Alpine Ski House
}

function find<T extends HTMLElement = HTMLElement>(selector: string): T | null {
  return document.querySelector<T>(selector)
}

const onCustomerPage = (ctx: TourContext) => ctx.path.startsWith('/customers/')
const customerHref = (id: string) => `/customers/${encodeURIComponent(id)}`
const infoIcon = () => find('table.subscriptions .info-button')
const upgradeNow = () => find('.tooltip .button')
/** The upgrade dialog, when open: the tour's card must live inside it to stay reachable. */
export const upgradeDialog = (): HTMLElement | null =>
  (find('.offer-picker') ?? find('.upgrade-result'))?.closest<HTMLElement>('[role="dialog"]') ?? null
const result = () => find('.upgrade-result')

function suggestedCustomer(ctx: TourContext): HTMLElement | null {
  const link = ctx.customerId ? find(`main a[href="#${customerHref(ctx.customerId)}"]`) : null
  return link ?? find('main table a[href^="#/customers/"]')
}

/** Goes to the suggested customer (from anywhere), so that the next steps have their elements. */
function goToCustomer(ctx: TourContext): void {
  if (ctx.customerId) ctx.navigate(customerHref(ctx.customerId))
  else if (onCustomerPage(ctx)) ctx.navigate('/')
  else suggestedCustomer(ctx)?.click()
}

export const TOUR_STEPS: readonly TourStep[] = [
  {
    id: 'customer',
    help: 'help.steps.1',
    toRead: false,
    side: 'bottom',
    target: suggestedCustomer,
    done: onCustomerPage,
    showMe: goToCustomer,
  },
  {
    id: 'subscriptions',
    help: 'help.steps.1',
    toRead: true,
    side: 'bottom',
    target: () => find('table.subscriptions'),
    done: (ctx) => onCustomerPage(ctx) && ctx.read.has('subscriptions'),
    showMe: () => find('table.subscriptions')?.scrollIntoView({ block: 'nearest' }),
  },
  {
    id: 'infoIcon',
    help: 'help.steps.2',
    toRead: false,
    side: 'bottom',
    target: infoIcon,
    done: () => upgradeNow() !== null || upgradeDialog() !== null,
    // Focus on the icon opens its tooltip, as a keyboard user's Tab would; Enter then opens the
    // dialog (step 4's text says so). A simulated hover would be undone by any scroll.
    showMe(ctx) {
      const icon = infoIcon()
      if (icon) icon.focus()
      else goToCustomer(ctx)
    },
  },
  {
    id: 'upgradeNow',
    help: 'help.steps.2',
    toRead: false,
    side: 'bottom',
    target: () => upgradeNow() ?? infoIcon(),
    done: () => upgradeDialog() !== null,
    // The icon opens the same dialog as Upgrade now, and a click on it also closes its tooltip.
    showMe: () => infoIcon()?.click(),
  },
  {
    id: 'offer',
    help: 'help.steps.3',
    toRead: false,
    side: 'top',
    target: () => find('.offer-picker'),
    done: () => find('.offer-picker input:checked') !== null || result() !== null,
    showMe: () => find('.offer-picker input[type="radio"]:not(:disabled)')?.click(),
  },
  {
    id: 'submit',
    help: 'help.steps.3',
    toRead: false,
    side: 'top',
    target: () => upgradeDialog()?.querySelector<HTMLElement>('button[type="submit"]') ?? null,
    done: () => result() !== null,
    showMe: () => upgradeDialog()?.querySelector<HTMLElement>('button[type="submit"]')?.click(),
  },
  {
    id: 'result',
    help: 'help.steps.4',
    toRead: true,
    side: 'top',
    align: 'end',
    target: () => find('.upgrade-result .affected') ?? result(),
    done: (ctx) => ctx.read.has('result'),
    showMe: () => (find('.upgrade-result .affected') ?? result())?.scrollIntoView({ block: 'nearest' }),
  },
]

/**
 * Where the tour stands on this screen: the first step not done (TOUR_STEPS.length: all done). A
 * step to read counts as done once the viewer has gone further on their own.
 */
export function currentStep(ctx: TourContext): number {
  for (const [index, step] of TOUR_STEPS.entries()) {
    if (step.done(ctx)) continue
    if (step.toRead && TOUR_STEPS.slice(index + 1).some((later) => !later.toRead && later.done(ctx))) continue
    return index
  }
  return TOUR_STEPS.length
}
