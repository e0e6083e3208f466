// `npm test`: typecheck, lint, the unit and component suites (Vitest), then the end-to-end suite
// (Playwright on the production build), and a closing line with how many tests ran.
// Every step runs even if an earlier one failed, so one run shows every problem; the exit code
// is non-zero if any step failed.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'

const steps = [
  ['typecheck', 'npm', ['run', '-s', 'typecheck']],
  ['lint', 'npm', ['run', '-s', 'lint']],
  [
    'unit + component',
    'npm',
    [
      'run',
      '-s',
      'test:unit',
      '--',
      '--reporter=default',
      '--reporter=json',
      '--outputFile.json=test-results/vitest-results.json',
    ],
  ],
  ['end-to-end', 'npm', ['run', '-s', 'test:e2e']],
]

rmSync('test-results/vitest-results.json', { force: true })
rmSync('test-results/e2e-results.json', { force: true })

const failedSteps = []
for (const [name, command, args] of steps) {
  console.log(`\n▶ ${name}`)
  const result = spawnSync(command, args, { stdio: 'inherit' })
  if (result.status !== 0) failedSteps.push(name)
}

function readJson(path) {
  if (!existsSync(path)) return undefined
  try {
    return JSON.parse(readFileSync(path, 'utf8'))
  } catch {
    return undefined
  }
}

let passed = 0
let failed = 0
const vitest = readJson('test-results/vitest-results.json')
if (vitest) {
  passed += vitest.numPassedTests ?? 0
  failed += (vitest.numFailedTests ?? 0) + (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0)
}
const e2e = readJson('test-results/e2e-results.json')
if (e2e?.stats) {
  passed += e2e.stats.expected ?? 0
  failed += (e2e.stats.unexpected ?? 0) + (e2e.stats.flaky ?? 0) + (e2e.stats.skipped ?? 0)
}
const missing = [!vitest && 'unit + component', !e2e && 'end-to-end'].filter(Boolean)

console.log('')
console.log(
  `unit + component: ${vitest ? `${vitest.numPassedTests} passed, ${vitest.numFailedTests} failed` : 'no results'}`,
)
console.log(`end-to-end: ${e2e?.stats ? `${e2e.stats.expected} passed, ${e2e.stats.unexpected} failed` : 'no results'}`)
if (failedSteps.length > 0) console.log(`failed steps: ${failedSteps.join(', ')}`)
if (missing.length > 0) console.log(`no results from: ${missing.join(', ')}`)
console.log(`Total: ${passed} passed, ${failed} failed`)
process.exit(failedSteps.length > 0 || missing.length > 0 || failed > 0 ? 1 : 0)
