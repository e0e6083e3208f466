import * as Dialog from '@radix-ui/react-dialog'
import type { ReactNode } from 'react'
import { useI18n } from '../i18n/i18n'
import { buttonClassName } from './button'

/**
 * The dialog shell: Radix Dialog (focus trap, Escape, aria-modal) in a portal. `returnFocus` names
 * the element to focus on close, since the control that opened it (a tooltip's button) may be gone.
 */
export function DialogShell({
  open,
  onOpenChange,
  title,
  description,
  children,
  returnFocus,
  variant = 'dialog',
  onTop = false,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  title: ReactNode
  description?: ReactNode
  children: ReactNode
  returnFocus?: () => HTMLElement | null | undefined
  /** 'drawer': a panel along the right edge (the demo controls). */
  variant?: 'dialog' | 'wide' | 'drawer'
  /** Opens over another dialog (sign in again): its overlay dims the one below. */
  onTop?: boolean
}) {
  const i18n = useI18n()
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className={onTop ? 'dialog-overlay on-top' : 'dialog-overlay'} />
        <Dialog.Content
          className={`${variant === 'wide' ? 'dialog dialog-wide' : variant}${onTop ? ' on-top' : ''}`}
          onCloseAutoFocus={(event) => {
            const target = returnFocus?.()
            if (target?.isConnected) {
              event.preventDefault()
              target.focus()
            }
          }}
          {...(description ? {} : { 'aria-describedby': undefined })}
        >
          <div className="dialog-header">
            <Dialog.Title className="dialog-title">{title}</Dialog.Title>
            <Dialog.Close className={buttonClassName({ variant: 'icon' })} aria-label={i18n.t('action.close')}>
              <span aria-hidden="true">×</span>
            </Dialog.Close>
          </div>
          {description ? <Dialog.Description className="dialog-description">{description}</Dialog.Description> : null}
          {children}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  )
}
