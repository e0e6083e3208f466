import prebuiltUrl, { firstAnswersUrl } from 'virtual:prebuilt-scenario'
import { type FirstAnswer, readFirstAnswers } from './first-answers'
import type { Scenario } from './scenario'
import { providePrebuiltManyCustomers } from './scenarios'
import { GENERATOR_VERSION, MANY_CUSTOMERS_NAME } from './scenarios/generate'

/**
 * The demo build ships the "many customers" scenario generated at build time
 * (scripts/prebuilt-scenario.ts). When the page is about to load that scenario (asked for by
 * `?scenario=`, or the stored demo's), the file is fetched and handed to the scenario registry,
 * so that loading it parses instead of generating. Anything wrong with the file (missing, another
 * generator version) only means it is generated in the page, as before.
 */
export function mayLoadManyCustomers(requested: string | null | undefined, storedText: string | null): boolean {
  if (requested?.trim()) return requested.trim() === MANY_CUSTOMERS_NAME
  return storedText?.includes(`"${MANY_CUSTOMERS_NAME}"`) ?? false
}

/**
 * Fetches the prebuilt scenario and hands it to the registry; false when there is none to use. The
 * file downloads at once, off the page's main thread; it is parsed (on it) once `parseAfter` resolves.
 */
export async function fetchPrebuiltManyCustomers(
  url: string | undefined = prebuiltUrl,
  parseAfter: Promise<void> = Promise.resolve(),
): Promise<boolean> {
  if (!url) return false
  try {
    const response = await fetch(url)
    if (!response.ok) return false
    const data = await response.blob()
    await parseAfter
    const body = JSON.parse(await data.text()) as { generatorVersion?: unknown; scenario?: Scenario }
    if (body.generatorVersion !== GENERATOR_VERSION || body.scenario?.name !== MANY_CUSTOMERS_NAME) return false
    providePrebuiltManyCustomers(body.scenario)
    return true
  } catch {
    return false
  }
}

/**
 * The scenario's first answers (mocks/first-answers.ts): fetched, at the start of an untouched
 * many-customers demo, instead of waiting for the whole scenario. Undefined when missing or of
 * another generator; the database then answers everything, as before.
 */
export async function fetchFirstAnswers(
  url: string | undefined = firstAnswersUrl,
): Promise<ReadonlyMap<string, FirstAnswer> | undefined> {
  if (!url) return undefined
  try {
    const response = await fetch(url)
    if (!response.ok) return undefined
    return readFirstAnswers(await response.json(), {
      generatorVersion: GENERATOR_VERSION,
      scenario: MANY_CUSTOMERS_NAME,
    })
  } catch {
    return undefined
  }
}
