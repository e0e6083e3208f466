import type { LiveAuth } from './live-auth'

/**
 * Live mode's sign-in while MSAL loads (76 kB), in a tab that holds no sign-in at all
 * (msal-storage.ts `tabMayHoldSignIn`): there is no user to wait for, so the app renders its
 * sign-in page at once and MSAL goes on loading behind it. Every action waits for MSAL: a press
 * on **Sign in with Microsoft** meanwhile shows the page busy, then redirects. `started` settles
 * once MSAL has started; should it report a user or a sign-in's error after all, the app shows
 * them then. A tab that may hold a sign-in waits for MSAL before its first render instead, so a
 * signed-in agent never sees a sign-in page for a moment.
 */
export function deferredAuth(loading: Promise<LiveAuth>): LiveAuth {
  let loaded: LiveAuth | undefined
  const started = loading.then((auth) => {
    loaded = auth
  })
  // Not starting is reported by whoever started it (src/main.tsx), not as an unhandled rejection here.
  started.catch(() => undefined)
  return {
    user: () => loaded?.user(),
    signInError: () => loaded?.signInError(),
    signIn: async () => (await loading).signIn(),
    signOut: async () => (await loading).signOut(),
    tokenSilently: async (options) => (await loading).tokenSilently(options),
    signInAgain: async () => (await loading).signInAgain(),
    started,
  }
}
