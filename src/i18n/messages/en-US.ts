/**
 * en-US: the reference catalog. ICU MessageFormat (plurals, selects). Offer and service names are
 * Microsoft's product names and never appear here. Typographic apostrophes (’) avoid ICU's quoting.
 *
 * In three parts, as it loads: this file holds what the first screen shows (the layout, the
 * customer list, errors) and is bundled with it; en-US.pages.ts holds the rest (customer page,
 * dialogs, help, demo panel) and loads with those pages (withPageMessages in catalogs.ts);
 * en-US.auth.ts holds the live sign-in's words and loads with the live session's code. A message
 * the first screen shows belongs here: i18n.t() throws for one of another part until that part
 * has loaded. The other locales load on demand, each whole, with the keys of all three.
 */
import type { enUSAuth } from './en-US.auth'
import type { enUSPages } from './en-US.pages'

export const enUS = {
  'app.name': 'Upgrade Console',
  'app.demoBadge': 'Demo data · mocked Partner Center',
  'app.loadingPage': 'Loading…',
  'nav.skip': 'Skip to main content',
  'nav.main': 'Main',
  'nav.customers': 'Customers',
  'nav.activity': 'Activity',
  'nav.opportunities': 'Opportunities',
  'nav.help': 'Help',
  'nav.breadcrumb': 'Breadcrumb',
  'notFound.title': 'Page not found',
  'notFound.back': 'Go to the customer list',

  'action.cancel': 'Cancel',
  'action.close': 'Close',
  'action.done': 'Done',
  'action.retry': 'Try again',
  'action.dismiss': 'Dismiss',
  'boot.failed':
    'Upgrade Console could not start: {message}. Reload the page; if it keeps happening, check that this browser allows service workers on this address.',
  'boot.failed.live':
    'Upgrade Console could not start: {message}. Reload the page; if it keeps happening, check that this computer can reach this site and Microsoft sign-in.',
  'demo.unknownScenario':
    'There is no built-in scenario called “{name}”, so the demo shows the scenario it had before.',
  // The demo panel's button: shown, disabled, while the mock API starts (first screen).
  'demo.open': 'Demo controls',
  'demo.stateDiscarded':
    'The saved demo data couldn’t be used (it was damaged or from another version), so the demo started again from its scenario.',
  'demo.storageFull':
    'The browser’s storage is full: the demo’s changes from now on will not survive a reload, and other tabs will not see them. Reset the demo or load a smaller scenario.',

  'locale.label': 'Language',
  'theme.label': 'Theme',
  'theme.system': 'Match the system',
  'theme.light': 'Light',
  'theme.dark': 'Dark',
  'session.role.label': 'Signed in as',
  'session.signedInAs': 'Signed in as {role}',
  // Also the pages' (a read-only role); the live sign-in's own words are in en-US.auth.ts.
  'auth.account.noRole': 'no partner role',

  'role.global_admin': 'Global admin',
  'role.user_management_admin': 'User management admin',
  'role.admin_agent': 'Admin agent',
  'role.sales_agent': 'Sales agent',
  'role.helpdesk_agent': 'Helpdesk agent',
  'role.billing_admin': 'Billing admin',
  'role.account_admin': 'Account admin',
  'role.referrals_admin': 'Referrals admin',
  'role.mpn_partner_admin': 'MPN partner admin',
  'role.executive_report_viewer': 'Executive report viewer',

  relationship:
    '{value, select, reseller {Reseller} advisor {Advisor} microsoft_cloud_agreement {Microsoft Cloud Agreement} none {No relationship} other {{value}}}',

  'customers.title': 'Customers',
  'customers.lead': 'Select a customer to see its subscriptions and upgrade them.',
  'customers.search.label': 'Search by company name',
  'customers.search.placeholder': 'e.g. Contoso',
  'customers.loading': 'Loading customers…',
  'customers.count':
    '{shown, plural, =0 {No customers shown} one {# customer shown} other {# customers shown}} of {total, number}',
  'customers.countLoading':
    '{shown, plural, =0 {No customers shown} one {# customer shown} other {# customers shown}} of {loaded, number} loaded so far; loading more…',
  'customers.empty': 'You have no customers yet.',
  'customers.noMatch': 'No company name contains “{search}”. Check the spelling or search for part of the name.',
  'customers.caption': 'Customers',
  'customers.col.company': 'Company',
  'customers.col.domain': 'Domain',
  'customers.col.relationship': 'Relationship',
  'customers.col.delegatedAdmin': 'Delegated admin',
  'customers.delegatedAdmin.on': 'Granted',
  'customers.delegatedAdmin.off': 'Not granted',

  'error.page.title': 'Something went wrong on this page',
  'error.unexpected.title': 'Something went wrong',
  'error.unexpected.action': 'Try again. If it keeps happening, reload the page.',
  'error.status': 'What happened',
  'error.code': 'code {code}',
  'error.correlationId': 'Correlation ID (for support)',
  'error.kind.network': 'No connection',
  'error.kind.timeout': 'Timed out',
  'error.kind.malformed': 'Unreadable answer',
  'error.kind.http': 'Error answer',
  'error.network.title': 'Can’t reach Partner Center',
  'error.network.action': 'Check your network connection, then try again.',
  'error.kind.signin': 'Sign-in unavailable',
  'error.signin.title': 'Can’t reach Microsoft sign-in',
  'error.signin.action':
    'Nothing was sent. Check your network connection, then try again; if it keeps happening, Microsoft Entra ID may be unavailable.',
  'error.timeout.title': 'Partner Center didn’t answer within {seconds, number} seconds',
  'error.timeout.action':
    'Try again. If you were submitting a change, Try again re-sends the very same request, so it can’t be done twice: if it already went through, you’ll see its result.',
  'error.malformed.title': 'Partner Center sent an answer this app can’t read',
  'error.malformed.action': 'Try again. If it keeps happening, contact support with the correlation ID.',
  'error.400.title': 'Partner Center refused the request',
  'error.400.action': 'Check the reason above, change your choice, then try again.',
  'error.401.title': 'Your sign-in has expired',
  'error.401.action': 'Sign in again, then retry.',
  'error.403.title': 'You don’t have permission to do this',
  'error.403.action':
    'Your partner role or your relationship with this customer doesn’t allow it. Ask a Global admin or Admin agent.',
  'error.404.title': 'Not found',
  'error.404.action': 'It may have been deleted or moved. Go back to the customer list and reload.',
  'error.conflict.title': 'This subscription changed meanwhile',
  'error.conflict.action': 'Nothing was changed. The latest data is loaded: check it, then try again.',
  'error.429.title': 'Partner Center is busy',
  'error.429.action': 'Too many requests: wait {seconds, number} seconds, then try again.',
  'error.5xx.title': 'Partner Center had a problem',
  'error.5xx.action': 'Nothing was lost. Try again in a moment.',
  'error.other.title': 'Partner Center returned an error',
  'error.other.action': 'Try again. If it keeps happening, contact support with the correlation ID.',

  // issue 13 (polish): the no-relationship page, license and upgrade errors, scenario file limits
  'customers.noRelationship': 'No relationship with you, so it can’t be managed here',
} as const satisfies Record<string, string>

export type MessageKey = keyof typeof enUS | keyof typeof enUSPages | keyof typeof enUSAuth
