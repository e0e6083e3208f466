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
    '{reason, select, Upgraded {Upgraded} CustomerCancellation {Cancelled by the customer} PartnerInitiated {Suspended by you} PaymentDelinquency {Payment overdue} Fraud {Suspected fraud} other {{reason}}}',

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

  'problem.theTarget': 'the target offer',
  'problem.delegatedAdmin':
    'You don’t have delegated admin privileges for this customer. Ask the customer to accept a delegated admin relationship request.',
  'problem.notActive':
    'The subscription’s status is {status}. Only an active subscription can be upgraded (not a suspended or cancelled one).',
  'problem.notProvisioned': 'The subscription is still being set up (pending). Try again once it’s active.',
  'problem.holder': '{offer} ({channel, select, other {bought through another partner or channel} partner {from you}})',
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
} as const satisfies Record<string, string>
