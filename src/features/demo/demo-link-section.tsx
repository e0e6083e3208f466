import { useId, useState } from 'react'
import type { DemoState } from '../../contract/demo-controls'
import { useI18n } from '../../i18n/i18n'
import type { PartnerRole } from '../../rules/roles'
import { Button } from '../../ui/button'
import { Notice } from '../../ui/notice'
import { buildDemoLink } from './demo-link'

/** The guided tour's start, and a link that reproduces this demo (copied, or shown to copy by hand). */
export function DemoLinkSection({
  state,
  role,
  onStartTour,
}: {
  state: DemoState
  role: PartnerRole
  onStartTour: () => void
}) {
  const i18n = useI18n()
  const linkId = useId()
  /** A demo link the browser would not copy: shown for the presenter to copy by hand. */
  const [uncopied, setUncopied] = useState<string | null>(null)
  const [copied, setCopied] = useState<string | null>(null)

  const copyLink = async () => {
    const link = buildDemoLink(window.location.href, {
      scenario: state.scenario.name,
      role,
      lang: i18n.locale,
      latency: state.latency,
    })
    const written = await navigator.clipboard?.writeText(link).then(
      () => true,
      () => false,
    )
    const what = { scenario: state.scenario.title, role: i18n.t(`role.${role}`) }
    setUncopied(written ? null : link)
    setCopied(
      written
        ? `${i18n.t('demo.link.copied', what)}${state.scenario.builtIn ? '' : ` ${i18n.t('demo.link.ownFile')}`}`
        : null,
    )
  }

  return (
    <section className="drawer-section" aria-labelledby={`${linkId}-heading`}>
      <h3 id={`${linkId}-heading`}>{i18n.t('demo.link.title')}</h3>
      <p className="muted">{i18n.t('demo.link.hint')}</p>
      <div className="inline-controls">
        <Button size="small" onClick={onStartTour}>
          {i18n.t('tour.start')}
        </Button>
        <Button size="small" onClick={() => void copyLink()}>
          {i18n.t('demo.link.copy')}
        </Button>
      </div>
      <div aria-live="polite" className="live-region">
        {copied ? <Notice tone="success">{copied}</Notice> : null}
      </div>
      {uncopied ? (
        <div className="field" role="alert">
          <label htmlFor={linkId}>{i18n.t('demo.link.copyFailed')}</label>
          <input id={linkId} type="text" readOnly value={uncopied} onFocus={(event) => event.target.select()} />
        </div>
      ) : null}
    </section>
  )
}
