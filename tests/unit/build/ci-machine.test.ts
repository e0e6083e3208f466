import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

// A bare CI machine has no CJK fonts: Chinese then renders as empty boxes, and the zh-CN visual
// checks (tests/e2e/visual.spec.ts) would compare boxes. `.ci/run` installs Debian's package, and
// the README tells a developer to do the same.
const ciRun = readFileSync(new URL('../../../.ci/run', import.meta.url), 'utf8')
const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8')

describe('what a machine needs for the end-to-end suite', () => {
  it('.ci/run installs fonts-noto-cjk from Debian when it is missing, before the tests', () => {
    const install = ciRun.indexOf('apt-get install -y -qq fonts-noto-cjk')
    expect(install).toBeGreaterThan(0)
    expect(ciRun).toMatch(/dpkg-query -W .* fonts-noto-cjk/)
    expect(install).toBeLessThan(ciRun.indexOf('npm test'))
  })

  it('the README says so, with the command', () => {
    expect(readme).toContain('fonts-noto-cjk')
    expect(readme).toContain('sudo apt-get install -y chromium fonts-noto-cjk')
  })
})
