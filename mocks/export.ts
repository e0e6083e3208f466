import type { DbState } from './db'
import type { ActiveScenario } from './persistence'
import { SCENARIO_FORMAT, type Scenario, type ScenarioCustomer, type ScenarioSubscription } from './scenario'

/**
 * The current data as a scenario: what a scenario file holds, taken from the database's state
 * (after the demo's upgrades and quantity changes). Loading it gives the same data again.
 */
export function exportedScenario(active: ActiveScenario, state: DbState): Scenario {
  const { scenario } = active
  const subscriptions = groupBy(state.subscriptions, (s) => s.customerId)
  const others = groupBy(state.otherChannelSubscriptions, (o) => o.customerId)
  const users = groupBy(state.users, (u) => u.customerId)
  const countries = new Map(scenario.customers.map((c) => [c.id.toLowerCase(), c.country]))
  const customers = state.customers.map(
    (c): ScenarioCustomer => ({
      id: c.id,
      companyProfile: { tenantId: c.tenantId, domain: c.domain, companyName: c.companyName },
      ...optionalCountry(countries.get(c.id.toLowerCase())),
      relationshipToPartner: c.relationshipToPartner,
      allowDelegatedAccess: c.allowDelegatedAccess,
      subscriptions: (subscriptions.get(c.id.toLowerCase()) ?? []).map(
        (s): ScenarioSubscription => ({
          id: s.id,
          offerId: s.offerId,
          friendlyName: s.friendlyName,
          quantity: s.quantity,
          status: s.status,
          billingCycle: s.billingCycle,
          termDuration: s.termDuration,
          creationDate: s.creationDate,
          effectiveStartDate: s.effectiveStartDate,
          commitmentEndDate: s.commitmentEndDate,
          autoRenewEnabled: s.autoRenewEnabled,
          ...(s.parentSubscriptionId === null ? {} : { parentSubscriptionId: s.parentSubscriptionId }),
          ...(s.suspensionReasons.length === 0 ? {} : { suspensionReasons: [...s.suspensionReasons] }),
        }),
      ),
      otherChannelSubscriptions: (others.get(c.id.toLowerCase()) ?? []).map((o) => ({
        offerId: o.offerId,
        quantity: o.quantity,
        channel: o.channel,
      })),
      users: (users.get(c.id.toLowerCase()) ?? []).map((u) => ({
        id: u.id,
        displayName: u.displayName,
        userPrincipalName: u.email,
        licenses: [...u.licenses],
        selfServiceLicenses: [...u.selfServiceLicenses],
      })),
    }),
  )
  const builtIn = active.kind === 'built-in'
  return {
    format: SCENARIO_FORMAT,
    name: builtIn ? `${scenario.name}-export` : scenario.name,
    title: builtIn ? `${scenario.title} (exported)` : scenario.title,
    description: scenario.description,
    exportedFrom: scenario.exportedFrom ?? scenario.name,
    signedInUser: { ...scenario.signedInUser },
    customers,
  }
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const k = key(item).toLowerCase()
    const group = groups.get(k)
    if (group) group.push(item)
    else groups.set(k, [item])
  }
  return groups
}

function optionalCountry(country: string | undefined): { country?: string } {
  return country === undefined ? {} : { country }
}
