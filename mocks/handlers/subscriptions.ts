import type { Database, DbCustomer } from '../db'
import type { Route } from '../middleware'
import { collection, link, wireSubscription } from '../wire'
import { type Lookups, subscriptionReply } from './shared'

/** The body of a customer's subscription list (also what mocks/first-answers.ts prebuilds). */
export function subscriptionListBody(db: Database, customer: DbCustomer) {
  const subs = db.subscriptionsOf(customer.id)
  return collection(subs.map(wireSubscription), link(`/customers/${customer.id}/subscriptions`))
}

/** Subscriptions: a customer's list, and one subscription (with its ETag). */
export function subscriptionRoutes(db: Database, { requireCustomer, requireSubscription }: Lookups) {
  const listSubscriptions: Route = ({ params }) => ({
    status: 200,
    body: subscriptionListBody(db, requireCustomer(params.customerId ?? '')),
  })

  const getSubscription: Route = ({ params }) =>
    subscriptionReply(requireSubscription(params.customerId ?? '', params.subscriptionId ?? ''))

  return { listSubscriptions, getSubscription }
}
