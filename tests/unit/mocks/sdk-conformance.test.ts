import { describe, expect, it } from 'vitest'
import { db } from '../../../mocks/handlers'
import { resetMockDatabase } from '../../../mocks/node'
import { BUILT_IN_SCENARIOS } from '../../../mocks/scenarios'
import { MEGACORP_NAME } from '../../../mocks/scenarios/generate'
import { call, withMockServer } from './mock-api'
import {
  type JsonType,
  MOCK_EXTRAS,
  type ModelName,
  SDK_ENUMS,
  SDK_MODELS,
  type SdkModel,
  sdkEnum,
  sdkModel,
} from './sdk-model-map'

/**
 * The mock speaks Partner Center as Microsoft's SDKs do: every answer matches the model map
 * derived from the .NET and Java SDKs (sdk-model-map.ts), and the SDKs' own request forms
 * (PascalCase bodies, no If-Match, `size=0` with a filter, seek paging by continuationToken)
 * succeed. Run over every built-in scenario.
 */
withMockServer()

type Json = Record<string, unknown>

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

function typeProblems(value: unknown, type: JsonType, path: string, item?: ModelName): string[] {
  switch (type.kind) {
    case 'any':
      return []
    case 'string':
      return typeof value === 'string' ? [] : [`${path}: expected a string, not ${JSON.stringify(value)}`]
    case 'integer':
      return Number.isInteger(value) ? [] : [`${path}: expected an integer, not ${JSON.stringify(value)}`]
    case 'boolean':
      return typeof value === 'boolean' ? [] : [`${path}: expected a boolean, not ${JSON.stringify(value)}`]
    case 'date-time':
      return typeof value === 'string' && !Number.isNaN(Date.parse(value))
        ? []
        : [`${path}: expected an ISO 8601 date, not ${JSON.stringify(value)}`]
    case 'guid':
      return typeof value === 'string' && GUID.test(value)
        ? []
        : [`${path}: expected a GUID, not ${JSON.stringify(value)}`]
    case 'enum': {
      const values: readonly unknown[] = sdkEnum(type.enum).dotnet
      return values.includes(value) ? [] : [`${path}: ${JSON.stringify(value)} is not a ${type.enum} of the SDK`]
    }
    case 'array':
      return Array.isArray(value)
        ? value.flatMap((entry, index) => typeProblems(entry, type.items, `${path}[${index}]`, item))
        : [`${path}: expected an array, not ${JSON.stringify(value)}`]
    case 'model': {
      const name = type.model === 'item' ? item : type.model
      if (!name) throw new Error(`${path}: no item model given`)
      return conformance(value, name, path)
    }
  }
}

/** Every way `value` differs from the SDK model `name` (and the mock's promise of what it sends). */
function conformance(value: unknown, name: ModelName, path: string = name, item?: ModelName): string[] {
  if (!isRecord(value)) return [`${path}: expected a ${name} object, not ${JSON.stringify(value)}`]
  const model = sdkModel(name)
  const problems: string[] = []
  for (const key of Object.keys(value)) {
    if (!model.properties.some((p) => p.name === key) && !MOCK_EXTRAS[name]?.[key]) {
      problems.push(`${path}.${key}: not a property of the SDKs' ${name}`)
    }
  }
  for (const property of model.properties) {
    const at = `${path}.${property.name}`
    const sent = value[property.name]
    if (sent === undefined) {
      if (property.mock === 'always') problems.push(`${at}: missing`)
      continue
    }
    if (property.mock === 'never') problems.push(`${at}: sent, but the map says the mock never sends it`)
    if (sent === null && !property.valueType) continue
    problems.push(...typeProblems(sent, property.type, at, item))
  }
  return problems
}

function expectConforms(value: unknown, name: ModelName, item?: ModelName): void {
  expect(conformance(value, name, name, item)).toEqual([])
}

function pascal(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1)
}

/**
 * What the .NET SDK sends for a model it read: every property of the class, PascalCase (Newtonsoft
 * with a DefaultContractResolver), null for what it did not get (the mock sends every value type).
 */
function asDotNetSends(value: unknown, type: JsonType): unknown {
  if (type.kind === 'array') return Array.isArray(value) ? value.map((entry) => asDotNetSends(entry, type.items)) : null
  if (type.kind !== 'model' || type.model === 'item') return value ?? null
  if (!isRecord(value)) return null
  const model: SdkModel = sdkModel(type.model)
  return Object.fromEntries(
    model.properties.map((p) => {
      const sent = value[p.name]
      return [pascal(p.name), sent === undefined ? null : asDotNetSends(sent, p.type)]
    }),
  )
}

const AGENT = { role: 'admin_agent' as const }

interface Page {
  readonly items: unknown[]
  readonly continuationToken?: string
}

async function customerPages(firstPath: string): Promise<Json[]> {
  const customers: Json[] = []
  let res = await call(firstPath, AGENT)
  for (let guard = 0; guard < 200; guard++) {
    expect(res.status, firstPath).toBe(200)
    expectConforms(res.body, 'SeekBasedResourceCollection', 'Customer')
    const page = res.body as Page & { links: { next?: { headers: { key: string; value: string }[] } } }
    customers.push(...(page.items as Json[]))
    const token = page.continuationToken
    // The top-level token and links.next's header are the same thing, present together or not at all.
    expect(page.links.next?.headers.find((h) => h.key === 'MS-ContinuationToken')?.value).toBe(token)
    if (!token) return customers
    // The SDKs' seek query: the token in MS-ContinuationToken, `seekOperation=Next`, no size.
    res = await call('/customers?seekOperation=Next', { ...AGENT, headers: { 'MS-ContinuationToken': token } })
  }
  throw new Error('too many pages')
}

/** The filter as the .NET SDK's SimpleFieldFilter serializes it, URL-encoded by WebUtility.UrlEncode. */
function dotNetFilterQuery(value: string): string {
  const filter = JSON.stringify({ Operator: 'starts_with', Field: 'CompanyName', Value: value })
  return new URLSearchParams({ size: '0', filter }).toString()
}

describe('the SDK model map', () => {
  it('records an SDK source file for every property and every enum', () => {
    for (const model of SDK_MODELS) {
      for (const p of model.properties) {
        expect(p.dotnet, `${model.name}.${p.name}`).toMatch(/^microsoft\/partner-center-sdk-for-dotNET:Source\/.+\.cs$/)
        if (p.java) expect(p.java).toMatch(/^microsoft\/Partner-Center-Java:src\/main\/java\/.+\.java$/)
      }
    }
    for (const e of SDK_ENUMS) expect(e.dotnetFile, e.name).toMatch(/\.cs$/)
  })

  it('has the mock send every property the SDKs hold as a value type (never null there)', () => {
    const unsent = SDK_MODELS.flatMap((m) =>
      m.properties.filter((p) => p.valueType && p.mock !== 'always').map((p) => `${m.name}.${p.name}`),
    )
    expect(unsent).toEqual([])
  })
})

// The generated scenario's 5,000 customers take a few seconds on a shared machine.
describe.each(BUILT_IN_SCENARIOS.map((s) => [s.name, s] as const))(
  'scenario %s',
  { timeout: 60_000 },
  (_name, builtIn) => {
    const start = () => resetMockDatabase(builtIn.load())

    it("pages customers as the SDKs' query and seek query read them (size=0, continuationToken)", async () => {
      start()
      const customers = await customerPages('/customers?size=0')
      expect(customers).toHaveLength(db.state.customers.length)
      expect(new Set(customers.map((c) => c.id)).size).toBe(customers.length)
      // An indexed query keeps its page size across seek pages.
      const small = await call('/customers?size=2', AGENT)
      const token = (small.body as Page).continuationToken
      if (db.state.customers.length > 2) {
        expect(token).toBeTruthy()
        const next = await call('/customers?seekOperation=Next', {
          ...AGENT,
          headers: { 'MS-ContinuationToken': token ?? '' },
        })
        expect((next.body as Page).items).toHaveLength(Math.min(2, db.state.customers.length - 2))
      }
    })

    it("answers the SDKs' filtered query (size=0&filter=…, in .NET and Java spelling)", async () => {
      start()
      const prefix = (db.state.customers[0]?.companyName ?? 'A').slice(0, 4)
      const expected = db.state.customers.filter((c) => c.companyName.toLowerCase().startsWith(prefix.toLowerCase()))
      const dotnet = await customerPages(`/customers?${dotNetFilterQuery(prefix)}`)
      expect(dotnet.map((c) => c.id).sort()).toEqual(expected.map((c) => c.id).sort())
      const javaFilter = JSON.stringify({ field: 'CompanyName', value: prefix, operator: 'starts_with' })
      const java = await customerPages(`/customers?${new URLSearchParams({ size: '0', filter: javaFilter })}`)
      expect(java).toHaveLength(expected.length)
    })

    it("sends subscriptions, upgrades and offers as the SDKs' models", async () => {
      start()
      const megacorp = db.state.customers.find((c) => c.companyName === MEGACORP_NAME)
      // The generated scenario's 5,000 customers: Megacorp and a slice; the small ones whole.
      const customers = [
        ...(megacorp ? [megacorp] : []),
        ...db.state.customers.filter((c) => c !== megacorp).slice(0, 60),
      ].filter((c) => c.relationshipToPartner !== 'none')
      let upgradesChecked = 0
      for (const customer of customers) {
        const subs = await call(`/customers/${customer.id}/subscriptions`, AGENT)
        expect(subs.status).toBe(200)
        expectConforms(subs.body, 'ResourceCollection', 'Subscription')
        const items = (subs.body as Page).items as Json[]
        // One subscription per offer and status is enough to see every kind of answer (a dozen of
        // them at Megacorp, whose every upgrade listing weighs its 10,000 subscriptions).
        const kinds = new Map<string, Json>()
        for (const sub of items) kinds.set(`${String(sub.offerId)} ${String(sub.status)}`, sub)
        const sample = [...kinds.values()].slice(0, customer === megacorp ? 12 : undefined)
        for (const sub of sample) {
          const one = await call(`/customers/${customer.id}/subscriptions/${String(sub.id)}`, AGENT)
          expectConforms(one.body, 'Subscription')
          const upgrades = await call(`/customers/${customer.id}/subscriptions/${String(sub.id)}/upgrades`, AGENT)
          expect(upgrades.status).toBe(200)
          expectConforms(upgrades.body, 'ResourceCollection', 'Upgrade')
          upgradesChecked += 1
        }
      }
      expect(upgradesChecked).toBeGreaterThan(0)
    })

    it('sends errors as ApiFault, code a string', async () => {
      start()
      const res = await call('/customers/00000000-0000-4000-8000-000000000000', AGENT)
      expect(res.status).toBe(404)
      expectConforms(res.body, 'ApiFault')
      expect(typeof (res.body as Json).code).toBe('string')
    })

    it("accepts the .NET SDK's writes: a PascalCase PATCH without If-Match, a PascalCase upgrade", async () => {
      start()
      // The first active subscription with an eligible upgrade, as the SDK would have read it.
      let found: { sub: Json; upgrade: Json } | undefined
      const counts = new Map<string, number>()
      for (const s of db.state.subscriptions) counts.set(s.customerId, (counts.get(s.customerId) ?? 0) + 1)
      for (const candidate of db.state.subscriptions.filter((s) => (counts.get(s.customerId) ?? 0) < 100)) {
        if (candidate.status !== 'active') continue
        const customer = db.findCustomer(candidate.customerId)
        if (!customer || customer.relationshipToPartner === 'none') continue
        const base = `/customers/${candidate.customerId}/subscriptions/${candidate.id}`
        const upgrades = await call(`${base}/upgrades`, AGENT)
        const eligible = ((upgrades.body as Page).items as Json[]).find((u) => u.isEligible === true)
        if (!eligible) continue
        found = { sub: (await call(base, AGENT)).body as Json, upgrade: eligible }
        break
      }
      if (!found) throw new Error(`${builtIn.name} has no subscription with an eligible upgrade`)
      const { sub, upgrade } = found
      const base = ((sub.links as Json).self as Json).uri as string

      // PATCH: the whole Subscription, PascalCase, with the new quantity; no If-Match (the SDK never sets one).
      const quantity = (sub.quantity as number) > 1 ? (sub.quantity as number) - 1 : 2
      const patchBody = {
        ...(asDotNetSends(sub, { kind: 'model', model: 'Subscription' }) as Json),
        Quantity: quantity,
      }
      expect(Object.keys(patchBody)).toContain('ParentSubscriptionId')
      const patched = await call(base, { ...AGENT, method: 'PATCH', body: patchBody })
      expect(patched.status, JSON.stringify(patched.body)).toBe(200)
      expectConforms(patched.body, 'Subscription')
      expect((patched.body as Json).quantity).toBe(quantity)

      // POST upgrade: the Upgrade as the SDK read it, PascalCase (TargetOffer.Id, UpgradeType, Quantity).
      const postBody = {
        ...(asDotNetSends(upgrade, { kind: 'model', model: 'Upgrade' }) as Json),
        Quantity: quantity,
      }
      expect(postBody).toMatchObject({ TargetOffer: { Id: expect.any(String) }, UpgradeType: expect.any(String) })
      const upgraded = await call(`${base}/upgrades`, { ...AGENT, method: 'POST', body: postBody })
      expect(upgraded.status, JSON.stringify(upgraded.body)).toBe(200)
      expectConforms(upgraded.body, 'UpgradeResult')
      expect((upgraded.body as Json).sourceSubscriptionId).toBe(sub.id)
    })
  },
)
