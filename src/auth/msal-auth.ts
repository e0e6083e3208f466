import {
  type AccountInfo,
  type Configuration,
  InteractionRequiredAuthError,
  ProtocolMode,
  PublicClientApplication,
} from '@azure/msal-browser'
import { rolesFromClaims } from '../rules/role-claims'
import type { LiveAuthConfig } from './auth-config'
import type { LiveAuth, SignedInUser } from './live-auth'
import { MSAL_CACHE_LOCATION } from './msal-storage'

/**
 * Sign-in with Microsoft Entra ID through MSAL.js: the authorization code flow with PKCE (MSAL's
 * only flow for single-page apps). The first sign-in is a redirect; signing in again after the
 * session ended is a popup, so the page, its open dialog and what the agent typed stay as they
 * are. Tokens are cached in session storage (this tab only) and asked for per request.
 */
export async function createMsalAuth(config: LiveAuthConfig): Promise<LiveAuth> {
  const oidc = config.protocol === 'oidc'
  const msalConfig: Configuration = {
    auth: {
      clientId: config.clientId,
      authority: config.authority,
      // Any OpenID Connect provider other than Entra ID must be named as known (a test provider).
      knownAuthorities: oidc ? [new URL(config.authority).host] : [],
      redirectUri: config.redirectUri,
      postLogoutRedirectUri: config.appUri,
      ...(oidc
        ? { OIDCOptions: { responseMode: 'query' as const, defaultScopes: ['openid', 'profile', 'offline_access'] } }
        : {}),
    },
    cache: { cacheLocation: MSAL_CACHE_LOCATION },
    system: { protocolMode: oidc ? ProtocolMode.OIDC : ProtocolMode.AAD },
  }
  const msal = new PublicClientApplication(msalConfig)
  await msal.initialize()
  // A sign-in that came back with an error (cancelled, consent refused) leaves the agent on the
  // sign-in page with the reason, rather than failing the whole page.
  let signInError: string | undefined
  const redirected = await msal.handleRedirectPromise().catch((error: unknown) => {
    signInError = error instanceof Error ? error.message : String(error)
    return null
  })
  if (redirected?.account) msal.setActiveAccount(redirected.account)
  else if (!msal.getActiveAccount()) {
    const [first] = msal.getAllAccounts()
    if (first) msal.setActiveAccount(first)
  }
  const scopes = [config.apiScope]

  const toUser = (account: AccountInfo): SignedInUser => ({
    name: account.name || account.username,
    username: account.username,
    roles: rolesFromClaims(account.idTokenClaims ?? {}, config.groupRoles),
  })

  return {
    user() {
      const account = msal.getActiveAccount()
      return account ? toUser(account) : undefined
    },
    signInError: () => signInError,
    async signIn() {
      await msal.loginRedirect({ scopes })
    },
    async signOut() {
      const account = msal.getActiveAccount() ?? undefined
      await msal.logoutRedirect({ account, postLogoutRedirectUri: config.appUri })
    },
    async tokenSilently(options) {
      const account = msal.getActiveAccount()
      if (!account) return undefined
      try {
        const result = await msal.acquireTokenSilent({ scopes, account, forceRefresh: options?.forceRefresh })
        return result.accessToken
      } catch (error) {
        if (error instanceof InteractionRequiredAuthError) return undefined
        throw error
      }
    },
    async signInAgain() {
      const account = msal.getActiveAccount() ?? undefined
      const result = await msal.acquireTokenPopup({ scopes, account, loginHint: account?.username })
      if (result.account) msal.setActiveAccount(result.account)
      return result.accessToken
    },
  }
}
