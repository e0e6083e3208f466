import { createDatabase, type Database } from './db'
import { customerBody } from './handlers/customers'
import { lookups } from './handlers/shared'
import { subscriptionListBody } from './handlers/subscriptions'
import { collectionJsonChunks, collectionJsonStreamFrom, STREAM_FIRST_ITEMS } from './json-stream'
import type { DatabaseLoading } from './middleware'
import type { Scenario } from './scenario'

/**
 * The first answers of the many-customers scenario, prebuilt with it (scripts/prebuilt-scenario.ts):
 * for each customer whose subscription list is long enough to be streamed, the body of
 * `GET /customers/{id}` and the first chunk of `GET /customers/{id}/subscriptions` as the API's
 * own routes write them at the scenario's start. While the page loads the database (10.8 MB of
 * scenario), the mock answers these two from this small file, so that a large customer's first rows
 * paint without waiting for the rest; the list's remaining chunks follow from the database once it
 * is loaded (mocks/json-stream.ts collectionJsonStreamFrom). Valid only for the untouched
 * scenario: a demo with any stored operation is answered from its database, as before.
 */
export const FIRST_ANSWERS_FORMAT = 1

/** What the API answers first for one large customer at the scenario's start. */
export interface FirstAnswer {
  /** The body of GET /customers/{id}. */
  readonly customer: unknown
  /** The first chunk of the text of GET /customers/{id}/subscriptions (mocks/json-stream.ts). */
  readonly subscriptionsHead: string
}

export interface FirstAnswersFile {
  readonly format: typeof FIRST_ANSWERS_FORMAT
  readonly generatorVersion: number
  readonly scenario: string
  /** By customer id, lower case. */
  readonly customers: Readonly<Record<string, FirstAnswer>>
}

/** The first answers of `db` as it is (the scenario's start, at build time), by the API's routes. */
export function computeFirstAnswers(db: Database): Record<string, FirstAnswer> {
  const answers: Record<string, FirstAnswer> = {}
  for (const scenarioCustomer of db.scenario.customers) {
    if (scenarioCustomer.subscriptions.length <= STREAM_FIRST_ITEMS) continue
    const customer = db.findCustomer(scenarioCustomer.id)
    if (!customer || customer.relationshipToPartner === 'none') continue
    const head = collectionJsonChunks(subscriptionListBody(db, customer)).next()
    if (head.done) continue
    answers[customer.id.toLowerCase()] = { customer: customerBody(db, customer), subscriptionsHead: head.value }
  }
  return answers
}

/** The first-answers file of `scenario` at its start (built with it, scripts/prebuilt-scenario.ts). */
export function firstAnswersFile(scenario: Scenario, generatorVersion: number): FirstAnswersFile {
  return {
    format: FIRST_ANSWERS_FORMAT,
    generatorVersion,
    scenario: scenario.name,
    customers: computeFirstAnswers(createDatabase(scenario)),
  }
}

/** Reads a first-answers file: its answers when it is of this format, generator and scenario. */
export function readFirstAnswers(
  value: unknown,
  expected: { readonly generatorVersion: number; readonly scenario: string },
): ReadonlyMap<string, FirstAnswer> | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const file = value as Partial<FirstAnswersFile>
  if (
    file.format !== FIRST_ANSWERS_FORMAT ||
    file.generatorVersion !== expected.generatorVersion ||
    file.scenario !== expected.scenario ||
    typeof file.customers !== 'object' ||
    file.customers === null
  )
    return undefined
  const answers = new Map<string, FirstAnswer>()
  for (const [id, answer] of Object.entries(file.customers)) {
    if (typeof answer?.subscriptionsHead === 'string' && typeof answer.customer === 'object' && answer.customer) {
      answers.set(id.toLowerCase(), answer)
    }
  }
  return answers
}

/**
 * The replies a database still loading gives from the first answers (mocks/middleware.ts
 * DatabaseLoading.early): a large customer's record at once, and its subscription list's first
 * chunk at once, the rest from `db` once `ready` (the whole answer is then exactly the database's:
 * mocks/json-stream.ts collectionJsonStreamFrom). `listSent` hears of each list begun this way.
 */
export function earlyReplies(
  answers: ReadonlyMap<string, FirstAnswer>,
  db: Database,
  ready: Promise<void>,
  listSent: (customerId: string) => void,
): DatabaseLoading['early'] {
  const { requireCustomer } = lookups(db)
  return (answer, params) => {
    const id = params.customerId?.toLowerCase()
    const first = id === undefined ? undefined : answers.get(id)
    if (!first || id === undefined) return undefined
    if (answer === 'customer') return { status: 200, body: JSON.stringify(first.customer) }
    listSent(id)
    return {
      status: 200,
      body: collectionJsonStreamFrom(first.subscriptionsHead, async () => {
        await ready
        db.refresh()
        return subscriptionListBody(db, requireCustomer(id))
      }),
    }
  }
}
