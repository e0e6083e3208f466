import type { HttpHandler } from 'msw/http'
import { auditRecordsRoute } from '../audit-handler'
import { createDatabase, type Database } from '../db'
import { MOCK_ERROR_CODES as CODES, errorReply } from '../errors'
import { mockSettings } from '../faults'
import {
  createMiddleware,
  type DatabaseLoading,
  type EarlyAnswer,
  type MiddlewareOptions,
  type Route,
  type WriteOptions,
} from '../middleware'
import { offerRoute, offersRoute } from '../offers-handler'
import { defaultScenario } from '../scenarios/default-scenario'
import { customerRoutes } from './customers'
import { licenseRoutes } from './licenses'
import { lookups } from './shared'
import { subscriptionRoutes } from './subscriptions'
import { upgradeRoutes } from './upgrades'

export {
  clearFault,
  createMockSettings,
  FAULT_KINDS,
  FAULT_SCOPES,
  type FaultKind,
  type FaultScope,
  isFaultKind,
  type MockFault,
  type MockSettings,
  mockSettings,
  setFault,
  THROTTLED_RETRY_AFTER_SECONDS,
} from '../faults'
export { HEADER } from '../middleware'
/**
 * The mocked Partner Center REST v1 API (DOMAIN.md), as MSW handlers over a mock database: one
 * module per resource (customers, subscriptions, licenses, upgrades) behind the middleware of
 * mocks/middleware.ts, and the fault model of mocks/faults.ts. Paths match any origin
 * ('*\/v1/...'), so the client may use a relative or an absolute base URL.
 */
export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './customers'
export { parseUpgradeType } from './upgrades'

export type HandlerOptions = MiddlewareOptions

type Method = 'GET' | 'POST' | 'PATCH'

/** A path of the API and what each of its methods does. */
interface Resource {
  readonly path: string
  readonly methods: Partial<
    Record<Method, { readonly route: Route; readonly write?: WriteOptions; readonly early?: EarlyAnswer }>
  >
}

const CUSTOMERS = '/v1/customers'
const CUSTOMER = `${CUSTOMERS}/:customerId`
const SUBSCRIPTION = `${CUSTOMER}/subscriptions/:subscriptionId`

function resources(db: Database): Resource[] {
  const lookup = lookups(db)
  const customers = customerRoutes(db, lookup)
  const subscriptions = subscriptionRoutes(db, lookup)
  const licenses = licenseRoutes(db, lookup)
  const upgrades = upgradeRoutes(db, lookup)
  return [
    { path: CUSTOMERS, methods: { GET: { route: customers.listCustomers } } },
    { path: CUSTOMER, methods: { GET: { route: customers.getCustomer, early: 'customer' } } },
    {
      path: `${CUSTOMER}/subscriptions`,
      methods: { GET: { route: subscriptions.listSubscriptions, early: 'subscriptions' } },
    },
    { path: `${CUSTOMER}/subscribedskus`, methods: { GET: { route: licenses.listSubscribedSkus } } },
    {
      path: SUBSCRIPTION,
      methods: {
        GET: { route: subscriptions.getSubscription },
        PATCH: { route: licenses.patchSubscription, write: { action: 'change their license count' } },
      },
    },
    {
      path: `${SUBSCRIPTION}/upgrades`,
      methods: {
        GET: { route: upgrades.listUpgrades },
        POST: { route: upgrades.postUpgrade, write: { action: 'upgrade them' } },
      },
    },
    // The activity log (mocks/audit-handler.ts) and the offers with their demo prices (mocks/prices.ts).
    { path: '/v1/auditrecords', methods: { GET: { route: auditRecordsRoute(db) } } },
    { path: '/v1/offers', methods: { GET: { route: offersRoute } } },
    { path: '/v1/offers/:offerId', methods: { GET: { route: offerRoute } } },
  ]
}

/** A path of the table as a pattern: `:name` is one segment, a trailing slash is allowed, any case. */
function pathPattern(path: string): RegExp {
  return new RegExp(`^${path.replace(/:[^/]+/g, '[^/]+')}/?$`, 'i')
}

/** The paths of resources() and their methods, as patterns (built on first use: mocks/http-exchange.ts's 405s). */
let apiPaths: readonly { readonly pattern: RegExp; readonly allow: readonly Method[] }[] | undefined

/** The methods a path of the API allows; undefined when it is no path of the API. */
export function allowedMethods(pathname: string): readonly Method[] | undefined {
  apiPaths ??= resources(db).map(({ path, methods }) => ({
    pattern: pathPattern(path),
    allow: Object.keys(methods) as Method[],
  }))
  return apiPaths.find((p) => p.pattern.test(pathname))?.allow
}

const notFound: Route = ({ request, url }) =>
  errorReply(404, CODES.routeNotFound, `Not found: ${request.method} ${url.pathname} is not part of this API.`)

function methodNotAllowed(allow: readonly string[]): Route {
  return ({ request, url }) =>
    errorReply(
      405,
      CODES.methodNotAllowed,
      `${request.method} is not allowed on ${url.pathname}; it allows ${allow.join(', ')}.`,
      [],
      { Allow: allow.join(', ') },
    )
}

export function createHandlers(db: Database, options: HandlerOptions = {}): HttpHandler[] {
  const handle = createMiddleware(db, options)
  const all = resources(db)
  const routes = all.flatMap(({ path, methods }) =>
    Object.entries(methods).map(([method, def]) =>
      handle(method.toLowerCase() as 'get' | 'post' | 'patch', `*${path}`, def.route, def.write, def.early),
    ),
  )
  const wrongMethods = all.map(({ path, methods }) => handle('all', `*${path}`, methodNotAllowed(Object.keys(methods))))
  return [
    ...routes,
    ...wrongMethods,
    handle('all', `*${CUSTOMERS}`, notFound),
    handle('all', `*${CUSTOMERS}/*`, notFound),
    handle('all', '*/v1/offers/*', notFound),
  ]
}

/** The mock database of the default scenario, shared by the browser worker and the Node server. */
export const db: Database = createDatabase(defaultScenario)

/** The load of `db` under way in the page (mocks/browser.ts sets it while the demo starts). */
export const databaseLoading: { current: DatabaseLoading | undefined } = { current: undefined }

/** The one handler list over `db`, used by mocks/browser.ts and mocks/node.ts. */
export const handlers: HttpHandler[] = createHandlers(db, {
  settings: mockSettings,
  loading: () => databaseLoading.current,
})
