import { useState } from 'react'
import { useI18n } from '../i18n/i18n'
import { Button } from '../ui/button'
import { DialogShell } from '../ui/dialog'
import { useSession } from './session'
import './auth-messages'

/**
 * Asked when a request met a 401 that no silent renewal could fix (the session ended or was
 * revoked). A dialog over whatever is open, so nothing under it is lost; signing in again in a
 * popup lets the waiting requests go on.
 */
export function ReauthDialog() {
  const i18n = useI18n()
  const { live } = useSession()
  const [failed, setFailed] = useState(false)
  const [busy, setBusy] = useState(false)
  if (!live) return null
  return (
    <DialogShell
      open={live.reauthRequested}
      onOpenChange={(open) => {
        if (!open) {
          setFailed(false)
          live.declineSignInAgain()
        }
      }}
      onTop
      title={i18n.t('auth.reauth.title')}
      description={i18n.t('auth.reauth.body')}
    >
      {failed ? (
        <p className="error-panel" role="alert">
          {i18n.t('auth.reauth.failed')}
        </p>
      ) : null}
      <div className="dialog-actions">
        <Button
          variant="primary"
          aria-disabled={busy || undefined}
          onClick={() => {
            if (busy) return
            setBusy(true)
            setFailed(false)
            live
              .signInAgain()
              .catch(() => setFailed(true))
              .finally(() => setBusy(false))
          }}
        >
          {i18n.t('auth.reauth.button')}
        </Button>
      </div>
    </DialogShell>
  )
}
