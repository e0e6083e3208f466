import type { Catalog } from '../catalogs'

/**
 * sv-SE. Role and condition terms follow the Swedish source article (seeds/000, machine translated);
 * where its compounds were split by the machine translation, the natural compound is used (see the
 * comments). Partner Center is "Partnercenter", as in the seed's "Gäller för" and Microsoft's Swedish UI.
 */
export const svSE: Catalog = {
  'app.name': 'Upgrade Console',
  'app.demoBadge': 'Demodata · simulerat Partnercenter',
  'app.loadingPage': 'Läser in…',
  'nav.skip': 'Hoppa till huvudinnehållet',
  'nav.main': 'Huvudmeny',
  'nav.customers': 'Kunder',
  'nav.help': 'Hjälp',
  'nav.breadcrumb': 'Sökväg',
  'notFound.title': 'Sidan hittades inte',
  'notFound.back': 'Gå till kundlistan',

  'action.cancel': 'Avbryt',
  'action.close': 'Stäng',
  'action.done': 'Klar',
  'action.retry': 'Försök igen',
  'action.dismiss': 'Ignorera',
  'boot.failed':
    'Upgrade Console kunde inte starta: {message}. Läs in sidan igen. Om det fortsätter att hända kontrollerar du att webbläsaren tillåter service workers på den här adressen.',
  'boot.failed.live':
    'Upgrade Console kunde inte starta: {message}. Läs in sidan igen. Om det fortsätter att hända kontrollerar du att datorn kan nå den här webbplatsen och Microsoft-inloggningen.',
  'demo.unknownScenario':
    'Det finns inget inbyggt scenario som heter ”{name}”, så demon visar samma scenario som tidigare.',
  'demo.stateDiscarded':
    'Sparade demodata kunde inte användas (de var skadade eller från en annan version), så demon startade om från sitt scenario.',
  'demo.storageFull':
    'Webbläsarens lagring är full: demons ändringar från och med nu finns inte kvar efter en omladdning, och andra flikar ser dem inte. Återställ demon eller läs in ett mindre scenario.',

  'locale.label': 'Språk',
  'theme.label': 'Tema',
  'theme.system': 'Som systemet',
  'theme.light': 'Ljust',
  'theme.dark': 'Mörkt',
  'session.role.label': 'Inloggad som',
  'session.signedInAs': 'Inloggad som {role}',
  'auth.account.label': 'Inloggad som',
  'auth.account.noRole': 'ingen partnerroll',
  'auth.signOut': 'Logga ut',
  'auth.signIn.title': 'Logga in i Upgrade Console',
  'auth.signIn.body':
    'Logga in med det Microsoft-arbetskonto som du använder för Partnercenter. Vad du kan göra här följer rollerna som kontot har.',
  'auth.signIn.button': 'Logga in med Microsoft',
  'auth.signIn.busy': 'Öppnar Microsofts inloggning…',
  'auth.signIn.failed':
    'Inloggningen slutfördes inte: {message}. Försök igen. Om det fortsätter ska du be din administratör att kontrollera appregistreringen.',
  'auth.reauth.title': 'Logga in igen',
  'auth.reauth.body':
    'Din inloggning har upphört. Logga in igen för att fortsätta: den här sidan, den öppna dialogrutan och det du har skrivit finns kvar.',
  'auth.reauth.button': 'Logga in igen',
  'auth.reauth.failed':
    'Inloggningen slutfördes inte. Försök igen, eller stäng meddelandet och logga in senare. Inget skickas förrän dess.',

  'demo.open': 'Demokontroller',
  'demo.title': 'Demokontroller',
  'demo.description':
    'Endast för demonstrationer. De här kontrollerna ändrar det simulerade Partnercenter i den här webbläsaren. Ett riktigt Partnercenter påverkas aldrig.',
  // "Scenario" is also Swedish; the compound keeps the heading from reading as untranslated.
  'demo.scenario.title': 'Demoscenario',
  'demo.scenario.label': 'Inbyggt scenario',
  'demo.scenario.load': 'Läs in scenario',
  'demo.scenario.loaded': '”{title}” lästes in från början.',
  'demo.scenario.file': 'Läs in en scenariofil…',
  'demo.scenario.drop': 'eller släpp en .json-fil här',
  'demo.scenario.fileLoaded': 'Scenariofilen {file} lästes in.',
  'demo.scenario.invalid':
    '{count, plural, one {Filen har # problem, så inget lästes in:} other {Filen har # problem, så inget lästes in:}}',
  'demo.export': 'Exportera aktuella data',
  'demo.export.done': 'Aktuella data laddades ned som en scenariofil.',
  'demo.reset': 'Återställ till scenariots början',
  'demo.reset.done': '”{title}” återställdes till början.',
  'demo.role.title': 'Inloggad användare',
  'demo.latency.title': 'Nätverksfördröjning',
  'demo.latency.option':
    '{latency, select, none {Ingen} realistic {Realistisk} slow {Långsam (2 s)} other {{latency}}}',
  'demo.fault.title': 'Felinjicering',
  'demo.fault.label': 'Låt begäranden misslyckas med',
  'demo.fault.off': 'Inget fel',
  'demo.fault.kind':
    '{kind, select, server_error {500 serverfel} throttled {429 för många begäranden (Retry-After)} timeout {Tidsgränsen överskreds (inget svar)} network {Nätverksfel} conflict {409 konflikt} precondition_failed {412 ändrad under tiden} other {{kind}}}',
  'demo.fault.scope': 'Tillämpa på',
  'demo.fault.scopeOption': '{scope, select, next {Endast nästa begäran} all {Varje begäran} other {{scope}}}',
  'demo.fault.status':
    '{scope, select, next {Nästa begäran misslyckas} other {Varje begäran misslyckas}}: {kind, select, server_error {500 serverfel} throttled {429 för många begäranden} timeout {tidsgränsen överskreds} network {nätverksfel} conflict {409 konflikt} precondition_failed {412 ändrad under tiden} other {{kind}}}.',
  'demo.fault.none': 'Begäranden besvaras normalt.',
  'role.global_admin': 'Global administratör',
  // seed: "Administratör för användar hantering" (split by the machine translation); natural compound used, as in Microsoft's Swedish Partner Center docs
  'role.user_management_admin': 'Administratör för användarhantering',
  // seed: "Administratörs agent" (split by the machine translation); natural compound used
  'role.admin_agent': 'Administratörsagent',
  // seed: "Försäljnings agent" (split by the machine translation); natural compound used
  'role.sales_agent': 'Försäljningsagent',
  // seed: "Support agent" (split by the machine translation); natural compound used
  'role.helpdesk_agent': 'Supportagent',
  'role.billing_admin': 'Faktureringsadministratör',
  'role.account_admin': 'Kontoadministratör',
  'role.referrals_admin': 'Hänvisningsadministratör',
  'role.mpn_partner_admin': 'MPN-partneradministratör',
  'role.executive_report_viewer': 'Läsare av chefsrapporter',

  relationship:
    '{value, select, reseller {Återförsäljare} advisor {Rådgivare} microsoft_cloud_agreement {Microsoft Cloud-avtal} none {Ingen relation} other {{value}}}',

  'customers.title': 'Kunder',
  'customers.lead': 'Välj en kund för att se dess prenumerationer och uppgradera dem.',
  'customers.search.label': 'Sök efter företagsnamn',
  'customers.search.placeholder': 't.ex. Contoso',
  'customers.loading': 'Läser in kunder…',
  // "2 av 7 kunder visas" ("2 of 7 customers are shown"), not "2 kunder visas av 7" ("shown by 7")
  'customers.count':
    '{shown, plural, =0 {Ingen av {total, number} kunder visas} one {# av {total, number} kunder visas} other {# av {total, number} kunder visas}}',
  'customers.countLoading':
    '{shown, plural, =0 {Ingen av {loaded, number} hittills inlästa kunder visas} one {# av {loaded, number} hittills inlästa kunder visas} other {# av {loaded, number} hittills inlästa kunder visas}}. Läser in fler…',
  'customers.empty': 'Du har inga kunder än.',
  'customers.noMatch':
    'Inget företagsnamn innehåller ”{search}”. Kontrollera stavningen eller sök efter en del av namnet.',
  'customers.caption': 'Kunder',
  'customers.col.company': 'Företag',
  'customers.col.domain': 'Domän',
  'customers.col.relationship': 'Relation',
  'customers.col.delegatedAdmin': 'Delegerad administratör',
  'customers.delegatedAdmin.on': 'Beviljad',
  'customers.delegatedAdmin.off': 'Inte beviljad',

  'customer.loadingName': 'Kund',
  'customer.domain': 'Domän',
  'customer.relationship': 'Relation',
  // seed: "delegerad administratörs behörighet" (split by the machine translation); natural compound used
  'customer.delegatedAdmin': 'Delegerad administratörsbehörighet',
  'customer.readOnly':
    'Du är inloggad som {role}: du kan visa prenumerationer, men bara en global administratör, administratör för användarhantering, administratörsagent, försäljningsagent eller supportagent kan uppgradera dem eller lägga till licenser.',
  'customer.noDelegatedAdmin':
    'Du har inte delegerad administratörsbehörighet för den här kunden, så dess prenumerationer kan inte uppgraderas. Be kunden att godkänna en begäran om en delegerad administratörsrelation.',

  'subscriptions.title': 'Prenumerationer',
  'subscriptions.loading': 'Läser in prenumerationer…',
  'subscriptions.loadingMore':
    'Läser in prenumerationer: {loaded, number} av {total, number} hittills. Uppgraderingsalternativen visas när alla har kommit.',
  'subscriptions.empty': '{name} har inga prenumerationer från dig än.',
  // seed: "informations ikon" (split by the machine translation); natural compound used
  'subscriptions.lead':
    'En prenumeration som kan uppgraderas visar en informationsikon efter namnet: hovra över den och välj Uppgradera nu, eller flytta fokus till den och tryck på Retur.',
  'subscriptions.leadReadOnly': 'Prenumerationerna visas skrivskyddade för din roll.',
  'subscriptions.caption': 'Kundens prenumerationer',
  'subscriptions.col.name': 'Prenumeration',
  'subscriptions.col.offer': 'Erbjudande',
  'subscriptions.col.quantity': 'Licenser',
  'subscriptions.col.status': 'Status',
  'subscriptions.col.billing': 'Fakturering',
  'subscriptions.col.termEnd': 'Löptiden slutar',
  'subscriptions.col.actions': 'Åtgärder',
  'subscriptions.addOnOf': 'Tillägg till {parent}',
  'subscriptions.toolbar.label': 'Sök och filtrera prenumerationer',
  'subscriptions.search.label': 'Sök prenumerationer',
  // "Status" is also Swedish, but only the column header is allow-listed; the filter names what it filters.
  'subscriptions.filter.status': 'Prenumerationsstatus',
  'subscriptions.filter.allStatuses': 'Alla statusar',
  'subscriptions.filter.offer': 'Erbjudande',
  'subscriptions.filter.allOffers': 'Alla erbjudanden',
  'subscriptions.filter.eligible': 'Endast uppgraderingsbara',
  'subscriptions.filter.clear': 'Rensa filter',
  'subscriptions.count':
    '{total, plural, one {{shown, number} av # prenumeration visas} other {{shown, number} av # prenumerationer visas}}',
  'subscriptions.noMatch': 'Ingen prenumeration matchar de här filtren.',
  'subscriptions.suspensionReason':
    '{reason, select, Upgraded {Uppgraderad} CustomerCancellation {Avbruten av kunden} PartnerInitiated {Pausad av dig} PaymentDelinquency {Förfallen betalning} PaymentIssue {Betalningsproblem} Fraud {Misstänkt bedrägeri} Expired {Perioden har löpt ut} Converted {Konverterad till ett annat erbjudande} Transferred {Överförd till en annan partner} other {Annan orsak ({reason})}}',

  'review.newer':
    'Prenumerationen har ändrats sedan du öppnade den här dialogrutan (en annan agent eller flik ändrade den).',
  'review.whatChanged': 'Vad som ändrades:',
  'review.change.quantity': 'Licenser: {before, number} → {after, number}',
  'review.change.status': 'Status: {before} → {after}',
  'review.change.other': 'Andra uppgifter har ändrats; antalet licenser och statusen är desamma.',
  'review.showLatest': 'Visa de senaste uppgifterna',

  'status.none': 'Ingen status',
  'status.active': 'Aktiv',
  'status.pending': 'Väntande',
  // seed: "pausad" (suspended) and "avbruten" (cancelled), from "inte pausad eller avbruten"
  'status.suspended': 'Pausad',
  'status.deleted': 'Avbruten',
  'status.expired': 'Utgången',
  'status.disabled': 'Inaktiverad',
  'status.unknown': 'Okänd',
  'billing.cycle': '{cycle, select, monthly {Månadsvis} annual {Årsvis} other {—}}',
  'billing.term': '{term, select, P1M {1 månads löptid} P1Y {1 års löptid} P3Y {3 års löptid} other {}}',

  'upgrade.info.label': 'Uppgradera {name}',
  'upgrade.info.tooltip': '{count, plural, one {# uppgradering tillgänglig.} other {# uppgraderingar tillgängliga.}}',
  'upgrade.info.tooltipLabel':
    '{count, plural, one {# uppgradering tillgänglig.} other {# uppgraderingar tillgängliga.}} Tryck på Retur för att välja ett nytt erbjudande.',
  'upgrade.now': 'Uppgradera nu',

  'blocked.trigger': 'Varför ingen uppgradering?',
  'blocked.trigger.label': 'Varför ingen uppgradering? {name}',
  'blocked.title': 'Därför kan {name} inte uppgraderas',
  'blocked.perTarget': 'För varje erbjudande som den kan flyttas till:',
  'blocked.service.intro':
    'Det här erbjudandet finns inte i konsolens katalog, så det här är Partnercenters eget svar:',
  'blocked.service.none': 'Partnercenter visar ingen uppgradering för den här prenumerationen.',
  'blocked.service.loading': 'Frågar Partnercenter…',

  'problem.theTarget': 'målerbjudandet',
  'problem.delegatedAdmin':
    'Du har inte delegerad administratörsbehörighet för den här kunden. Be kunden att godkänna en begäran om en delegerad administratörsrelation.',
  // {status} is a capitalized status label ("Pausad"), so it is put after "statusen" rather than used as an adjective.
  'problem.notActive':
    'Prenumerationen har statusen {status}. Endast en aktiv prenumeration kan uppgraderas (inte en pausad eller avbruten).',
  'problem.notProvisioned':
    'Prenumerationen håller fortfarande på att konfigureras (väntande). Försök igen när den är aktiv.',
  'problem.holder':
    '{channel, select, partner {{offer} från dig} other {{offer} köpt via en annan partner eller kanal}}',
  'problem.conflictingServices':
    'Kunden har redan {holders}, som inkluderar {services}, tjänster som {target} skulle lägga till. Kunden måste först avbryta den prenumerationen.',
  'problem.alreadyHasTarget':
    '{channel, select, other {Kunden har redan {target} via en annan partner eller kanal. Kunden kan inte köpa den från dig förrän den prenumerationen har avbrutits.} partner {Kunden har redan {target} från dig: lägg till licenser i den prenumerationen i stället.}}',
  'problem.addOns': 'Prenumerationen har tillägg ({addOns}). Ta bort tilläggen innan du uppgraderar.',
  'problem.noPaths': 'Det här erbjudandet har ingen uppgraderingsväg i CSP-programmet.',
  'problem.targetNotFound': '{target} är inte en av den här prenumerationens uppgraderingsvägar.',

  'condition.subscription_status_not_active': 'Prenumerationen är aktiv (inte pausad eller avbruten).',
  'condition.subscription_not_provisioned': 'Prenumerationen är etablerad (inte väntande).',
  'condition.delegated_admin_permissions_disabled':
    'Du har delegerad administratörsbehörighet för den här kunden och tjänsten.',
  // seed: "prenumerationer som inkluderar ytterligare tjänster" and "en annan partner eller en annan kanal"
  'condition.conflicting_service_types':
    'Kunden har ingen annan prenumeration som redan inkluderar de tjänster som det nya erbjudandet lägger till, varken från dig eller från en annan partner eller kanal.',
  // seed: keeps the English link text "Multi-Channel"; the Swedish word "flera kanaler" is used instead
  'condition.concurrency_conflicts':
    'Kunden har inte redan det nya erbjudandet, varken från dig eller från en annan partner eller kanal (flera kanaler).',
  'condition.subscription_add_ons_present': 'Prenumerationen har inga tillägg.',
  'condition.subscription_does_not_have_any_upgrade_paths': 'Prenumerationens erbjudande har uppgraderingsvägar.',
  'condition.subscription_target_offer_not_found': 'Det nya erbjudandet är en av dessa vägar.',

  'upgrade.dialog.title': 'Uppgradera {name}',
  'upgrade.dialog.description':
    '{offer} · {quantity, plural, one {# licens} other {# licenser}}. Välj det nya erbjudandet och välj sedan Skicka.',
  'upgrade.loading': 'Kontrollerar vilka uppgraderingar som är möjliga…',
  'upgrade.noTargets': 'Partnercenter erbjuder ingen uppgradering för den här prenumerationen.',
  'upgrade.offer.legend': 'Nytt erbjudande',
  'upgrade.offer.adds': 'Lägger till {services}.',
  'offer.description':
    '{offer, select, appsForBusiness {Office-appar för skrivbordet och webben med 1 TB molnlagring, utan företagsmejl.} businessBasic {Företagsmejl, Teams, SharePoint, OneDrive och Office på webben.} businessStandard {Allt i Business Basic plus Office-apparna för skrivbordet och Bookings.} businessPremium {Allt i Business Standard plus enhetshantering och avancerad säkerhet.} appsForEnterprise {Office-appar för skrivbordet och webben för organisationer av alla storlekar.} e1 {Mejl, Teams, SharePoint och Office på webben för organisationer av alla storlekar.} e3 {Allt i E1 plus Office-apparna för skrivbordet och arkivering av mejl.} e5 {Allt i E3 plus avancerad säkerhet, röst och analys.} appsForBusinessIndia {Microsoft 365 Apps for business, såld i Indien.} businessBasicIndia {Microsoft 365 Business Basic, såld i Indien.} businessStandardIndia {Microsoft 365 Business Standard, såld i Indien.} audioConferencing {Inringningsnummer för Teams-möten (tillägg).} exchangeArchivingAddOn {Arkivering och bevarande för juridiska ändamål för Exchange Online-postlådor (tillägg).} exchangePlan1 {Endast företagsmejl.} other {}}',
  'upgrade.offer.unavailable': 'Inte tillgängligt:',
  'upgrade.offer.required': 'Välj det erbjudande som du vill uppgradera till.',
  'upgrade.reason.code': 'Partnercenter nekade (kod {code}).',
  'upgrade.reason.unknown': 'Partnercenter angav ingen orsak.',
  'upgrade.quantity.label': 'Licenser att uppgradera',
  'upgrade.quantity.hint':
    'Upp till {max, number} av {total, number}. Om du uppgraderar färre blir det en partiell uppgradering: den aktuella prenumerationen behåller resten.',
  'upgrade.quantity.whole': 'Ange antalet licenser som ett heltal.',
  'upgrade.quantity.range': 'Ange ett tal från {min, number} till {max, number}.',
  'upgrade.transfer.label': 'Flytta användarnas licenser till den nya prenumerationen',
  'upgrade.transfer.hint':
    'Rekommenderas. Annars får användarna ingenting av uppgraderingen förrän du själv tilldelar dem licenser.',
  'upgrade.summary.title': 'Vad som kommer att hända',
  'upgrade.summary.choose': 'Välj ett erbjudande för att se vad uppgraderingen gör.',
  'upgrade.summary.newSubscription':
    'En ny prenumeration på {target} skapas med {quantity, plural, one {# licens} other {# licenser}}.',
  'upgrade.summary.sourceSuspended': '{source} pausas: alla dess licenser flyttas till den nya prenumerationen.',
  'upgrade.summary.sourceReduced':
    '{source} behåller {remaining, plural, one {# licens} other {# licenser}} (en partiell uppgradering).',
  'upgrade.summary.transfer':
    'Användarnas licenser flyttas till {target}. Användare vars licens inte kan flyttas visas i en lista när du har skickat.',
  'upgrade.summary.noTransfer': 'Inga användarlicenser flyttas: tilldela själv {target} till användarna efteråt.',
  'upgrade.summary.billing':
    'Fakturering: de uppgraderade licenserna i {source} avslutas med en proportionell kredit, och faktureringen av den nya prenumerationen börjar i dag.',
  'upgrade.summary.irreversible': 'En uppgradering kan inte ångras.',
  'upgrade.submit': 'Skicka',
  'upgrade.submitting': 'Skickar…',

  'upgrade.result.dialogTitle': '{name} har uppgraderats',
  'upgrade.result.title': 'Uppgraderingen är klar',
  'upgrade.result.created': 'Ny prenumeration: {target}, {quantity, plural, one {# licens} other {# licenser}}.',
  'upgrade.result.subscriptionId': 'Prenumerations-ID',
  'upgrade.result.sourceSuspended': '{source} är nu pausad.',
  'upgrade.result.sourceReduced': '{source} har nu {remaining, plural, one {# licens} other {# licenser}}.',
  'upgrade.result.billing':
    'De gamla licenserna avslutas med en proportionell kredit. Den nya prenumerationen faktureras från och med i dag.',
  // seed: "ytterligare arbete" for "additional work", and "användar konton" (split by the machine translation); natural compound used
  'upgrade.result.affected.title':
    '{count, plural, one {# användarkonto kräver ytterligare arbete} other {# användarkonton kräver ytterligare arbete}}',
  'upgrade.result.affected.lead':
    'De här användarnas licenser kunde inte flyttas för vissa tjänster. Ta bort den licens som står i konflikt i administrationscentret för Microsoft 365 och tilldela dem sedan {target}.',
  // seed: "en lista över konton och tjänster som påverkades"
  'upgrade.result.affected.caption': 'Konton och tjänster som påverkades',
  'upgrade.result.affected.user': 'Användare',
  'upgrade.result.affected.email': 'E-post',
  'upgrade.result.affected.services': 'Tjänster som påverkades',
  'upgrade.result.allMoved': 'Alla användares licenser flyttades till den nya prenumerationen.',
  'upgrade.result.noneMoved': 'Inga licenser flyttades: tilldela {target} till användarna i den nya prenumerationen.',

  'licenses.open': 'Lägg till licenser',
  'licenses.open.label': 'Lägg till licenser i {name}',
  'licenses.dialog.title': 'Lägg till licenser i {name}',
  'licenses.dialog.description':
    'Den har {quantity, plural, one {# licens} other {# licenser}}. {offer} tillåter högst {max, number}.',
  'licenses.count.label': 'Licenser att lägga till',
  'licenses.count.hint': 'Nytt totalt antal: {total, number}. Du kan lägga till upp till {room, number}.',
  'licenses.error.whole': 'Ange antalet licenser som ett heltal, 1 eller fler.',
  'licenses.error.max':
    '{offer} tillåter högst {max, number} licenser, så du kan lägga till upp till {room, number}. Om du behöver fler uppgraderar du till en Enterprise-plan.',
  'licenses.billing':
    'De nya licenserna faktureras från och med i dag, proportionellt fram till slutet av den aktuella löptiden.',
  'licenses.submit': 'Lägg till licenser',
  'licenses.submitting': 'Lägger till…',
  'licenses.done': 'Lade till {added, plural, one {# licens} other {# licenser}} i {name}: den har nu {total, number}.',

  'help.title': 'Hjälp: uppgradera en prenumeration',
  'help.lead':
    'Om en kund behöver fler licenser än prenumerationen tillåter, eller en plan med fler tjänster, kan du uppgradera prenumerationen. Den här sidan genereras från samma regler som produkten och dess API använder.',
  'help.steps.title': 'Så här uppgraderar du',
  'help.steps.1': 'Välj kunden och öppna sedan kundens lista över prenumerationer.',
  // seed: "informations ikon" and "prenumerations namnet" (split by the machine translation); natural compounds used
  'help.steps.2':
    'Om en prenumeration kan uppgraderas visas en informationsikon direkt efter namnet. Hovra över ikonen och välj Uppgradera nu (med tangentbordet: flytta fokus till ikonen och tryck på Retur).',
  'help.steps.3': 'Välj det nya erbjudandet och välj sedan Skicka.',
  // seed: "Det kan finnas ytterligare arbete för att överföra vissa användar konton" (split compound, awkward); rephrased
  'help.steps.4':
    'Vissa användarkonton kan kräva ytterligare arbete för att flyttas för vissa tjänster: resultatet visar en lista över konton och tjänster som påverkades.',
  // seed: "moln lösnings leverantören" (split by the machine translation); the heading keeps the seed’s "CSP-programmet"
  'help.paths.title': 'Uppgraderingar som stöds i CSP-programmet',
  'help.paths.source': 'Erbjudande',
  'help.paths.targets': 'Möjliga uppgraderingar',
  'help.paths.footnote': '{variants} kan uppgraderas till {target}, inte till {excluded}.',
  'help.paths.indiaTitle': 'Erbjudandena för Indien',
  'help.paths.others': 'Alla andra erbjudanden, inklusive tillägg, saknar uppgraderingsväg.',
  'help.conditions.title': 'Villkor',
  'help.conditions.lead': 'En prenumeration kan bara uppgraderas till ett erbjudande om alla dessa villkor gäller:',
  'help.conditions.condition': 'Villkor',
  'help.conditions.code': 'Felkod i Partnercenter när villkoret inte uppfylls',
  'help.roles.title': 'Vem kan uppgradera',
  'help.roles.lead': 'De här partnerrollerna kan uppgradera prenumerationer och lägga till licenser:',
  'help.roles.others': 'Andra roller ({roles}) kan visa prenumerationer men inte ändra dem.',

  // The guided tour and demo links (issue 18).
  'tour.start': 'Starta den guidade turen',
  'tour.paused': 'Guidad tur',
  'tour.resume': 'Fortsätt turen (steg {step, number} av {total, number})',
  'tour.end': 'Avsluta turen',
  'tour.progress': 'Guidad tur · steg {step, number} av {total, number}',
  'tour.step.customer': 'Välj kunden',
  'tour.step.subscriptions': 'Titta på kundens prenumerationer',
  'tour.step.infoIcon': 'Hitta informationsikonen efter namnet',
  'tour.step.upgradeNow': 'Hovra över den och välj Uppgradera nu',
  'tour.step.offer': 'Välj det nya erbjudandet',
  'tour.step.submit': 'Välj Skicka',
  'tour.step.result': 'Läs om de konton och tjänster som påverkades',
  'tour.showMe': 'Visa mig',
  'tour.next': 'Nästa',
  'tour.finish': 'Avsluta turen',
  'tour.leave': 'Lämna turen',
  'tour.notHere': 'Det här stegets kontroll visas inte på skärmen ännu. Välj Visa mig för att gå dit.',
  'tour.readOnly':
    'Som inloggad {role} kan du bara visa prenumerationer. Välj en roll som kan uppgradera i Demokontroller för att följa resten av turen.',
  'demo.link.title': 'Guidad tur och demolänk',
  'demo.link.hint':
    'Demolänken öppnar den här sidan med det här scenariot från början, den inloggade rollen, språket och fördröjningen.',
  'demo.link.copy': 'Kopiera demolänk',
  'demo.link.copied': 'Demolänken kopierades: den öppnar ”{scenario}” från början, inloggad som {role}.',
  'demo.link.ownFile': 'Din egen scenariofil ingår inte i länken: den öppnas bara där filen lästes in.',
  'demo.link.copyFailed': 'Webbläsaren tillät inte kopiering. Kopiera demolänken härifrån:',
  'demoLink.badValue': 'Demolänkens {param} ”{value}” är okänd och användes inte. Kända värden: {known}.',
  'demoLink.unknownParam': 'Demolänkens parameter ”{param}” är okänd och ignorerades. Kända parametrar: {known}.',
  'demoLink.demoOnly': 'Demolänkens {params} gäller bara demon, inte ett riktigt Partnercenter, så de ignorerades.',

  'error.page.title': 'Något gick fel på den här sidan',
  'error.unexpected.title': 'Något gick fel',
  'error.unexpected.action': 'Försök igen. Om det fortsätter att hända läser du in sidan igen.',
  'error.status': 'Vad som hände',
  'error.code': 'kod {code}',
  'error.correlationId': 'Korrelations-ID (för support)',
  'error.kind.network': 'Ingen anslutning',
  'error.kind.timeout': 'Tidsgränsen överskreds',
  'error.kind.malformed': 'Oläsligt svar',
  'error.kind.http': 'Felsvar',
  'error.network.title': 'Det går inte att nå Partnercenter',
  'error.network.action': 'Kontrollera nätverksanslutningen och försök sedan igen.',
  'error.kind.signin': 'Inloggning otillgänglig',
  'error.signin.title': 'Det går inte att nå Microsofts inloggning',
  'error.signin.action':
    'Inget skickades. Kontrollera nätverksanslutningen och försök sedan igen. Om det fortsätter kan Microsoft Entra ID vara otillgängligt.',
  'error.timeout.title': 'Partnercenter svarade inte inom {seconds, number} sekunder',
  'error.timeout.action':
    'Försök igen. Om du skickade en ändring skickar Försök igen exakt samma begäran en gång till, så den kan inte utföras två gånger: om den redan har gått igenom ser du resultatet.',
  'error.malformed.title': 'Partnercenter skickade ett svar som den här appen inte kan läsa',
  'error.malformed.action':
    'Försök igen. Om det fortsätter att hända kontaktar du supporten och anger korrelations-ID:t.',
  'error.400.title': 'Partnercenter nekade begäran',
  'error.400.action': 'Kontrollera orsaken ovan, ändra ditt val och försök sedan igen.',
  'error.401.title': 'Din inloggning har upphört att gälla',
  'error.401.action': 'Logga in igen och försök sedan igen.',
  'error.403.title': 'Du har inte behörighet att göra det här',
  'error.403.action':
    'Din partnerroll eller din relation med den här kunden tillåter det inte. Fråga en global administratör eller en administratörsagent.',
  'error.404.title': 'Hittades inte',
  'error.404.action': 'Det kan ha tagits bort eller flyttats. Gå tillbaka till kundlistan och läs in den igen.',
  'error.conflict.title': 'Prenumerationen har ändrats under tiden',
  'error.conflict.action': 'Ingenting ändrades. De senaste data har lästs in: kontrollera dem och försök sedan igen.',
  'error.429.title': 'Partnercenter är upptaget',
  'error.429.action': 'För många begäranden: vänta {seconds, number} sekunder och försök sedan igen.',
  'error.5xx.title': 'Ett problem uppstod i Partnercenter',
  'error.5xx.action': 'Ingenting gick förlorat. Försök igen om en stund.',
  'error.other.title': 'Partnercenter returnerade ett fel',
  'error.other.action': 'Försök igen. Om det fortsätter att hända kontaktar du supporten och anger korrelations-ID:t.',
  // issue 13 (polish): the no-relationship page, license and upgrade errors, scenario file limits
  'customers.noRelationship': 'Ingen relation med dig, så den kan inte hanteras här',
  'customer.skipToSubscriptions': 'Hoppa till prenumerationerna',
  'customer.unnamed': 'Kund {id}',
  'customer.noRelationship.lead':
    '{name} finns i din kundlista, men du har ingen relation med kunden som dess partner, så Partnercenter låter dig inte se eller ändra dess prenumerationer.',
  'customer.noRelationship.leadUnnamed':
    'Du har ingen relation med kunden {id} som dess partner, så Partnercenter låter dig inte se eller ändra dess prenumerationer.',
  'customer.noRelationship.action':
    'Om du vill hantera prenumerationerna skickar du en begäran om återförsäljarrelation till kunden från Partnercenter; när kundens globala administratör har godkänt den visas de här. Fram till dess ändrar ett nytt försök ingenting.',
  'upgrade.reason.condition': 'Inte uppfyllt: {condition}',
  'upgrade.refused.reasons': 'Varför Partnercenter avvisade det',
  'licenseError.conflict':
    '{service} i {target} står i konflikt med licensen {license} som {user} har. Ta bort den licensen i Administrationscenter för Microsoft 365 och tilldela sedan {target} till {user}.',
  licenseError:
    '{code, select, MutuallyExclusiveViolation {En tjänst i {target} står i konflikt med en annan licens som {user} har (till exempel en utvärderingslicens eller kostnadsfri licens). Ta bort den licensen i Administrationscenter för Microsoft 365 och tilldela sedan {target} till {user}.} CountViolation {{target} har ingen ledig licens kvar för {user}. Lägg till licenser och tilldela sedan {target} till {user}.} DependencyViolation {En tjänst i {target} kräver en annan tjänst som {user} inte har. Tilldela den tjänsten först och sedan {target}.} ProhibitedInUsageLocationViolation {{target} är inte tillgängligt på användningsplatsen för {user}. Kontrollera användarens användningsplats och tilldela sedan {target}.} UniquenessViolation {{user} har redan en licens som inte kan kombineras med {target}. Ta bort den och tilldela sedan {target}.} other {Licensen för {user} kunde inte flyttas till {target}.}}',
  'demo.scenario.tooLarge':
    '{file} är {size, number} MB; en scenariofil får vara högst {max, number} MB, så den lästes inte.',
  'demo.scenario.firstProblems':
    'De första {shown, number} av {count, number} visas; åtgärda dem och läs in filen igen för att se resten.',
  'nav.activity': 'Aktivitet',
  'activity.title': 'Aktivitet',
  'activity.lead':
    'Vem som ändrade vilken prenumeration, när och vad som ändrades: varje uppgradering och licensändring, genomförd eller nekad, ur Partnercenters aktivitetslogg, som sparar de senaste {days, number} dagarna.',
  'activity.filter.label': 'Filtrera aktiviteten',
  'activity.filter.customer': 'Kund',
  'activity.filter.allCustomers': 'Alla kunder',
  'activity.filter.from': 'Från',
  'activity.filter.to': 'Till',
  'activity.filter.operation': 'Åtgärd',
  'activity.filter.allOperations': 'Alla åtgärder',
  'activity.filter.user': 'Användare',
  'activity.filter.allUsers': 'Alla användare',
  'activity.filter.rangeOrder': 'Startdatumet ligger efter slutdatumet: välj ett startdatum på eller före slutdatumet.',
  'activity.filter.rangeOld': 'Partnercenter sparar aktivitet i {days, number} dagar: välj ett startdatum inom dem.',
  'activity.export': 'Exportera CSV',
  'activity.exported': '{count, plural, one {# post laddades} other {# poster laddades}} ned som en CSV-fil.',
  'activity.loading': 'Läser in aktivitet…',
  'activity.count': '{count, plural, =0 {Inga poster} one {# post} other {# poster}}',
  'activity.empty': 'Ingen aktivitet matchar filtren under den här perioden.',
  'activity.caption': 'Aktivitet, nyast först',
  'activity.col.date': 'När',
  'activity.col.customer': 'Kund',
  'activity.col.subscription': 'Prenumeration',
  'activity.col.operation': 'Åtgärd',
  'activity.col.change': 'Före → efter',
  'activity.col.user': 'Av',
  'activity.col.status': 'Utfall',
  'activity.csv.customerId': 'Kund-ID',
  'activity.csv.subscriptionId': 'Prenumerations-ID',
  'activity.csv.before': 'Före',
  'activity.csv.after': 'Efter',
  'activity.changedTo': 'ändrades till',
  'activity.newSubscription': 'Ny prenumeration:',
  'activity.state': '{name} · {quantity, plural, one {# licens} other {# licenser}} · {status}',
  'activity.requested': 'begärde {quantity, plural, one {# licens} other {# licenser}}',
  'activity.requested.upgrade': 'begärde {offer}, {quantity, plural, one {# licens} other {# licenser}}',
  'activity.requested.unknown': 'den begärda ändringen',
  'activity.refused': 'Nekad ({asked}): {reason}',
  'activity.operation':
    '{operation, select, upgrade_subscription {Uppgradering} update_subscription {Licensändring} other {{operation}}}',
  'activity.status':
    '{status, select, succeeded {Lyckades} failed {Misslyckades} progress {Pågår} decline {Avböjd} other {{status}}}',
  'activity.recent.title': 'Senaste aktivitet',
  'activity.recent.empty': 'Inga ändringar de senaste {days, number} dagarna.',
  'activity.recent.caption': 'Senaste aktivitet för {name}, nyast först',
  'activity.recent.all': 'Visa all aktivitet för {name}',

  'price.title': 'Vad det kostar',
  'price.demoBadge': 'Demopriser',
  'price.loading': 'Räknar ut kostnaden…',
  'price.unavailable':
    '{reason, select, no_prices {Belopp visas inte: Partnercenters API anger inga priser. Se prislistan i Partnercenter.} no_term {Belopp visas inte: prenumerationens perioddatum är okända.} other {Belopp visas inte: priserna kunde inte läsas in. Försök igen senare.}}',
  'price.credit':
    'Kredit för {quantity, plural, one {# licens} other {# licenser}} av {source} ({days, plural, one {# dag} other {# dagar}} kvar av {total, number})',
  'price.charge': '{target} för perioden ({term, select, P1M {1 månad} P1Y {12 månader} other {{term}}})',
  'price.perMonth': '{target} per månad',
  'price.net': 'Nettoförändring',
  'price.basis':
    'Demolistpriser i {currency}, inte Microsofts. Proportionellt per dag; varje belopp avrundas en gång. Hjälp förklarar hur.',
  'price.result.title': 'Vad det kostar (som förhandsvisat)',
  'price.licenses.charge':
    '{count, plural, one {# ny licens} other {# nya licenser}} för resten av perioden ({days, plural, one {# dag} other {# dagar}} av {total, number})',
  'price.licenses.perMonthBefore': 'Per månad nu',
  'price.licenses.perMonthAfter': 'Per månad efteråt',

  'help.price.title': 'Vad en uppgradering kostar',
  'help.price.lead':
    'Innan du skickar visar dialogrutorna för uppgradering och licenser kostnaden, proportionellt per dag över perioden, i kundens valuta. Belopp räknas i valutans minsta enhet (cent, öre, fillér…) och avrundas en gång var.',
  'help.price.credit':
    'Kredit = licenser × gammalt pris per månad × månader i perioden × dagar kvar ÷ dagar i perioden, avrundat nedåt: aldrig mer än som betalats för de dagarna.',
  'help.price.charge':
    'Debitering = licenser × nytt pris per månad × månader i perioden: den nya prenumerationen börjar i dag och löper en hel period.',
  'help.price.net':
    'Nettoförändring = debitering − kredit. På periodens första dag är den prisskillnaden för perioden.',
  'help.price.licenses':
    'Lägga till licenser = nya licenser × pris per månad × månader i perioden × dagar kvar ÷ dagar i perioden, avrundat till närmaste.',
  'help.price.example':
    'Exempel med påhittade priser: {licenses, number} licenser från {source} till {target} för {oldPrice} och {newPrice} per månad, {days, number} av {total, number} dagar kvar: kredit {credit}, debitering {charge}, nettoförändring {net}.',
  'help.price.demo':
    'Priserna som visas är demolistpriser från det simulerade Partnercenter, inte Microsofts. Partnercenters API anger inga priser, så med en riktig backend döljs beloppen.',
  // Opportunities and bulk upgrade (issue 15)
  'nav.opportunities': 'Möjligheter',
  'opportunities.title': 'Uppgraderingsmöjligheter',
  'opportunities.lead':
    'Varje prenumeration hos alla dina kunder som kan uppgraderas nu, med de erbjudanden den kan flyttas till. Markera några för att uppgradera dem tillsammans.',
  'opportunities.readOnly': 'Inloggad som {role}: du kan se möjligheterna men inte uppgradera dem.',
  'opportunities.scan.listing': 'Hämtar kunder… {total, number} hittills',
  'opportunities.scan.reading': 'Läser kundernas prenumerationer: {read, number} av {total, number}',
  'opportunities.scan.cancel': 'Sluta läsa in',
  'opportunities.scan.done': 'Alla {total, plural, one {# kund} other {# kunder}} har lästs.',
  'opportunities.scan.cancelled':
    'Inläsningen stoppades efter {read, number} av {total, number} kunder: listan visar det som hittats hittills.',
  'opportunities.scan.failed': 'Inläsningen misslyckades.',
  'opportunities.scan.refresh': 'Läs igen',
  'opportunities.scan.restart': 'Läs in alla',
  'opportunities.scan.someFailed':
    '{count, plural, one {# kund kunde inte läsas} other {# kunder kunde inte läsas}} ({names}); läs igen för att försöka på nytt.',
  'opportunities.filters': 'Filtrera möjligheter',
  'opportunities.filter.customer': 'Kund',
  'opportunities.filter.source': 'Nuvarande erbjudande',
  'opportunities.filter.target': 'Kan uppgraderas till',
  'opportunities.filter.anyOffer': 'Alla erbjudanden',
  'opportunities.filter.minSeats': 'Licenser från',
  'opportunities.filter.maxSeats': 'Licenser till',
  'opportunities.totals':
    '{count, plural, one {# prenumeration} other {# prenumerationer}}, {seats, plural, one {# licens} other {# licenser}}',
  'opportunities.export': 'Exportera CSV',
  'opportunities.selected':
    'Markerade: {count, plural, one {# prenumeration} other {# prenumerationer}}, {seats, plural, one {# licens} other {# licenser}}',
  'opportunities.selectMatching': 'Markera alla {count, number} som matchar',
  'opportunities.clearSelection': 'Rensa markeringen',
  'opportunities.plan': 'Planera en massuppgradering ({count, number})',
  'opportunities.none': 'Ingen prenumeration matchar: inget att uppgradera här.',
  'opportunities.none.yet': 'Letar efter prenumerationer som kan uppgraderas…',
  'opportunities.caption': 'Prenumerationer som kan uppgraderas, hos alla kunder',
  'opportunities.selectPage': 'Markera alla prenumerationer på den här sidan',
  'opportunities.selectRow': 'Markera {name} hos {customer}',
  'opportunities.col.customer': 'Kund',
  'opportunities.col.subscription': 'Prenumeration',
  'opportunities.col.offer': 'Nuvarande erbjudande',
  'opportunities.col.seats': 'Licenser',
  'opportunities.col.targets': 'Kan uppgraderas till',
  'opportunities.csv.customerId': 'Kund-ID',
  'opportunities.csv.subscriptionId': 'Prenumerations-ID',
  'opportunities.pages': 'Sidor',
  'pager.previous': 'Föregående sida',
  'pager.next': 'Nästa sida',
  'pager.pageOf': 'Sida {page, number} av {pages, number}',
  'opportunities.runInProgress': 'En massuppgradering pågår.',
  'opportunities.runOver': 'Din senaste massuppgradering är klar.',
  'opportunities.viewRun': 'Visa massuppgraderingen',
  'bulk.plan.title': 'Planera en massuppgradering',
  'bulk.plan.lead':
    '{count, plural, one {# prenumeration} other {# prenumerationer}} markerade, {seats, plural, one {# licens} other {# licenser}}. Välj det nya erbjudandet för varje nuvarande erbjudande: endast erbjudanden som alla markerade prenumerationer av det kan flyttas till visas.',
  'bulk.plan.group': '{offer}: {count, plural, one {# prenumeration} other {# prenumerationer}}',
  'bulk.plan.target': 'Uppgradera till',
  'bulk.plan.skip': 'Uppgradera inte dessa',
  'bulk.plan.noCommonTarget':
    'Inget erbjudande är öppet för alla {count, plural, one {# prenumeration} other {# prenumerationer}} av detta erbjudande: markera färre för att uppgradera dem.',
  'bulk.plan.transfer': 'Flytta användarnas licenser till de nya prenumerationerna',
  'bulk.plan.transferOn':
    'Användarnas licenser flyttas till den nya prenumerationen; alla licenser i varje prenumeration uppgraderas.',
  'bulk.plan.transferOff':
    'Användarna behåller sina nuvarande licenser, som flyttas senare; alla licenser i varje prenumeration uppgraderas.',
  'bulk.plan.back': 'Tillbaka till möjligheterna',
  'bulk.plan.review': 'Granska',
  'bulk.review.title': 'Granska massuppgraderingen',
  'bulk.review.totals':
    '{count, plural, one {# prenumeration} other {# prenumerationer}} hos {customers, plural, one {# kund} other {# kunder}} uppgraderas, totalt {seats, plural, one {# licens} other {# licenser}}.',
  'bulk.review.caption': 'Vad som händer med varje prenumeration',
  'bulk.review.change': '{source} → {target}',
  'bulk.review.refusedTitle':
    '{count, plural, one {# prenumeration utelämnas} other {# prenumerationer utelämnas}}: Partnercenter skulle avvisa dem efter de andra',
  'bulk.review.back': 'Ändra planen',
  'bulk.review.start': 'Starta massuppgraderingen ({count, number})',
  'bulk.col.change': 'Uppgradering',
  'bulk.col.outcome': 'Resultat',
  'bulk.run.title': 'Massuppgradering',
  'bulk.run.none': 'Ingen massuppgradering ännu. Markera prenumerationer på sidan Möjligheter för att planera en.',
  'bulk.run.toOpportunities': 'Gå till möjligheterna',
  'bulk.run.state':
    '{state, select, running {Uppgraderar {count, plural, one {# prenumeration} other {# prenumerationer}}…} paused {Pausad: ingen ny uppgradering startar förrän du fortsätter.} cancelled {Avbruten: uppgraderingar som inte hade startat skickades inte.} finished {Klar.} other {{state}}}',
  'bulk.run.progress': 'Förlopp: {settled, number} av {total, number}',
  'bulk.count.done': 'Uppgraderade',
  'bulk.count.failed': 'Misslyckade',
  'bulk.count.waiting': 'Väntar',
  'bulk.count.cancelled': 'Avbrutna',
  'bulk.count.timeLeft': 'Tid kvar',
  'bulk.eta.seconds': 'cirka {seconds, plural, one {# sekund} other {# sekunder}}',
  'bulk.eta.minutes': 'cirka {minutes, plural, one {# minut} other {# minuter}}',
  'bulk.run.pause': 'Pausa',
  'bulk.run.resume': 'Fortsätt',
  'bulk.run.cancel': 'Avbryt resten',
  'bulk.run.pausing': 'Uppgraderingar som redan skickats slutförs.',
  'bulk.run.export': 'Exportera resultat som CSV',
  'bulk.run.retryFailed': 'Försök igen med de misslyckade ({count, number})',
  'bulk.run.newPlan': 'Klar: tillbaka till möjligheterna',
  'bulk.run.caption': 'Varje prenumerations uppgradering och dess resultat',
  'bulk.run.pages': 'Resultatsidor',
  'bulk.outcome.waiting': 'Väntar',
  'bulk.outcome.sending': 'Skickar…',
  'bulk.outcome.cancelled': 'Avbruten: skickades inte',
  'bulk.outcome.done':
    'Uppgraderad: ny prenumeration {id}. {users, plural, =0 {Alla användares licenser flyttades.} one {# användare behöver mer arbete:} other {# användare behöver mer arbete:}}',
  'bulk.failure.unknown':
    'Inget svar efter flera försök: det kan ha utförts eller inte. Ett nytt försök skickar exakt samma begäran, så det kan inte utföras två gånger.',
  'bulk.failure.changed':
    'Prenumerationen har ändrats sedan din granskning; inget gjordes. Läs in möjligheterna igen och planera den på nytt.',
  'bulk.failure.conflict': 'Partnercenter är upptaget med den här prenumerationen; inget gjordes. Försök igen senare.',
  'bulk.failure.throttled': 'Partnercenter bad hela tiden om att vänta; inget gjordes. Försök igen senare.',
  'bulk.failure.forbidden': 'Din roll får inte uppgradera den här prenumerationen; inget gjordes.',
  'bulk.failure.notFound': 'Prenumerationen finns inte längre; inget gjordes.',
  'bulk.failure.refused': 'Partnercenter avvisade uppgraderingen (kod {code}); inget gjordes.',
  'bulk.failure.other': 'Partnercenter returnerade ett fel (HTTP {status}); inget gjordes.',
  'bulk.csv.source': 'Från erbjudande',
  'bulk.csv.target': 'Till erbjudande',
  'bulk.csv.status': 'Status',
  'bulk.csv.newSubscription': 'Ny prenumerations-ID',
  'bulk.csv.affectedUsers': 'Användare som behöver mer arbete',
  'bulk.csv.requestId': 'MS-RequestId',
  'demo.fault.shareOption': 'En andel av begärandena',
  'demo.fault.percent': 'Andel begäranden som misslyckas',
  'demo.fault.percentOption': '{percent, number, percent}',
  'demo.fault.shareStatus':
    '{percent, number, percent} av begärandena misslyckas: {kind, select, server_error {500 serverfel} throttled {429 för många begäranden} timeout {tidsgräns} network {nätverksfel} conflict {409 konflikt} precondition_failed {412 ändrad under tiden} other {{kind}}}.',
}
