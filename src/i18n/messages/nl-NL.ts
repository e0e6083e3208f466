/**
 * nl-NL: Dutch. Glossary from the nl-NL source article (seeds/003, machine translated; zh-CN, the
 * human translation, checked for meaning) and Microsoft's Dutch Partner Center terms. Formal “u”,
 * as the seed. Typographic apostrophes (’) avoid ICU's quoting.
 */
import type { Catalog } from '../catalogs'

export const nlNL: Catalog = {
  'app.name': 'Upgrade Console',
  'app.demoBadge': 'Demogegevens · gesimuleerd Partner Center',
  'app.loadingPage': 'Laden…',
  'nav.skip': 'Naar hoofdinhoud gaan',
  'nav.main': 'Hoofdmenu',
  'nav.customers': 'Klanten',
  // “Help” (Microsoft’s usual Dutch label) would equal en-US, which the catalog test rejects.
  'nav.help': 'Help',
  'nav.breadcrumb': 'Kruimelpad',
  'notFound.title': 'Pagina niet gevonden',
  'notFound.back': 'Naar de klantenlijst',

  'action.cancel': 'Annuleren',
  'action.close': 'Sluiten',
  'action.done': 'Gereed',
  'action.retry': 'Opnieuw proberen',
  'action.dismiss': 'Negeren',
  'boot.failed':
    'Upgrade Console kan niet worden gestart: {message}. Laad de pagina opnieuw. Blijft dit gebeuren, controleer dan of deze browser service workers toestaat op dit adres.',
  'boot.failed.live':
    'Upgrade Console kan niet worden gestart: {message}. Laad de pagina opnieuw. Blijft dit gebeuren, controleer dan of deze computer deze site en de aanmelding bij Microsoft kan bereiken.',
  'demo.unknownScenario':
    'Er is geen ingebouwd scenario met de naam “{name}”. De demo toont daarom het scenario dat eerder werd weergegeven.',
  'demo.stateDiscarded':
    'De opgeslagen demogegevens konden niet worden gebruikt (ze waren beschadigd of van een andere versie). De demo is daarom opnieuw gestart vanaf het begin van het scenario.',
  'demo.storageFull':
    'De opslag van de browser is vol: wijzigingen in de demo blijven vanaf nu niet bewaard na opnieuw laden, en andere tabbladen zien ze niet. Zet de demo terug of laad een kleiner scenario.',

  'locale.label': 'Taal',
  'theme.label': 'Thema',
  'theme.system': 'Zoals het systeem',
  'theme.light': 'Licht',
  'theme.dark': 'Donker',
  'session.role.label': 'Aangemeld als',
  'session.signedInAs': 'Aangemeld als {role}',
  'auth.account.label': 'Aangemeld als',
  'auth.account.noRole': 'geen partnerrol',
  'auth.signOut': 'Afmelden',
  'auth.signIn.title': 'Aanmelden bij Upgrade Console',
  'auth.signIn.body':
    'Meld u aan met het Microsoft-werkaccount dat u voor Partnercentrum gebruikt. Wat u hier kunt doen, hangt af van de rollen van dat account.',
  'auth.signIn.button': 'Aanmelden met Microsoft',
  'auth.signIn.busy': 'Microsoft-aanmelding wordt geopend…',
  'auth.signIn.failed':
    'Aanmelden is niet voltooid: {message}. Probeer het opnieuw; blijft het gebeuren, vraag dan uw beheerder de app-registratie te controleren.',
  'auth.reauth.title': 'Opnieuw aanmelden',
  'auth.reauth.body':
    'Uw aanmelding is verlopen. Meld u opnieuw aan om verder te gaan: deze pagina, het geopende dialoogvenster en wat u hebt getypt blijven behouden.',
  'auth.reauth.button': 'Opnieuw aanmelden',
  'auth.reauth.failed':
    'Aanmelden is niet voltooid. Probeer het opnieuw, of sluit dit bericht en meld u later aan; tot dan wordt er niets verzonden.',

  'demo.open': 'Demo-instellingen',
  'demo.title': 'Demo-instellingen',
  'demo.description':
    'Alleen voor demo’s. Deze instellingen wijzigen het gesimuleerde Partner Center in deze browser; een echt Partner Center wordt nooit benaderd.',
  // “Scenario” would equal en-US, which the catalog test rejects.
  'demo.scenario.title': 'Demoscenario',
  'demo.scenario.label': 'Ingebouwd scenario',
  'demo.scenario.load': 'Scenario laden',
  'demo.scenario.loaded': '“{title}” is vanaf het begin geladen.',
  'demo.scenario.file': 'Een scenariobestand laden…',
  'demo.scenario.drop': 'of sleep een .json-bestand hierheen',
  'demo.scenario.fileLoaded': 'Het scenariobestand {file} is geladen.',
  'demo.scenario.invalid':
    '{count, plural, one {Het bestand bevat # probleem, dus er is niets geladen:} other {Het bestand bevat # problemen, dus er is niets geladen:}}',
  'demo.export': 'Huidige gegevens exporteren',
  'demo.export.done': 'De huidige gegevens zijn gedownload als scenariobestand.',
  'demo.reset': 'Terugzetten naar het begin van het scenario',
  'demo.reset.done': '“{title}” is teruggezet naar het begin.',
  'demo.role.title': 'Aangemelde gebruiker',
  'demo.latency.title': 'Netwerklatentie',
  'demo.latency.option': '{latency, select, none {Geen} realistic {Realistisch} slow {Traag (2 s)} other {{latency}}}',
  'demo.fault.title': 'Foutinjectie',
  'demo.fault.label': 'Aanvragen laten mislukken met',
  'demo.fault.off': 'Geen fout',
  'demo.fault.kind':
    '{kind, select, server_error {500-serverfout} throttled {429 te veel aanvragen (Retry-After)} timeout {Time-out (geen antwoord)} network {Netwerkfout} conflict {409-conflict} precondition_failed {412 intussen gewijzigd} other {{kind}}}',
  'demo.fault.scope': 'Toepassen op',
  'demo.fault.scopeOption': '{scope, select, next {Alleen de volgende aanvraag} all {Elke aanvraag} other {{scope}}}',
  'demo.fault.status':
    '{scope, select, next {De volgende aanvraag mislukt} other {Elke aanvraag mislukt}}: {kind, select, server_error {500-serverfout} throttled {429 te veel aanvragen} timeout {time-out} network {netwerkfout} conflict {409-conflict} precondition_failed {412 intussen gewijzigd} other {{kind}}}.',
  'demo.fault.none': 'Aanvragen worden normaal beantwoord.',
  // seed: “Globale” (the role name cut short); Partner Center’s Dutch role table has “Globale beheerder”
  'role.global_admin': 'Globale beheerder',
  // seed: “Gebruikersbeheerbeheer” (doubled compound from the machine translation); Partner Center’s
  // Dutch role table has “Beheerder van gebruikersbeheer”
  'role.user_management_admin': 'Beheerder van gebruikersbeheer',
  'role.admin_agent': 'Beheeragent',
  'role.sales_agent': 'Verkoopagent',
  'role.helpdesk_agent': 'Helpdeskagent',
  'role.billing_admin': 'Factureringsbeheerder',
  'role.account_admin': 'Accountbeheerder',
  'role.referrals_admin': 'Verwijzingsbeheerder',
  'role.mpn_partner_admin': 'MPN-partnerbeheerder',
  'role.executive_report_viewer': 'Rapportviewer voor leidinggevenden',

  relationship:
    '{value, select, reseller {Reseller} advisor {Adviseur} microsoft_cloud_agreement {Microsoft Cloud Agreement} none {Geen relatie} other {{value}}}',

  'customers.title': 'Klanten',
  'customers.lead': 'Selecteer een klant om de abonnementen ervan te bekijken en te upgraden.',
  'customers.search.label': 'Zoeken op bedrijfsnaam',
  'customers.search.placeholder': 'bijv. Contoso',
  'customers.loading': 'Klanten laden…',
  'customers.count':
    '{shown, plural, =0 {Geen van de {total, number} klanten weergegeven} one {# van de {total, number} klanten weergegeven} other {# van de {total, number} klanten weergegeven}}',
  'customers.countLoading':
    '{shown, plural, =0 {Geen klanten weergegeven} one {# klant weergegeven} other {# klanten weergegeven}} van de {loaded, number} die tot nu toe zijn geladen; er worden meer geladen…',
  'customers.empty': 'U hebt nog geen klanten.',
  'customers.noMatch':
    'Geen enkele bedrijfsnaam bevat “{search}”. Controleer de spelling of zoek op een deel van de naam.',
  'customers.caption': 'Klanten',
  'customers.col.company': 'Bedrijf',
  'customers.col.domain': 'Domein',
  'customers.col.relationship': 'Relatie',
  'customers.col.delegatedAdmin': 'Gedelegeerd beheer',
  'customers.delegatedAdmin.on': 'Verleend',
  'customers.delegatedAdmin.off': 'Niet verleend',

  'customer.loadingName': 'Klant',
  'customer.domain': 'Domein',
  'customer.relationship': 'Relatie',
  'customer.delegatedAdmin': 'Gedelegeerde beheerdersbevoegdheden',
  'customer.readOnly':
    'U bent aangemeld als {role}: u kunt abonnementen bekijken, maar alleen een Globale beheerder, Beheerder van gebruikersbeheer, Beheeragent, Verkoopagent of Helpdeskagent kan ze upgraden of er licenties aan toevoegen.',
  'customer.noDelegatedAdmin':
    'U hebt geen gedelegeerde beheerdersbevoegdheden voor deze klant, dus de abonnementen ervan kunnen niet worden geüpgraded. Vraag de klant een aanvraag voor een relatie met gedelegeerd beheer te accepteren.',

  'subscriptions.title': 'Abonnementen',
  'subscriptions.loading': 'Abonnementen laden…',
  'subscriptions.loadingMore':
    'Abonnementen laden: tot nu toe {loaded, number} van {total, number}. Upgrademogelijkheden verschijnen zodra alles binnen is.',
  'subscriptions.empty': '{name} heeft nog geen abonnementen bij u.',
  // seed: “informatief pictogram” (literal machine translation); Microsoft’s Dutch UI term “informatiepictogram” used
  'subscriptions.lead':
    'Een abonnement dat kan worden geüpgraded, heeft een informatiepictogram na de naam: beweeg de muisaanwijzer erover en selecteer Nu upgraden, of geef het pictogram de focus en druk op Enter.',
  'subscriptions.leadReadOnly': 'Met uw rol worden abonnementen alleen-lezen weergegeven.',
  'subscriptions.caption': 'Abonnementen van deze klant',
  'subscriptions.col.name': 'Abonnement',
  'subscriptions.col.offer': 'Aanbieding',
  'subscriptions.col.quantity': 'Licenties',
  'subscriptions.col.status': 'Status',
  'subscriptions.col.billing': 'Facturering',
  'subscriptions.col.termEnd': 'Einde termijn',
  'subscriptions.col.actions': 'Acties',
  'subscriptions.addOnOf': 'Invoegtoepassing bij {parent}',
  'subscriptions.toolbar.label': 'Abonnementen zoeken en filteren',
  'subscriptions.search.label': 'Abonnementen zoeken',
  // “Status” alone would equal en-US (only the column header is allow-listed), so the filter says what it does.
  'subscriptions.filter.status': 'Filteren op status',
  'subscriptions.filter.allStatuses': 'Alle statussen',
  'subscriptions.filter.offer': 'Filteren op aanbieding',
  'subscriptions.filter.allOffers': 'Alle aanbiedingen',
  'subscriptions.filter.eligible': 'Alleen te upgraden',
  'subscriptions.filter.clear': 'Filters wissen',
  'subscriptions.count':
    '{total, plural, one {{shown, number} van # abonnement weergegeven} other {{shown, number} van # abonnementen weergegeven}}',
  'subscriptions.noMatch': 'Geen enkel abonnement voldoet aan deze filters.',
  'subscriptions.suspensionReason':
    '{reason, select, Upgraded {Geüpgraded} CustomerCancellation {Geannuleerd door de klant} PartnerInitiated {Opgeschort door u} PaymentDelinquency {Betaling achterstallig} PaymentIssue {Betalingsprobleem} Fraud {Vermoedelijke fraude} Expired {Termijn verlopen} Converted {Omgezet naar een ander aanbod} Transferred {Overgedragen aan een andere partner} other {Andere reden ({reason})}}',

  'review.newer':
    'Dit abonnement is gewijzigd sinds u dit dialoogvenster opende (door een andere agent of een ander tabblad).',
  'review.whatChanged': 'Wat er is gewijzigd:',
  'review.change.quantity': 'Licenties: {before, number} → {after, number}',
  'review.change.status': 'Status: {before} → {after}',
  'review.change.other': 'Andere gegevens zijn gewijzigd; het aantal licenties en de status zijn gelijk.',
  'review.showLatest': 'Nieuwste gegevens tonen',

  'status.none': 'Geen status',
  'status.active': 'Actief',
  'status.pending': 'In behandeling',
  'status.suspended': 'Opgeschort',
  'status.deleted': 'Geannuleerd',
  'status.expired': 'Verlopen',
  'status.disabled': 'Uitgeschakeld',
  'status.unknown': 'Onbekend',
  'billing.cycle': '{cycle, select, monthly {Maandelijks} annual {Jaarlijks} other {—}}',
  'billing.term':
    '{term, select, P1M {Termijn van 1 maand} P1Y {Termijn van 1 jaar} P3Y {Termijn van 3 jaar} other {}}',

  'upgrade.info.label': '{name} upgraden',
  'upgrade.info.tooltip': '{count, plural, one {# upgrade beschikbaar.} other {# upgrades beschikbaar.}}',
  'upgrade.info.tooltipLabel':
    '{count, plural, one {# upgrade beschikbaar.} other {# upgrades beschikbaar.}} Druk op Enter om een nieuwe aanbieding te kiezen.',
  // seed: “**vervolgens Nu upgraden.**” (bold misplaced by the machine translation); the button is “Nu upgraden”
  'upgrade.now': 'Nu upgraden',

  'blocked.trigger': 'Waarom geen upgrade?',
  'blocked.trigger.label': 'Waarom geen upgrade? {name}',
  'blocked.title': 'Waarom {name} niet kan worden geüpgraded',
  'blocked.perTarget': 'Per aanbieding waarnaar het abonnement zou kunnen worden geüpgraded:',
  'blocked.service.intro':
    'Deze aanbieding staat niet in de catalogus van de console, dus dit is het eigen antwoord van Partnercentrum:',
  'blocked.service.none': 'Partnercentrum vermeldt geen upgrade voor dit abonnement.',
  'blocked.service.loading': 'Partnercentrum wordt gevraagd…',

  'problem.theTarget': 'de doelaanbieding',
  'problem.delegatedAdmin':
    'U hebt geen gedelegeerde beheerdersbevoegdheden voor deze klant. Vraag de klant een aanvraag voor een relatie met gedelegeerd beheer te accepteren.',
  'problem.notActive':
    'Het abonnement heeft de status {status}. Alleen een actief abonnement kan worden geüpgraded (geen opgeschort of geannuleerd abonnement).',
  'problem.notProvisioned':
    'Het abonnement wordt nog ingericht (in behandeling). Probeer het opnieuw zodra het actief is.',
  'problem.holder':
    '{channel, select, partner {{offer} van u} other {{offer}, gekocht via een andere partner of een ander kanaal}}',
  'problem.conflictingServices':
    'De klant heeft al {holders}, met daarin {services}: services die {target} zou toevoegen. De klant moet dat eerst annuleren.',
  'problem.alreadyHasTarget':
    '{channel, select, other {De klant heeft {target} al via een andere partner of een ander kanaal en kan het pas bij u kopen als dat abonnement eerst is geannuleerd.} partner {De klant heeft {target} al bij u: voeg in plaats daarvan licenties toe aan dat abonnement.}}',
  'problem.addOns':
    'Het abonnement heeft invoegtoepassingen ({addOns}). Verwijder de invoegtoepassingen voordat u upgradet.',
  'problem.noPaths': 'Deze aanbieding heeft geen upgradepad in het CSP-programma.',
  'problem.targetNotFound': 'Dit abonnement heeft geen upgradepad naar {target}.',

  'condition.subscription_status_not_active': 'Het abonnement is actief (niet opgeschort of geannuleerd).',
  'condition.subscription_not_provisioned': 'Het abonnement is ingericht (niet in behandeling).',
  // seed: “beheerdersbevoegdheden” in the condition, “gedelegeerde beheerdersbevoegdheden” in its link; the full term used
  'condition.delegated_admin_permissions_disabled':
    'U hebt gedelegeerde beheerdersbevoegdheden voor deze klant en service.',
  'condition.conflicting_service_types':
    'De klant heeft geen ander abonnement dat de extra services van de nieuwe aanbieding al bevat, niet bij u en niet bij een andere partner of een ander kanaal.',
  // seed: “multikanaals” (odd inflection from the machine translation); plain “multikanaal” used
  'condition.concurrency_conflicts':
    'De klant heeft de nieuwe aanbieding nog niet, niet bij u en niet bij een andere partner of een ander kanaal (multikanaal).',
  'condition.subscription_add_ons_present': 'Het abonnement heeft geen invoegtoepassingen.',
  'condition.subscription_does_not_have_any_upgrade_paths': 'De aanbieding van het abonnement heeft upgradepaden.',
  'condition.subscription_target_offer_not_found': 'De nieuwe aanbieding is een van die paden.',

  'upgrade.dialog.title': '{name} upgraden',
  'upgrade.dialog.description':
    '{offer} · {quantity, plural, one {# licentie} other {# licenties}}. Selecteer de nieuwe aanbieding en kies vervolgens Verzenden.',
  'upgrade.loading': 'Controleren welke upgrades mogelijk zijn…',
  'upgrade.noTargets': 'Partner Center biedt geen upgrade voor dit abonnement.',
  'upgrade.offer.legend': 'Nieuwe aanbieding',
  'upgrade.offer.adds': 'Voegt {services} toe.',
  'offer.description':
    '{offer, select, appsForBusiness {Office-apps voor desktop en web met 1 TB cloudopslag, zonder zakelijke e-mail.} businessBasic {Zakelijke e-mail, Teams, SharePoint, OneDrive en Office voor het web.} businessStandard {Alles van Business Basic plus de Office-desktopapps en Bookings.} businessPremium {Alles van Business Standard plus apparaatbeheer en geavanceerde beveiliging.} appsForEnterprise {Office-apps voor desktop en web voor organisaties van elke omvang.} e1 {E-mail, Teams, SharePoint en Office voor het web voor organisaties van elke omvang.} e3 {Alles van E1 plus de Office-desktopapps en e-mailarchivering.} e5 {Alles van E3 plus geavanceerde beveiliging, spraak en analyses.} appsForBusinessIndia {Microsoft 365 Apps for business, verkocht in India.} businessBasicIndia {Microsoft 365 Business Basic, verkocht in India.} businessStandardIndia {Microsoft 365 Business Standard, verkocht in India.} audioConferencing {Inbelnummers voor Teams-vergaderingen (invoegtoepassing).} exchangeArchivingAddOn {Archivering en juridische bewaring voor Exchange Online-postvakken (invoegtoepassing).} exchangePlan1 {Alleen zakelijke e-mail.} other {}}',
  'upgrade.offer.unavailable': 'Niet beschikbaar:',
  'upgrade.offer.required': 'Kies de aanbieding waarnaar u wilt upgraden.',
  'upgrade.reason.code': 'Partner Center heeft dit geweigerd (code {code}).',
  'upgrade.reason.unknown': 'Partner Center heeft geen reden opgegeven.',
  'upgrade.quantity.label': 'Te upgraden licenties',
  'upgrade.quantity.hint':
    'Maximaal {max, number} van {total, number}. Als u er minder upgradet, is het een gedeeltelijke upgrade: het huidige abonnement houdt de rest.',
  'upgrade.quantity.whole': 'Voer een geheel aantal licenties in.',
  'upgrade.quantity.range': 'Voer een getal van {min, number} tot en met {max, number} in.',
  'upgrade.transfer.label': 'Licenties van gebruikers naar het nieuwe abonnement verplaatsen',
  'upgrade.transfer.hint':
    'Aanbevolen. Zonder deze optie krijgen gebruikers niets van de upgrade totdat u zelf licenties aan hen toewijst.',
  'upgrade.summary.title': 'Wat er gebeurt',
  'upgrade.summary.choose': 'Kies een aanbieding om te zien wat de upgrade doet.',
  'upgrade.summary.newSubscription':
    'Er wordt een nieuw abonnement op {target} gemaakt met {quantity, plural, one {# licentie} other {# licenties}}.',
  'upgrade.summary.sourceSuspended': '{source} wordt opgeschort: alle licenties ervan gaan naar het nieuwe abonnement.',
  'upgrade.summary.sourceReduced':
    '{source} houdt {remaining, plural, one {# licentie} other {# licenties}} (een gedeeltelijke upgrade).',
  'upgrade.summary.transfer':
    'De licenties van gebruikers worden verplaatst naar {target}. Gebruikers van wie de licentie niet kan worden verplaatst, worden na het verzenden weergegeven.',
  'upgrade.summary.noTransfer':
    'Er worden geen gebruikerslicenties verplaatst: wijs {target} daarna zelf toe aan gebruikers.',
  'upgrade.summary.billing':
    'Facturering: de geüpgradede licenties van {source} eindigen met een tegoed naar rato, en de facturering van het nieuwe abonnement begint vandaag.',
  'upgrade.summary.irreversible': 'Een upgrade kan niet ongedaan worden gemaakt.',
  'upgrade.submit': 'Verzenden',
  'upgrade.submitting': 'Verzenden…',

  'upgrade.result.dialogTitle': '{name} is geüpgraded',
  'upgrade.result.title': 'Upgrade voltooid',
  'upgrade.result.created': 'Nieuw abonnement: {target}, {quantity, plural, one {# licentie} other {# licenties}}.',
  'upgrade.result.subscriptionId': 'Abonnements-id',
  'upgrade.result.sourceSuspended': '{source} is nu opgeschort.',
  'upgrade.result.sourceReduced': '{source} heeft nu {remaining, plural, one {# licentie} other {# licenties}}.',
  'upgrade.result.billing':
    'De oude licenties eindigen met een tegoed naar rato; het nieuwe abonnement wordt vanaf vandaag gefactureerd.',
  'upgrade.result.affected.title':
    '{count, plural, one {# gebruikersaccount vereist extra werk} other {# gebruikersaccounts vereisen extra werk}}',
  'upgrade.result.affected.lead':
    'De licenties van deze gebruikers konden voor sommige services niet worden verplaatst. Verwijder de conflicterende licentie in het Microsoft 365-beheercentrum en wijs {target} daarna aan hen toe.',
  'upgrade.result.affected.caption': 'Betrokken accounts en services',
  'upgrade.result.affected.user': 'Gebruiker',
  'upgrade.result.affected.email': 'E-mail',
  'upgrade.result.affected.services': 'Betrokken services',
  'upgrade.result.allMoved': 'De licenties van alle gebruikers zijn naar het nieuwe abonnement verplaatst.',
  'upgrade.result.noneMoved':
    'Er zijn geen licenties verplaatst: wijs {target} toe aan gebruikers in het nieuwe abonnement.',

  'licenses.open': 'Licenties toevoegen',
  'licenses.open.label': 'Licenties toevoegen aan {name}',
  'licenses.dialog.title': 'Licenties toevoegen aan {name}',
  'licenses.dialog.description':
    'Het abonnement heeft {quantity, plural, one {# licentie} other {# licenties}}; {offer} staat maximaal {max, number} toe.',
  'licenses.count.label': 'Aantal toe te voegen licenties',
  'licenses.count.hint': 'Nieuw totaal: {total, number}. U kunt er maximaal {room, number} toevoegen.',
  'licenses.error.whole': 'Voer een geheel aantal licenties in, 1 of meer.',
  'licenses.error.max':
    '{offer} staat maximaal {max, number} licenties toe, dus u kunt er maximaal {room, number} toevoegen. Upgrade naar een Enterprise-abonnement als u er meer nodig hebt.',
  'licenses.billing':
    'De nieuwe licenties worden vanaf vandaag gefactureerd, naar rato tot het einde van de huidige termijn.',
  'licenses.submit': 'Licenties toevoegen',
  'licenses.submitting': 'Toevoegen…',
  'licenses.done':
    '{added, plural, one {# licentie} other {# licenties}} toegevoegd aan {name}: het abonnement heeft er nu {total, number}.',

  'help.title': 'Help: een abonnement upgraden',
  'help.lead':
    'Als een klant meer licenties nodig heeft dan het abonnement biedt, of een andere versie met extra services, kunt u het abonnement upgraden. Deze pagina wordt gegenereerd op basis van dezelfde regels die het product en de API ervan gebruiken.',
  'help.steps.title': 'Zo upgradet u',
  'help.steps.1': 'Kies de klant en open vervolgens de lijst met abonnementen.',
  // seed: “informatief pictogram” (literal machine translation); Microsoft’s Dutch UI term “informatiepictogram” used
  'help.steps.2':
    'Als een abonnement kan worden geüpgraded, ziet u een informatiepictogram direct na de naam. Beweeg de muisaanwijzer over dit pictogram en selecteer Nu upgraden (met het toetsenbord: geef het pictogram de focus en druk op Enter).',
  'help.steps.3': 'Selecteer de nieuwe aanbieding en kies vervolgens Verzenden.',
  // seed: “Als dat het Partner Center, wordt …” (a verb lost in the machine translation); rewritten
  'help.steps.4':
    'Mogelijk moet er extra werk worden gedaan om bepaalde gebruikersaccounts voor bepaalde services over te brengen: het resultaat toont dan een lijst met betrokken accounts en services.',
  'help.paths.title': 'Upgrades die worden ondersteund in het CSP-programma',
  'help.paths.source': 'Aanbieding',
  'help.paths.targets': 'Mogelijke upgrades',
  'help.paths.footnote': '{variants} kunnen worden geüpgraded naar {target}, niet naar {excluded}.',
  'help.paths.indiaTitle': 'De aanbiedingen voor India',
  'help.paths.others': 'Alle andere aanbiedingen, inclusief invoegtoepassingen, hebben geen upgradepad.',
  'help.conditions.title': 'Voorwaarden',
  // seed: “kunnen worden bijgewerkt” (“updated”, a machine-translation slip for “upgraded”); “geüpgraded” used, as elsewhere in the seed
  'help.conditions.lead':
    'Een abonnement kan alleen naar een aanbieding worden geüpgraded als aan al deze voorwaarden wordt voldaan:',
  'help.conditions.condition': 'Voorwaarde',
  'help.conditions.code': 'Partner Center-foutcode als niet aan de voorwaarde wordt voldaan',
  'help.roles.title': 'Wie kan upgraden',
  'help.roles.lead': 'Deze partnerrollen kunnen abonnementen upgraden en licenties toevoegen:',
  'help.roles.others': 'Andere rollen ({roles}) kunnen abonnementen bekijken, maar niet wijzigen.',

  // The guided tour and demo links (issue 18).
  'tour.start': 'Rondleiding starten',
  'tour.paused': 'Rondleiding',
  'tour.resume': 'Rondleiding hervatten (stap {step, number} van {total, number})',
  'tour.end': 'Rondleiding beëindigen',
  'tour.progress': 'Rondleiding · stap {step, number} van {total, number}',
  'tour.step.customer': 'Kies de klant',
  'tour.step.subscriptions': 'Bekijk de abonnementen',
  'tour.step.infoIcon': 'Zoek het informatiepictogram na de naam',
  'tour.step.upgradeNow': 'Beweeg de muisaanwijzer erover en selecteer Nu upgraden',
  'tour.step.offer': 'Kies de nieuwe aanbieding',
  'tour.step.submit': 'Selecteer Verzenden',
  'tour.step.result': 'Lees de betrokken accounts en services',
  'tour.showMe': 'Laat zien',
  'tour.next': 'Volgende',
  'tour.finish': 'Rondleiding afronden',
  'tour.leave': 'Rondleiding verlaten',
  'tour.notHere': 'Het onderdeel van deze stap staat nog niet op het scherm. Selecteer Laat zien om erheen te gaan.',
  'tour.readOnly':
    'Als {role} kunt u abonnementen alleen bekijken. Kies in Demo-instellingen een rol die kan upgraden om de rest van de rondleiding te volgen.',
  'demo.link.title': 'Rondleiding en demokoppeling',
  'demo.link.hint':
    'De demokoppeling opent deze pagina met dit scenario vanaf het begin, de aangemelde rol, de taal en de latentie.',
  'demo.link.copy': 'Demokoppeling kopiëren',
  'demo.link.copied': 'Demokoppeling gekopieerd: deze opent “{scenario}” vanaf het begin, aangemeld als {role}.',
  'demo.link.ownFile':
    'Uw eigen scenariobestand zit niet in de koppeling: die werkt alleen waar het bestand is geladen.',
  'demo.link.copyFailed': 'De browser stond kopiëren niet toe. Kopieer de demokoppeling hier:',
  'demoLink.badValue':
    'De waarde “{value}” voor {param} in de demokoppeling is onbekend en is niet toegepast. Bekende waarden: {known}.',
  'demoLink.unknownParam':
    'De parameter “{param}” in de demokoppeling is onbekend en is genegeerd. Bekende parameters: {known}.',
  'demoLink.demoOnly':
    'De parameters {params} in de demokoppeling gelden alleen voor de demo, niet voor een echt Partner Center, en zijn genegeerd.',

  'error.page.title': 'Er is iets misgegaan op deze pagina',
  'error.unexpected.title': 'Er is iets misgegaan',
  'error.unexpected.action': 'Probeer het opnieuw. Laad de pagina opnieuw als dit blijft gebeuren.',
  'error.status': 'Wat er is gebeurd',
  // “code {code}” would equal en-US, which the catalog test rejects.
  'error.code': 'foutcode {code}',
  'error.correlationId': 'Correlatie-id (voor ondersteuning)',
  'error.kind.network': 'Geen verbinding',
  'error.kind.timeout': 'Time-out',
  'error.kind.malformed': 'Onleesbaar antwoord',
  'error.kind.http': 'Foutantwoord',
  'error.network.title': 'Partner Center is niet bereikbaar',
  'error.network.action': 'Controleer uw netwerkverbinding en probeer het opnieuw.',
  'error.kind.signin': 'Aanmelden niet beschikbaar',
  'error.signin.title': 'Microsoft-aanmelding is niet bereikbaar',
  'error.signin.action':
    'Er is niets verzonden. Controleer uw netwerkverbinding en probeer het opnieuw; blijft het gebeuren, dan is Microsoft Entra ID mogelijk niet beschikbaar.',
  'error.timeout.title': 'Partner Center heeft niet binnen {seconds, number} seconden geantwoord',
  'error.timeout.action':
    'Probeer het opnieuw. Als u een wijziging aan het verzenden was, verstuurt Opnieuw proberen precies dezelfde aanvraag nog eens, zodat deze niet twee keer kan worden uitgevoerd: als de aanvraag al was verwerkt, ziet u het resultaat ervan.',
  'error.malformed.title': 'Partner Center heeft een antwoord gestuurd dat deze app niet kan lezen',
  'error.malformed.action':
    'Probeer het opnieuw. Blijft dit gebeuren, neem dan contact op met de ondersteuning en vermeld de correlatie-id.',
  'error.400.title': 'Partner Center heeft de aanvraag geweigerd',
  'error.400.action': 'Controleer de reden hierboven, wijzig uw keuze en probeer het opnieuw.',
  'error.401.title': 'Uw aanmelding is verlopen',
  'error.401.action': 'Meld u opnieuw aan en probeer het nog eens.',
  'error.403.title': 'U bent niet gemachtigd om dit te doen',
  'error.403.action':
    'Uw partnerrol of uw relatie met deze klant staat dit niet toe. Vraag het aan een Globale beheerder of Beheeragent.',
  'error.404.title': 'Niet gevonden',
  'error.404.action': 'Het is mogelijk verwijderd of verplaatst. Ga terug naar de klantenlijst en laad deze opnieuw.',
  'error.conflict.title': 'Dit abonnement is intussen gewijzigd',
  'error.conflict.action':
    'Er is niets gewijzigd. De meest recente gegevens zijn geladen: controleer ze en probeer het opnieuw.',
  'error.429.title': 'Partner Center is bezet',
  'error.429.action': 'Te veel aanvragen: wacht {seconds, number} seconden en probeer het opnieuw.',
  'error.5xx.title': 'Er is een probleem opgetreden bij Partner Center',
  'error.5xx.action': 'Er is niets verloren gegaan. Probeer het zo opnieuw.',
  'error.other.title': 'Partner Center heeft een fout geretourneerd',
  'error.other.action':
    'Probeer het opnieuw. Blijft dit gebeuren, neem dan contact op met de ondersteuning en vermeld de correlatie-id.',
  // issue 13 (polish): the no-relationship page, license and upgrade errors, scenario file limits
  'customers.noRelationship': 'Geen relatie met u, dus deze klant kan hier niet worden beheerd',
  'customer.skipToSubscriptions': 'Naar de abonnementen',
  'customer.unnamed': 'Klant {id}',
  'customer.noRelationship.lead':
    '{name} staat in uw klantenlijst, maar u hebt als partner geen relatie met deze klant, dus Partnercentrum laat u de abonnementen niet bekijken of wijzigen.',
  'customer.noRelationship.leadUnnamed':
    'U hebt als partner geen relatie met de klant {id}, dus Partnercentrum laat u de abonnementen niet bekijken of wijzigen.',
  'customer.noRelationship.action':
    'Als u de abonnementen wilt beheren, stuurt u de klant vanuit Partnercentrum een aanvraag voor een resellerrelatie; zodra de globale beheerder van de klant die accepteert, toont deze pagina ze. Tot dan verandert opnieuw proberen niets.',
  'upgrade.reason.condition': 'Niet voldaan: {condition}',
  'upgrade.refused.reasons': 'Waarom Partnercentrum het weigerde',
  'licenseError.conflict':
    '{service} in {target} conflicteert met de licentie {license} van {user}. Verwijder die licentie in het Microsoft 365-beheercentrum en wijs daarna {target} toe aan {user}.',
  licenseError:
    '{code, select, MutuallyExclusiveViolation {Een service van {target} conflicteert met een andere licentie van {user} (bijvoorbeeld een proef- of gratis licentie). Verwijder die licentie in het Microsoft 365-beheercentrum en wijs daarna {target} toe aan {user}.} CountViolation {{target} heeft geen vrije licentie meer voor {user}. Voeg licenties toe en wijs daarna {target} toe aan {user}.} DependencyViolation {Een service van {target} vereist een andere service die {user} niet heeft. Wijs eerst die service toe en daarna {target}.} ProhibitedInUsageLocationViolation {{target} is niet beschikbaar op de gebruikslocatie van {user}. Controleer de gebruikslocatie en wijs daarna {target} toe.} UniquenessViolation {{user} heeft al een licentie die niet met {target} kan worden gecombineerd. Verwijder die en wijs daarna {target} toe.} other {De licentie van {user} kon niet naar {target} worden verplaatst.}}',
  'demo.scenario.tooLarge':
    '{file} is {size, number} MB; een scenariobestand mag hoogstens {max, number} MB zijn, dus het is niet gelezen.',
  'demo.scenario.firstProblems':
    'De eerste {shown, number} van {count, number} staan hieronder; los ze op en laad het bestand opnieuw om de rest te zien.',
  'nav.activity': 'Activiteit',
  'activity.title': 'Activiteit',
  'activity.lead':
    'Wie welk abonnement wanneer heeft gewijzigd en wat er veranderde: elke upgrade en licentiewijziging, uitgevoerd of geweigerd, uit het activiteitenlogboek van Partner Center, dat de laatste {days, number} dagen bewaart.',
  'activity.filter.label': 'Activiteit filteren',
  'activity.filter.customer': 'Klant',
  'activity.filter.allCustomers': 'Alle klanten',
  'activity.filter.from': 'Van',
  'activity.filter.to': 'Tot en met',
  'activity.filter.operation': 'Bewerking',
  'activity.filter.allOperations': 'Alle bewerkingen',
  'activity.filter.user': 'Gebruiker',
  'activity.filter.allUsers': 'Alle gebruikers',
  'activity.filter.rangeOrder': 'De begindatum ligt na de einddatum: kies een begindatum op of vóór de einddatum.',
  'activity.filter.rangeOld': 'Partner Center bewaart activiteit {days, number} dagen: kies een begindatum daarbinnen.',
  'activity.export': 'CSV exporteren',
  'activity.exported': '{count, plural, one {# item is} other {# items zijn}} gedownload als CSV-bestand.',
  'activity.loading': 'Activiteit laden…',
  'activity.count': '{count, plural, =0 {Geen items} one {# item} other {# items}}',
  'activity.empty': 'Geen activiteit in deze periode die aan deze filters voldoet.',
  'activity.caption': 'Activiteit, nieuwste eerst',
  'activity.col.date': 'Wanneer',
  'activity.col.customer': 'Klant',
  'activity.col.subscription': 'Abonnement',
  'activity.col.operation': 'Bewerking',
  'activity.col.change': 'Voor → na',
  'activity.col.user': 'Door',
  'activity.col.status': 'Resultaat',
  'activity.csv.customerId': 'Klant-id',
  'activity.csv.subscriptionId': 'Abonnements-id',
  'activity.csv.before': 'Voor',
  'activity.csv.after': 'Na',
  'activity.changedTo': 'gewijzigd in',
  'activity.newSubscription': 'Nieuw abonnement:',
  'activity.state': '{name} · {quantity, plural, one {# licentie} other {# licenties}} · {status}',
  'activity.requested': 'vroeg om {quantity, plural, one {# licentie} other {# licenties}}',
  'activity.requested.upgrade': 'vroeg om {offer}, {quantity, plural, one {# licentie} other {# licenties}}',
  'activity.requested.unknown': 'de gevraagde wijziging',
  'activity.refused': 'Geweigerd ({asked}): {reason}',
  'activity.operation':
    '{operation, select, upgrade_subscription {Upgrade} update_subscription {Licentiewijziging} other {{operation}}}',
  'activity.status':
    '{status, select, succeeded {Geslaagd} failed {Mislukt} progress {Bezig} decline {Afgewezen} other {{status}}}',
  'activity.recent.title': 'Recente activiteit',
  'activity.recent.empty': 'Geen wijzigingen in de laatste {days, number} dagen.',
  'activity.recent.caption': 'Recente activiteit van {name}, nieuwste eerst',
  'activity.recent.all': 'Alle activiteit van {name} bekijken',

  'price.title': 'Wat het kost',
  'price.demoBadge': 'Demoprijzen',
  'price.loading': 'De kosten worden berekend…',
  'price.unavailable':
    '{reason, select, no_prices {Bedragen worden niet getoond: de API van Partner Center geeft geen prijzen. Zie de prijslijst in Partner Center.} no_term {Bedragen worden niet getoond: de termijndata van dit abonnement zijn onbekend.} other {Bedragen worden niet getoond: de prijzen konden niet worden geladen. Probeer het later opnieuw.}}',
  'price.credit':
    'Tegoed voor {quantity, plural, one {# licentie} other {# licenties}} van {source} ({days, plural, one {# dag} other {# dagen}} over van {total, number})',
  'price.charge': '{target} voor de termijn ({term, select, P1M {1 maand} P1Y {12 maanden} other {{term}}})',
  'price.perMonth': '{target} per maand',
  'price.net': 'Nettoverschil',
  'price.basis':
    'Demolijstprijzen in {currency}, niet die van Microsoft. Naar rato per dag; elk bedrag wordt één keer afgerond. Help legt uit hoe.',
  'price.result.title': 'Wat het kost (zoals vooraf getoond)',
  'price.licenses.charge':
    '{count, plural, one {# nieuwe licentie} other {# nieuwe licenties}} voor de rest van de termijn ({days, plural, one {# dag} other {# dagen}} van {total, number})',
  'price.licenses.perMonthBefore': 'Per maand nu',
  'price.licenses.perMonthAfter': 'Per maand daarna',

  'help.price.title': 'Wat een upgrade kost',
  'help.price.lead':
    'Voordat u verzendt, tonen de dialoogvensters voor upgraden en licenties toevoegen de kosten, naar rato per dag over de termijn, in de valuta van de klant. Bedragen worden geteld in de kleinste eenheid van de valuta (cent, öre, fillér…) en elk wordt één keer afgerond.',
  'help.price.credit':
    'Tegoed = licenties × oude prijs per maand × maanden in de termijn × resterende dagen ÷ dagen in de termijn, naar beneden afgerond: nooit meer dan voor die dagen is betaald.',
  'help.price.charge':
    'Kosten = licenties × nieuwe prijs per maand × maanden in de termijn: het nieuwe abonnement begint vandaag en loopt een volledige termijn.',
  'help.price.net':
    'Nettoverschil = kosten − tegoed. Op de eerste dag van een termijn is het het prijsverschil voor de termijn.',
  'help.price.licenses':
    'Licenties toevoegen = nieuwe licenties × prijs per maand × maanden in de termijn × resterende dagen ÷ dagen in de termijn, afgerond op het dichtstbijzijnde.',
  'help.price.example':
    'Voorbeeld met verzonnen prijzen: {licenses, number} licenties van {source} naar {target} voor {oldPrice} en {newPrice} per maand, {days, number} van {total, number} dagen over: tegoed {credit}, kosten {charge}, nettoverschil {net}.',
  'help.price.demo':
    'De getoonde prijzen zijn demolijstprijzen van het gesimuleerde Partner Center, niet die van Microsoft. De API van Partner Center geeft geen prijzen, dus met een echte back-end worden de bedragen verborgen.',
  // Opportunities and bulk upgrade (issue 15)
  'nav.opportunities': 'Kansen',
  'opportunities.title': 'Upgrademogelijkheden',
  'opportunities.lead':
    'Elk abonnement, bij al uw klanten, dat nu kan worden geüpgraded, met de aanbiedingen waarnaar het kan overstappen. Selecteer er een aantal om ze samen te upgraden.',
  'opportunities.readOnly': 'Aangemeld als {role}: u kunt de mogelijkheden bekijken, maar niet upgraden.',
  'opportunities.scan.listing': 'Klanten ophalen… {total, number} tot nu toe',
  'opportunities.scan.reading': 'Abonnementen van klanten lezen: {read, number} van {total, number}',
  'opportunities.scan.cancel': 'Laden stoppen',
  'opportunities.scan.done': 'Alle {total, plural, one {# klant} other {# klanten}} gelezen.',
  'opportunities.scan.cancelled':
    'Laden gestopt na {read, number} van {total, number} klanten: de lijst toont wat tot nu toe is gevonden.',
  'opportunities.scan.failed': 'Laden is mislukt.',
  'opportunities.scan.refresh': 'Opnieuw lezen',
  'opportunities.scan.restart': 'Alles laden',
  'opportunities.scan.someFailed':
    '{count, plural, one {# klant kon niet worden gelezen} other {# klanten konden niet worden gelezen}} ({names}); lees opnieuw om het nog eens te proberen.',
  'opportunities.filters': 'Mogelijkheden filteren',
  'opportunities.filter.customer': 'Klant',
  'opportunities.filter.source': 'Huidige aanbieding',
  'opportunities.filter.target': 'Kan upgraden naar',
  'opportunities.filter.anyOffer': 'Elke aanbieding',
  'opportunities.filter.minSeats': 'Licenties vanaf',
  'opportunities.filter.maxSeats': 'Licenties tot',
  'opportunities.totals':
    '{count, plural, one {# abonnement} other {# abonnementen}}, {seats, plural, one {# licentie} other {# licenties}}',
  'opportunities.export': 'CSV exporteren',
  'opportunities.selected':
    'Geselecteerd: {count, plural, one {# abonnement} other {# abonnementen}}, {seats, plural, one {# licentie} other {# licenties}}',
  'opportunities.selectMatching': 'Alle {count, number} overeenkomende selecteren',
  'opportunities.clearSelection': 'Selectie wissen',
  'opportunities.plan': 'Een bulkupgrade plannen ({count, number})',
  'opportunities.none': 'Geen abonnement komt overeen: hier valt niets te upgraden.',
  'opportunities.none.yet': 'Zoeken naar abonnementen die kunnen worden geüpgraded…',
  'opportunities.caption': 'Abonnementen die kunnen worden geüpgraded, bij alle klanten',
  'opportunities.selectPage': 'Alle abonnementen op deze pagina selecteren',
  'opportunities.selectRow': '{name} van {customer} selecteren',
  'opportunities.col.customer': 'Klant',
  'opportunities.col.subscription': 'Abonnement',
  'opportunities.col.offer': 'Huidige aanbieding',
  'opportunities.col.seats': 'Licenties',
  'opportunities.col.targets': 'Kan upgraden naar',
  'opportunities.csv.customerId': 'Klant-id',
  'opportunities.csv.subscriptionId': 'Abonnements-id',
  'opportunities.pages': 'Pagina’s',
  'pager.previous': 'Vorige pagina',
  'pager.next': 'Volgende pagina',
  'pager.pageOf': 'Pagina {page, number} van {pages, number}',
  'opportunities.runInProgress': 'Er loopt een bulkupgrade.',
  'opportunities.runOver': 'Uw laatste bulkupgrade is klaar.',
  'opportunities.viewRun': 'De bulkupgrade bekijken',
  'bulk.plan.title': 'Een bulkupgrade plannen',
  'bulk.plan.lead':
    '{count, plural, one {# abonnement} other {# abonnementen}} geselecteerd, {seats, plural, one {# licentie} other {# licenties}}. Kies de nieuwe aanbieding voor elke huidige aanbieding: alleen aanbiedingen waarnaar elk geselecteerd abonnement ervan kan overstappen, worden getoond.',
  'bulk.plan.group': '{offer}: {count, plural, one {# abonnement} other {# abonnementen}}',
  'bulk.plan.target': 'Upgraden naar',
  'bulk.plan.skip': 'Deze niet upgraden',
  'bulk.plan.noCommonTarget':
    'Geen aanbieding staat open voor alle {count, plural, one {# abonnement} other {# abonnementen}} van deze aanbieding: selecteer er minder om ze te upgraden.',
  'bulk.plan.transfer': 'Licenties van gebruikers naar de nieuwe abonnementen verplaatsen',
  'bulk.plan.transferOn':
    'De licenties van gebruikers gaan naar het nieuwe abonnement; alle licenties van elk abonnement worden geüpgraded.',
  'bulk.plan.transferOff':
    'Gebruikers houden hun huidige licenties, die later worden verplaatst; alle licenties van elk abonnement worden geüpgraded.',
  'bulk.plan.back': 'Terug naar de mogelijkheden',
  'bulk.plan.review': 'Controleren',
  'bulk.review.title': 'De bulkupgrade controleren',
  'bulk.review.totals':
    '{count, plural, one {# abonnement} other {# abonnementen}} van {customers, plural, one {# klant} other {# klanten}} worden geüpgraded, in totaal {seats, plural, one {# licentie} other {# licenties}}.',
  'bulk.review.caption': 'Wat er met elk abonnement gebeurt',
  'bulk.review.change': '{source} → {target}',
  'bulk.review.refusedTitle':
    '{count, plural, one {# abonnement wordt weggelaten} other {# abonnementen worden weggelaten}}: Partner Center zou ze na de andere weigeren',
  'bulk.review.back': 'Het plan wijzigen',
  'bulk.review.start': 'De bulkupgrade starten ({count, number})',
  'bulk.col.change': 'Upgrade',
  'bulk.col.outcome': 'Resultaat',
  'bulk.run.title': 'Bulkupgrade',
  'bulk.run.none': 'Nog geen bulkupgrade. Selecteer abonnementen op de pagina Kansen om er een te plannen.',
  'bulk.run.toOpportunities': 'Naar de mogelijkheden',
  'bulk.run.state':
    '{state, select, running {{count, plural, one {# abonnement} other {# abonnementen}} upgraden…} paused {Gepauzeerd: er start geen nieuwe upgrade tot u hervat.} cancelled {Geannuleerd: upgrades die nog niet waren gestart, zijn niet verzonden.} finished {Klaar.} other {{state}}}',
  'bulk.run.progress': 'Voortgang: {settled, number} van {total, number}',
  'bulk.count.done': 'Geüpgraded',
  'bulk.count.failed': 'Mislukt',
  'bulk.count.waiting': 'Wachtend',
  'bulk.count.cancelled': 'Geannuleerd',
  'bulk.count.timeLeft': 'Resterende tijd',
  'bulk.eta.seconds': 'ongeveer {seconds, plural, one {# seconde} other {# seconden}}',
  'bulk.eta.minutes': 'ongeveer {minutes, plural, one {# minuut} other {# minuten}}',
  'bulk.run.pause': 'Pauzeren',
  'bulk.run.resume': 'Hervatten',
  'bulk.run.cancel': 'De rest annuleren',
  'bulk.run.pausing': 'Upgrades die al zijn verzonden, worden afgerond.',
  'bulk.run.export': 'Resultaten als CSV exporteren',
  'bulk.run.retryFailed': 'De mislukte opnieuw proberen ({count, number})',
  'bulk.run.newPlan': 'Klaar: terug naar de mogelijkheden',
  'bulk.run.caption': 'De upgrade van elk abonnement en het resultaat',
  'bulk.run.pages': 'Pagina’s met resultaten',
  'bulk.outcome.waiting': 'Wachtend',
  'bulk.outcome.sending': 'Verzenden…',
  'bulk.outcome.cancelled': 'Geannuleerd: niet verzonden',
  'bulk.outcome.done':
    'Geüpgraded: nieuw abonnement {id}. {users, plural, =0 {De licenties van alle gebruikers zijn verplaatst.} one {# gebruiker heeft meer werk nodig:} other {# gebruikers hebben meer werk nodig:}}',
  'bulk.failure.unknown':
    'Geen antwoord na meerdere pogingen: het is misschien wel of niet uitgevoerd. Opnieuw proberen verzendt precies dezelfde aanvraag, dus het kan niet twee keer gebeuren.',
  'bulk.failure.changed':
    'Het abonnement is gewijzigd sinds uw controle; er is niets gedaan. Lees de mogelijkheden opnieuw en plan het opnieuw.',
  'bulk.failure.conflict': 'Partner Center is bezig met dit abonnement; er is niets gedaan. Probeer het later opnieuw.',
  'bulk.failure.throttled': 'Partner Center bleef vragen om te wachten; er is niets gedaan. Probeer het later opnieuw.',
  'bulk.failure.forbidden': 'Uw rol mag dit abonnement niet upgraden; er is niets gedaan.',
  'bulk.failure.notFound': 'Het abonnement bestaat niet meer; er is niets gedaan.',
  'bulk.failure.refused': 'Partner Center heeft de upgrade geweigerd (code {code}); er is niets gedaan.',
  'bulk.failure.other': 'Partner Center heeft een fout geretourneerd (HTTP {status}); er is niets gedaan.',
  'bulk.csv.source': 'Van aanbieding',
  'bulk.csv.target': 'Naar aanbieding',
  'bulk.csv.status': 'Status',
  'bulk.csv.newSubscription': 'Nieuwe abonnements-id',
  'bulk.csv.affectedUsers': 'Gebruikers die meer werk nodig hebben',
  'bulk.csv.requestId': 'MS-RequestId',
  'demo.fault.shareOption': 'Een deel van de aanvragen',
  'demo.fault.percent': 'Deel van de aanvragen dat mislukt',
  'demo.fault.percentOption': '{percent, number, percent}',
  'demo.fault.shareStatus':
    '{percent, number, percent} van de aanvragen mislukt: {kind, select, server_error {500-serverfout} throttled {429 te veel aanvragen} timeout {time-out} network {netwerkfout} conflict {409-conflict} precondition_failed {412 intussen gewijzigd} other {{kind}}}.',
}
