import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig, loadEnv } from 'vite'
import { prebuiltScenario } from './scripts/prebuilt-scenario.ts'
import { precompileMessages } from './scripts/precompile-messages.ts'

/**
 * BASE_PATH: where the build is served from. The default './' makes every URL relative, so dist/
 * works from any static host and any sub-path without configuration (routes live in the URL's
 * hash, so no server rewrite is needed either). Set an absolute path such as '/console/' only if
 * a host needs one.
 *
 * VITE_API_BASE_URL set means live mode: the mock worker script is not copied into dist/, and
 * main.tsx's import of the mock code is removed as dead code.
 *
 * precompileMessages: a build ships the message catalogs as parsed ICU trees and no ICU parser.
 *
 * prebuiltScenario: a demo build ships the generated "many customers" scenario as a JSON asset,
 * fetched only when that scenario is loaded, instead of generating it in the page.
 *
 * wouter imports use-sync-external-store's shim, which exists for React < 18: React's own hook
 * stands in for it, so the first screen does not carry the shim.
 */
export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), '')
  const live = Boolean(env.VITE_API_BASE_URL)
  return {
    base: env.BASE_PATH || './',
    plugins: [react(), precompileMessages(), prebuiltScenario({ enabled: !live })],
    resolve: {
      alias: [
        {
          find: /^use-sync-external-store\/shim(\/index\.js)?$/,
          replacement: fileURLToPath(new URL('./src/app/use-sync-external-store.ts', import.meta.url)),
        },
      ],
    },
    publicDir: live ? false : 'public',
    server: { host: '127.0.0.1', port: 5173 },
    preview: { host: '127.0.0.1', port: 4173 },
  }
})
