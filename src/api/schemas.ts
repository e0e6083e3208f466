import * as z from 'zod/mini'

/**
 * Partner Center REST v1 shapes (camelCase; every object carries attributes.objectType), as the
 * client validates them. Objects are loose: fields this client does not know are kept, so a
 * subscription sent back in a PATCH loses nothing. Missing or mistyped required fields make the
 * response malformed, which the client reports instead of crashing later.
 *
 * Here: what the first screen needs (collections, customers, errors). The shapes of a customer's
 * subscriptions and upgrades are in subscription-schemas.ts, loaded with the customer page.
 */
export const attributes = z.looseObject({ objectType: z.optional(z.string()), etag: z.optional(z.string()) })

export const linkSchema = z.looseObject({
  uri: z.string(),
  method: z.optional(z.string()),
  headers: z.optional(z.array(z.looseObject({ key: z.string(), value: z.string() }))),
})

export function collectionSchema<T extends z.ZodMiniType>(item: T) {
  return z.looseObject({
    totalCount: z.number(),
    items: z.array(item),
    links: z.optional(z.looseObject({ self: z.optional(linkSchema), next: z.optional(linkSchema) })),
    attributes: z.optional(attributes),
  })
}

export const customerSchema = z.looseObject({
  id: z.string(),
  companyProfile: z.looseObject({
    tenantId: z.optional(z.string()),
    domain: z.optional(z.string()),
    companyName: z.string(),
  }),
  relationshipToPartner: z.optional(z.string()),
  allowDelegatedAccess: z.optional(z.boolean()),
  /** Its default address's country is the customer's market (which prices apply). */
  billingProfile: z.optional(
    z.looseObject({ defaultAddress: z.optional(z.looseObject({ country: z.optional(z.string()) })) }),
  ),
  attributes: z.optional(attributes),
})
export type Customer = z.infer<typeof customerSchema>

/** The real service sends codes and upgrade types sometimes as numbers, sometimes as strings. */
export const codeSchema = z.union([z.number(), z.string()])

export const apiErrorSchema = z.looseObject({
  code: codeSchema,
  description: z.optional(z.string()),
  data: z.optional(z.array(z.unknown())),
  source: z.optional(z.string()),
})
export type ApiErrorBody = z.infer<typeof apiErrorSchema>

export const customerCollectionSchema = collectionSchema(customerSchema)
