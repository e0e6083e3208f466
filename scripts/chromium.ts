import { existsSync } from 'node:fs'

/** Debian's Chromium, or the one in CHROME_PATH; never a browser downloaded by a test tool. */
export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']

export function chromiumPath(): string | undefined {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH
  return CHROMIUM_CANDIDATES.find((path) => existsSync(path))
}

/** Flags for a headless Chromium on a machine without a sandbox, GPU or outside network. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
]
