import type { ComponentProps } from 'react'
import styles from './button.module.css'

export type ButtonVariant = 'default' | 'primary' | 'demo' | 'link' | 'icon'

export interface ButtonLook {
  /** default: outlined; primary: the one main action; demo: the demo's own controls; link: looks
   * like a link (a secondary action in a row); icon: a glyph whose name is its aria-label. */
  variant?: ButtonVariant
  size?: 'normal' | 'small'
}

/** The class names of a button's look, for an element the kit does not render (a Radix trigger). */
export function buttonClassName({ variant = 'default', size = 'normal' }: ButtonLook = {}, extra?: string): string {
  const boxed = variant === 'default' || variant === 'primary' || variant === 'demo'
  return [
    boxed ? styles.button : styles[variant],
    variant === 'primary' || variant === 'demo' ? styles[variant] : undefined,
    boxed && size === 'small' ? styles.small : undefined,
    extra,
  ]
    .filter(Boolean)
    .join(' ')
}

/** A button of the kit: `type="button"` unless told otherwise, so that it never submits by accident. */
export function Button({ variant, size, className, type = 'button', ...props }: ComponentProps<'button'> & ButtonLook) {
  return <button type={type} className={buttonClassName({ variant, size }, className)} {...props} />
}
