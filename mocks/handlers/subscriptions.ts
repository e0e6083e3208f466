import type { Database } from '../db'
import type { Route } from '../middleware'
import { collection, link, wireSubscription } from '../wire'
import { type Lookups, subscriptionReply } from './shared'

/** Subscriptions: a customer's list, and one subscription (with its ETag). */
export function subscriptionRoutes(db: Database, { requireCustomer, requireSubscription }: Lookups) {
  const listSubscriptions: Route = ({ params }) => {
    const customer = requireCustomer(params.customerId ?? '')
    const subs = db.subscriptionsOf(customer.id)
    return {
      status: 200,
      body: collection(subs.map(wireSubscription), link(`/customers/${customer.id}/subscriptions`)),
    }
  }

  const getSubscription: Route = ({ params }) =>
    subscriptionReply(requireSubscription(params.customerId ?? '', params.subscriptionId ?? ''))

  return { listSubscriptions, getSubscription }
}
