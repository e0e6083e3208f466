/**
 * The demo build's first-paint script (scripts/first-paint-script.ts) picks a snapshot only when
 * it is exactly what the app is about to show: the route, the scenario at its untouched start
 * (the mock's own rule), the role, en-US, and a viewport the snapshot fits. Anything else: none.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { scenarioFingerprint } from '../../../mocks/db'
import { LATENCY_KEY } from '../../../mocks/demo-latency'
import { db } from '../../../mocks/handlers'
import { createNodeDemoControls } from '../../../mocks/node'
import { createMemoryStorage, parseStoredDemo, STORAGE_KEY, STORED_DEMO_FORMAT } from '../../../mocks/persistence'
import { findBuiltInScenario, MANY_CUSTOMERS_FINGERPRINT } from '../../../mocks/scenarios'
import { MANY_CUSTOMERS_NAME } from '../../../mocks/scenarios/generate'
import { peekStoredDemo } from '../../../mocks/stored-demo-envelope'
import { type FirstPaintSnapshot, matchingSnapshot } from '../../../scripts/first-paint-script'

const MEGACORP = '#/customers/997b8dcb-10ab-4a68-ab25-000000002905'
const DESKTOP = '(min-width: 641px) and (max-height: 1200px)'

function snapshots(defaultFingerprint: string): FirstPaintSnapshot[] {
  return [
    {
      template: 'first-paint-customers',
      hash: '#/',
      scenario: 'default',
      fingerprint: defaultFingerprint,
      startsWhenNoneStored: true,
      media: 'all',
    },
    {
      template: 'first-paint-big-customer',
      hash: MEGACORP,
      scenario: MANY_CUSTOMERS_NAME,
      fingerprint: MANY_CUSTOMERS_FINGERPRINT,
      startsWhenNoneStored: false,
      media: DESKTOP,
    },
  ]
}

/** The demo the mock stores for `scenario` at its start, and after one write. */
async function storedDemos(scenario: string): Promise<{ untouched: string; touched: string }> {
  const storage = createMemoryStorage()
  const demo = createNodeDemoControls(storage)
  try {
    expect(demo.selectScenario(scenario)).toEqual({ ok: true })
    await Promise.resolve()
    const untouched = storage.getItem(STORAGE_KEY) ?? ''
    const customer = db.scenario.customers.find((c) => c.subscriptions.length > 0)
    const sub = customer && db.subscriptionsOf(customer.id).find((s) => s.status === 'active')
    if (!customer || !sub) throw new Error('no active subscription')
    await db.transaction(() => db.setQuantity(customer.id, sub.id, sub.quantity + 1))
    return { untouched, touched: storage.getItem(STORAGE_KEY) ?? '' }
  } finally {
    demo.dispose()
  }
}

let storage: ReturnType<typeof createMemoryStorage>
beforeEach(() => {
  storage = createMemoryStorage()
  vi.stubGlobal('localStorage', storage)
  vi.stubGlobal('navigator', { languages: ['en-US', 'en'], language: 'en-US' })
})
afterEach(() => {
  vi.unstubAllGlobals()
})

const defaultFingerprint = () => peekStoredDemo(storedDemoTextOf('default'))?.fingerprint ?? ''
function storedDemoTextOf(name: string): string {
  const scenario = findBuiltInScenario(name)?.load()
  if (!scenario) throw new Error(`no ${name}`)
  return JSON.stringify({
    format: STORED_DEMO_FORMAT,
    active: { kind: 'built-in', name },
    fingerprint: scenarioFingerprint(scenario),
    epoch: 'epoch-1',
    operations: [],
  })
}

const pick = (
  location: { search?: string; hash: string },
  options: { desktop?: boolean; storage?: Storage } = {},
): string | undefined =>
  matchingSnapshot(
    snapshots(defaultFingerprint()),
    { search: location.search ?? '', hash: location.hash },
    (query) => query === 'all' || (query === DESKTOP && options.desktop !== false),
    options.storage ?? (storage as unknown as Storage),
  )?.template

describe('the first paint of the demo build', () => {
  it('shows the customer list to a first visitor, and after a reset to the default demo’s start', () => {
    expect(pick({ hash: '' })).toBe('first-paint-customers')
    expect(pick({ hash: '#/' })).toBe('first-paint-customers')
    storage.setItem(STORAGE_KEY, storedDemoTextOf('default'))
    expect(pick({ hash: '#/' })).toBe('first-paint-customers')
  })

  it('shows the big customer’s first rows when the many-customers demo is stored untouched, on a desktop', async () => {
    const { untouched, touched } = await storedDemos(MANY_CUSTOMERS_NAME)
    storage.setItem(STORAGE_KEY, untouched)
    expect(pick({ hash: MEGACORP })).toBe('first-paint-big-customer')
    // A phone lays the rows out as cards of another height; a taller window needs more rows.
    expect(pick({ hash: MEGACORP }, { desktop: false })).toBe(undefined)
    // Any stored change: the app may show other rows, so nothing is painted ahead of it.
    storage.setItem(STORAGE_KEY, touched)
    expect(pick({ hash: MEGACORP })).toBe(undefined)
  })

  it('shows nothing for a touched demo, another scenario, or stored data that will be discarded', async () => {
    const { touched } = await storedDemos('default')
    storage.setItem(STORAGE_KEY, touched)
    expect(pick({ hash: '#/' })).toBe(undefined)
    storage.setItem(STORAGE_KEY, storedDemoTextOf('edge-cases'))
    expect(pick({ hash: '#/' })).toBe(undefined)
    storage.setItem(STORAGE_KEY, storedDemoTextOf(MANY_CUSTOMERS_NAME))
    expect(pick({ hash: '#/' })).toBe(undefined)
    storage.setItem(STORAGE_KEY, '{"format":2}')
    expect(pick({ hash: '#/' })).toBe(undefined)
  })

  it('shows nothing in another language, for another role, on a slow network, or when storage does not read', () => {
    storage.setItem('upgrade-console.locale', 'sv-SE')
    expect(pick({ hash: '#/' })).toBe(undefined)
    storage.removeItem('upgrade-console.locale')
    vi.stubGlobal('navigator', { languages: ['zh-CN'], language: 'zh-CN' })
    expect(pick({ hash: '#/' })).toBe(undefined)
    vi.stubGlobal('navigator', { languages: ['en-GB'], language: 'en-GB' })
    expect(pick({ hash: '#/' })).toBe('first-paint-customers')

    storage.setItem('upgrade-console.role', 'helpdesk_agent')
    expect(pick({ hash: '#/' })).toBe(undefined)
    storage.setItem('upgrade-console.role', 'admin_agent')
    expect(pick({ hash: '#/' })).toBe('first-paint-customers')

    storage.setItem(LATENCY_KEY, 'slow')
    expect(pick({ hash: '#/' })).toBe(undefined)
    storage.setItem(LATENCY_KEY, 'realistic')
    expect(pick({ hash: '#/' })).toBe('first-paint-customers')

    const refusing = {
      getItem: () => {
        throw new Error('SecurityError')
      },
    } as unknown as Storage
    expect(pick({ hash: '#/' }, { storage: refusing })).toBe(undefined)
  })

  it('shows nothing on another route, another view, or a demo link', () => {
    for (const hash of ['#/help', '#/activity', '#/?q=contoso', '#/customers/contoso', `${MEGACORP}?status=active`]) {
      expect(pick({ hash }), hash).toBe(undefined)
    }
    expect(pick({ search: '?scenario=default', hash: '#/' })).toBe(undefined)
    expect(pick({ hash: '#/?lang=en-US' })).toBe(undefined)
  })
})

describe('the stored demo’s envelope (read before any of the mock has loaded)', () => {
  it('accepts no stored demo that the mock would discard', () => {
    const stored = JSON.parse(storedDemoTextOf('default')) as Record<string, unknown>
    const variants: unknown[] = [
      { ...stored, extra: 1 },
      { ...stored, format: 2 },
      { ...stored, epoch: '' },
      { ...stored, fingerprint: 7 },
      { ...stored, operations: {} },
      { ...stored, active: { kind: 'built-in', name: 'default', more: true } },
      { ...stored, active: { kind: 'built-in' } },
      { ...stored, active: { kind: 'other', name: 'default' } },
      Object.fromEntries(Object.entries(stored).filter(([key]) => key !== 'epoch')),
      [stored],
      null,
    ]
    for (const variant of variants) {
      const text = JSON.stringify(variant)
      expect(parseStoredDemo(text, () => undefined).kind, text).toBe('invalid')
      expect(peekStoredDemo(text), text).toBe(undefined)
    }
    expect(peekStoredDemo(JSON.stringify(stored))).toEqual({
      active: { kind: 'built-in', name: 'default' },
      fingerprint: stored.fingerprint,
      operationCount: 0,
    })
    expect(peekStoredDemo('not json')).toBe(undefined)
  })
})
