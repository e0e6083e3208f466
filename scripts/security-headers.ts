import type { Plugin } from 'vite'
import { type AuthEnv, liveConnectOrigins } from '../src/auth/authority.ts'

/**
 * The page's Content-Security-Policy and referrer policy, written into every HTML page of a build
 * as <meta> tags (a static host needs no configuration for them; docs/deploy.md lists the headers
 * that a meta tag cannot set, such as frame-ancestors).
 *
 * - No inline script anywhere: every script is a file of this origin ('self'); index.html's
 *   one inline script, its first paint, is allowed by its hash alone (withScriptHashes).
 * - connect-src: the demo build talks only to its own origin (the mock service worker answers
 *   there); a live build only to the configured API (its origin, or this origin when the base URL
 *   is a path behind a same-origin proxy) and the identity provider.
 * - worker-src: only the demo build has a worker (the mock's service worker, from this origin).
 * - frame-src: only a live build frames anything: MSAL's hidden renewal frame, which goes to the
 *   identity provider and comes back to this origin's redirect page.
 * - style-src allows inline styles: Radix's dialogs lock page scrolling with an injected <style>
 *   element. Styles cannot run script.
 */
export function contentSecurityPolicy(env: AuthEnv): string {
  const live = Boolean(env.VITE_API_BASE_URL?.trim())
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'worker-src': ["'none'"],
    'frame-src': ["'none'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'manifest-src': ["'self'"],
  }
  if (live) {
    const { api, identity } = liveConnectOrigins(env)
    directives['connect-src'] = [api ?? "'self'", identity]
    directives['frame-src'] = ["'self'", identity]
  } else {
    directives['worker-src'] = ["'self'"]
  }
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${[...new Set(sources)].join(' ')}`)
    .join('; ')
}

/**
 * `csp` allowing, besides, exactly the inline scripts of these hashes (`'sha256-…'`): index.html's
 * first-paint script (scripts/first-paint.ts), and nothing else inline.
 */
export function withScriptHashes(csp: string, hashes: readonly string[]): string {
  return csp
    .split('; ')
    .map((directive) => (directive.startsWith('script-src ') ? [directive, ...hashes].join(' ') : directive))
    .join('; ')
}

/** Sends no Referer at all: URLs here can carry an authorization code (the redirect page). */
export const REFERRER_POLICY = 'no-referrer'

export function securityHeaders(env: AuthEnv): Plugin {
  const csp = contentSecurityPolicy(env)
  return {
    name: 'upgrade-console:security-headers',
    // The dev server injects an inline script (React Fast Refresh), so only builds get the policy.
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: csp }, injectTo: 'head-prepend' },
      { tag: 'meta', attrs: { name: 'referrer', content: REFERRER_POLICY }, injectTo: 'head-prepend' },
    ],
  }
}
