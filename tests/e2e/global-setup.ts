import { existsSync } from 'node:fs'
import { chromiumPath } from '../../scripts/chromium'

/** Stop the run with instructions, never skip silently, when there is no browser or no build. */
export default function globalSetup(): void {
  const path = chromiumPath()
  if (!path || !existsSync(path)) {
    throw new Error(
      [
        'No Chromium found for the end-to-end tests.',
        process.env.CHROME_PATH ? `CHROME_PATH points to ${process.env.CHROME_PATH}, which does not exist.` : '',
        "Install Debian's package: sudo apt-get install -y chromium (it lands in /usr/bin/chromium),",
        'or set CHROME_PATH to a Chromium or Chrome binary. Test tools must not download browsers here.',
      ]
        .filter(Boolean)
        .join('\n'),
    )
  }
  if (!existsSync('dist/index.html')) {
    throw new Error('No production build in dist/: run `npm run build` first (npm run test:e2e does).')
  }
}
