import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig, loadEnv } from 'vite'
import { firstPaint } from './scripts/first-paint.ts'
import { firstScreenChunk } from './scripts/first-screen-chunk.ts'
import { prebuiltScenario } from './scripts/prebuilt-scenario.ts'
import { precompileMessages } from './scripts/precompile-messages.ts'
import { securityHeaders } from './scripts/security-headers.ts'

/**
 * BASE_PATH: where the build is served from. The default './' makes every URL relative, so dist/
 * works from any static host and any sub-path without configuration (routes live in the URL's
 * hash, so no server rewrite is needed either). Set an absolute path such as '/console/' only if
 * a host needs one.
 *
 * VITE_API_BASE_URL set means live mode: the mock worker script is not copied into dist/, and
 * main.tsx's import of the mock code is removed as dead code.
 *
 * A live build has a second page, redirect.html: the redirect URI of the sign-in, which hands the
 * identity provider's answer to the app (MSAL's redirect bridge). The demo build has no sign-in.
 *
 * securityHeaders: every built page carries a Content-Security-Policy and a referrer policy
 * (scripts/security-headers.ts; docs/deploy.md for the headers a host must add).
 *
 * precompileMessages: a build ships the message catalogs as parsed ICU trees and no ICU parser.
 *
 * prebuiltScenario: a demo build ships the generated "many customers" scenario as a JSON asset,
 * fetched only when that scenario is loaded, instead of generating it in the page.
 *
 * firstPaint: index.html paints the first screen of a few untouched starts from snapshots of the
 * app's own markup, captured from the built app in Chromium (a demo build's customer list and big
 * customer's first rows, a live build's sign-in page), until the app's own content is in
 * (docs/performance.md).
 *
 * modulePreload without its polyfill: every browser the build targets but Firefox 114 preloads
 * modules natively (Firefox 114 still loads them, only not ahead), and the polyfill was a script
 * of its own in the first screen (0.4 kB gzip, which react-error-boundary's boundary now takes).
 *
 * firstScreenChunk: the first screen (index.html and what it imports statically) is one file, in
 * both builds, rather than wherever Rolldown's common chunks happen to fall.
 *
 * wouter imports use-sync-external-store's shim, which exists for React < 18: React's own hook
 * stands in for it, so the first screen does not carry the shim.
 */
export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), '')
  const live = Boolean(env.VITE_API_BASE_URL)
  return {
    base: env.BASE_PATH || './',
    plugins: [
      react(),
      precompileMessages(),
      securityHeaders(env),
      prebuiltScenario({ enabled: !live }),
      firstPaint({ mode: live ? 'live' : 'demo' }),
    ],
    resolve: {
      alias: [
        {
          find: /^use-sync-external-store\/shim(\/index\.js)?$/,
          replacement: fileURLToPath(new URL('./src/app/use-sync-external-store.ts', import.meta.url)),
        },
      ],
    },
    publicDir: live ? false : 'public',
    build: {
      modulePreload: { polyfill: false },
      rolldownOptions: {
        // A live build has a second page; the demo build keeps Vite's default single entry.
        ...(live
          ? {
              input: {
                index: fileURLToPath(new URL('./index.html', import.meta.url)),
                redirect: fileURLToPath(new URL('./redirect.html', import.meta.url)),
              },
            }
          : {}),
        output: {
          codeSplitting: { groups: [firstScreenChunk(fileURLToPath(new URL('./index.html', import.meta.url)))] },
        },
      },
    },
    server: { host: '127.0.0.1', port: 5173 },
    preview: { host: '127.0.0.1', port: 4173 },
  }
})
