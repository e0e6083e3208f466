/**
 * Where MSAL keeps this tab's sign-in (msal-auth.ts configures it so), and what a page can tell of
 * it before MSAL has loaded: the live build's first-paint script (scripts/first-paint-sign-in.ts)
 * paints the sign-in page from the HTML only when this tab holds no sign-in at all, and the app
 * then renders its own sign-in page at once, MSAL loading behind it (deferred-auth.ts).
 */
export const MSAL_CACHE_LOCATION = 'sessionStorage'

/**
 * MSAL's own keys, which say nothing of a sign-in: the library's version (written by every start)
 * and its settings (`msal.browser.log.level`, …). Every other `msal.` key may be an account, a
 * token, a sign-in under way or a sign-in's answer on its way back from the identity provider.
 */
const NOT_A_SIGN_IN = /^msal\.(version$|browser\.)/

/**
 * Whether this tab may hold a sign-in (an account, tokens, a sign-in under way or its answer):
 * true when any of MSAL's keys but its version and settings is stored, and when the storage
 * cannot be read (unknown is not "signed out").
 */
export function mayHoldSignIn(storage: Pick<Storage, 'length' | 'key'> | undefined): boolean {
  if (!storage) return true
  try {
    for (let index = 0; index < storage.length; index++) {
      const key = storage.key(index)
      if (key?.startsWith('msal.') && !NOT_A_SIGN_IN.test(key)) return true
    }
    return false
  } catch {
    return true
  }
}

/** This tab's storage where MSAL keeps its sign-in; undefined when it cannot be read. */
export function msalStorage(): Storage | undefined {
  try {
    return globalThis[MSAL_CACHE_LOCATION]
  } catch {
    return undefined
  }
}

/** `mayHoldSignIn` of this tab's storage, where MSAL keeps it. */
export function tabMayHoldSignIn(): boolean {
  return mayHoldSignIn(msalStorage())
}
