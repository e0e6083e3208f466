import { useQueryClient } from '@tanstack/react-query'
import { createContext, type ReactNode, use, useCallback, useMemo, useState } from 'react'
import { accessToken } from '../api/auth'
import { configureApiSession } from '../api/client'
import { useI18n } from '../i18n/i18n'
import { isPartnerRole, type PartnerRole } from '../rules/roles'

/**
 * The signed-in user. The mock has no real sign-in, so the agent picks a partner role here; the
 * role travels to the API in the token and decides what the UI offers.
 */
const STORAGE_KEY = 'upgrade-console.role'
export const DEFAULT_ROLE: PartnerRole = 'admin_agent'
const USER_NAME = 'Demo Agent'

interface Session {
  readonly role: PartnerRole
  readonly userName: string
  setRole(role: PartnerRole): void
}

const SessionContext = createContext<Session | null>(null)

function storedRole(): PartnerRole | undefined {
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

export function SessionProvider({ initialRole, children }: { initialRole?: PartnerRole; children: ReactNode }) {
  const i18n = useI18n()
  const queryClient = useQueryClient()
  const [role, setRoleState] = useState<PartnerRole>(() => initialRole ?? storedRole() ?? DEFAULT_ROLE)
  // The API client reads the session on every call; set it during render so the first fetch has it.
  configureApiSession({ token: () => accessToken(role, USER_NAME), locale: () => i18n.locale })

  const setRole = useCallback(
    (next: PartnerRole) => {
      setRoleState(next)
      rememberRole(next)
      configureApiSession({ token: () => accessToken(next, USER_NAME), locale: () => i18n.locale })
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
