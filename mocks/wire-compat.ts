import { MOCK_ERROR_CODES as CODES, fail } from './errors'

/**
 * Reading requests the way Partner Center does, so that Microsoft's own SDKs work against the
 * mock, not only this product's client:
 *
 * - Property names are read without regard to case. The .NET SDK serializes request bodies with
 *   Newtonsoft's defaults, so it sends `{"Quantity":30}` and `{"TargetOffer":{"Id":…},"UpgradeType":…}`
 *   (PartnerServiceProxy.cs: `JsonConvert.SerializeObject` with a DefaultContractResolver); the
 *   Java SDK and this product's client send camelCase.
 * - `size=0` on GET /customers means "the default page": the SDKs' simple query sends it
 *   (CustomerCollectionOperations.cs / .java).
 *
 * docs/scenarios.md ("Compatibility with Microsoft's SDKs") lists what the mock matches.
 */

/** PATCH changes the quantity only; these fields, when sent, must equal the subscription's. */
export const READ_ONLY_FIELDS = [
  'offerId',
  'friendlyName',
  'status',
  'billingCycle',
  'termDuration',
  'autoRenewEnabled',
  'parentSubscriptionId',
] as const

/** The request properties the mock reads, spelled as on the wire (camelCase). */
const REQUEST_PROPERTIES = [
  // Subscription (PATCH), and Upgrade (POST .../upgrades) with its targetOffer.id.
  'id',
  'quantity',
  ...READ_ONLY_FIELDS,
  'targetOffer',
  'upgradeType',
] as const

const CANONICAL = new Map<string, string>(REQUEST_PROPERTIES.map((name) => [name.toLowerCase(), name]))

/** A JSON object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** `text` as a JSON object, or a 400 naming `what` it is (e.g. "The request body"). */
export function parseJsonObject(text: string, what: string): Record<string, unknown> {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    fail(400, CODES.invalidInput, `${what} is not valid JSON.`)
  }
  if (!isRecord(value)) fail(400, CODES.invalidInput, `${what} must be a JSON object.`)
  return value
}

/**
 * The body with every known property under its camelCase name, at any depth (`TargetOffer.Id`
 * becomes `targetOffer.id`); other properties are kept as sent. When a body spells one property
 * twice (`quantity` and `Quantity`), the exact camelCase spelling wins.
 */
export function withCanonicalNames(body: Record<string, unknown>): Record<string, unknown> {
  const entries = new Map<string, unknown>()
  for (const [key, value] of Object.entries(body)) {
    const name = CANONICAL.get(key.toLowerCase()) ?? key
    if (entries.has(name) && key !== name) continue
    entries.set(name, isRecord(value) ? withCanonicalNames(value) : value)
  }
  // fromEntries defines own properties, so even a "__proto__" key stays plain data.
  return Object.fromEntries(entries)
}

/** The page size asked for: absent, empty or 0 (the SDKs' simple query) mean the default. */
export function requestedPageSize(raw: string | null): number | undefined {
  if (raw === null || raw.trim() === '') return undefined
  const size = Number(raw)
  return size === 0 ? undefined : size
}
