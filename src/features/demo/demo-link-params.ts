/**
 * The parameters a demo link may carry. Kept apart from the parser (demo-link.ts) so that the first
 * screen can tell, for a few bytes, whether the address holds a demo link at all; only then is the
 * parser loaded.
 */
export const DEMO_LINK_PARAMS = ['scenario', 'role', 'lang', 'latency', 'tour'] as const
export type DemoLinkParam = (typeof DEMO_LINK_PARAMS)[number]

const IN_HASH = new RegExp(`[?&](${DEMO_LINK_PARAMS.join('|')})=`)

/**
 * Might this address be a demo link? True when the real query string has anything (every name
 * there is ours to check) or the hash's query names one of the demo parameters.
 */
export function mayBeDemoLink(location: { readonly search: string; readonly hash: string }): boolean {
  return location.search.replace(/^\?/, '') !== '' || IN_HASH.test(location.hash)
}
