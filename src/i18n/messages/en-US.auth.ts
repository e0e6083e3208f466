/**
 * en-US, the third part of the reference catalog (see en-US.ts): the live sign-in's words (the
 * sign-in page, the account in the top bar, signing in again). Only a live build shows them, so
 * they load with the live session's code (app/auth-messages.ts), before a live build's first
 * render, rather than with every first screen.
 */
export const enUSAuth = {
  'auth.account.label': 'Signed in as',
  'auth.signOut': 'Sign out',
  'auth.signIn.title': 'Sign in to Upgrade Console',
  'auth.signIn.body':
    'Sign in with the Microsoft work account you use for Partner Center. What you can do here follows the roles that account holds.',
  'auth.signIn.button': 'Sign in with Microsoft',
  'auth.signIn.busy': 'Opening Microsoft sign-in…',
  'auth.signIn.failed':
    'Sign-in didn’t complete: {message}. Try again; if it keeps happening, ask your administrator to check the app registration.',
  'auth.reauth.title': 'Sign in again',
  'auth.reauth.body':
    'Your sign-in has ended. Sign in again to carry on: this page, the open dialog and what you typed stay as they are.',
  'auth.reauth.button': 'Sign in again',
  'auth.reauth.failed':
    'Sign-in didn’t complete. Try again, or close this message and sign in later; until then nothing is sent.',
} as const satisfies Record<string, string>
