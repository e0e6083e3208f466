import type { PartnerRole } from '../rules/roles'

/**
 * Live mode's signed-in user, as the app sees it. The implementation over MSAL is in
 * msal-auth.ts (loaded only by live builds); tests supply their own.
 */
export interface SignedInUser {
  /** Display name (`name` claim), else the user name. */
  readonly name: string
  /** The sign-in name (`preferred_username`), e.g. an e-mail address. */
  readonly username: string
  /** From the token's claims, mapped in src/rules/role-claims.ts. */
  readonly roles: readonly PartnerRole[]
}

export interface LiveAuth {
  /** The signed-in user, or undefined before sign-in. */
  user(): SignedInUser | undefined
  /** Why the last sign-in came back without a user (cancelled, consent refused, …), if it did. */
  signInError(): string | undefined
  /** Starts the interactive sign-in (a full-page redirect to the identity provider). */
  signIn(): Promise<void>
  /** Signs out at the identity provider too, and returns to the app's page. */
  signOut(): Promise<void>
  /**
   * An access token for the API without user interaction (cached, else renewed with the refresh
   * token or the provider's session). `forceRefresh` skips the cache (after a 401). Resolves
   * undefined when only an interactive sign-in can give one.
   */
  tokenSilently(options?: { forceRefresh?: boolean }): Promise<string | undefined>
  /** Signs in again in a popup, leaving this page as it is; resolves with a fresh token. */
  signInAgain(): Promise<string>
  /**
   * Set when the sign-in answers before it has started (deferred-auth.ts: MSAL still loading in a
   * tab that holds no sign-in): settles once it has, when `user()` and `signInError()` may change.
   */
  readonly started?: Promise<unknown>
}

/** Thrown to the API client when the agent did not sign in again (closed the prompt or the popup). */
export class SignInRequiredError extends Error {
  override readonly name = 'SignInRequiredError'
}
