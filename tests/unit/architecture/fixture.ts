/**
 * A small tree with one planted bad import of each kind the boundaries forbid (the holes the old
 * lint overrides let through among them), each beside the files it could wrongly reach, and the
 * imports each zone may make. The architecture test must catch exactly the planted ones.
 */
export interface PlantedFile {
  readonly path: string
  readonly source: string
  /** The specifiers of this file that break a boundary. */
  readonly bad: readonly string[]
}

export const FIXTURE: readonly PlantedFile[] = [
  {
    path: 'src/rules/eligibility.ts',
    source: `import type { Subscription } from '../api/subscription-schemas'
import { z } from 'zod/mini'
import { OFFERS } from './offers'`,
    bad: ['../api/subscription-schemas', 'zod/mini'],
  },
  {
    path: 'src/contract/demo-controls.ts',
    source: `import type { PartnerRole } from '../rules/roles'
import type { ApiError } from '../api/errors'`,
    bad: ['../api/errors'],
  },
  {
    path: 'src/api/client.ts',
    source: `import { useQuery } from '@tanstack/react-query'
import { ELIGIBILITY } from '../rules/eligibility'
import { ErrorPanel } from '../ui/error-panel'
import { db } from '../../mocks/db'
import { Tooltip } from '@radix-ui/react-tooltip'`,
    bad: ['../ui/error-panel', '../../mocks/db', '@radix-ui/react-tooltip'],
  },
  {
    path: 'src/ui/error-panel.tsx',
    source: `import { isApiError } from '../api/errors'
import { useI18n } from '../i18n/i18n'
import type { PartnerRole } from '../rules/roles'
import { UpgradeDialog } from '../features/upgrade/upgrade-dialog'`,
    bad: ['../api/errors', '../features/upgrade/upgrade-dialog'],
  },
  {
    path: 'src/features/demo/demo-panel.tsx',
    source: `import type { SubmittedUpgrade } from '../upgrade/upgrade-dialog'
export { UpgradeResult } from '../upgrade/upgrade-result'
import type { DemoControls } from '../../contract/demo-controls'
import { customersQuery } from '../../api/customers'
import { Dialog } from '../../ui/dialog'
import { useI18n } from '../../i18n/i18n'
import { ROLES } from '../../rules/roles'
import { parseDemoLink } from './demo-link'
import { App } from '../../app/app'
import { signIn } from '../../auth/live-auth'
const help = () => import('../help/help-page')`,
    bad: [
      '../upgrade/upgrade-dialog',
      '../upgrade/upgrade-result',
      '../../app/app',
      '../../auth/live-auth',
      '../help/help-page',
    ],
  },
  {
    path: 'src/app/app.tsx',
    source: `import { CustomerList } from '../features/customers/customer-list'
import { DemoControls } from '../contract/demo-controls'
import { liveAuth } from '../auth/live-auth'
const mock = () => import('../../mocks/browser')`,
    bad: ['../../mocks/browser'],
  },
  {
    path: 'src/main.tsx',
    source: `import { App } from './app/app'
const { startMockApi } = await import('../mocks/browser')`,
    bad: [],
  },
  {
    path: 'mocks/scenarios/generate.ts',
    source: `import { OFFERS } from '../../src/rules/offers'
import { DEFAULT_ROLE } from '../../src/app/session'
import { createDatabase } from '../db'`,
    bad: ['../../src/app/session'],
  },
  {
    path: 'mocks/auth.ts',
    source: `import { bearerToken } from '../src/api/auth'
import { parseGroupRoles } from '../src/rules/role-claims'
import { DEMO_LATENCIES } from '../src/contract/demo-controls'
import { SCENARIO_FILE_MAX_BYTES } from '../src/api/demo-controls'
import { useState } from 'react'
import { http } from 'msw/http'`,
    bad: ['../src/api/auth', '../src/api/demo-controls', 'react'],
  },
  {
    path: 'scripts/bench.mjs',
    source: `import { chromiumArgs, chromiumPath } from '../tests/e2e/chromium.ts'
import { chromium } from 'playwright-core'
import { createDatabase } from '../mocks/db'`,
    bad: ['../tests/e2e/chromium.ts'],
  },
  {
    path: 'playwright.config.ts',
    source: `import { defineConfig } from '@playwright/test'
import { chromiumPath } from './tests/e2e/chromium'
import { chromiumArgs } from './scripts/chromium'`,
    bad: ['./tests/e2e/chromium'],
  },
  {
    path: 'tests/e2e/bulk.spec.ts',
    source: `import { chromiumPath } from '../../scripts/chromium'
import { createDatabase } from '../../mocks/db'
import { UpgradeDialog } from '../../src/features/upgrade/upgrade-dialog'`,
    bad: [],
  },
]
