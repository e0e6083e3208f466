/**
 * A live build's first paint (scripts/first-paint.ts): its index.html carries one snapshot, the
 * sign-in page as the built app renders it for a visitor who has not signed in, and this rule
 * shows it only when that is exactly what the app is about to show: the first screen's address
 * (no demo link's parameters, whose notice the app would add, and no sign-in's answer), en-US, and
 * a tab that holds no sign-in at all (no account, token, sign-in under way or answer from the
 * identity provider: MSAL's own storage, read without MSAL). A signed-in agent's page never
 * shows a sign-in page for a moment; it waits for MSAL, as it would without a snapshot.
 *
 * Each rule is the app's own code (bundled into the inline script at build time), not a copy:
 * `mayBeDemoLink`, `initialLocale`, and `mayHoldSignIn` beside the MSAL configuration it reads.
 */
import { mayHoldSignIn, msalStorage } from '../src/auth/msal-storage'
import { mayBeDemoLink } from '../src/features/demo/demo-link-params'
import { initialLocale } from '../src/i18n/i18n'
import { screenHash } from './first-paint-script'
import type { PaintedScreen } from './first-paint-snapshot'

/** The sign-in snapshot the page is about to show exactly, if any. */
export function matchingSignInSnapshot(
  snapshots: readonly PaintedScreen[],
  location: { readonly search: string; readonly hash: string },
  matchMedia: (query: string) => boolean,
  storage: Pick<Storage, 'length' | 'key'> | undefined,
): PaintedScreen | undefined {
  // Any query string (a demo link, or a sign-in's answer sent back in the query) is not the first screen.
  if (mayBeDemoLink(location) || initialLocale() !== 'en-US') return undefined
  if (mayHoldSignIn(storage)) return undefined
  const hash = screenHash(location)
  return snapshots.find((snapshot) => snapshot.hash === hash && matchMedia(snapshot.media))
}

/** The live build's choice in this page. */
export function signInSnapshot(snapshots: readonly PaintedScreen[]): PaintedScreen | undefined {
  return matchingSignInSnapshot(snapshots, window.location, (query) => window.matchMedia(query).matches, msalStorage())
}
