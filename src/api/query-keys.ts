/** Query keys, built here only, so that a mutation invalidates exactly what it changes. */
export const queryKeys = {
  all: ['partner-center'] as const,
  customers: () => [...queryKeys.all, 'customers'] as const,
  customer: (customerId: string) => [...queryKeys.customers(), customerId] as const,
  subscriptions: (customerId: string) => [...queryKeys.customer(customerId), 'subscriptions'] as const,
  subscribedSkus: (customerId: string) => [...queryKeys.customer(customerId), 'subscribedskus'] as const,
  upgrades: (customerId: string, subscriptionId: string) =>
    [...queryKeys.subscriptions(customerId), subscriptionId, 'upgrades'] as const,
  marketPrices: (country: string) => [...queryKeys.all, 'offers', country] as const,
  /** Every audit query: writes invalidate them all. */
  auditRecords: () => [...queryKeys.all, 'auditrecords'] as const,
  auditRecordsOf: (query: { readonly startDate: string; readonly endDate: string; readonly customerId?: string }) =>
    [...queryKeys.auditRecords(), query.startDate, query.endDate, query.customerId ?? ''] as const,
  /** Every customer's upgrade opportunities, as the signed-in role's scan last found them. */
  allOpportunities: () => [...queryKeys.all, 'opportunities'] as const,
  opportunities: (role: string) => [...queryKeys.allOpportunities(), role] as const,
}
