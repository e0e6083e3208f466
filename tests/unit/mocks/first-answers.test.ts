/**
 * The many-customers scenario's first answers (mocks/first-answers.ts): while the page's database
 * loads, a large customer's record and first rows are answered from them, and the rest of its list
 * from the database once loaded, the whole being exactly the database's answer. A demo that was
 * changed is never answered from them.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { createDemoToken } from '../../../mocks/auth'
import { earlyReplies, firstAnswersFile, readFirstAnswers } from '../../../mocks/first-answers'
import { databaseLoading, db } from '../../../mocks/handlers'
import { createNodeDemoControls } from '../../../mocks/node'
import { createMemoryStorage, STORAGE_KEY } from '../../../mocks/persistence'
import { findBuiltInScenario, MANY_CUSTOMERS_FINGERPRINT } from '../../../mocks/scenarios'
import { GENERATOR_VERSION, MANY_CUSTOMERS_NAME, MEGACORP_NAME } from '../../../mocks/scenarios/generate'
import { isUntouchedStart } from '../../../mocks/stored-demo-envelope'
import { subscriptionCollectionSchema } from '../../../src/api/subscription-schemas'
import { BASE, call, withMockServer } from './mock-api'

withMockServer()

const manyCustomers = () => {
  const scenario = findBuiltInScenario(MANY_CUSTOMERS_NAME)?.load()
  if (!scenario) throw new Error('no many-customers scenario')
  return scenario
}

const megacorpId = () => {
  const megacorp = manyCustomers().customers.find((c) => c.companyProfile.companyName === MEGACORP_NAME)
  if (!megacorp) throw new Error('no Megacorp')
  return megacorp.id
}

/** The first answers as the build writes them and the page reads them back. */
function prebuiltAnswers() {
  const file = JSON.parse(JSON.stringify(firstAnswersFile(manyCustomers(), GENERATOR_VERSION)))
  const answers = readFirstAnswers(file, { generatorVersion: GENERATOR_VERSION, scenario: MANY_CUSTOMERS_NAME })
  if (!answers) throw new Error('the first answers did not read')
  return answers
}

/** The database "loading": requests wait for `load()`, except what the first answers answer. */
function loadingDatabase() {
  let resolve: () => void = () => undefined
  const ready = new Promise<void>((done) => {
    resolve = done
  })
  const listsSent: string[] = []
  databaseLoading.current = {
    ready,
    early: earlyReplies(prebuiltAnswers(), db, ready, (id) => listsSent.push(id)),
  }
  return {
    listsSent,
    load() {
      db.reset(manyCustomers())
      databaseLoading.current = undefined
      resolve()
    },
  }
}

function get(path: string): Promise<Response> {
  return fetch(`${BASE}${path}`, {
    headers: { Authorization: `Bearer ${createDemoToken('admin_agent', 'Test Agent')}` },
  })
}

afterEach(() => {
  databaseLoading.current = undefined
})

describe('the first answers of the many-customers scenario', () => {
  it('answer a large customer and its first rows before the database has loaded; the rest follows from it, the whole as the database answers', async () => {
    const id = megacorpId()
    const loading = loadingDatabase()
    // The database still holds the default scenario: Megacorp is not in it.
    expect(db.findCustomer(id)).toBeUndefined()

    const customer = await call(`/customers/${id}`)
    expect(customer.status).toBe(200)
    expect(customer.body).toMatchObject({ id, companyProfile: { companyName: MEGACORP_NAME } })

    const list = await get(`/customers/${id}/subscriptions`)
    expect(list.status).toBe(200)
    expect(loading.listsSent).toEqual([id.toLowerCase()])
    const reader = list.body?.getReader()
    if (!reader) throw new Error('no body')
    const first = await reader.read()
    const head = new TextDecoder().decode(first.value)
    expect(head).toMatch(/^\{"totalCount":10000,"items":\[/)
    expect(JSON.parse(`${head}]}`).items).toHaveLength(100)

    // Anything else waits for the database.
    let customersAnswered = false
    const customers = call('/customers?size=5').then((res) => {
      customersAnswered = true
      return res
    })
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(customersAnswered).toBe(false)

    loading.load()
    const chunks = [head]
    for (;;) {
      const next = await reader.read()
      if (next.done) break
      chunks.push(new TextDecoder().decode(next.value))
    }
    const whole = chunks.join('')
    const parsed = subscriptionCollectionSchema.parse(JSON.parse(whole))
    expect(parsed.items).toHaveLength(10000)
    // Exactly what the loaded database answers.
    expect(whole).toBe(await (await get(`/customers/${id}/subscriptions`)).text())
    expect((await customers).status).toBe(200)
  })

  it('fail the list rather than mix two states when its first rows changed before the rest was read', async () => {
    const id = megacorpId()
    const loading = loadingDatabase()
    const list = await get(`/customers/${id}/subscriptions`)
    const reader = list.body?.getReader()
    if (!reader) throw new Error('no body')
    const first = await reader.read()
    loading.load()
    // Another tab's change to the first subscription, before this one read the rest.
    const firstSubscription = db.subscriptionsOf(id)[0]
    if (!firstSubscription) throw new Error('no subscription')
    db.setQuantity(id, firstSubscription.id, firstSubscription.quantity + 1)
    // The answer breaks off (an error, or an end before the list's end): never a whole list.
    const decoder = new TextDecoder()
    let rest = decoder.decode(first.value)
    try {
      for (;;) {
        const next = await reader.read()
        if (next.done) break
        rest += decoder.decode(next.value)
      }
    } catch {
      rest += '(failed)'
    }
    expect(() => JSON.parse(rest)).toThrow()
    expect(rest).not.toMatch(/"attributes":\{"objectType":"Collection"\}\}$/)
  })

  it('answer nothing for a customer without them: that waits for the database', async () => {
    const loading = loadingDatabase()
    const small = manyCustomers().customers.find((c) => c.subscriptions.length <= 100)
    if (!small) throw new Error('no small customer')
    let answered = false
    const answer = call(`/customers/${small.id}`).then((res) => {
      answered = true
      return res
    })
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(answered).toBe(false)
    loading.load()
    expect((await answer).status).toBe(200)
    expect(loading.listsSent).toEqual([])
  })

  it('are not read from a file of another generator or scenario', () => {
    const file = JSON.parse(JSON.stringify(firstAnswersFile(manyCustomers(), GENERATOR_VERSION)))
    expect(readFirstAnswers(file, { generatorVersion: GENERATOR_VERSION + 1, scenario: MANY_CUSTOMERS_NAME })).toBe(
      undefined,
    )
    expect(readFirstAnswers(file, { generatorVersion: GENERATOR_VERSION, scenario: 'default' })).toBe(undefined)
    expect(readFirstAnswers('not a file', { generatorVersion: GENERATOR_VERSION, scenario: MANY_CUSTOMERS_NAME })).toBe(
      undefined,
    )
  })
})

describe('whether a demo starts untouched (answered from the first answers)', () => {
  const untouched = (requested: string | null, stored: string | null) =>
    isUntouchedStart(MANY_CUSTOMERS_NAME, MANY_CUSTOMERS_FINGERPRINT, requested, stored)

  it('is so for the scenario stored without a change, or asked for afresh; not once a change was stored', async () => {
    const storage = createMemoryStorage()
    const demo = createNodeDemoControls(storage)
    try {
      expect(demo.selectScenario(MANY_CUSTOMERS_NAME)).toEqual({ ok: true })
      await Promise.resolve()
      const stored = storage.getItem(STORAGE_KEY)
      expect(untouched(null, stored)).toBe(true)
      expect(untouched(MANY_CUSTOMERS_NAME, stored)).toBe(true)
      expect(untouched('default', stored)).toBe(false)

      // A change to the demo (any write) is stored: from then on the database answers.
      const id = megacorpId()
      const sub = db.subscriptionsOf(id)[500]
      if (!sub) throw new Error('no subscription')
      await db.transaction(() => db.setQuantity(id, sub.id, sub.quantity + 1))
      const changed = storage.getItem(STORAGE_KEY)
      expect(changed).not.toBe(stored)
      expect(untouched(null, changed)).toBe(false)
      // `?scenario=` restores the stored demo of that scenario, change included.
      expect(untouched(MANY_CUSTOMERS_NAME, changed)).toBe(false)
    } finally {
      demo.dispose()
    }
  })

  it('is not so for another scenario, another generator, or storage that does not read', async () => {
    expect(untouched(null, null)).toBe(false)
    expect(untouched(null, 'not json')).toBe(false)
    expect(untouched(MANY_CUSTOMERS_NAME, null)).toBe(true)
    expect(untouched(MANY_CUSTOMERS_NAME, 'not json')).toBe(true)
    const storage = createMemoryStorage()
    const demo = createNodeDemoControls(storage)
    try {
      demo.selectScenario('default')
      await Promise.resolve()
      const defaultStored = storage.getItem(STORAGE_KEY)
      expect(untouched(null, defaultStored)).toBe(false)
      expect(untouched(MANY_CUSTOMERS_NAME, defaultStored)).toBe(true)
      demo.selectScenario(MANY_CUSTOMERS_NAME)
      await Promise.resolve()
      const stored = storage.getItem(STORAGE_KEY) ?? ''
      const otherGenerator = stored.replace(MANY_CUSTOMERS_FINGERPRINT, `${MANY_CUSTOMERS_FINGERPRINT}-old`)
      expect(otherGenerator).not.toBe(stored)
      expect(untouched(null, otherGenerator)).toBe(false)
    } finally {
      demo.dispose()
    }
  })
})
