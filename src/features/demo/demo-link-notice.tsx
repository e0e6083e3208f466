import { useI18n } from '../../i18n/i18n'
import type { DemoLinkProblem } from './demo-link'
import { DEMO_LINK_PARAMS } from './demo-link-params'

/** What a demo link could not apply, as a notice on the first screen says it (app.tsx). */
export type DemoLinkNotice =
  /** A value or parameter that was not understood (and so not applied). */
  | { readonly kind: 'demo_link'; readonly problem: DemoLinkProblem }
  /** Parameters that only the mock can apply, in a link opened on a live build. */
  | { readonly kind: 'demo_only'; readonly params: readonly string[] }

/** Text from the address, set apart so that its direction cannot flip the sentence around it. */
const isolate = (text: string) => `\u2068${text}\u2069`

export function DemoLinkNoticeText({ notice }: { notice: DemoLinkNotice }) {
  const i18n = useI18n()
  if (notice.kind === 'demo_only') return i18n.t('demoLink.demoOnly', { params: i18n.formatList(notice.params) })
  const { problem } = notice
  return problem.kind === 'value'
    ? i18n.t('demoLink.badValue', {
        param: problem.param,
        value: isolate(problem.value),
        known: i18n.formatList(problem.known, 'disjunction'),
      })
    : i18n.t('demoLink.unknownParam', { param: isolate(problem.param), known: i18n.formatList(DEMO_LINK_PARAMS) })
}
