import { useState } from 'react'
import { useI18n } from '../i18n/i18n'
import type { LiveSession } from './session'

/** Live mode's top-bar account: who is signed in, with which partner roles, and Sign out. */
export function AccountArea({ live }: { live: LiveSession }) {
  const i18n = useI18n()
  const { user } = live
  if (!user) return null
  const roles = user.roles.map((role) => i18n.t(`role.${role}`))
  return (
    <div className="session-area account-area">
      <p className="signed-in">
        <span className="account-label">{i18n.t('auth.account.label')}</span>{' '}
        <bdi className="account-name" title={user.username}>
          {user.name}
        </bdi>
        <span className="account-roles">
          {roles.length > 0 ? i18n.formatList(roles) : i18n.t('auth.account.noRole')}
        </span>
      </p>
      <button type="button" className="button button-small account-sign-out" onClick={() => void live.signOut()}>
        {i18n.t('auth.signOut')}
      </button>
    </div>
  )
}

/** Live mode before sign-in: what this is, and one button to sign in with Microsoft. */
export function SignInPage({ live }: { live: LiveSession }) {
  const i18n = useI18n()
  const [state, setState] = useState<{ kind: 'idle' } | { kind: 'busy' } | { kind: 'failed'; message: string }>({
    kind: 'idle',
  })
  return (
    <section className="page sign-in-page" aria-labelledby="sign-in-heading">
      <h1 id="sign-in-heading">{i18n.t('auth.signIn.title')}</h1>
      <p>{i18n.t('auth.signIn.body')}</p>
      {state.kind === 'failed' ? (
        <p className="error-panel" role="alert">
          {i18n.t('auth.signIn.failed', { message: state.message })}
        </p>
      ) : null}
      <button
        type="button"
        className="button button-primary"
        aria-disabled={state.kind === 'busy' || undefined}
        onClick={() => {
          if (state.kind === 'busy') return
          setState({ kind: 'busy' })
          live.signIn().catch((error: unknown) => {
            setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) })
          })
        }}
      >
        {state.kind === 'busy' ? i18n.t('auth.signIn.busy') : i18n.t('auth.signIn.button')}
      </button>
    </section>
  )
}
