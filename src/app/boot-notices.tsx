import { lazy, Suspense, useState } from 'react'
import type { DemoLinkNotice as DemoLinkNoticeKind } from '../features/demo/demo-link-notice'
import { withPageMessages } from '../i18n/catalogs'
import { useI18n } from '../i18n/i18n'
import { Button } from '../ui/button'
import { Notice } from '../ui/notice'

// What a demo link could not apply: rare, so its words load only when there is one.
const DemoLinkNotice = lazy(() =>
  withPageMessages(import('../features/demo/demo-link-notice')).then((m) => ({ default: m.DemoLinkNoticeText })),
)

export type BootNotice =
  | { readonly kind: 'demo_state_discarded' }
  | { readonly kind: 'unknown_scenario'; readonly name: string }
  | DemoLinkNoticeKind

/** What the start of the demo could not do as asked, each notice until the agent dismisses it. */
export function BootNotices({ bootNotices }: { bootNotices: readonly BootNotice[] | undefined }) {
  const i18n = useI18n()
  const [notices, setNotices] = useState(bootNotices ?? [])
  // The boot notices arrive with the mock API, after the first paint.
  const [noticesFrom, setNoticesFrom] = useState(bootNotices)
  if (bootNotices !== noticesFrom) {
    setNoticesFrom(bootNotices)
    setNotices(bootNotices ?? [])
  }
  return notices.map((notice) => (
    <Notice as="div" key={JSON.stringify(notice)} tone="warning" banner role="status">
      <p>
        {notice.kind === 'demo_state_discarded' ? (
          i18n.t('demo.stateDiscarded')
        ) : notice.kind === 'unknown_scenario' ? (
          i18n.rich('demo.unknownScenario', { name: notice.name })
        ) : (
          <Suspense fallback={null}>
            <DemoLinkNotice notice={notice} />
          </Suspense>
        )}
      </p>
      <Button size="small" onClick={() => setNotices((all) => all.filter((n) => n !== notice))}>
        {i18n.t('action.dismiss')}
      </Button>
    </Notice>
  ))
}
