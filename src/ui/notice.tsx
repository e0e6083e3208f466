import type { ComponentProps } from 'react'
import styles from './notice.module.css'

export type NoticeTone = 'info' | 'warning' | 'success'

/**
 * A notice: information, a warning or a success, in a box. It has no role of its own: give it
 * `role="note"` (a remark that stays), `"status"` (announced when it appears) or `"alert"`.
 * `banner`: the page's full width, for notices about the whole app, with an action at the end.
 */
export function Notice({
  tone = 'info',
  banner = false,
  as: Element = 'p',
  className,
  ...props
}: ComponentProps<'div'> & { tone?: NoticeTone; banner?: boolean; as?: 'p' | 'div' }) {
  const classes = [
    styles.notice,
    tone === 'info' ? undefined : styles[tone],
    banner ? styles.banner : undefined,
    className,
  ]
  return <Element className={classes.filter(Boolean).join(' ')} {...props} />
}
