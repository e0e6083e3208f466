import prebuiltUrl from 'virtual:prebuilt-scenario'
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

export async function fetchPrebuiltManyCustomers(url: string | undefined = prebuiltUrl): Promise<boolean> {
  if (!url) return false
  try {
    const response = await fetch(url)
    if (!response.ok) return false
    const body = (await response.json()) as { generatorVersion?: unknown; scenario?: Scenario }
    if (body.generatorVersion !== GENERATOR_VERSION || body.scenario?.name !== MANY_CUSTOMERS_NAME) return false
    providePrebuiltManyCustomers(body.scenario)
    return true
  } catch {
    return false
  }
}
