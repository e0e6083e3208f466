/**
 * The wire shapes of Microsoft's Partner Center SDKs, as far as this product uses them: property
 * names, JSON types and enum values, each with the SDK source file it comes from. Written by hand
 * from the SDKs' model classes (none of their code is copied here):
 *
 * - .NET: github.com/microsoft/partner-center-sdk-for-dotNET, under `Source/PartnerSdk.Models/`
 *   (commit 005c111). Newtonsoft reads property names without regard to case and writes them in
 *   PascalCase; enums marked `EnumJsonConverter` travel as snake_case strings
 *   (`UpgradeWithLicenseTransfer` ↔ "upgrade_with_license_transfer"), the others as numbers.
 * - Java: github.com/microsoft/Partner-Center-Java, under
 *   `src/main/java/com/microsoft/store/partnercenter/models/` (commit cb7c53f). Jackson with
 *   FAIL_ON_UNKNOWN_PROPERTIES off, camelCase names from the getters, enums by `@JsonValue`.
 *
 * tests/unit/mocks/sdk-conformance.test.ts checks the mock's answers against this map; the
 * differences the mock knowingly keeps are in docs/scenarios.md.
 */

const DOTNET = 'microsoft/partner-center-sdk-for-dotNET:Source/PartnerSdk.Models/'
const JAVA = 'microsoft/Partner-Center-Java:src/main/java/com/microsoft/store/partnercenter/models/'

export type EnumName =
  | 'SubscriptionStatus'
  | 'UpgradeType'
  | 'UpgradeErrorCode'
  | 'BillingType'
  | 'BillingCycleType'
  | 'CustomerPartnerRelationship'
  | 'ContractType'

export type ModelName =
  | 'Subscription'
  | 'SubscriptionLinks'
  | 'Offer'
  | 'OfferCategory'
  | 'Product'
  | 'Customer'
  | 'CustomerCompanyProfile'
  | 'StandardResourceLinks'
  | 'Upgrade'
  | 'UpgradeError'
  | 'UpgradeResult'
  | 'UserLicenseError'
  | 'ApiFault'
  | 'ResourceCollection'
  | 'SeekBasedResourceCollection'
  | 'StandardResourceCollectionLinks'
  | 'Link'
  | 'KeyValuePair'
  | 'ResourceAttributes'

/** A property's JSON type: a scalar, an ISO 8601 date-time string, a GUID string, an enum, a model, or an array of one. */
export type JsonType =
  | { readonly kind: 'string' | 'integer' | 'boolean' | 'date-time' | 'guid' | 'any' }
  | { readonly kind: 'enum'; readonly enum: EnumName }
  | { readonly kind: 'model'; readonly model: ModelName | 'item' }
  | { readonly kind: 'array'; readonly items: JsonType }

export interface SdkProperty {
  /** The name on the wire (camelCase; the .NET SDK writes it PascalCase and reads either). */
  readonly name: string
  readonly type: JsonType
  /**
   * A .NET value type (int, bool, DateTime, enum): never null in the SDK, so the service always
   * sends it and an SDK that doesn't find it reads a default (0, false, 0001-01-01, the first
   * enum value) instead of failing. The mock must send every one of these.
   */
  readonly valueType: boolean
  /** Where the property is declared: `.NET file` (and `Java file` where the Java SDK has it). */
  readonly dotnet: string
  readonly java?: string
  /** Whether the mock sends it: 'always', 'sometimes' (e.g. parentSubscriptionId, add-ons only), or 'never'. */
  readonly mock: 'always' | 'sometimes' | 'never'
}

export interface SdkModel {
  readonly name: ModelName
  readonly properties: readonly SdkProperty[]
}

const string = { kind: 'string' } as const
const integer = { kind: 'integer' } as const
const boolean = { kind: 'boolean' } as const
const dateTime = { kind: 'date-time' } as const
const guid = { kind: 'guid' } as const
const any = { kind: 'any' } as const
const enumOf = (name: EnumName): JsonType => ({ kind: 'enum', enum: name })
const model = (name: ModelName | 'item'): JsonType => ({ kind: 'model', model: name })
const arrayOf = (items: JsonType): JsonType => ({ kind: 'array', items })

type Row = readonly [
  name: string,
  type: JsonType,
  valueType: boolean,
  mock: SdkProperty['mock'],
  dotnet: string,
  java?: string,
]

function properties(rows: readonly Row[]): SdkProperty[] {
  return rows.map(([name, type, valueType, mock, dotnet, java]) => ({
    name,
    type,
    valueType,
    mock,
    dotnet: DOTNET + dotnet,
    ...(java ? { java: JAVA + java } : {}),
  }))
}

const SUBSCRIPTION = ['Subscriptions/Subscription.cs', 'subscriptions/Subscription.java'] as const
const OFFER = ['Offers/Offer.cs', 'offers/Offer.java'] as const
const RESOURCE_BASE = ['ResourceBase.cs', 'ResourceBase.java'] as const
const WITH_LINKS = ['ResourceBaseWithLinks{TLinks}.cs', 'ResourceBaseWithLinks.java'] as const
const attributes: Row = ['attributes', model('ResourceAttributes'), false, 'always', ...RESOURCE_BASE]

export const SDK_MODELS: readonly SdkModel[] = [
  {
    name: 'Subscription',
    properties: properties([
      ['id', string, false, 'always', ...SUBSCRIPTION],
      ['entitlementId', string, false, 'never', ...SUBSCRIPTION],
      ['offerId', string, false, 'always', ...SUBSCRIPTION],
      ['offerName', string, false, 'always', ...SUBSCRIPTION],
      ['friendlyName', string, false, 'always', ...SUBSCRIPTION],
      ['productType', any, false, 'never', SUBSCRIPTION[0]],
      ['quantity', integer, true, 'always', ...SUBSCRIPTION],
      ['unitType', string, false, 'always', ...SUBSCRIPTION],
      ['parentSubscriptionId', string, false, 'sometimes', ...SUBSCRIPTION],
      ['consumptionType', string, false, 'never', SUBSCRIPTION[0]],
      ['creationDate', dateTime, true, 'always', ...SUBSCRIPTION],
      ['effectiveStartDate', dateTime, true, 'always', ...SUBSCRIPTION],
      ['commitmentEndDate', dateTime, true, 'always', ...SUBSCRIPTION],
      ['commitmentEndDateTime', dateTime, false, 'never', SUBSCRIPTION[0]],
      ['cancellationAllowedUntilDate', dateTime, false, 'never', SUBSCRIPTION[0]],
      ['billingCycleEndDate', dateTime, false, 'never', SUBSCRIPTION[0]],
      ['billingCycleEndDateTime', dateTime, false, 'never', SUBSCRIPTION[0]],
      ['status', enumOf('SubscriptionStatus'), true, 'always', ...SUBSCRIPTION],
      ['autoRenewEnabled', boolean, true, 'always', ...SUBSCRIPTION],
      ['billingType', enumOf('BillingType'), true, 'always', ...SUBSCRIPTION],
      ['billingCycle', enumOf('BillingCycleType'), true, 'always', ...SUBSCRIPTION],
      // Java's getter is getHasPurchasableAddOns ("hasPurchasableAddOns"): it never reads this one.
      ['hasPurchasableAddons', boolean, true, 'always', SUBSCRIPTION[0]],
      ['isTrial', boolean, true, 'always', ...SUBSCRIPTION],
      ['actions', arrayOf(string), false, 'never', ...SUBSCRIPTION],
      ['termDuration', string, false, 'always', ...SUBSCRIPTION],
      ['renewalTermDuration', string, false, 'never', ...SUBSCRIPTION],
      ['refundOptions', arrayOf(any), false, 'never', ...SUBSCRIPTION],
      ['isMicrosoftProduct', boolean, true, 'always', ...SUBSCRIPTION],
      ['partnerId', string, false, 'never', ...SUBSCRIPTION],
      ['suspensionReasons', arrayOf(string), false, 'always', ...SUBSCRIPTION],
      ['contractType', enumOf('ContractType'), true, 'always', 'Contract.cs', SUBSCRIPTION[1]],
      ['orderId', string, false, 'never', 'Contract.cs'],
      ['links', model('SubscriptionLinks'), false, 'always', ...SUBSCRIPTION],
      ['publisherName', string, false, 'never', ...SUBSCRIPTION],
      ['promotionId', string, false, 'never', SUBSCRIPTION[0]],
      ['migratedFromSubscriptionId', string, false, 'never', SUBSCRIPTION[0]],
      ['refundableQuantity', any, false, 'never', SUBSCRIPTION[0]],
      ['scheduledNextTermInstructions', any, false, 'never', SUBSCRIPTION[0]],
      ['nextChargeInstructions', any, false, 'never', SUBSCRIPTION[0]],
      attributes,
    ]),
  },
  {
    name: 'SubscriptionLinks',
    properties: properties([
      ['self', model('Link'), false, 'always', 'StandardResourceLinks.cs', 'StandardResourceLinks.java'],
      [
        'offer',
        model('Link'),
        false,
        'always',
        'Subscriptions/SubscriptionLinks.cs',
        'subscriptions/SubscriptionLinks.java',
      ],
      ['entitlement', model('Link'), false, 'never', 'Subscriptions/SubscriptionLinks.cs'],
      [
        'parentSubscription',
        model('Link'),
        false,
        'sometimes',
        'Subscriptions/SubscriptionLinks.cs',
        'subscriptions/SubscriptionLinks.java',
      ],
      ['product', model('Link'), false, 'never', 'Subscriptions/SubscriptionLinks.cs'],
      ['sku', model('Link'), false, 'never', 'Subscriptions/SubscriptionLinks.cs'],
      ['availability', model('Link'), false, 'never', 'Subscriptions/SubscriptionLinks.cs'],
      ['activationLinks', model('Link'), false, 'never', 'Subscriptions/SubscriptionLinks.cs'],
    ]),
  },
  {
    name: 'Offer',
    properties: properties([
      ['id', string, false, 'always', ...OFFER],
      ['name', string, false, 'always', ...OFFER],
      ['description', string, false, 'always', ...OFFER],
      ['minimumQuantity', integer, true, 'always', ...OFFER],
      ['maximumQuantity', integer, true, 'always', ...OFFER],
      ['rank', integer, true, 'always', ...OFFER],
      ['uri', string, false, 'never', ...OFFER],
      ['locale', string, false, 'always', ...OFFER],
      ['country', string, false, 'always', ...OFFER],
      ['category', model('OfferCategory'), false, 'always', ...OFFER],
      ['prerequisiteOffers', arrayOf(string), false, 'always', ...OFFER],
      ['isAddOn', boolean, true, 'always', ...OFFER],
      ['isAvailableForPurchase', boolean, true, 'always', ...OFFER],
      ['billing', enumOf('BillingType'), true, 'always', ...OFFER],
      ['supportedBillingCycles', arrayOf(enumOf('BillingCycleType')), false, 'always', ...OFFER],
      ['isAutoRenewable', boolean, true, 'always', ...OFFER],
      ['upgradeTargetOffers', arrayOf(string), false, 'always', ...OFFER],
      ['salesGroupId', string, false, 'never', ...OFFER],
      ['limitUnitOfMeasure', string, false, 'always', ...OFFER],
      ['limit', integer, true, 'always', ...OFFER],
      ['hasAddOns', boolean, true, 'always', ...OFFER],
      ['reselleeQualifications', arrayOf(string), false, 'never', ...OFFER],
      ['resellerQualifications', arrayOf(string), false, 'never', ...OFFER],
      ['isTrial', boolean, true, 'always', ...OFFER],
      ['attestationProperties', any, false, 'never', OFFER[0]],
      ['product', model('Product'), false, 'always', ...OFFER],
      ['unitType', string, false, 'always', ...OFFER],
      ['links', model('StandardResourceLinks'), false, 'never', ...WITH_LINKS],
      attributes,
    ]),
  },
  {
    name: 'OfferCategory',
    properties: properties([
      ['id', string, false, 'always', 'Offers/OfferCategory.cs', 'offers/OfferCategory.java'],
      ['name', string, false, 'always', 'Offers/OfferCategory.cs', 'offers/OfferCategory.java'],
      ['rank', integer, true, 'always', 'Offers/OfferCategory.cs', 'offers/OfferCategory.java'],
      ['locale', string, false, 'always', 'Offers/OfferCategory.cs', 'offers/OfferCategory.java'],
      ['country', string, false, 'always', 'Offers/OfferCategory.cs', 'offers/OfferCategory.java'],
      ['attributes', model('ResourceAttributes'), false, 'never', ...RESOURCE_BASE],
    ]),
  },
  {
    name: 'Product',
    properties: properties([
      ['id', string, false, 'always', 'Offers/Product.cs', 'offers/Product.java'],
      ['name', string, false, 'always', 'Offers/Product.cs', 'offers/Product.java'],
      ['unit', string, false, 'always', 'Offers/Product.cs', 'offers/Product.java'],
    ]),
  },
  {
    name: 'Customer',
    properties: properties([
      ['id', string, false, 'always', 'Customers/Customer.cs', 'customers/Customer.java'],
      ['commerceId', string, false, 'never', 'Customers/Customer.cs', 'customers/Customer.java'],
      [
        'companyProfile',
        model('CustomerCompanyProfile'),
        false,
        'always',
        'Customers/Customer.cs',
        'customers/Customer.java',
      ],
      ['billingProfile', any, false, 'always', 'Customers/Customer.cs', 'customers/Customer.java'],
      [
        'relationshipToPartner',
        enumOf('CustomerPartnerRelationship'),
        true,
        'always',
        'Customers/Customer.cs',
        'customers/Customer.java',
      ],
      // bool? in .NET: nullable, so not a value type here.
      ['allowDelegatedAccess', boolean, false, 'always', 'Customers/Customer.cs', 'customers/Customer.java'],
      ['userCredentials', any, false, 'never', 'Customers/Customer.cs', 'customers/Customer.java'],
      ['customDomains', arrayOf(string), false, 'never', 'Customers/Customer.cs', 'customers/Customer.java'],
      ['associatedPartnerId', string, false, 'never', 'Customers/Customer.cs', 'customers/Customer.java'],
      ['links', model('StandardResourceLinks'), false, 'always', ...WITH_LINKS],
      attributes,
    ]),
  },
  {
    name: 'CustomerCompanyProfile',
    properties: properties([
      [
        'tenantId',
        string,
        false,
        'always',
        'Customers/CustomerCompanyProfile.cs',
        'customers/CustomerCompanyProfile.java',
      ],
      [
        'domain',
        string,
        false,
        'always',
        'Customers/CustomerCompanyProfile.cs',
        'customers/CustomerCompanyProfile.java',
      ],
      [
        'companyName',
        string,
        false,
        'always',
        'Customers/CustomerCompanyProfile.cs',
        'customers/CustomerCompanyProfile.java',
      ],
      ['organizationRegistrationNumber', string, false, 'never', 'Customers/CustomerCompanyProfile.cs'],
      ['links', model('StandardResourceLinks'), false, 'never', ...WITH_LINKS],
      attributes,
    ]),
  },
  {
    name: 'StandardResourceLinks',
    properties: properties([
      ['self', model('Link'), false, 'always', 'StandardResourceLinks.cs', 'StandardResourceLinks.java'],
    ]),
  },
  {
    name: 'Upgrade',
    properties: properties([
      ['targetOffer', model('Offer'), false, 'always', 'Subscriptions/Upgrade.cs', 'subscriptions/Upgrade.java'],
      ['upgradeType', enumOf('UpgradeType'), true, 'always', 'Subscriptions/Upgrade.cs', 'subscriptions/Upgrade.java'],
      ['isEligible', boolean, true, 'always', 'Subscriptions/Upgrade.cs', 'subscriptions/Upgrade.java'],
      ['quantity', integer, true, 'always', 'Subscriptions/Upgrade.cs', 'subscriptions/Upgrade.java'],
      [
        'upgradeErrors',
        arrayOf(model('UpgradeError')),
        false,
        'always',
        'Subscriptions/Upgrade.cs',
        'subscriptions/Upgrade.java',
      ],
      attributes,
    ]),
  },
  {
    name: 'UpgradeError',
    properties: properties([
      [
        'code',
        enumOf('UpgradeErrorCode'),
        true,
        'always',
        'Subscriptions/UpgradeError.cs',
        'subscriptions/UpgradeError.java',
      ],
      ['description', string, false, 'always', 'Subscriptions/UpgradeError.cs', 'subscriptions/UpgradeError.java'],
      [
        'additionalDetails',
        string,
        false,
        'always',
        'Subscriptions/UpgradeError.cs',
        'subscriptions/UpgradeError.java',
      ],
    ]),
  },
  {
    name: 'UpgradeResult',
    properties: properties([
      [
        'sourceSubscriptionId',
        string,
        false,
        'always',
        'Subscriptions/UpgradeResult.cs',
        'subscriptions/UpgradeResult.java',
      ],
      [
        'targetSubscriptionId',
        string,
        false,
        'always',
        'Subscriptions/UpgradeResult.cs',
        'subscriptions/UpgradeResult.java',
      ],
      [
        'upgradeType',
        enumOf('UpgradeType'),
        true,
        'always',
        'Subscriptions/UpgradeResult.cs',
        'subscriptions/UpgradeResult.java',
      ],
      [
        'upgradeErrors',
        arrayOf(model('UpgradeError')),
        false,
        'always',
        'Subscriptions/UpgradeResult.cs',
        'subscriptions/UpgradeResult.java',
      ],
      [
        'licenseErrors',
        arrayOf(model('UserLicenseError')),
        false,
        'always',
        'Subscriptions/UpgradeResult.cs',
        'subscriptions/UpgradeResult.java',
      ],
      attributes,
    ]),
  },
  {
    name: 'UserLicenseError',
    properties: properties([
      // Guid in .NET, UUID in Java.
      [
        'userObjectId',
        guid,
        true,
        'always',
        'Subscriptions/UserLicenseError.cs',
        'subscriptions/UserLicenseError.java',
      ],
      ['name', string, false, 'always', 'Subscriptions/UserLicenseError.cs', 'subscriptions/UserLicenseError.java'],
      ['email', string, false, 'always', 'Subscriptions/UserLicenseError.cs', 'subscriptions/UserLicenseError.java'],
      [
        'errors',
        arrayOf(model('ApiFault')),
        false,
        'always',
        'Subscriptions/UserLicenseError.cs',
        'subscriptions/UserLicenseError.java',
      ],
    ]),
  },
  {
    name: 'ApiFault',
    properties: properties([
      // [JsonProperty("code")] string ErrorCode (.NET); @JsonProperty("code") String errorCode (Java).
      ['code', string, false, 'always', 'ApiFault.cs', 'ApiFault.java'],
      ['description', string, false, 'always', 'ApiFault.cs', 'ApiFault.java'],
      ['data', arrayOf(any), false, 'sometimes', 'ApiFault.cs', 'ApiFault.java'],
      ['attributes', model('ResourceAttributes'), false, 'never', ...RESOURCE_BASE],
    ]),
  },
  {
    name: 'ResourceCollection',
    properties: properties([
      ['totalCount', integer, true, 'always', 'ResourceCollection{TResource,TLinks}.cs', 'ResourceCollection.java'],
      [
        'items',
        arrayOf(model('item')),
        false,
        'always',
        'ResourceCollection{TResource,TLinks}.cs',
        'ResourceCollection.java',
      ],
      ['links', model('StandardResourceCollectionLinks'), false, 'always', ...WITH_LINKS],
      attributes,
    ]),
  },
  {
    name: 'SeekBasedResourceCollection',
    properties: properties([
      ['totalCount', integer, true, 'always', 'ResourceCollection{TResource,TLinks}.cs', 'ResourceCollection.java'],
      [
        'items',
        arrayOf(model('item')),
        false,
        'always',
        'ResourceCollection{TResource,TLinks}.cs',
        'ResourceCollection.java',
      ],
      ['links', model('StandardResourceCollectionLinks'), false, 'always', ...WITH_LINKS],
      // Read by JsonConverters/ResourceCollectionConverter.cs as jsonObject["continuationToken"].
      [
        'continuationToken',
        string,
        false,
        'sometimes',
        'SeekBasedResourceCollection{TResource}.cs',
        'SeekBasedResourceCollection.java',
      ],
      attributes,
    ]),
  },
  {
    name: 'StandardResourceCollectionLinks',
    properties: properties([
      ['self', model('Link'), false, 'always', 'StandardResourceLinks.cs', 'StandardResourceLinks.java'],
      [
        'next',
        model('Link'),
        false,
        'sometimes',
        'StandardResourceCollectionLinks.cs',
        'StandardResourceCollectionLinks.java',
      ],
      [
        'previous',
        model('Link'),
        false,
        'never',
        'StandardResourceCollectionLinks.cs',
        'StandardResourceCollectionLinks.java',
      ],
    ]),
  },
  {
    name: 'Link',
    properties: properties([
      ['uri', string, false, 'always', 'Link.cs', 'Link.java'],
      ['method', string, false, 'always', 'Link.cs', 'Link.java'],
      ['headers', arrayOf(model('KeyValuePair')), false, 'always', 'Link.cs', 'Link.java'],
    ]),
  },
  {
    name: 'KeyValuePair',
    properties: properties([
      // System.Collections.Generic.KeyValuePair in .NET (Key, Value); models/utils/KeyValuePair.java.
      ['key', string, false, 'always', 'Link.cs', 'utils/KeyValuePair.java'],
      ['value', string, false, 'always', 'Link.cs', 'utils/KeyValuePair.java'],
    ]),
  },
  {
    name: 'ResourceAttributes',
    properties: properties([
      ['etag', string, false, 'sometimes', 'ResourceAttributes.cs', 'ResourceAttributes.java'],
      ['objectType', string, false, 'always', 'ResourceAttributes.cs', 'ResourceAttributes.java'],
    ]),
  },
]

export interface SdkEnum {
  readonly name: EnumName
  /** The values as the .NET SDK writes them (snake_case strings, or numbers without a converter). */
  readonly dotnet: readonly (string | number)[]
  readonly dotnetFile: string
  /** The values of the Java SDK's enum (its `@JsonValue`), where it has one. */
  readonly java?: readonly string[]
  readonly javaFile?: string
}

export const SDK_ENUMS: readonly SdkEnum[] = [
  {
    name: 'SubscriptionStatus',
    dotnet: ['none', 'active', 'suspended', 'deleted', 'expired', 'pending', 'disabled'],
    dotnetFile: `${DOTNET}Subscriptions/SubscriptionStatus.cs`,
    // The Java SDK knows only four: it fails on "pending", "expired" and "disabled".
    java: ['none', 'active', 'suspended', 'deleted'],
    javaFile: `${JAVA}subscriptions/SubscriptionStatus.java`,
  },
  {
    name: 'UpgradeType',
    dotnet: ['none', 'upgrade_only', 'upgrade_with_license_transfer'],
    dotnetFile: `${DOTNET}Subscriptions/UpgradeType.cs`,
    java: ['none', 'upgrade_only', 'upgrade_with_license_transfer'],
    javaFile: `${JAVA}subscriptions/UpgradeType.java`,
  },
  {
    // No EnumJsonConverter in .NET: numbers. Java names them ("SubscriptionStatusNotActive") and,
    // like any Jackson enum, also reads a number as the ordinal, which here equals the code.
    name: 'UpgradeErrorCode',
    dotnet: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
    dotnetFile: `${DOTNET}Subscriptions/UpgradeErrorCode.cs`,
    java: [
      'Other',
      'DelegatedAdminPermissionsDisabled',
      'SubscriptionStatusNotActive',
      'ConflictingServiceTypes',
      'ConcurrencyConflicts',
      'UserContextRequired',
      'SubscriptionAddOnsPresent',
      'SubscriptionDoesNotHaveAnyUpgradePaths',
      'SubscriptionTargetOfferNotFound',
      'SubscriptionNotProvisioned',
    ],
    javaFile: `${JAVA}subscriptions/UpgradeErrorCode.java`,
  },
  {
    name: 'BillingType',
    dotnet: ['none', 'usage', 'license'],
    dotnetFile: `${DOTNET}Invoices/BillingType.cs`,
    java: ['none', 'usage', 'license'],
    javaFile: `${JAVA}invoices/BillingType.java`,
  },
  {
    name: 'BillingCycleType',
    dotnet: ['unknown', 'monthly', 'annual', 'none', 'one_time', 'triennial', 'biennial'],
    dotnetFile: `${DOTNET}Offers/BillingCycleType.cs`,
    java: ['unknown', 'monthly', 'annual', 'none', 'one_time'],
    javaFile: `${JAVA}offers/BillingCycleType.java`,
  },
  {
    name: 'CustomerPartnerRelationship',
    dotnet: ['unknown', 'reseller', 'advisor', 'syndication', 'microsoft_support', 'none'],
    dotnetFile: `${DOTNET}Customers/CustomerPartnerRelationship.cs`,
    java: ['unknown', 'none', 'reseller', 'advisor', 'syndication', 'microsoftSupport'],
    javaFile: `${JAVA}customers/CustomerPartnerRelationship.java`,
  },
  {
    name: 'ContractType',
    dotnet: ['subscription', 'product_key', 'redemption_code'],
    dotnetFile: `${DOTNET}ContractType.cs`,
    javaFile: `${JAVA}ContractType.java`,
  },
]

/**
 * Properties the mock sends that neither SDK models, each with why it is kept. An SDK ignores
 * them (Newtonsoft by default, Java with FAIL_ON_UNKNOWN_PROPERTIES off).
 */
export const MOCK_EXTRAS: Readonly<Partial<Record<ModelName, Readonly<Record<string, string>>>>> = {
  ApiFault: {
    source: 'Partner Center error bodies name the component that answered ("source"); the SDKs ignore it.',
  },
  Offer: {
    demoListPrice:
      'The mock’s demo list price in the market (mocks/prices.ts), for the cost preview; Partner Center’s offers carry no price, and the SDKs ignore it.',
  },
}

export function sdkModel(name: ModelName): SdkModel {
  const found = SDK_MODELS.find((m) => m.name === name)
  if (!found) throw new Error(`No SDK model ${name}`)
  return found
}

export function sdkEnum(name: EnumName): SdkEnum {
  const found = SDK_ENUMS.find((e) => e.name === name)
  if (!found) throw new Error(`No SDK enum ${name}`)
  return found
}
