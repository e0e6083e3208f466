import { type RefObject, useEffect, useRef } from 'react'
import { useI18n } from '../../i18n/i18n'

/**
 * A tour the viewer left: "Resume the tour (step n of 7)" and "End the tour". It takes focus when
 * the viewer left with Escape or Leave on a page no modal dialog hides.
 */
export function TourChip({
  step,
  total,
  takeFocus,
  onResume,
  onEnd,
}: {
  step: number
  total: number
  /** Set when the chip should take focus as it appears; cleared once it did. */
  takeFocus: RefObject<boolean>
  onResume: () => void
  onEnd: () => void
}) {
  const i18n = useI18n()
  const resume = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    if (!takeFocus.current) return
    takeFocus.current = false
    resume.current?.focus()
  }, [takeFocus])
  return (
    <section className="tour-chip" aria-label={i18n.t('tour.paused')}>
      <button ref={resume} type="button" className="button button-small button-primary" onClick={onResume}>
        {i18n.t('tour.resume', { step: Math.min(step + 1, total), total })}
      </button>
      <button type="button" className="button button-small" onClick={onEnd}>
        {i18n.t('tour.end')}
      </button>
    </section>
  )
}
