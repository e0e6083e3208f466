import { useQueryClient } from '@tanstack/react-query'
import { createContext, lazy, type ReactNode, Suspense, use, useCallback, useMemo, useState } from 'react'
import { demoToken } from '../api/auth'
import { configureApiSession } from '../api/client'
import type { LiveAuth, SignedInUser } from '../auth/live-auth'
import { useI18n } from '../i18n/i18n'
import { isPartnerRole, type PartnerRole } from '../rules/roles'

/**
 * The signed-in user. In the demo the agent picks a partner role (the demo panel) and it travels
 * to the mock in a demo token. In live mode the user signs in with Microsoft Entra ID: the roles
 * come from the token's claims (src/rules/role-claims.ts), never from storage, and tokens are
 * asked for per request. A 401 renews the token silently, else asks the agent to sign in again
 * (a popup) while the request waits, so the page, an open dialog and typed values stay.
 */
// Live mode's session and its top-bar and sign-in pieces load only with a live sign-in, so the
// demo's first screen does not carry them.
const LiveSessionProvider = lazy(() => import('./live-session').then((m) => ({ default: m.LiveSessionProvider })))

const STORAGE_KEY = 'upgrade-console.role'
export const DEFAULT_ROLE: PartnerRole = 'admin_agent'
const USER_NAME = 'Demo Agent'

export interface LiveSession {
  readonly user: SignedInUser | undefined
  /** Why the last sign-in came back without a user, if it did. */
  readonly signInError: string | undefined
  signIn(): Promise<void>
  signOut(): Promise<void>
  /** True while a request waits for the agent to sign in again. */
  readonly reauthRequested: boolean
  /** Signs in again (popup); the waiting requests then go on. Rejects if sign-in failed. */
  signInAgain(): Promise<void>
  /** The agent declines: the waiting requests fail with 401. */
  declineSignInAgain(): void
}

export interface Session {
  /** The role the user acts in; undefined for a live user whose claims map to no partner role. */
  readonly role: PartnerRole | undefined
  readonly userName: string
  /** Demo only: play another role. */
  setRole(role: PartnerRole): void
  /** Live mode only. */
  readonly live?: LiveSession
}

export const SessionContext = createContext<Session | null>(null)

/** The remembered role (also read by the demo build's first-paint script, scripts/first-paint-script.ts). */
export function storedRole(): PartnerRole | undefined {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY)
    return isPartnerRole(value) ? value : undefined
  } catch {
    return undefined
  }
}

/** Remembers the signed-in role for the next visits (a demo link sets it this way too). */
export function rememberRole(role: PartnerRole): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, role)
  } catch {
    // Storage may be unavailable (private mode); the role then lasts for this page only.
  }
}

export function SessionProvider({
  initialRole,
  auth,
  children,
}: {
  initialRole?: PartnerRole
  /** Live mode's sign-in; absent in the demo. */
  auth?: LiveAuth
  children: ReactNode
}) {
  if (auth) {
    return (
      <Suspense fallback={null}>
        <LiveSessionProvider auth={auth}>{children}</LiveSessionProvider>
      </Suspense>
    )
  }
  // A live build (VITE_API_BASE_URL is a constant there) drops the demo session and its token code.
  if (import.meta.env.VITE_API_BASE_URL) throw new Error('Live mode needs its sign-in (auth)')
  return <DemoSessionProvider initialRole={initialRole}>{children}</DemoSessionProvider>
}

function DemoSessionProvider({ initialRole, children }: { initialRole?: PartnerRole; children: ReactNode }) {
  const i18n = useI18n()
  const queryClient = useQueryClient()
  const [role, setRoleState] = useState<PartnerRole>(() => initialRole ?? storedRole() ?? DEFAULT_ROLE)
  // The API client reads the session on every call; set it during render so the first fetch has it.
  configureApiSession({ token: () => demoToken(role, USER_NAME), locale: () => i18n.locale })

  const setRole = useCallback(
    (next: PartnerRole) => {
      setRoleState(next)
      rememberRole(next)
      configureApiSession({ token: () => demoToken(next, USER_NAME), locale: () => i18n.locale })
      // What the API answers depends on the role: drop everything fetched under the old one.
      void queryClient.resetQueries()
    },
    [queryClient, i18n.locale],
  )
  const session = useMemo(() => ({ role, userName: USER_NAME, setRole }), [role, setRole])
  return <SessionContext value={session}>{children}</SessionContext>
}

export function useSession(): Session {
  const session = use(SessionContext)
  if (!session) throw new Error('useSession needs a <SessionProvider> above it')
  return session
}
