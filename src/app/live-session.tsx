import { type ReactNode, useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { configureApiSession } from '../api/client'
import { type LiveAuth, SignInRequiredError } from '../auth/live-auth'
import { useI18n } from '../i18n/i18n'
import { actingRole } from '../rules/role-claims'
import { Button } from '../ui/button'
import { type LiveSession, type Session, SessionContext } from './session'
import './auth-messages'

/**
 * Live mode's session (loaded only with a live sign-in): the signed-in user from MSAL, roles from
 * the token's claims, tokens per request, and the "sign in again" handshake of a 401 (see
 * session.tsx); and the pieces the layout shows of it.
 */
interface Waiting {
  readonly promise: Promise<string>
  resolve(token: string): void
  reject(error: Error): void
}

export function LiveSessionProvider({ auth, children }: { auth: LiveAuth; children: ReactNode }) {
  const i18n = useI18n()
  const [user, setUser] = useState(() => auth.user())
  const [signInError, setSignInError] = useState(() => auth.signInError())
  const [reauthRequested, setReauthRequested] = useState(false)

  // A sign-in that answered before it had started (deferred-auth.ts): what it reports once it has.
  useEffect(() => {
    let current = true
    auth.started?.then(
      () => {
        if (!current) return
        setUser(auth.user())
        setSignInError(auth.signInError())
      },
      // It did not start: the page reports that as a boot failure (src/main.tsx).
      () => undefined,
    )
    return () => {
      current = false
    }
  }, [auth])
  const waiting = useRef<Waiting | null>(null)

  // Every request that needs the agent to sign in again waits on the same prompt.
  const askToSignInAgain = useCallback((): Promise<string> => {
    if (!waiting.current) {
      let resolve!: (token: string) => void
      let reject!: (error: Error) => void
      const promise = new Promise<string>((res, rej) => {
        resolve = res
        reject = rej
      })
      waiting.current = { promise, resolve, reject }
      setReauthRequested(true)
    }
    return waiting.current.promise
  }, [])

  configureApiSession({
    token: async () => (await auth.tokenSilently()) ?? askToSignInAgain(),
    renewToken: async () =>
      (await auth.tokenSilently({ forceRefresh: true }).catch(() => undefined)) ?? askToSignInAgain(),
    locale: () => i18n.locale,
  })

  const live = useMemo<LiveSession>(
    () => ({
      user,
      signInError,
      signIn: () => auth.signIn(),
      signOut: () => auth.signOut(),
      reauthRequested,
      signInAgain: async () => {
        const token = await auth.signInAgain()
        setUser(auth.user())
        waiting.current?.resolve(token)
        waiting.current = null
        setReauthRequested(false)
      },
      declineSignInAgain: () => {
        waiting.current?.reject(new SignInRequiredError('The agent did not sign in again.'))
        waiting.current = null
        setReauthRequested(false)
      },
    }),
    [auth, user, signInError, reauthRequested],
  )
  const session = useMemo<Session>(
    () => ({
      role: actingRole(user?.roles ?? []),
      userName: user?.name ?? '',
      setRole: () => {
        // Live mode: the role is the signed-in user's, from the token; it cannot be picked.
      },
      live,
    }),
    [user, live],
  )
  return <SessionContext value={session}>{children}</SessionContext>
}

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
      <Button size="small" className="account-sign-out" onClick={() => void live.signOut()}>
        {i18n.t('auth.signOut')}
      </Button>
    </div>
  )
}

/** Live mode before sign-in: what this is, and one button to sign in with Microsoft. */
export function SignInPage({ live }: { live: LiveSession }) {
  const i18n = useI18n()
  const [state, setState] = useState<{ kind: 'idle' } | { kind: 'busy' } | { kind: 'failed'; message: string }>({
    kind: 'idle',
  })
  // Why this press failed, else why the last sign-in came back without a user (known once MSAL has started).
  const failure = state.kind === 'failed' ? state.message : state.kind === 'idle' ? live.signInError : undefined
  return (
    <section className="page sign-in-page" aria-labelledby="sign-in-heading">
      <h1 id="sign-in-heading">{i18n.t('auth.signIn.title')}</h1>
      <p>{i18n.t('auth.signIn.body')}</p>
      {failure !== undefined ? (
        <p className="error-panel" role="alert">
          {i18n.t('auth.signIn.failed', { message: failure })}
        </p>
      ) : null}
      <Button
        variant="primary"
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
      </Button>
    </section>
  )
}
