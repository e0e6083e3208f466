import { getResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { createDemoToken } from '../../../mocks/auth'
import { createDatabase, type Database } from '../../../mocks/db'
import { createHandlers, createMockSettings, MAX_PAGE_SIZE } from '../../../mocks/handlers'
import { scenarioText, validateScenario } from '../../../mocks/scenario'
import { BUILT_IN_SCENARIOS, DEFAULT_SCENARIO_NAME, findBuiltInScenario } from '../../../mocks/scenarios'
import { defaultScenario } from '../../../mocks/scenarios/default-scenario'
import { generateManyCustomers, MEGACORP_NAME } from '../../../mocks/scenarios/generate'
import { createRandom } from '../../../mocks/scenarios/generator-tools'
import { evaluateCustomer } from '../../../src/rules/eligibility'
import { licenseMoveProblems } from '../../../src/rules/licenses'
import { BUSINESS_SEAT_LIMIT, findOffer, OFFERS } from '../../../src/rules/offers'
import { SUBSCRIPTION_STATUSES } from '../../../src/rules/subscription-status'
import { problemCode, type UpgradeErrorCode } from '../../../src/rules/upgrade-problems'

// biome-ignore lint/suspicious/noExplicitAny: wire JSON, read per test
type Json = any

function load(name: string) {
  const builtIn = findBuiltInScenario(name)
  if (!builtIn) throw new Error(`no built-in scenario ${name}`)
  return builtIn.load()
}

describe('the registry', () => {
  it('lists default, edge-cases and many-customers, each with a title and description', () => {
    expect(BUILT_IN_SCENARIOS.map((s) => s.name)).toEqual(['default', 'edge-cases', 'many-customers'])
    expect(DEFAULT_SCENARIO_NAME).toBe('default')
    for (const builtIn of BUILT_IN_SCENARIOS) {
      expect(builtIn.title.length, builtIn.name).toBeGreaterThan(0)
      expect(builtIn.description.length, builtIn.name).toBeGreaterThan(20)
    }
    expect(findBuiltInScenario('nope')).toBeUndefined()
  })

  it('loads each once: the same object every time, named and titled as listed', () => {
    for (const builtIn of BUILT_IN_SCENARIOS) {
      const scenario = builtIn.load()
      expect(builtIn.load()).toBe(scenario)
      expect(scenario.name).toBe(builtIn.name)
      expect(scenario.title).toBe(builtIn.title)
      expect(scenario.description).toBe(builtIn.description)
    }
    expect(load('default')).toBe(defaultScenario)
  })

  it('every built-in scenario validates, also as a file', () => {
    for (const builtIn of BUILT_IN_SCENARIOS) {
      const scenario = builtIn.load()
      expect(validateScenario(scenario), builtIn.name).toEqual({ ok: true, scenario })
      expect(validateScenario(JSON.parse(scenarioText(scenario))).ok, builtIn.name).toBe(true)
    }
  })
})

describe('edge-cases', () => {
  const scenario = load('edge-cases')
  const db = createDatabase(scenario)
  const role = scenario.signedInUser.role
  const evaluated = db.state.customers.flatMap((c) => {
    const results = evaluateCustomer(db.customerFacts(c.id), role)
    return db.subscriptionsOf(c.id).map((sub) => ({ sub, eligibility: results.get(sub.id) }))
  })
  const named = (friendlyName: string) => {
    const found = evaluated.find((e) => e.sub.friendlyName === friendlyName)
    if (!found?.eligibility) throw new Error(`No subscription ${friendlyName}`)
    return found
  }
  const codes = (friendlyName: string) => {
    const { eligibility } = named(friendlyName)
    return {
      blockers: eligibility?.blockers.map(problemCode),
      targets: Object.fromEntries(eligibility?.targets.map((t) => [t.offer.name, t.problems.map(problemCode)]) ?? []),
    }
  }

  it('signs in as a helpdesk agent', () => {
    expect(scenario.signedInUser).toEqual({ displayName: 'Priya Nair', role: 'helpdesk_agent' })
  })

  it('India variants: the footnote target, an add-on on an India plan, a pending and a path-less one', () => {
    expect(codes('Chennai Textiles – Apps for business (India)').targets).toEqual({
      'Microsoft 365 Business Standard (India)': [],
      'Microsoft 365 Apps for enterprise': [],
      'Office 365 E3': [],
      'Office 365 E5': [],
    })
    const india = named('Bengaluru Spices – Business Basic (India)').sub
    const addOn = named('Bengaluru Spices – Teams Audio Conferencing').sub
    expect(addOn.parentSubscriptionId).toBe(india.id)
    expect(codes('Bengaluru Spices – Business Basic (India)').blockers).toEqual([6])
    expect(codes('Bengaluru Spices – Business Standard (India)').blockers).toEqual([7])
    expect(codes('Mumbai Logistics – Business Basic (India) (pending)').blockers).toEqual([9])
  })

  it('multichannel: a target held through another CSP partner, and one bought from Microsoft directly', () => {
    const channels = db.state.otherChannelSubscriptions.map((o) => o.channel)
    expect(channels).toEqual(expect.arrayContaining(['Another CSP partner', 'Microsoft (web direct)']))
    expect(codes('Alpine Ski House – Business Basic').targets['Office 365 E3']).toEqual([4])
    expect(codes('Coho Winery – Microsoft 365 Apps for business').targets).toEqual({
      'Microsoft 365 Business Premium': [4],
      'Microsoft 365 Apps for enterprise': [],
      'Office 365 E3': [3],
      'Office 365 E5': [3],
    })
  })

  it('add-ons that are pending or suspended still block (6)', () => {
    expect(named("Margie's Travel – Exchange Online Archiving (pending)").sub.status).toBe('pending')
    expect(named("Margie's Travel – Teams Audio Conferencing (suspended)").sub.status).toBe('suspended')
    expect(codes("Margie's Travel – Business Basic").blockers).toEqual([6])
    expect(codes("Margie's Travel – Business Standard").blockers).toEqual([6])
  })

  it('a subscription at the 300 cap, suspended, cancelled and pending ones, and a one-seat monthly plan', () => {
    const capped = named('Fourth Coffee – Business Standard (at the 300 cap)')
    expect(capped.sub.quantity).toBe(BUSINESS_SEAT_LIMIT)
    expect(codes(capped.sub.friendlyName).targets).toEqual({ 'Office 365 E3': [], 'Office 365 E5': [] })
    expect(codes('Graphic Design Institute – Business Basic (suspended)').blockers).toEqual([2])
    expect(codes('Graphic Design Institute – Apps for business (cancelled)').blockers).toEqual([2])
    expect(codes('Graphic Design Institute – Business Standard (pending)').blockers).toEqual([9])
    // The statuses only the .NET SDK knows: not active (2), with the status as the reason.
    for (const status of ['expired', 'disabled'] as const) {
      const { sub, eligibility } = evaluated.find((e) => e.sub.status === status) ?? {}
      expect(sub?.friendlyName).toMatch(/^Graphic Design Institute/)
      expect(eligibility?.canUpgrade).toBe(false)
      expect(eligibility?.blockers).toEqual([{ kind: 'subscription_status_not_active', status }])
    }
    const oneSeat = named('Proseware – Business Basic (one seat, monthly)').sub
    expect([oneSeat.quantity, oneSeat.billingCycle, oneSeat.autoRenewEnabled]).toEqual([1, 'monthly', false])
  })

  it('users with several self-service licenses, and more than one reason a license cannot move', () => {
    const several = db.state.users.filter((u) => u.selfServiceLicenses.length >= 2)
    expect(several.length).toBeGreaterThanOrEqual(3)
    const apps = named('Chennai Textiles – Apps for business (India)').sub
    const source = findOffer(apps.offerId)
    const target = OFFERS.find((o) => o.name === 'Microsoft 365 Business Standard (India)')
    if (!source || !target) throw new Error('catalog')
    const meera = db.state.users.find((u) => u.displayName === 'Meera Krishnan')
    if (!meera) throw new Error('Meera')
    expect(licenseMoveProblems(meera, source, target).map((p) => p.conflictingLicense)).toEqual([
      'Microsoft Teams Exploratory',
      'Microsoft Bookings trial',
    ])
  })

  it('a customer whose relationship with the partner ended', () => {
    expect(db.state.customers.find((c) => c.relationshipToPartner === 'none')?.companyName).toBe('Lucerne Publishing')
  })
})

describe('many-customers (generated)', () => {
  it('is deterministic: the same seed gives the same scenario, another seed another', () => {
    const small = { customers: 300, megacorpSubscriptions: 500, megacorpUsers: 50 }
    const a = generateManyCustomers({ ...small, seed: 7 })
    expect(scenarioText(generateManyCustomers({ ...small, seed: 7 }))).toBe(scenarioText(a))
    expect(scenarioText(generateManyCustomers({ ...small, seed: 8 }))).not.toBe(scenarioText(a))
    expect(validateScenario(a).ok).toBe(true)
    const random = createRandom(1)
    const first = [random.next(), random.next(), random.int(10)]
    const again = createRandom(1)
    expect([again.next(), again.next(), again.int(10)]).toEqual(first)
    expect(first.every((n) => n >= 0 && n < 10)).toBe(true)
  })

  it('has 5,000 customers, one of which holds 10,000 subscriptions across every offer and status, ', () => {
    // How fast it is generated is npm run bench's business, not a test's (no timed assertions).
    const scenario = generateManyCustomers()
    expect(scenario.customers).toHaveLength(5000)
    const megacorp = scenario.customers.filter((c) => c.companyProfile.companyName === MEGACORP_NAME)
    expect(megacorp).toHaveLength(1)
    const subs = megacorp[0]?.subscriptions ?? []
    expect(subs).toHaveLength(10_000)
    expect(new Set(subs.map((s) => s.offerId))).toEqual(new Set(OFFERS.map((o) => o.id)))
    expect(new Set(subs.map((s) => s.status))).toEqual(new Set(SUBSCRIPTION_STATUSES))
    expect(subs.some((s) => s.parentSubscriptionId !== undefined)).toBe(true)
    // The registry's scenario is this one.
    expect(scenarioText(load('many-customers'))).toBe(scenarioText(scenario))
    // Varied: every upgrade case occurs among the ordinary customers.
    const db = createDatabase(scenario)
    const seen = new Set<UpgradeErrorCode | 'eligible'>()
    for (const customer of db.state.customers.slice(1, 1500)) {
      for (const e of evaluateCustomer(db.customerFacts(customer.id), 'admin_agent').values()) {
        if (e.canUpgrade) seen.add('eligible')
        for (const p of [...e.blockers, ...e.targets.flatMap((t) => t.problems)]) seen.add(problemCode(p))
      }
    }
    expect([...seen].sort()).toEqual([1, 2, 3, 4, 6, 7, 9, 'eligible'].sort())
  })
})

describe('many-customers through the mock API', () => {
  const db: Database = createDatabase(load('many-customers'))
  const handlers = createHandlers(db, { settings: createMockSettings() })
  const token = createDemoToken('admin_agent', 'Test Agent')
  const get = async (path: string, headers: Record<string, string> = {}) => {
    const response = await getResponse(
      handlers,
      new Request(`http://mock.test/v1${path}`, { headers: { Authorization: `Bearer ${token}`, ...headers } }),
    )
    if (!response) throw new Error(`no answer for ${path}`)
    return { status: response.status, body: (await response.json()) as Json }
  }

  it('pages through all 5,000 customers with ?size=N and the continuation token, sorted by name', async () => {
    for (const size of [MAX_PAGE_SIZE, 137]) {
      const names: string[] = []
      const ids = new Set<string>()
      let page = await get(`/customers?size=${size}`)
      let pages = 1
      for (;;) {
        expect(page.status).toBe(200)
        expect(page.body.items.length).toBeLessThanOrEqual(size)
        for (const item of page.body.items) {
          names.push(item.companyProfile.companyName)
          ids.add(item.id)
        }
        const next = page.body.links.next
        if (!next) break
        const token = next.headers.find((h: { key: string }) => h.key === 'MS-ContinuationToken').value
        page = await get(next.uri, { 'MS-ContinuationToken': token })
        pages += 1
      }
      expect(ids.size).toBe(5000)
      expect(pages).toBe(Math.ceil(5000 / size))
      const collator = new Intl.Collator('en', { sensitivity: 'base' })
      expect(names).toEqual([...names].sort((a, b) => collator.compare(a, b)))
    }
  })

  it('finds Contoso Megacorp by name', async () => {
    const filter = encodeURIComponent(
      JSON.stringify({ Field: 'CompanyName', Value: 'Contoso M', Operator: 'starts_with' }),
    )
    const found = await get(`/customers?size=10&filter=${filter}`)
    expect(
      found.body.items.map((c: { companyProfile: { companyName: string } }) => c.companyProfile.companyName),
    ).toEqual([MEGACORP_NAME])
  })

  it("lists Contoso Megacorp's 10,000 subscriptions and the upgrades of one", async () => {
    const megacorp = db.state.customers.find((c) => c.companyName === MEGACORP_NAME)
    if (!megacorp) throw new Error('no megacorp')
    const subs = await get(`/customers/${megacorp.id}/subscriptions`)
    expect(subs.status).toBe(200)
    expect(subs.body.totalCount).toBe(10_000)
    const basic = subs.body.items.find((s: { offerName: string }) => s.offerName === 'Microsoft 365 Business Basic')
    const upgrades = await get(`/customers/${megacorp.id}/subscriptions/${basic.id}/upgrades`)
    expect(upgrades.status).toBe(200)
    expect(upgrades.body.items.length).toBeGreaterThan(0)
  })
})
