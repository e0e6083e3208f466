/**
 * en-US, the second part of the reference catalog (see en-US.ts): the messages of the pages behind
 * the first screen, which load with the first of those pages.
 */
export const enUSPages = {
  'demo.title': 'Demo controls',
  'demo.description':
    'For demos only. These controls change the mocked Partner Center in this browser; a real Partner Center is never touched.',
  'demo.scenario.title': 'Scenario',
  'demo.scenario.label': 'Built-in scenario',
  'demo.scenario.load': 'Load scenario',
  'demo.scenario.loaded': 'Loaded “{title}” from its start.',
  'demo.scenario.file': 'Load a scenario file…',
  'demo.scenario.drop': 'or drop a .json file here',
  'demo.scenario.fileLoaded': 'Loaded the scenario file {file}.',
  'demo.scenario.invalid':
    '{count, plural, one {The file has # problem, so nothing was loaded:} other {The file has # problems, so nothing was loaded:}}',
  'demo.export': 'Export current data',
  'demo.export.done': 'The current data was downloaded as a scenario file.',
  'demo.reset': 'Reset to the scenario’s start',
  'demo.reset.done': 'Reset “{title}” to its start.',
  'demo.role.title': 'Signed-in user',
  'demo.latency.title': 'Network latency',
  'demo.latency.option': '{latency, select, none {None} realistic {Realistic} slow {Slow (2 s)} other {{latency}}}',
  'demo.fault.title': 'Fault injection',
  'demo.fault.label': 'Make requests fail with',
  'demo.fault.off': 'No fault',
  'demo.fault.kind':
    '{kind, select, server_error {500 server error} throttled {429 too many requests (Retry-After)} timeout {Timeout (no answer)} network {Network error} conflict {409 conflict} precondition_failed {412 changed meanwhile} other {{kind}}}',
  'demo.fault.scope': 'Apply to',
  'demo.fault.scopeOption': '{scope, select, next {The next request only} all {Every request} other {{scope}}}',
  'demo.fault.status':
    '{scope, select, next {The next request will fail} other {Every request fails}}: {kind, select, server_error {500 server error} throttled {429 too many requests} timeout {timeout} network {network error} conflict {409 conflict} precondition_failed {412 changed meanwhile} other {{kind}}}.',
  'demo.fault.none': 'Requests are answered normally.',

  'customer.loadingName': 'Customer',
  'customer.domain': 'Domain',
  'customer.relationship': 'Relationship',
  'customer.delegatedAdmin': 'Delegated admin privileges',
  'customer.readOnly':
    'You’re signed in as {role}: you can view subscriptions, but only a Global admin, User management admin, Admin agent, Sales agent or Helpdesk agent can upgrade them or add licenses.',
  'customer.noDelegatedAdmin':
    'You don’t have delegated admin privileges for this customer, so its subscriptions can’t be upgraded. Ask the customer to accept a delegated admin relationship request.',

  'subscriptions.title': 'Subscriptions',
  'subscriptions.loading': 'Loading subscriptions…',
  'subscriptions.loadingMore':
    'Loading subscriptions: {loaded, number} of {total, number} so far. Upgrade options appear when all have arrived.',
  'subscriptions.empty': '{name} has no subscriptions from you yet.',
  'subscriptions.lead':
    'A subscription that can be upgraded shows an information icon after its name: hover it and select Upgrade now, or focus it and press Enter.',
  'subscriptions.leadReadOnly': 'Subscriptions are shown read-only for your role.',
  'subscriptions.caption': 'Subscriptions of this customer',
  'subscriptions.col.name': 'Subscription',
  'subscriptions.col.offer': 'Offer',
  'subscriptions.col.quantity': 'Licenses',
  'subscriptions.col.status': 'Status',
  'subscriptions.col.billing': 'Billing',
  'subscriptions.col.termEnd': 'Term ends',
  'subscriptions.col.actions': 'Actions',
  'subscriptions.addOnOf': 'Add-on of {parent}',
  'subscriptions.toolbar.label': 'Search and filter subscriptions',
  'subscriptions.search.label': 'Search subscriptions',
  'subscriptions.filter.status': 'Status',
  'subscriptions.filter.allStatuses': 'All statuses',
  'subscriptions.filter.offer': 'Offer',
  'subscriptions.filter.allOffers': 'All offers',
  'subscriptions.filter.eligible': 'Only upgradable',
  'subscriptions.filter.clear': 'Clear filters',
  'subscriptions.count':
    '{total, plural, one {{shown, number} of # subscription shown} other {{shown, number} of # subscriptions shown}}',
  'subscriptions.noMatch': 'No subscription matches these filters.',
  'subscriptions.suspensionReason':
    '{reason, select, Upgraded {Upgraded} CustomerCancellation {Cancelled by the customer} PartnerInitiated {Suspended by you} PaymentDelinquency {Payment overdue} PaymentIssue {Payment problem} Fraud {Suspected fraud} Expired {Term ended} Converted {Converted to another offer} Transferred {Transferred to another partner} other {Another reason ({reason})}}',

  'review.newer': 'This subscription changed since you opened this dialog (another agent or tab changed it).',
  'review.whatChanged': 'What changed:',
  'review.change.quantity': 'Licenses: {before, number} → {after, number}',
  'review.change.status': 'Status: {before} → {after}',
  'review.change.other': 'Other details changed; the license count and status are the same.',
  'review.showLatest': 'Show the latest data',

  'status.none': 'No status',
  'status.active': 'Active',
  'status.pending': 'Pending',
  'status.suspended': 'Suspended',
  'status.deleted': 'Cancelled',
  'status.expired': 'Expired',
  'status.disabled': 'Disabled',
  'status.unknown': 'Unknown',
  'billing.cycle': '{cycle, select, monthly {Monthly} annual {Annual} other {—}}',
  'billing.term': '{term, select, P1M {1-month term} P1Y {1-year term} P3Y {3-year term} other {}}',

  'upgrade.info.label': 'Upgrade {name}',
  'upgrade.info.tooltip': '{count, plural, one {# upgrade available.} other {# upgrades available.}}',
  'upgrade.info.tooltipLabel':
    '{count, plural, one {# upgrade available.} other {# upgrades available.}} Press Enter to choose a new offer.',
  'upgrade.now': 'Upgrade now',

  'blocked.trigger': 'Why no upgrade?',
  'blocked.trigger.label': 'Why no upgrade? {name}',
  'blocked.title': 'Why {name} can’t be upgraded',
  'blocked.perTarget': 'For each offer it could move to:',
  'blocked.service.intro': 'This offer isn’t in the console’s catalog, so this is Partner Center’s own answer:',
  'blocked.service.none': 'Partner Center lists no upgrade for this subscription.',
  'blocked.service.loading': 'Asking Partner Center…',

  'problem.theTarget': 'the target offer',
  'problem.delegatedAdmin':
    'You don’t have delegated admin privileges for this customer. Ask the customer to accept a delegated admin relationship request.',
  'problem.notActive':
    'The subscription’s status is {status}. Only an active subscription can be upgraded (not a suspended or cancelled one).',
  'problem.notProvisioned': 'The subscription is still being set up (pending). Try again once it’s active.',
  'problem.holder':
    '{channel, select, partner {{offer} from you} other {{offer} bought through another partner or channel}}',
  'problem.conflictingServices':
    'The customer already has {holders}, which includes {services}, services that {target} would add. The customer must cancel that first.',
  'problem.alreadyHasTarget':
    '{channel, select, other {The customer already has {target} through another partner or channel. It can’t buy it from you until it cancels that subscription.} partner {The customer already has {target} from you: add licenses to that subscription instead.}}',
  'problem.addOns': 'The subscription has add-ons ({addOns}). Remove the add-ons before you upgrade.',
  'problem.noPaths': 'This offer has no upgrade path in the CSP program.',
  'problem.targetNotFound': '{target} isn’t one of this subscription’s upgrade paths.',

  'condition.subscription_status_not_active': 'The subscription is active (not suspended or cancelled).',
  'condition.subscription_not_provisioned': 'The subscription is provisioned (not pending).',
  'condition.delegated_admin_permissions_disabled':
    'You have delegated admin privileges for this customer and service.',
  'condition.conflicting_service_types':
    'The customer has no other subscription that already includes the services the new offer adds, from you or from another partner or channel.',
  'condition.concurrency_conflicts':
    'The customer doesn’t already have the new offer, from you or from another partner or channel (multichannel).',
  'condition.subscription_add_ons_present': 'The subscription has no add-ons.',
  'condition.subscription_does_not_have_any_upgrade_paths': 'The subscription’s offer has upgrade paths.',
  'condition.subscription_target_offer_not_found': 'The new offer is one of those paths.',

  'upgrade.dialog.title': 'Upgrade {name}',
  'upgrade.dialog.description':
    '{offer} · {quantity, plural, one {# license} other {# licenses}}. Choose the new offer, then select Submit.',
  'upgrade.loading': 'Checking which upgrades are possible…',
  'upgrade.noTargets': 'Partner Center offers no upgrade for this subscription.',
  'upgrade.offer.legend': 'New offer',
  'upgrade.offer.adds': 'Adds {services}.',
  'offer.description':
    '{offer, select, appsForBusiness {Desktop and web Office apps with 1 TB of cloud storage, no business email.} businessBasic {Business email, Teams, SharePoint, OneDrive and Office for the web.} businessStandard {Everything in Business Basic plus the desktop Office apps and Bookings.} businessPremium {Everything in Business Standard plus device management and advanced security.} appsForEnterprise {Desktop and web Office apps for organizations of any size.} e1 {Email, Teams, SharePoint and Office for the web, for organizations of any size.} e3 {Everything in E1 plus the desktop Office apps and email archiving.} e5 {Everything in E3 plus advanced security, voice and analytics.} appsForBusinessIndia {Microsoft 365 Apps for business, sold in India.} businessBasicIndia {Microsoft 365 Business Basic, sold in India.} businessStandardIndia {Microsoft 365 Business Standard, sold in India.} audioConferencing {Dial-in numbers for Teams meetings (add-on).} exchangeArchivingAddOn {Archiving and legal hold for Exchange Online mailboxes (add-on).} exchangePlan1 {Business email only.} other {}}',
  'upgrade.offer.unavailable': 'Not available:',
  'upgrade.offer.required': 'Choose the offer to upgrade to.',
  'upgrade.reason.code': 'Partner Center refused it (code {code}).',
  'upgrade.reason.unknown': 'Partner Center didn’t say why.',
  'upgrade.quantity.label': 'Licenses to upgrade',
  'upgrade.quantity.hint':
    'Up to {max, number} of {total, number}. Upgrading fewer is a partial upgrade: the current subscription keeps the rest.',
  'upgrade.quantity.whole': 'Enter a whole number of licenses.',
  'upgrade.quantity.range': 'Enter a number from {min, number} to {max, number}.',
  'upgrade.transfer.label': 'Move users’ licenses to the new subscription',
  'upgrade.transfer.hint':
    'Recommended. Without it, users keep nothing from the upgrade until you assign them licenses yourself.',
  'upgrade.summary.title': 'What will happen',
  'upgrade.summary.choose': 'Choose an offer to see what the upgrade does.',
  'upgrade.summary.newSubscription':
    'A new {target} subscription is created with {quantity, plural, one {# license} other {# licenses}}.',
  'upgrade.summary.sourceSuspended': '{source} is suspended: all its licenses move to the new subscription.',
  'upgrade.summary.sourceReduced':
    '{source} keeps {remaining, plural, one {# license} other {# licenses}} (a partial upgrade).',
  'upgrade.summary.transfer':
    'Users’ licenses move to {target}. Users whose license can’t move are listed after you submit.',
  'upgrade.summary.noTransfer': 'No user licenses move: assign {target} to users yourself afterwards.',
  'upgrade.summary.billing':
    'Billing: the upgraded licenses of {source} end with a prorated credit, and the new subscription starts billing today.',
  'upgrade.summary.irreversible': 'An upgrade can’t be undone.',
  'upgrade.submit': 'Submit',
  'upgrade.submitting': 'Submitting…',

  'upgrade.result.dialogTitle': '{name} upgraded',
  'upgrade.result.title': 'Upgrade complete',
  'upgrade.result.created': 'New subscription: {target}, {quantity, plural, one {# license} other {# licenses}}.',
  'upgrade.result.subscriptionId': 'Subscription ID',
  'upgrade.result.sourceSuspended': '{source} is now suspended.',
  'upgrade.result.sourceReduced': '{source} now has {remaining, plural, one {# license} other {# licenses}}.',
  'upgrade.result.billing': 'The old licenses end with a prorated credit; the new subscription bills from today.',
  'upgrade.result.affected.title':
    '{count, plural, one {# user account needs more work} other {# user accounts need more work}}',
  'upgrade.result.affected.lead':
    'These users’ licenses couldn’t move for some services. Remove the conflicting license in the Microsoft 365 admin center, then assign {target} to them.',
  'upgrade.result.affected.caption': 'Affected accounts and services',
  'upgrade.result.affected.user': 'User',
  'upgrade.result.affected.email': 'Email',
  'upgrade.result.affected.services': 'Services affected',
  'upgrade.result.allMoved': 'Every user’s license moved to the new subscription.',
  'upgrade.result.noneMoved': 'No licenses were moved: assign {target} to users in the new subscription.',

  'licenses.open': 'Add licenses',
  'licenses.open.label': 'Add licenses to {name}',
  'licenses.dialog.title': 'Add licenses to {name}',
  'licenses.dialog.description':
    'It has {quantity, plural, one {# license} other {# licenses}}; {offer} allows at most {max, number}.',
  'licenses.count.label': 'Licenses to add',
  'licenses.count.hint': 'New total: {total, number}. You can add up to {room, number}.',
  'licenses.error.whole': 'Enter a whole number of licenses, 1 or more.',
  'licenses.error.max':
    '{offer} allows at most {max, number} licenses, so you can add up to {room, number}. For more, upgrade to an enterprise plan.',
  'licenses.billing': 'The new licenses are billed from today, prorated to the end of the current term.',
  'licenses.submit': 'Add licenses',
  'licenses.submitting': 'Adding…',
  'licenses.done': 'Added {added, plural, one {# license} other {# licenses}} to {name}: it now has {total, number}.',

  'help.title': 'Help: upgrading a subscription',
  'help.lead':
    'If a customer needs more licenses than its subscription allows, or a plan with more services, you can upgrade the subscription. This page is generated from the same rules the product and its API use.',
  'help.steps.title': 'How to upgrade',
  'help.steps.1': 'Select the customer, then look at its list of subscriptions.',
  'help.steps.2':
    'If a subscription can be upgraded, an information icon stands right after its name. Hover over it and select Upgrade now (with the keyboard: focus the icon and press Enter).',
  'help.steps.3': 'Choose the new offer, then select Submit.',
  'help.steps.4':
    'Some user accounts may need more work to move for some services: the result lists the affected accounts and services.',
  'help.paths.title': 'Upgrades supported in the CSP program',
  'help.paths.source': 'Offer',
  'help.paths.targets': 'Available upgrades',
  'help.paths.footnote': '{variants} can be upgraded to {target}, not to {excluded}.',
  'help.paths.indiaTitle': 'The India offers',
  'help.paths.others': 'Every other offer, add-ons included, has no upgrade path.',
  'help.conditions.title': 'Conditions',
  'help.conditions.lead': 'A subscription can be upgraded to an offer only if all of these hold:',
  'help.conditions.condition': 'Condition',
  'help.conditions.code': 'Partner Center error code when broken',
  'help.roles.title': 'Who can upgrade',
  'help.roles.lead': 'These partner roles can upgrade subscriptions and add licenses:',
  'help.roles.others': 'Other roles ({roles}) can view subscriptions but not change them.',

  // issue 13 (polish): the no-relationship page, license and upgrade errors, scenario file limits
  'customer.skipToSubscriptions': 'Skip to subscriptions',
  'customer.unnamed': 'Customer {id}',
  'customer.noRelationship.lead':
    '{name} is in your customer list, but you have no relationship with it as its partner, so Partner Center doesn’t let you see or change its subscriptions.',
  'customer.noRelationship.leadUnnamed':
    'You have no relationship with the customer {id} as its partner, so Partner Center doesn’t let you see or change its subscriptions.',
  'customer.noRelationship.action':
    'To manage its subscriptions, send the customer a reseller relationship request from Partner Center; once its global admin accepts it, this page shows them. Until then, trying again changes nothing.',
  'upgrade.reason.condition': 'Not met: {condition}',
  'upgrade.refused.reasons': 'Why Partner Center refused it',
  'licenseError.conflict':
    '{service} in {target} conflicts with the {license} license that {user} holds. Remove that license in the Microsoft 365 admin center, then assign {target} to {user}.',
  licenseError:
    '{code, select, MutuallyExclusiveViolation {A service of {target} conflicts with another license {user} holds (a trial or free license, for example). Remove that license in the Microsoft 365 admin center, then assign {target} to {user}.} CountViolation {{target} has no free license left for {user}. Add licenses, then assign {target} to {user}.} DependencyViolation {A service of {target} depends on another service that {user} doesn’t have. Assign that service first, then {target}.} ProhibitedInUsageLocationViolation {{target} isn’t available in the usage location of {user}. Check the user’s usage location, then assign {target}.} UniquenessViolation {{user} already has a license that can’t be combined with {target}. Remove it, then assign {target}.} other {The license of {user} couldn’t move to {target}.}}',
  'demo.scenario.tooLarge':
    '{file} is {size, number} MB; a scenario file may be at most {max, number} MB, so it wasn’t read.',
  'demo.scenario.firstProblems':
    'The first {shown, number} of {count, number} are listed; fix them and load the file again to see the rest.',
  // The guided tour and demo links (issue 18). Step texts are the Help page's help.steps.*.
  'tour.start': 'Start the guided tour',
  'tour.paused': 'Guided tour',
  'tour.resume': 'Resume the tour (step {step, number} of {total, number})',
  'tour.end': 'End the tour',
  'tour.progress': 'Guided tour · step {step, number} of {total, number}',
  'tour.step.customer': 'Choose the customer',
  'tour.step.subscriptions': 'Look at its subscriptions',
  'tour.step.infoIcon': 'Find the information icon after the name',
  'tour.step.upgradeNow': 'Hover over it and select Upgrade now',
  'tour.step.offer': 'Choose the new offer',
  'tour.step.submit': 'Select Submit',
  'tour.step.result': 'Read the affected accounts and services',
  'tour.showMe': 'Show me',
  'tour.next': 'Next',
  'tour.finish': 'Finish the tour',
  'tour.leave': 'Leave the tour',
  'tour.notHere': 'This step’s control isn’t on the screen yet. Select Show me to go there.',
  'tour.readOnly':
    'Signed in as {role}, you can only view subscriptions. Choose a role that can upgrade in Demo controls to follow the rest of the tour.',
  'demo.link.title': 'Guided tour and demo link',
  'demo.link.hint':
    'The demo link opens this page with this scenario from its start, the signed-in role, the language and the latency.',
  'demo.link.copy': 'Copy demo link',
  'demo.link.copied': 'Demo link copied: it opens “{scenario}” from its start, signed in as {role}.',
  'demo.link.ownFile': 'Your own scenario file is not part of the link: it opens only where the file was loaded.',
  'demo.link.copyFailed': 'The browser did not allow copying. Copy the demo link from here:',
  'demoLink.badValue': 'The demo link’s {param} “{value}” is not known, so it was not applied. Known values: {known}.',
  'demoLink.unknownParam':
    'The demo link’s parameter “{param}” is not known, so it was ignored. Known parameters: {known}.',
  'demoLink.demoOnly':
    'The demo link’s {params} apply only to the demo, not to a live Partner Center, so they were ignored.',

  'activity.title': 'Activity',
  'activity.lead':
    'Who changed which subscription, when, and what changed: every upgrade and license change, done or refused, from Partner Center’s activity log, which keeps the last {days, number} days.',
  'activity.filter.label': 'Filter the activity',
  'activity.filter.customer': 'Customer',
  'activity.filter.allCustomers': 'All customers',
  'activity.filter.from': 'From',
  'activity.filter.to': 'To',
  'activity.filter.operation': 'Operation',
  'activity.filter.allOperations': 'All operations',
  'activity.filter.user': 'User',
  'activity.filter.allUsers': 'All users',
  'activity.filter.rangeOrder': 'The start date is after the end date: choose a start date on or before the end date.',
  'activity.filter.rangeOld': 'Partner Center keeps activity for {days, number} days: choose a start date within them.',
  'activity.export': 'Export CSV',
  'activity.exported': '{count, plural, one {# entry was} other {# entries were}} downloaded as a CSV file.',
  'activity.loading': 'Loading activity…',
  'activity.count': '{count, plural, =0 {No entries} one {# entry} other {# entries}}',
  'activity.empty': 'No activity matches these filters in this period.',
  'activity.caption': 'Activity, newest first',
  'activity.col.date': 'When',
  'activity.col.customer': 'Customer',
  'activity.col.subscription': 'Subscription',
  'activity.col.operation': 'Operation',
  'activity.col.change': 'Before → after',
  'activity.col.user': 'By',
  'activity.col.status': 'Outcome',
  'activity.csv.customerId': 'Customer ID',
  'activity.csv.subscriptionId': 'Subscription ID',
  'activity.csv.before': 'Before',
  'activity.csv.after': 'After',
  'activity.changedTo': 'changed to',
  'activity.newSubscription': 'New subscription:',
  'activity.state': '{name} · {quantity, plural, one {# license} other {# licenses}} · {status}',
  'activity.requested': 'asked for {quantity, plural, one {# license} other {# licenses}}',
  'activity.requested.upgrade': 'asked for {offer}, {quantity, plural, one {# license} other {# licenses}}',
  'activity.requested.unknown': 'the change asked for',
  'activity.refused': 'Refused ({asked}): {reason}',
  'activity.operation':
    '{operation, select, upgrade_subscription {Upgrade} update_subscription {License change} other {{operation}}}',
  'activity.status':
    '{status, select, succeeded {Succeeded} failed {Failed} progress {In progress} decline {Declined} other {{status}}}',
  'activity.recent.title': 'Recent activity',
  'activity.recent.empty': 'No changes in the last {days, number} days.',
  'activity.recent.caption': 'Recent activity of {name}, newest first',
  'activity.recent.all': 'See all activity of {name}',

  'price.title': 'What it costs',
  'price.demoBadge': 'Demo prices',
  'price.loading': 'Working out the cost…',
  'price.unavailable':
    '{reason, select, no_prices {Amounts aren’t shown: Partner Center’s API gives no prices. See the price list in Partner Center.} no_term {Amounts aren’t shown: this subscription’s term dates are unknown.} other {Amounts aren’t shown: the prices couldn’t be loaded. Try again later.}}',
  'price.credit':
    'Credit for {quantity, plural, one {# license} other {# licenses}} of {source} ({days, plural, one {# day} other {# days}} left of {total, number})',
  'price.charge': '{target} for its term ({term, select, P1M {1 month} P1Y {12 months} other {{term}}})',
  'price.perMonth': '{target} per month',
  'price.net': 'Net change',
  'price.basis':
    'Demo list prices in {currency}, not Microsoft’s. Prorated by the day; each amount is rounded once. Help explains how.',
  'price.result.title': 'What it costs (as previewed)',
  'price.licenses.charge':
    '{count, plural, one {# new license} other {# new licenses}} for the rest of the term ({days, plural, one {# day} other {# days}} of {total, number})',
  'price.licenses.perMonthBefore': 'Per month now',
  'price.licenses.perMonthAfter': 'Per month after',

  'help.price.title': 'What an upgrade costs',
  'help.price.lead':
    'Before you submit, the upgrade and add-licenses dialogs show the cost, prorated by the day over the term, in the customer’s currency. Amounts are counted in the currency’s smallest unit (cent, öre, fillér…) and each is rounded once.',
  'help.price.credit':
    'Credit = licenses × old price per month × months in the term × days left ÷ days in the term, rounded down: never more than was paid for those days.',
  'help.price.charge':
    'Charge = licenses × new price per month × months in the term: the new subscription starts today and runs a whole term.',
  'help.price.net': 'Net change = charge − credit. On the first day of a term it is the price difference for the term.',
  'help.price.licenses':
    'Add licenses = new licenses × price per month × months in the term × days left ÷ days in the term, rounded half up.',
  'help.price.example':
    'Example with illustrative prices: {licenses, number} licenses from {source} to {target} at {oldPrice} and {newPrice} per month, {days, number} of {total, number} days left: credit {credit}, charge {charge}, net change {net}.',
  'help.price.demo':
    'The prices shown are the mocked Partner Center’s demo list prices, not Microsoft’s. Partner Center’s API gives no prices, so with a live backend the amounts are hidden.',
  // Opportunities and bulk upgrade (issue 15)
  'opportunities.title': 'Upgrade opportunities',
  'opportunities.lead':
    'Every subscription, across all your customers, that can be upgraded now, with the offers it can move to. Select some to upgrade them together.',
  'opportunities.readOnly': 'Signed in as {role}: you can view the opportunities, but not upgrade them.',
  'opportunities.scan.listing': 'Listing customers… {total, number} so far',
  'opportunities.scan.reading': 'Reading customers’ subscriptions: {read, number} of {total, number}',
  'opportunities.scan.cancel': 'Stop loading',
  'opportunities.scan.done': 'All {total, plural, one {# customer} other {# customers}} read.',
  'opportunities.scan.cancelled':
    'Loading stopped after {read, number} of {total, number} customers: the list shows what was found so far.',
  'opportunities.scan.failed': 'Loading failed.',
  'opportunities.scan.refresh': 'Read again',
  'opportunities.scan.restart': 'Load all',
  'opportunities.scan.someFailed':
    '{count, plural, one {# customer could not be read} other {# customers could not be read}} ({names}); read again to retry.',
  'opportunities.filters': 'Filter opportunities',
  'opportunities.filter.customer': 'Customer',
  'opportunities.filter.source': 'Current offer',
  'opportunities.filter.target': 'Can upgrade to',
  'opportunities.filter.anyOffer': 'Any offer',
  'opportunities.filter.minSeats': 'Licenses from',
  'opportunities.filter.maxSeats': 'Licenses to',
  'opportunities.totals':
    '{count, plural, one {# subscription} other {# subscriptions}}, {seats, plural, one {# license} other {# licenses}}',
  'opportunities.export': 'Export CSV',
  'opportunities.selected':
    'Selected: {count, plural, one {# subscription} other {# subscriptions}}, {seats, plural, one {# license} other {# licenses}}',
  'opportunities.selectMatching': 'Select all {count, number} matching',
  'opportunities.clearSelection': 'Clear selection',
  'opportunities.plan': 'Plan a bulk upgrade ({count, number})',
  'opportunities.none': 'No subscription matches: nothing to upgrade here.',
  'opportunities.none.yet': 'Looking for upgradable subscriptions…',
  'opportunities.caption': 'Upgradable subscriptions across customers',
  'opportunities.selectPage': 'Select all subscriptions on this page',
  'opportunities.selectRow': 'Select {name} of {customer}',
  'opportunities.col.customer': 'Customer',
  'opportunities.col.subscription': 'Subscription',
  'opportunities.col.offer': 'Current offer',
  'opportunities.col.seats': 'Licenses',
  'opportunities.col.targets': 'Can upgrade to',
  'opportunities.csv.customerId': 'Customer ID',
  'opportunities.csv.subscriptionId': 'Subscription ID',
  'opportunities.pages': 'Pages',
  'pager.previous': 'Previous page',
  'pager.next': 'Next page',
  'pager.pageOf': 'Page {page, number} of {pages, number}',
  'opportunities.runInProgress': 'A bulk upgrade is on its way.',
  'opportunities.runOver': 'Your last bulk upgrade is over.',
  'opportunities.viewRun': 'View the bulk upgrade',
  'bulk.plan.title': 'Plan a bulk upgrade',
  'bulk.plan.lead':
    '{count, plural, one {# subscription} other {# subscriptions}} selected, {seats, plural, one {# license} other {# licenses}}. Choose the new offer for each current offer: only offers that every selected subscription of it can move to are listed.',
  'bulk.plan.group': '{offer}: {count, plural, one {# subscription} other {# subscriptions}}',
  'bulk.plan.target': 'Upgrade to',
  'bulk.plan.skip': 'Don’t upgrade these',
  'bulk.plan.noCommonTarget':
    'No offer is open to all {count, plural, one {# subscription} other {# subscriptions}} of this offer: select fewer of them to upgrade them.',
  'bulk.plan.transfer': 'Move users’ licenses to the new subscriptions',
  'bulk.plan.transferOn':
    'Users’ licenses move to the new subscription; all licenses of each subscription are upgraded.',
  'bulk.plan.transferOff':
    'Users keep their current licenses, to be moved later; all licenses of each subscription are upgraded.',
  'bulk.plan.back': 'Back to the opportunities',
  'bulk.plan.review': 'Review',
  'bulk.review.title': 'Review the bulk upgrade',
  'bulk.review.totals':
    '{count, plural, one {# subscription} other {# subscriptions}} of {customers, plural, one {# customer} other {# customers}} will be upgraded, {seats, plural, one {# license} other {# licenses}} in all.',
  'bulk.review.caption': 'What will happen to each subscription',
  'bulk.review.change': '{source} → {target}',
  'bulk.review.refusedTitle':
    '{count, plural, one {# subscription is left out} other {# subscriptions are left out}}: Partner Center would refuse them after the others',
  'bulk.review.back': 'Change the plan',
  'bulk.review.start': 'Start the bulk upgrade ({count, number})',
  'bulk.col.change': 'Upgrade',
  'bulk.col.outcome': 'Outcome',
  'bulk.run.title': 'Bulk upgrade',
  'bulk.run.none': 'No bulk upgrade yet. Select subscriptions on the Opportunities page to plan one.',
  'bulk.run.toOpportunities': 'Go to the opportunities',
  'bulk.run.state':
    '{state, select, running {Upgrading {count, plural, one {# subscription} other {# subscriptions}}…} paused {Paused: no new upgrade starts until you resume.} cancelled {Cancelled: upgrades not yet started were not sent.} finished {Finished.} other {{state}}}',
  'bulk.run.progress': 'Progress: {settled, number} of {total, number}',
  'bulk.count.done': 'Upgraded',
  'bulk.count.failed': 'Failed',
  'bulk.count.waiting': 'Waiting',
  'bulk.count.cancelled': 'Cancelled',
  'bulk.count.timeLeft': 'Time left',
  'bulk.eta.seconds': 'about {seconds, plural, one {# second} other {# seconds}}',
  'bulk.eta.minutes': 'about {minutes, plural, one {# minute} other {# minutes}}',
  'bulk.run.pause': 'Pause',
  'bulk.run.resume': 'Resume',
  'bulk.run.cancel': 'Cancel the rest',
  'bulk.run.pausing': 'Upgrades already sent are finishing.',
  'bulk.run.export': 'Export results CSV',
  'bulk.run.retryFailed': 'Retry the failed ({count, number})',
  'bulk.run.newPlan': 'Done: back to the opportunities',
  'bulk.run.caption': 'Each subscription’s upgrade and its outcome',
  'bulk.run.pages': 'Pages of the results',
  'bulk.outcome.waiting': 'Waiting',
  'bulk.outcome.sending': 'Sending…',
  'bulk.outcome.cancelled': 'Cancelled: not sent',
  'bulk.outcome.done':
    'Upgraded: new subscription {id}. {users, plural, =0 {Every user’s license moved.} one {# user needs more work:} other {# users need more work:}}',
  'bulk.failure.unknown':
    'No answer after several tries: it may or may not have been done. Retry sends the very same request, so it can’t be done twice.',
  'bulk.failure.changed':
    'The subscription changed since your review; nothing was done. Read the opportunities again and plan it afresh.',
  'bulk.failure.conflict': 'Partner Center is busy with this subscription; nothing was done. Retry it later.',
  'bulk.failure.throttled': 'Partner Center kept asking to wait; nothing was done. Retry it later.',
  'bulk.failure.forbidden': 'Your role may not upgrade this subscription; nothing was done.',
  'bulk.failure.notFound': 'The subscription no longer exists; nothing was done.',
  'bulk.failure.refused': 'Partner Center refused the upgrade (code {code}); nothing was done.',
  'bulk.failure.other': 'Partner Center returned an error (HTTP {status}); nothing was done.',
  'bulk.csv.source': 'From offer',
  'bulk.csv.target': 'To offer',
  'bulk.csv.status': 'Status',
  'bulk.csv.newSubscription': 'New subscription ID',
  'bulk.csv.affectedUsers': 'Users who need more work',
  'bulk.csv.requestId': 'MS-RequestId',
  'demo.fault.shareOption': 'A share of requests',
  'demo.fault.percent': 'Share of requests that fail',
  'demo.fault.percentOption': '{percent, number, percent}',
  'demo.fault.shareStatus':
    '{percent, number, percent} of requests fail: {kind, select, server_error {500 server error} throttled {429 too many requests} timeout {timeout} network {network error} conflict {409 conflict} precondition_failed {412 changed meanwhile} other {{kind}}}.',
} as const satisfies Record<string, string>
