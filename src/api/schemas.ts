import * as z from 'zod/mini'
import { SUBSCRIPTION_STATUSES } from '../rules/subscription-status'

/**
 * Partner Center REST v1 shapes (camelCase; every object carries attributes.objectType), as the
 * client validates them. Objects are loose: fields this client does not know are kept, so a
 * subscription sent back in a PATCH loses nothing. Missing or mistyped required fields make the
 * response malformed, which the client reports instead of crashing later.
 */
const attributes = z.looseObject({ objectType: z.optional(z.string()), etag: z.optional(z.string()) })

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
  attributes: z.optional(attributes),
})
export type Customer = z.infer<typeof customerSchema>

export const subscriptionSchema = z.looseObject({
  id: z.string(),
  offerId: z.string(),
  offerName: z.string(),
  friendlyName: z.optional(z.string()),
  quantity: z.number(),
  unitType: z.optional(z.string()),
  status: z.enum(SUBSCRIPTION_STATUSES),
  suspensionReasons: z.optional(z.array(z.string())),
  creationDate: z.optional(z.string()),
  effectiveStartDate: z.optional(z.string()),
  commitmentEndDate: z.optional(z.string()),
  autoRenewEnabled: z.optional(z.boolean()),
  billingType: z.optional(z.string()),
  billingCycle: z.optional(z.string()),
  termDuration: z.optional(z.string()),
  parentSubscriptionId: z.optional(z.nullable(z.string())),
  attributes: z.optional(attributes),
})
export type Subscription = z.infer<typeof subscriptionSchema>

export const subscribedSkuSchema = z.looseObject({
  activeUnits: z.optional(z.number()),
  totalUnits: z.optional(z.number()),
  consumedUnits: z.optional(z.number()),
  productSku: z.looseObject({
    id: z.string(),
    name: z.optional(z.string()),
    skuPartNumber: z.optional(z.string()),
  }),
  capabilityStatus: z.optional(z.string()),
  attributes: z.optional(attributes),
})
export type SubscribedSku = z.infer<typeof subscribedSkuSchema>

export const offerSchema = z.looseObject({
  id: z.string(),
  name: z.string(),
  description: z.optional(z.string()),
  minimumQuantity: z.optional(z.number()),
  maximumQuantity: z.optional(z.number()),
  isAddOn: z.optional(z.boolean()),
  unitType: z.optional(z.string()),
  upgradeTargetOffers: z.optional(z.array(z.string())),
  attributes: z.optional(attributes),
})
export type Offer = z.infer<typeof offerSchema>

/** The real service sends codes and upgrade types sometimes as numbers, sometimes as strings. */
const codeSchema = z.union([z.number(), z.string()])

export const upgradeErrorSchema = z.looseObject({
  code: codeSchema,
  description: z.optional(z.string()),
  additionalDetails: z.optional(z.nullable(z.string())),
})
export type UpgradeErrorWire = z.infer<typeof upgradeErrorSchema>

export const upgradeSchema = z.looseObject({
  targetOffer: offerSchema,
  upgradeType: codeSchema,
  isEligible: z.boolean(),
  quantity: z.optional(z.number()),
  upgradeErrors: z.optional(z.array(upgradeErrorSchema)),
  attributes: z.optional(attributes),
})
export type Upgrade = z.infer<typeof upgradeSchema>

export const userLicenseErrorSchema = z.looseObject({
  userObjectId: z.string(),
  name: z.optional(z.string()),
  email: z.optional(z.string()),
  errors: z.array(z.looseObject({ code: codeSchema, description: z.optional(z.string()) })),
})
export type UserLicenseError = z.infer<typeof userLicenseErrorSchema>

export const upgradeResultSchema = z.looseObject({
  sourceSubscriptionId: z.string(),
  targetSubscriptionId: z.optional(z.nullable(z.string())),
  upgradeType: codeSchema,
  upgradeErrors: z.optional(z.array(upgradeErrorSchema)),
  licenseErrors: z.optional(z.array(userLicenseErrorSchema)),
  attributes: z.optional(attributes),
})
export type UpgradeResult = z.infer<typeof upgradeResultSchema>

export const apiErrorSchema = z.looseObject({
  code: codeSchema,
  description: z.optional(z.string()),
  data: z.optional(z.array(z.unknown())),
  source: z.optional(z.string()),
})
export type ApiErrorBody = z.infer<typeof apiErrorSchema>

export const customerCollectionSchema = collectionSchema(customerSchema)
export const subscriptionCollectionSchema = collectionSchema(subscriptionSchema)
export const subscribedSkuCollectionSchema = collectionSchema(subscribedSkuSchema)
export const upgradeCollectionSchema = collectionSchema(upgradeSchema)
