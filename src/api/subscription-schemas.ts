import * as z from 'zod/mini'
import { attributes, codeSchema, collectionSchema } from './schemas'

/**
 * An optional field that degrades to absent when it has an unexpected type, so that one odd value
 * in one record costs that row a detail, not the whole list.
 */
function lenient<T extends z.ZodMiniType>(schema: T) {
  return z.catch(z.optional(schema), undefined)
}

/**
 * Partner Center REST v1 shapes of a customer's subscriptions, SKUs and upgrades (see schemas.ts).
 * `status` is kept as sent: a value no SDK knows is read by `readSubscriptionStatus` as unknown
 * (shown as it came, never eligible) instead of failing the list.
 */
export const subscriptionSchema = z.looseObject({
  id: z.string(),
  offerId: z.string(),
  offerName: z.string(),
  friendlyName: lenient(z.string()),
  quantity: z.number(),
  unitType: lenient(z.string()),
  status: z.catch(z.string(), ''),
  suspensionReasons: lenient(z.array(z.string())),
  creationDate: lenient(z.string()),
  effectiveStartDate: lenient(z.string()),
  commitmentEndDate: lenient(z.string()),
  autoRenewEnabled: lenient(z.boolean()),
  billingType: lenient(z.string()),
  billingCycle: lenient(z.string()),
  termDuration: lenient(z.string()),
  parentSubscriptionId: lenient(z.nullable(z.string())),
  attributes: lenient(attributes),
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

export const subscriptionCollectionSchema = collectionSchema(subscriptionSchema)
export const subscribedSkuCollectionSchema = collectionSchema(subscribedSkuSchema)
export const upgradeCollectionSchema = collectionSchema(upgradeSchema)
