import type { Catalog } from '../catalogs'

/**
 * hu-HU. Glossary from the Partner Center article (seeds/002, machine translated; zh-CN read for
 * meaning): előfizetés, ajánlat, licenc, Partnerközpont, frissítés (upgrade), „Frissítés most”,
 * „Küldés”, tájékoztató ikon, delegált rendszergazdai jogosultságok, az érintett fiókok és
 * szolgáltatások listája, másik partner vagy más csatorna (többcsatornás). Formal register, as the
 * seed and Microsoft’s Hungarian UI. A placeholder never takes a case suffix: the suffix goes on a
 * following noun (a(z) {name} előfizetés…) or the placeholder stands after a colon.
 */
export const huHU: Catalog = {
  'app.name': 'Upgrade Console',
  'app.demoBadge': 'Bemutatóadatok · szimulált Partnerközpont',
  'app.loadingPage': 'Betöltés…',
  'nav.skip': 'Ugrás a fő tartalomra',
  'nav.main': 'Fő navigáció',
  'nav.customers': 'Ügyfelek',
  'nav.help': 'Súgó',
  'nav.breadcrumb': 'Navigációs útvonal',
  'notFound.title': 'Az oldal nem található',
  'notFound.back': 'Ugrás az ügyféllistára',

  'action.cancel': 'Mégse',
  'action.close': 'Bezárás',
  'action.done': 'Kész',
  'action.retry': 'Újrapróbálkozás',
  'action.dismiss': 'Elvetés',
  'boot.failed':
    'Az Upgrade Console nem tudott elindulni: {message}. Töltse be újra az oldalt. Ha a hiba ismétlődik, ellenőrizze, hogy ez a böngésző engedélyezi-e a service workereket ezen a címen.',
  'boot.failed.live':
    'Az Upgrade Console nem tudott elindulni: {message}. Töltse be újra az oldalt. Ha a hiba ismétlődik, ellenőrizze, hogy ez a számítógép eléri-e ezt a webhelyet és a Microsoft-bejelentkezést.',
  'demo.unknownScenario':
    'Nincs „{name}” nevű beépített forgatókönyv, ezért a bemutató a korábbi forgatókönyvet mutatja.',
  'demo.stateDiscarded':
    'A mentett bemutatóadatok nem használhatók (sérültek, vagy egy másik verzióból származnak), ezért a bemutató újraindult a forgatókönyv elejéről.',
  'demo.storageFull':
    'A böngésző tárhelye megtelt: a bemutató mostantól végzett módosításai nem maradnak meg újratöltés után, és a többi lap sem látja őket. Állítsa vissza a bemutatót, vagy töltsön be egy kisebb forgatókönyvet.',

  'locale.label': 'Nyelv',
  'theme.label': 'Téma',
  'theme.system': 'A rendszer szerint',
  'theme.light': 'Világos',
  'theme.dark': 'Sötét',
  'session.role.label': 'Bejelentkezett szerepkör',
  'session.signedInAs': 'Bejelentkezve: {role}',
  'auth.account.label': 'Bejelentkezve:',
  'auth.account.noRole': 'nincs partnerszerepkör',
  'auth.signOut': 'Kijelentkezés',
  'auth.signIn.title': 'Bejelentkezés az Upgrade Console-ba',
  'auth.signIn.body':
    'Jelentkezzen be azzal a Microsoft munkahelyi fiókkal, amelyet a Partnerközpontban használ. Hogy itt mit tehet, azt a fiók szerepkörei határozzák meg.',
  'auth.signIn.button': 'Bejelentkezés Microsoft-fiókkal',
  'auth.signIn.busy': 'A Microsoft-bejelentkezés megnyitása…',
  'auth.signIn.failed':
    'A bejelentkezés nem fejeződött be: {message}. Próbálja újra; ha ismét előfordul, kérje meg a rendszergazdát, hogy ellenőrizze az alkalmazásregisztrációt.',
  'auth.reauth.title': 'Jelentkezzen be újra',
  'auth.reauth.body':
    'A bejelentkezése lejárt. A folytatáshoz jelentkezzen be újra: ez az oldal, a megnyitott párbeszédpanel és a beírt adatok megmaradnak.',
  'auth.reauth.button': 'Újra bejelentkezés',
  'auth.reauth.failed':
    'A bejelentkezés nem fejeződött be. Próbálja újra, vagy zárja be ezt az üzenetet, és jelentkezzen be később; addig semmi sem lesz elküldve.',

  'demo.open': 'Bemutató-vezérlők',
  'demo.title': 'Bemutató-vezérlők',
  'demo.description':
    'Csak bemutatókhoz. Ezek a vezérlők a szimulált Partnerközpontot módosítják ebben a böngészőben; a valódi Partnerközpontot soha nem érintik.',
  'demo.scenario.title': 'Forgatókönyv',
  'demo.scenario.label': 'Beépített forgatókönyv',
  'demo.scenario.load': 'Forgatókönyv betöltése',
  'demo.scenario.loaded': 'Betöltve az elejéről: „{title}”.',
  'demo.scenario.file': 'Forgatókönyvfájl betöltése…',
  'demo.scenario.drop': 'vagy húzzon ide egy .json fájlt',
  'demo.scenario.fileLoaded': 'Forgatókönyvfájl betöltve: {file}.',
  'demo.scenario.invalid':
    '{count, plural, one {A fájlban # hiba van, ezért semmi sem töltődött be:} other {A fájlban # hiba van, ezért semmi sem töltődött be:}}',
  'demo.export': 'Aktuális adatok exportálása',
  'demo.export.done': 'Az aktuális adatok letöltve forgatókönyvfájlként.',
  'demo.reset': 'Visszaállítás a forgatókönyv elejére',
  'demo.reset.done': 'Visszaállítva az elejére: „{title}”.',
  'demo.role.title': 'Bejelentkezett felhasználó',
  'demo.latency.title': 'Hálózati késleltetés',
  'demo.latency.option': '{latency, select, none {Nincs} realistic {Valósághű} slow {Lassú (2 s)} other {{latency}}}',
  'demo.fault.title': 'Hibaszimuláció',
  'demo.fault.label': 'A kérések ezzel a hibával hiúsulnak meg',
  'demo.fault.off': 'Nincs hiba',
  'demo.fault.kind':
    '{kind, select, server_error {500: kiszolgálóhiba} throttled {429: túl sok kérés (Retry-After)} timeout {Időtúllépés (nincs válasz)} network {Hálózati hiba} conflict {409: ütközés} precondition_failed {412: időközben módosult} other {{kind}}}',
  'demo.fault.scope': 'Hatókör',
  'demo.fault.scopeOption': '{scope, select, next {Csak a következő kérés} all {Minden kérés} other {{scope}}}',
  'demo.fault.status':
    '{scope, select, next {A következő kérés meghiúsul} other {Minden kérés meghiúsul}}: {kind, select, server_error {500: kiszolgálóhiba} throttled {429: túl sok kérés} timeout {időtúllépés} network {hálózati hiba} conflict {409: ütközés} precondition_failed {412: időközben módosult} other {{kind}}}.',
  'demo.fault.none': 'A kérések a szokásos módon kapnak választ.',
  // seed: "Globális rendszergazdai" (adjective form cut from "…szerepkör" by the machine translation); noun used
  'role.global_admin': 'Globális rendszergazda',
  // seed: "Felhasználókezelési rendszergazdai" (same adjective form); noun used
  'role.user_management_admin': 'Felhasználókezelési rendszergazda',
  'role.admin_agent': 'Rendszergazdai ügynök',
  'role.sales_agent': 'Értékesítési ügynök',
  // seed: "Helpdesk Agent" (left in English by the machine translation); its "Helpdesk" kept, "Agent" as in the other agent roles
  'role.helpdesk_agent': 'Helpdesk-ügynök',
  'role.billing_admin': 'Számlázási rendszergazda',
  'role.account_admin': 'Fiók-rendszergazda',
  'role.referrals_admin': 'Ajánlói rendszergazda',
  'role.mpn_partner_admin': 'MPN-partneri rendszergazda',
  'role.executive_report_viewer': 'Vezetői jelentésmegjelenítő',

  relationship:
    '{value, select, reseller {Viszonteladó} advisor {Tanácsadó} microsoft_cloud_agreement {Microsoft Cloud Agreement} none {Nincs kapcsolat} other {{value}}}',

  'customers.title': 'Ügyfelek',
  'customers.lead': 'Válasszon ki egy ügyfelet az előfizetései megtekintéséhez és frissítéséhez.',
  'customers.search.label': 'Keresés cégnév alapján',
  'customers.search.placeholder': 'pl. Contoso',
  'customers.loading': 'Ügyfelek betöltése…',
  'customers.count':
    '{total, number} ügyfélből {shown, plural, =0 {egy sem látható} one {# látható} other {# látható}}',
  'customers.countLoading':
    'Eddig {loaded, number} ügyfél töltődött be, ebből {shown, plural, =0 {egy sem látható} one {# látható} other {# látható}}; további ügyfelek betöltése…',
  'customers.empty': 'Még nincsenek ügyfelei.',
  'customers.noMatch':
    'Egyik cégnév sem tartalmazza ezt: „{search}”. Ellenőrizze a helyesírást, vagy keressen a név egy részére.',
  'customers.caption': 'Ügyfelek',
  'customers.col.company': 'Cég',
  'customers.col.domain': 'Tartomány',
  'customers.col.relationship': 'Kapcsolat',
  'customers.col.delegatedAdmin': 'Delegált rendszergazda',
  'customers.delegatedAdmin.on': 'Megadva',
  'customers.delegatedAdmin.off': 'Nincs megadva',

  'customer.loadingName': 'Ügyfél',
  'customer.domain': 'Tartomány',
  'customer.relationship': 'Kapcsolat',
  'customer.delegatedAdmin': 'Delegált rendszergazdai jogosultságok',
  'customer.readOnly':
    'Bejelentkezett szerepkör: {role}. Megtekintheti az előfizetéseket, de frissíteni vagy licenceket hozzáadni csak globális rendszergazda, felhasználókezelési rendszergazda, rendszergazdai ügynök, értékesítési ügynök vagy helpdesk-ügynök tud.',
  'customer.noDelegatedAdmin':
    'Nem rendelkezik delegált rendszergazdai jogosultságokkal ehhez az ügyfélhez, ezért az előfizetései nem frissíthetők. Kérje meg az ügyfelet, hogy fogadja el a delegált rendszergazdai kapcsolatra vonatkozó kérést.',

  'subscriptions.title': 'Előfizetések',
  'subscriptions.loading': 'Előfizetések betöltése…',
  'subscriptions.loadingMore':
    'Előfizetések betöltése: eddig {loaded, number} / {total, number}. A frissítési lehetőségek akkor jelennek meg, amikor mind megérkezett.',
  'subscriptions.empty': '{name} még nem rendelkezik Öntől vásárolt előfizetéssel.',
  // seed: "tájékoztató ikon", "Frissítés most" (the seed’s bold also swallows "lehetőséget"); terms kept
  'subscriptions.lead':
    'A frissíthető előfizetések neve után tájékoztató ikon jelenik meg: vigye rá az egérmutatót, és válassza a Frissítés most lehetőséget, vagy helyezze rá a fókuszt, és nyomja le az Enter billentyűt.',
  'subscriptions.leadReadOnly': 'Az Ön szerepkörében az előfizetések csak olvashatók.',
  'subscriptions.caption': 'Az ügyfél előfizetései',
  'subscriptions.col.name': 'Előfizetés',
  'subscriptions.col.offer': 'Ajánlat',
  'subscriptions.col.quantity': 'Licencek',
  'subscriptions.col.status': 'Állapot',
  'subscriptions.col.billing': 'Számlázás',
  'subscriptions.col.termEnd': 'Futamidő vége',
  'subscriptions.col.actions': 'Műveletek',
  'subscriptions.addOnOf': 'Bővítmény ehhez: {parent}',
  'subscriptions.toolbar.label': 'Előfizetések keresése és szűrése',
  'subscriptions.search.label': 'Előfizetések keresése',
  'subscriptions.filter.status': 'Állapot',
  'subscriptions.filter.allStatuses': 'Minden állapot',
  'subscriptions.filter.offer': 'Ajánlat',
  'subscriptions.filter.allOffers': 'Minden ajánlat',
  'subscriptions.filter.eligible': 'Csak a frissíthetők',
  'subscriptions.filter.clear': 'Szűrők törlése',
  'subscriptions.count':
    '{total, plural, one {# előfizetésből {shown, number} látható} other {# előfizetésből {shown, number} látható}}',
  'subscriptions.noMatch': 'Egyetlen előfizetés sem felel meg ezeknek a szűrőknek.',
  'subscriptions.suspensionReason':
    '{reason, select, Upgraded {Frissítve} CustomerCancellation {Az ügyfél lemondta} PartnerInitiated {Ön függesztette fel} PaymentDelinquency {Fizetési hátralék} PaymentIssue {Fizetési probléma} Fraud {Csalás gyanúja} Expired {Lejárt az időtartam} Converted {Másik ajánlatra alakítva} Transferred {Másik partnerhez áthelyezve} other {Egyéb ok ({reason})}}',

  'review.newer':
    'Az előfizetés megváltozott, mióta megnyitotta ezt a párbeszédpanelt (egy másik ügyintéző vagy lap módosította).',
  'review.whatChanged': 'Mi változott:',
  'review.change.quantity': 'Licencek: {before, number} → {after, number}',
  'review.change.status': 'Állapot: {before} → {after}',
  'review.change.other': 'Más adatok változtak; a licencek száma és az állapot ugyanaz.',
  'review.showLatest': 'A legfrissebb adatok megjelenítése',

  'status.none': 'Nincs állapot',
  'status.active': 'Aktív',
  'status.pending': 'Függőben',
  'status.suspended': 'Felfüggesztett',
  'status.deleted': 'Lemondott',
  'status.expired': 'Lejárt',
  'status.disabled': 'Letiltva',
  'status.unknown': 'Ismeretlen',
  'billing.cycle': '{cycle, select, monthly {Havi} annual {Éves} other {—}}',
  'billing.term': '{term, select, P1M {1 hónapos futamidő} P1Y {1 éves futamidő} P3Y {3 éves futamidő} other {}}',

  'upgrade.info.label': 'Frissítés: {name}',
  'upgrade.info.tooltip': '{count, plural, one {# frissítés érhető el.} other {# frissítés érhető el.}}',
  'upgrade.info.tooltipLabel':
    '{count, plural, one {# frissítés érhető el.} other {# frissítés érhető el.}} Az új ajánlat kiválasztásához nyomja le az Enter billentyűt.',
  'upgrade.now': 'Frissítés most',

  'blocked.trigger': 'Miért nem frissíthető?',
  'blocked.trigger.label': 'Miért nem frissíthető? {name}',
  'blocked.title': 'Miért nem frissíthető: {name}',
  'blocked.perTarget': 'Az egyes lehetséges új ajánlatok esetében:',
  'blocked.service.intro':
    'Ez az ajánlat nem szerepel a konzol katalógusában, ezért ez a Partnerközpont saját válasza:',
  'blocked.service.none': 'A Partnerközpont nem sorol fel frissítést ehhez az előfizetéshez.',
  'blocked.service.loading': 'A Partnerközpont lekérdezése…',

  'problem.theTarget': 'a célajánlat',
  'problem.delegatedAdmin':
    'Nem rendelkezik delegált rendszergazdai jogosultságokkal ehhez az ügyfélhez. Kérje meg az ügyfelet, hogy fogadja el a delegált rendszergazdai kapcsolatra vonatkozó kérést.',
  // seed: "nem függeszthető fel vagy szakítható meg" (“cannot be suspended or interrupted”, a mistranslation; zh-CN: not suspended or cancelled)
  'problem.notActive':
    'Az előfizetés állapota: {status}. Csak aktív előfizetés frissíthető (felfüggesztett vagy lemondott nem).',
  'problem.notProvisioned': 'Az előfizetés beállítása még folyamatban van (függőben). Próbálja újra, amikor már aktív.',
  'problem.holder':
    '{channel, select, partner {az Öntől vásárolt {offer}} other {a másik partnertől vagy más csatornától vásárolt {offer}}}',
  'problem.conflictingServices':
    'Az ügyfél már rendelkezik a következővel: {holders}. Ez tartalmazza azokat a szolgáltatásokat, amelyeket az új ajánlat ({target}) hozzáadna: {services}. Az ügyfélnek előbb ezt le kell mondania.',
  'problem.alreadyHasTarget':
    '{channel, select, other {Az ügyfél már rendelkezik az új ajánlattal ({target}), amelyet másik partnertől vagy más csatornától vásárolt. Öntől csak akkor vásárolhatja meg, ha előbb lemondja azt az előfizetést.} partner {Az ügyfél már rendelkezik az új ajánlattal ({target}), amelyet Öntől vásárolt: inkább ahhoz az előfizetéshez adjon hozzá licenceket.}}',
  'problem.addOns':
    'Az előfizetéshez bővítmények tartoznak ({addOns}). A frissítés előtt távolítsa el a bővítményeket.',
  'problem.noPaths': 'Ehhez az ajánlathoz nincs frissítési útvonal a CSP-programban.',
  'problem.targetNotFound': 'Az új ajánlat ({target}) nem szerepel az előfizetés frissítési útvonalai között.',

  // seed: "nem függeszthető fel vagy szakítható meg" (mistranslated, see problem.notActive); "felfüggesztett vagy lemondott" used
  'condition.subscription_status_not_active': 'Az előfizetés aktív (nem felfüggesztett vagy lemondott).',
  'condition.subscription_not_provisioned': 'Az előfizetés ki van építve (nincs függőben).',
  // seed: "delegált rendszergazdai jogosultságokkal kell rendelkezik" (broken verb form); term kept, grammar fixed
  'condition.delegated_admin_permissions_disabled':
    'Ön delegált rendszergazdai jogosultságokkal rendelkezik ehhez az ügyfélhez és szolgáltatáshoz.',
  'condition.conflicting_service_types':
    'Az ügyfél még nem rendelkezik olyan más előfizetéssel, amely tartalmazza az új ajánlat által hozzáadott további szolgáltatásokat – sem Öntől, sem másik partnertől vagy más csatornától.',
  'condition.concurrency_conflicts':
    'Az ügyfél még nem rendelkezik az új ajánlattal – sem Öntől, sem másik partnertől vagy más csatornától (többcsatornás).',
  'condition.subscription_add_ons_present': 'Az előfizetéshez nem tartoznak bővítmények.',
  'condition.subscription_does_not_have_any_upgrade_paths':
    'Az előfizetés ajánlata rendelkezik frissítési útvonalakkal.',
  'condition.subscription_target_offer_not_found': 'Az új ajánlat ezen útvonalak egyike.',

  'upgrade.dialog.title': 'Frissítés: {name}',
  // seed: "Válassza ki az új ajánlatot, majd válassza a **Küldés lehetőséget.**" — wording and "Küldés" kept
  'upgrade.dialog.description':
    '{offer} · {quantity, plural, one {# licenc} other {# licenc}}. Válassza ki az új ajánlatot, majd válassza a Küldés lehetőséget.',
  'upgrade.loading': 'A lehetséges frissítések ellenőrzése…',
  'upgrade.noTargets': 'A Partnerközpont nem kínál frissítést ehhez az előfizetéshez.',
  'upgrade.offer.legend': 'Új ajánlat',
  'upgrade.offer.adds': 'Hozzáadott szolgáltatások: {services}.',
  'offer.description':
    '{offer, select, appsForBusiness {Asztali és webes Office-alkalmazások 1 TB felhőalapú tárhellyel, üzleti e-mail nélkül.} businessBasic {Üzleti e-mail, Teams, SharePoint, OneDrive és webes Office.} businessStandard {A Business Basic minden szolgáltatása, valamint az asztali Office-alkalmazások és a Bookings.} businessPremium {A Business Standard minden szolgáltatása, valamint eszközkezelés és fejlett biztonság.} appsForEnterprise {Asztali és webes Office-alkalmazások bármilyen méretű szervezetnek.} e1 {E-mail, Teams, SharePoint és webes Office bármilyen méretű szervezetnek.} e3 {Az E1 minden szolgáltatása, valamint az asztali Office-alkalmazások és az e-mailek archiválása.} e5 {Az E3 minden szolgáltatása, valamint fejlett biztonság, hangszolgáltatás és elemzés.} appsForBusinessIndia {Microsoft 365 Apps for business, Indiában értékesítve.} businessBasicIndia {Microsoft 365 Business Basic, Indiában értékesítve.} businessStandardIndia {Microsoft 365 Business Standard, Indiában értékesítve.} audioConferencing {Behívószámok Teams-értekezletekhez (bővítmény).} exchangeArchivingAddOn {Archiválás és jogi célú megőrzés Exchange Online-postaládákhoz (bővítmény).} exchangePlan1 {Csak üzleti e-mail.} other {}}',
  'upgrade.offer.unavailable': 'Nem érhető el:',
  'upgrade.offer.required': 'Válassza ki, melyik ajánlatra szeretne frissíteni.',
  'upgrade.reason.code': 'A Partnerközpont elutasította (kód: {code}).',
  'upgrade.reason.unknown': 'A Partnerközpont nem adta meg az okát.',
  'upgrade.quantity.label': 'Frissítendő licencek',
  'upgrade.quantity.hint':
    'Összesen {total, number} licenc, ebből legfeljebb {max, number} frissíthető. Ha kevesebbet frissít, az részleges frissítés: a többi licenc a jelenlegi előfizetésben marad.',
  'upgrade.quantity.whole': 'A licencek számát egész számként adja meg.',
  'upgrade.quantity.range': 'Adjon meg egy számot {min, number} és {max, number} között.',
  'upgrade.transfer.label': 'A felhasználók licenceinek áthelyezése az új előfizetésbe',
  'upgrade.transfer.hint':
    'Ajánlott. Enélkül a felhasználók semmit sem kapnak a frissítésből, amíg Ön saját maga nem rendel hozzájuk licenceket.',
  'upgrade.summary.title': 'Mi fog történni?',
  'upgrade.summary.choose': 'Válasszon ki egy ajánlatot, és itt láthatja, mivel jár a frissítés.',
  'upgrade.summary.newSubscription':
    'Létrejön egy új előfizetés ({target}) {quantity, plural, one {# licenccel} other {# licenccel}}.',
  'upgrade.summary.sourceSuspended':
    'A rendszer felfüggeszti a(z) {source} előfizetést: minden licence az új előfizetésbe kerül.',
  'upgrade.summary.sourceReduced':
    'A(z) {source} előfizetésben {remaining, plural, one {# licenc marad} other {# licenc marad}} (részleges frissítés).',
  'upgrade.summary.transfer':
    'A felhasználók licencei átkerülnek az új előfizetésbe ({target}). Azok a felhasználók, akiknek a licence nem helyezhető át, a küldés után megjelennek egy listában.',
  'upgrade.summary.noTransfer':
    'A felhasználói licencek nem kerülnek át: utána Önnek kell hozzárendelnie a felhasználókhoz az új ajánlatot ({target}).',
  'upgrade.summary.billing':
    'Számlázás: a(z) {source} előfizetés frissített licencei időarányos jóváírással megszűnnek, az új előfizetés számlázása pedig ma kezdődik.',
  'upgrade.summary.irreversible': 'A frissítés nem vonható vissza.',
  'upgrade.submit': 'Küldés',
  'upgrade.submitting': 'Küldés…',

  'upgrade.result.dialogTitle': 'Frissítve: {name}',
  'upgrade.result.title': 'A frissítés befejeződött',
  'upgrade.result.created': 'Új előfizetés: {target}, {quantity, plural, one {# licenc} other {# licenc}}.',
  'upgrade.result.subscriptionId': 'Előfizetés-azonosító',
  'upgrade.result.sourceSuspended': 'A(z) {source} előfizetés most már fel van függesztve.',
  'upgrade.result.sourceReduced':
    'A(z) {source} előfizetésnek most {remaining, plural, one {# licence van} other {# licence van}}.',
  'upgrade.result.billing':
    'A régi licencek időarányos jóváírással megszűnnek; az új előfizetés számlázása ma kezdődik.',
  // seed: "további munka is szükséges lehet"; "további teendő" reads more naturally in a heading
  'upgrade.result.affected.title':
    '{count, plural, one {# felhasználói fiók további teendőt igényel} other {# felhasználói fiók további teendőt igényel}}',
  'upgrade.result.affected.lead':
    'Ezeknek a felhasználóknak a licencét egyes szolgáltatások esetében nem sikerült áthelyezni. Távolítsa el az ütköző licencet a Microsoft 365 Felügyeleti központban, majd rendelje hozzájuk az új ajánlatot ({target}).',
  'upgrade.result.affected.caption': 'Érintett fiókok és szolgáltatások',
  'upgrade.result.affected.user': 'Felhasználó',
  'upgrade.result.affected.email': 'E-mail-cím',
  'upgrade.result.affected.services': 'Érintett szolgáltatások',
  'upgrade.result.allMoved': 'Minden felhasználó licence átkerült az új előfizetésbe.',
  'upgrade.result.noneMoved':
    'Egyetlen licenc sem került át: az új előfizetésben rendelje hozzá a felhasználókhoz az új ajánlatot ({target}).',

  'licenses.open': 'Licencek hozzáadása',
  'licenses.open.label': 'Licencek hozzáadása: {name}',
  'licenses.dialog.title': 'Licencek hozzáadása: {name}',
  'licenses.dialog.description':
    'Jelenleg {quantity, plural, one {# licence van} other {# licence van}}; a(z) {offer} ajánlat legfeljebb {max, number} licencet enged.',
  'licenses.count.label': 'Hozzáadandó licencek',
  'licenses.count.hint': 'Új összmennyiség: {total, number}. Legfeljebb {room, number} licencet adhat hozzá.',
  'licenses.error.whole': 'A licencek számát egész számként adja meg (legalább 1).',
  'licenses.error.max':
    'A(z) {offer} ajánlat legfeljebb {max, number} licencet enged, így legfeljebb {room, number} licencet adhat hozzá. Ha ennél több kell, frissítsen nagyvállalati csomagra.',
  'licenses.billing': 'Az új licencek számlázása ma kezdődik, időarányosan a jelenlegi futamidő végéig.',
  'licenses.submit': 'Licencek hozzáadása',
  'licenses.submitting': 'Hozzáadás…',
  'licenses.done':
    '{name}: {added, plural, one {# licenc hozzáadva} other {# licenc hozzáadva}}, így most összesen {total, number} licence van.',

  'help.title': 'Súgó: előfizetés frissítése',
  'help.lead':
    'Ha az ügyfélnek több licencre van szüksége, mint amennyit az előfizetése enged, vagy több szolgáltatást tartalmazó csomagra, frissítheti az előfizetést. Ez az oldal ugyanazokból a szabályokból készül, amelyeket a termék és az API is használ.',
  'help.steps.title': 'A frissítés lépései',
  'help.steps.1': 'Válassza ki az ügyfelet, majd nyissa meg az előfizetések listáját.',
  'help.steps.2':
    'Ha az előfizetés frissíthető, egy tájékoztató ikon jelenik meg közvetlenül az előfizetés neve után. Vigye az egérmutatót erre az ikonra, majd válassza a Frissítés most lehetőséget (billentyűzettel: helyezze a fókuszt az ikonra, és nyomja le az Enter billentyűt).',
  'help.steps.3': 'Válassza ki az új ajánlatot, majd válassza a Küldés lehetőséget.',
  // seed: "további munka is szükséges lehet egyes felhasználói fiókok átváltása" (broken sentence); rephrased, "az érintett fiókok és szolgáltatások listája" kept
  'help.steps.4':
    'Előfordulhat, hogy bizonyos szolgáltatások esetében egyes felhasználói fiókok átviteléhez további teendők szükségesek: ilyenkor az eredmény megjeleníti az érintett fiókok és szolgáltatások listáját.',
  'help.paths.title': 'A CSP-programban támogatott frissítések',
  'help.paths.source': 'Ajánlat',
  'help.paths.targets': 'Lehetséges frissítések',
  'help.paths.footnote':
    'A következők a(z) {target} ajánlatra frissíthetők, nem pedig a(z) {excluded} ajánlatra: {variants}.',
  'help.paths.indiaTitle': 'Az indiai ajánlatok',
  'help.paths.others': 'Minden más ajánlatnak – a bővítményeket is beleértve – nincs frissítési útvonala.',
  'help.conditions.title': 'Feltételek',
  'help.conditions.lead':
    'Az előfizetés csak akkor frissíthető egy ajánlatra, ha az alábbi feltételek mindegyike teljesül:',
  'help.conditions.condition': 'Feltétel',
  'help.conditions.code': 'Partnerközpont-hibakód, ha nem teljesül',
  'help.roles.title': 'Ki frissíthet?',
  'help.roles.lead': 'Az alábbi partnerszerepkörök frissíthetnek előfizetéseket és adhatnak hozzá licenceket:',
  'help.roles.others': 'A többi szerepkör ({roles}) megtekintheti az előfizetéseket, de nem módosíthatja őket.',

  // The guided tour and demo links (issue 18).
  'tour.start': 'Interaktív bemutató indítása',
  'tour.paused': 'Interaktív bemutató',
  'tour.resume': 'A bemutató folytatása ({step, number}/{total, number}. lépés)',
  'tour.end': 'A bemutató befejezése',
  'tour.progress': 'Interaktív bemutató · {step, number}/{total, number}. lépés',
  'tour.step.customer': 'Válassza ki az ügyfelet',
  'tour.step.subscriptions': 'Nézze meg az előfizetéseit',
  'tour.step.infoIcon': 'Keresse meg a név utáni tájékoztató ikont',
  'tour.step.upgradeNow': 'Vigye fölé az egérmutatót, és válassza a Frissítés most lehetőséget',
  'tour.step.offer': 'Válassza ki az új ajánlatot',
  'tour.step.submit': 'Válassza a Küldés lehetőséget',
  'tour.step.result': 'Olvassa el az érintett fiókok és szolgáltatások listáját',
  'tour.showMe': 'Mutasd meg',
  'tour.next': 'Tovább',
  'tour.finish': 'A bemutató befejezése',
  'tour.leave': 'Kilépés a bemutatóból',
  'tour.notHere': 'Ennek a lépésnek a vezérlője még nem látható. Válassza a Mutasd meg lehetőséget, és odavisszük.',
  'tour.readOnly':
    '{role} szerepkörrel bejelentkezve csak megtekintheti az előfizetéseket. A bemutató folytatásához válasszon a Bemutató-vezérlőkben egy olyan szerepkört, amely frissíthet.',
  'demo.link.title': 'Interaktív bemutató és bemutatóhivatkozás',
  'demo.link.hint':
    'A bemutatóhivatkozás ezt az oldalt nyitja meg ezzel a forgatókönyvvel az elejéről, a bejelentkezett szerepkörrel, a nyelvvel és a késleltetéssel.',
  'demo.link.copy': 'Bemutatóhivatkozás másolása',
  'demo.link.copied':
    'A bemutatóhivatkozás a vágólapra került: a(z) „{scenario}” forgatókönyvet nyitja meg az elejéről, {role} szerepkörrel.',
  'demo.link.ownFile':
    'A saját forgatókönyvfájlja nem része a hivatkozásnak: csak ott nyílik meg, ahol a fájlt betöltötték.',
  'demo.link.copyFailed': 'A böngésző nem engedélyezte a másolást. Innen másolhatja ki a bemutatóhivatkozást:',
  'demoLink.badValue':
    'A bemutatóhivatkozás {param} paraméterének „{value}” értéke ismeretlen, ezért nem lett alkalmazva. Ismert értékek: {known}.',
  'demoLink.unknownParam':
    'A bemutatóhivatkozás „{param}” paramétere ismeretlen, ezért figyelmen kívül maradt. Ismert paraméterek: {known}.',
  'demoLink.demoOnly':
    'A bemutatóhivatkozás {params} paramétere csak a bemutatóra vonatkozik, élő Partnerközpontra nem, ezért figyelmen kívül maradt.',

  'error.page.title': 'Hiba történt ezen az oldalon',
  'error.unexpected.title': 'Hiba történt',
  'error.unexpected.action': 'Próbálja újra. Ha a hiba ismétlődik, töltse be újra az oldalt.',
  'error.status': 'Mi történt',
  'error.code': 'kód: {code}',
  'error.correlationId': 'Korrelációs azonosító (a támogatás számára)',
  'error.kind.network': 'Nincs kapcsolat',
  'error.kind.timeout': 'Időtúllépés',
  'error.kind.malformed': 'Olvashatatlan válasz',
  'error.kind.http': 'Hibaválasz',
  'error.network.title': 'A Partnerközpont nem érhető el',
  'error.network.action': 'Ellenőrizze a hálózati kapcsolatot, majd próbálja újra.',
  'error.kind.signin': 'A bejelentkezés nem érhető el',
  'error.signin.title': 'A Microsoft-bejelentkezés nem érhető el',
  'error.signin.action':
    'Semmi sem lett elküldve. Ellenőrizze a hálózati kapcsolatot, majd próbálja újra; ha ismét előfordul, a Microsoft Entra ID lehet, hogy nem érhető el.',
  'error.timeout.title': 'A Partnerközpont nem válaszolt {seconds, number} másodpercen belül',
  'error.timeout.action':
    'Próbálja újra. Ha módosítást küldött, az Újrapróbálkozás pontosan ugyanazt a kérést küldi el ismét, így a módosítás nem hajtható végre kétszer: ha már sikerült, annak eredménye jelenik meg.',
  'error.malformed.title': 'A Partnerközpont olyan választ küldött, amelyet ez az alkalmazás nem tud értelmezni',
  'error.malformed.action':
    'Próbálja újra. Ha a hiba ismétlődik, forduljon a támogatási csapathoz, és adja meg a korrelációs azonosítót.',
  'error.400.title': 'A Partnerközpont elutasította a kérést',
  'error.400.action': 'Nézze meg a fenti okot, módosítsa a választását, majd próbálja újra.',
  'error.401.title': 'A bejelentkezése lejárt',
  'error.401.action': 'Jelentkezzen be újra, majd ismételje meg a műveletet.',
  'error.403.title': 'Nincs jogosultsága ehhez a művelethez',
  'error.403.action':
    'A partnerszerepköre vagy az ügyféllel fennálló kapcsolata ezt nem engedi. Forduljon egy globális rendszergazdához vagy rendszergazdai ügynökhöz.',
  'error.404.title': 'Nem található',
  'error.404.action': 'Lehet, hogy törölték vagy áthelyezték. Térjen vissza az ügyféllistához, és töltse be újra.',
  'error.conflict.title': 'Az előfizetés időközben módosult',
  'error.conflict.action':
    'Semmi sem módosult. A legfrissebb adatok betöltődtek: ellenőrizze őket, majd próbálja újra.',
  'error.429.title': 'A Partnerközpont túlterhelt',
  'error.429.action': 'Túl sok kérés: várjon {seconds, number} másodpercet, majd próbálja újra.',
  'error.5xx.title': 'Hiba történt a Partnerközpontban',
  'error.5xx.action': 'Semmi sem veszett el. Próbálja újra egy kis idő múlva.',
  'error.other.title': 'A Partnerközpont hibát adott vissza',
  'error.other.action':
    'Próbálja újra. Ha a hiba ismétlődik, forduljon a támogatási csapathoz, és adja meg a korrelációs azonosítót.',
  // issue 13 (polish): the no-relationship page, license and upgrade errors, scenario file limits
  'customers.noRelationship': 'Nincs Önnel kapcsolata, ezért itt nem kezelhető',
  'customer.skipToSubscriptions': 'Ugrás az előfizetésekre',
  'customer.unnamed': 'Ügyfél: {id}',
  'customer.noRelationship.lead':
    '{name} szerepel az ügyféllistájában, de partnerként nincs kapcsolata vele, ezért a Partnerközpont nem engedi, hogy megtekintse vagy módosítsa az előfizetéseit.',
  'customer.noRelationship.leadUnnamed':
    'Partnerként nincs kapcsolata a(z) {id} ügyféllel, ezért a Partnerközpont nem engedi, hogy megtekintse vagy módosítsa az előfizetéseit.',
  'customer.noRelationship.action':
    'Az előfizetések kezeléséhez küldjön viszonteladói kapcsolatkérelmet az ügyfélnek a Partnerközpontból; amint az ügyfél globális rendszergazdája elfogadja, ez az oldal megjeleníti őket. Addig az újrapróbálkozás semmin sem változtat.',
  'upgrade.reason.condition': 'Nem teljesül: {condition}',
  'upgrade.refused.reasons': 'Miért utasította el a Partnerközpont',
  'licenseError.conflict':
    'A(z) {target} {service} szolgáltatása ütközik a(z) {license} licenccel, amely {user} felhasználónál van. Távolítsa el azt a licencet a Microsoft 365 Felügyeleti központban, majd rendelje hozzá a(z) {target} licencet {user} felhasználóhoz.',
  licenseError:
    '{code, select, MutuallyExclusiveViolation {A(z) {target} egyik szolgáltatása ütközik egy másik licenccel, amely {user} felhasználónál van (például próba- vagy ingyenes licenc). Távolítsa el azt a licencet a Microsoft 365 Felügyeleti központban, majd rendelje hozzá a(z) {target} licencet {user} felhasználóhoz.} CountViolation {A(z) {target} előfizetésben nem maradt szabad licenc {user} számára. Adjon hozzá licenceket, majd rendelje hozzá a(z) {target} licencet {user} felhasználóhoz.} DependencyViolation {A(z) {target} egyik szolgáltatása egy olyan szolgáltatást igényel, amely {user} felhasználónak nincs. Először azt rendelje hozzá, majd a(z) {target} licencet.} ProhibitedInUsageLocationViolation {A(z) {target} nem érhető el {user} felhasználási helyén. Ellenőrizze a felhasználó felhasználási helyét, majd rendelje hozzá a(z) {target} licencet.} UniquenessViolation {{user} felhasználónak már van egy licence, amely nem kombinálható a(z) {target} licenccel. Távolítsa el, majd rendelje hozzá a(z) {target} licencet.} other {{user} licence nem helyezhető át ide: {target}.}}',
  'demo.scenario.tooLarge':
    'A(z) {file} mérete {size, number} MB; egy forgatókönyvfájl legfeljebb {max, number} MB lehet, ezért nem olvastuk be.',
  'demo.scenario.firstProblems':
    'A(z) {count, number} hibából az első {shown, number} látható; javítsa ki őket, és töltse be újra a fájlt a többi megtekintéséhez.',
  'nav.activity': 'Tevékenység',
  'activity.title': 'Tevékenység',
  'activity.lead':
    'Ki, mikor, melyik előfizetést és mit módosított: minden frissítés és licencmódosítás, akár végrehajtották, akár elutasították, a Partnerközpont tevékenységnaplójából, amely az utolsó {days, number} napot őrzi meg.',
  'activity.filter.label': 'Tevékenység szűrése',
  'activity.filter.customer': 'Ügyfél',
  'activity.filter.allCustomers': 'Minden ügyfél',
  'activity.filter.from': 'Kezdete',
  'activity.filter.to': 'Vége',
  'activity.filter.operation': 'Művelet',
  'activity.filter.allOperations': 'Minden művelet',
  'activity.filter.user': 'Felhasználó',
  'activity.filter.allUsers': 'Minden felhasználó',
  'activity.filter.rangeOrder':
    'A kezdő dátum a záró dátum utánra esik: válasszon legfeljebb a záró dátummal egyező kezdő dátumot.',
  'activity.filter.rangeOld':
    'A Partnerközpont {days, number} napig őrzi a tevékenységet: ezen belül válasszon kezdő dátumot.',
  'activity.export': 'Exportálás CSV-be',
  'activity.exported': '{count, plural, one {# bejegyzés} other {# bejegyzés}} letöltve CSV-fájlként.',
  'activity.loading': 'Tevékenység betöltése…',
  'activity.count': '{count, plural, =0 {Nincs bejegyzés} one {# bejegyzés} other {# bejegyzés}}',
  'activity.empty': 'Ebben az időszakban egyetlen tevékenység sem felel meg a szűrőknek.',
  'activity.caption': 'Tevékenység, a legújabb elöl',
  'activity.col.date': 'Időpont',
  'activity.col.customer': 'Ügyfél',
  'activity.col.subscription': 'Előfizetés',
  'activity.col.operation': 'Művelet',
  'activity.col.change': 'Előtte → utána',
  'activity.col.user': 'Végrehajtó',
  'activity.col.status': 'Eredmény',
  'activity.csv.customerId': 'Ügyfélazonosító',
  'activity.csv.subscriptionId': 'Előfizetés-azonosító',
  'activity.csv.before': 'Előtte',
  'activity.csv.after': 'Utána',
  'activity.changedTo': 'erre változott:',
  'activity.newSubscription': 'Új előfizetés:',
  'activity.state': '{name} · {quantity, plural, one {# licenc} other {# licenc}} · {status}',
  'activity.requested': 'kért: {quantity, plural, one {# licenc} other {# licenc}}',
  'activity.requested.upgrade': 'kért: {offer}, {quantity, plural, one {# licenc} other {# licenc}}',
  'activity.requested.unknown': 'a kért módosítás',
  'activity.refused': 'Elutasítva ({asked}): {reason}',
  'activity.operation':
    '{operation, select, upgrade_subscription {Frissítés} update_subscription {Licencmódosítás} other {{operation}}}',
  'activity.status':
    '{status, select, succeeded {Sikeres} failed {Sikertelen} progress {Folyamatban} decline {Elutasítva} other {{status}}}',
  'activity.recent.title': 'Legutóbbi tevékenység',
  'activity.recent.empty': 'Az elmúlt {days, number} napban nem volt módosítás.',
  'activity.recent.caption': '{name} legutóbbi tevékenysége, a legújabb elöl',
  'activity.recent.all': '{name} összes tevékenysége',

  'price.title': 'Mennyibe kerül?',
  'price.demoBadge': 'Bemutató árak',
  'price.loading': 'A költség kiszámítása…',
  'price.unavailable':
    '{reason, select, no_prices {Az összegek nem láthatók: a Partnerközpont API-ja nem ad meg árakat. Nézze meg az árlistát a Partnerközpontban.} no_term {Az összegek nem láthatók: az előfizetés időszakának dátumai ismeretlenek.} other {Az összegek nem láthatók: az árakat nem sikerült betölteni. Próbálja újra később.}}',
  'price.credit':
    'Jóváírás a(z) {source} {quantity, plural, one {# licencéért} other {# licencéért}} ({total, number} napból {days, plural, one {# nap} other {# nap}} van hátra)',
  'price.charge': '{target} a teljes időszakra ({term, select, P1M {1 hónap} P1Y {12 hónap} other {{term}}})',
  'price.perMonth': '{target} havonta',
  'price.net': 'Nettó változás',
  'price.basis':
    'Bemutató listaárak {currency} pénznemben, nem a Microsoft árai. Napi arányosítás; minden összeg egyszer van kerekítve. A Súgó elmagyarázza a számítást.',
  'price.result.title': 'Mennyibe kerül (az előnézet szerint)?',
  'price.licenses.charge':
    '{count, plural, one {# új licenc} other {# új licenc}} az időszak hátralévő részére ({total, number} napból {days, plural, one {# nap} other {# nap}})',
  'price.licenses.perMonthBefore': 'Havonta most',
  'price.licenses.perMonthAfter': 'Havonta utána',

  'help.price.title': 'Mennyibe kerül egy frissítés?',
  'help.price.lead':
    'A beküldés előtt a frissítési és a licenchozzáadási párbeszédpanel megmutatja a költséget, az időszakra napi arányosítással, az ügyfél pénznemében. Az összegeket a pénznem legkisebb egységében (cent, öre, fillér…) számoljuk, és mindegyiket egyszer kerekítjük.',
  'help.price.credit':
    'Jóváírás = licencek × régi havi ár × az időszak hónapjai × hátralévő napok ÷ az időszak napjai, lefelé kerekítve: soha nem több, mint amennyit azokért a napokért fizettek.',
  'help.price.charge':
    'Díj = licencek × új havi ár × az időszak hónapjai: az új előfizetés ma kezdődik, és egy teljes időszakig tart.',
  'help.price.net': 'Nettó változás = díj − jóváírás. Az időszak első napján ez az időszakra eső árkülönbség.',
  'help.price.licenses':
    'Licencek hozzáadása = új licencek × havi ár × az időszak hónapjai × hátralévő napok ÷ az időszak napjai, a legközelebbire kerekítve.',
  'help.price.example':
    'Példa szemléltető árakkal: {licenses, number} licenc frissítése a(z) {source} ajánlatról a(z) {target} ajánlatra, havi {oldPrice} és {newPrice} áron, {total, number} napból {days, number} nap van hátra: jóváírás {credit}, díj {charge}, nettó változás {net}.',
  'help.price.demo':
    'A megjelenített árak a szimulált Partnerközpont bemutató listaárai, nem a Microsoft árai. A Partnerközpont API-ja nem ad meg árakat, ezért valódi háttérrendszerrel az összegek rejtve maradnak.',
  // Opportunities and bulk upgrade (issue 15)
  'nav.opportunities': 'Lehetőségek',
  'opportunities.title': 'Frissítési lehetőségek',
  'opportunities.lead':
    'Minden előfizetés az összes ügyfelénél, amely most frissíthető, azokkal az ajánlatokkal, amelyekre átállhat. Jelöljön ki néhányat, hogy együtt frissítse őket.',
  'opportunities.readOnly': 'Bejelentkezve mint {role}: megtekintheti a lehetőségeket, de nem frissítheti őket.',
  'opportunities.scan.listing': 'Ügyfelek lekérése… eddig {total, number}',
  'opportunities.scan.reading': 'Az ügyfelek előfizetéseinek beolvasása: {read, number} / {total, number}',
  'opportunities.scan.cancel': 'Betöltés leállítása',
  'opportunities.scan.done': 'Mind a(z) {total, plural, one {# ügyfél} other {# ügyfél}} beolvasva.',
  'opportunities.scan.cancelled':
    'A betöltés leállt {read, number} / {total, number} ügyfél után: a lista az eddig találtakat mutatja.',
  'opportunities.scan.failed': 'A betöltés nem sikerült.',
  'opportunities.scan.refresh': 'Újraolvasás',
  'opportunities.scan.restart': 'Összes betöltése',
  'opportunities.scan.someFailed':
    '{count, plural, one {# ügyfél nem olvasható be} other {# ügyfél nem olvasható be}} ({names}); olvassa be újra a próbálkozáshoz.',
  'opportunities.filters': 'Lehetőségek szűrése',
  'opportunities.filter.customer': 'Ügyfél',
  'opportunities.filter.source': 'Jelenlegi ajánlat',
  'opportunities.filter.target': 'Erre frissíthető',
  'opportunities.filter.anyOffer': 'Bármely ajánlat',
  'opportunities.filter.minSeats': 'Licencek ettől',
  'opportunities.filter.maxSeats': 'Licencek eddig',
  'opportunities.totals':
    '{count, plural, one {# előfizetés} other {# előfizetés}}, {seats, plural, one {# licenc} other {# licenc}}',
  'opportunities.export': 'CSV exportálása',
  'opportunities.selected':
    'Kijelölve: {count, plural, one {# előfizetés} other {# előfizetés}}, {seats, plural, one {# licenc} other {# licenc}}',
  'opportunities.selectMatching': 'Mind a(z) {count, number} egyező kijelölése',
  'opportunities.clearSelection': 'Kijelölés törlése',
  'opportunities.plan': 'Tömeges frissítés tervezése ({count, number})',
  'opportunities.none': 'Egyetlen előfizetés sem egyezik: itt nincs mit frissíteni.',
  'opportunities.none.yet': 'Frissíthető előfizetések keresése…',
  'opportunities.caption': 'Frissíthető előfizetések az összes ügyfélnél',
  'opportunities.selectPage': 'Az oldal összes előfizetésének kijelölése',
  'opportunities.selectRow': '{name} kijelölése ({customer})',
  'opportunities.col.customer': 'Ügyfél',
  'opportunities.col.subscription': 'Előfizetés',
  'opportunities.col.offer': 'Jelenlegi ajánlat',
  'opportunities.col.seats': 'Licencek',
  'opportunities.col.targets': 'Erre frissíthető',
  'opportunities.csv.customerId': 'Ügyfélazonosító',
  'opportunities.csv.subscriptionId': 'Előfizetés-azonosító',
  'opportunities.pages': 'Oldalak',
  'pager.previous': 'Előző oldal',
  'pager.next': 'Következő oldal',
  'pager.pageOf': '{page, number}. oldal / {pages, number}',
  'opportunities.runInProgress': 'Egy tömeges frissítés folyamatban van.',
  'opportunities.runOver': 'A legutóbbi tömeges frissítése befejeződött.',
  'opportunities.viewRun': 'A tömeges frissítés megtekintése',
  'bulk.plan.title': 'Tömeges frissítés tervezése',
  'bulk.plan.lead':
    '{count, plural, one {# előfizetés} other {# előfizetés}} kijelölve, {seats, plural, one {# licenc} other {# licenc}}. Válassza ki az új ajánlatot minden jelenlegi ajánlathoz: csak azok az ajánlatok jelennek meg, amelyekre minden kijelölt előfizetése átállhat.',
  'bulk.plan.group': '{offer}: {count, plural, one {# előfizetés} other {# előfizetés}}',
  'bulk.plan.target': 'Frissítés erre',
  'bulk.plan.skip': 'Ezeket ne frissítse',
  'bulk.plan.noCommonTarget':
    'Egyik ajánlat sem érhető el ennek az ajánlatnak mind a(z) {count, plural, one {# előfizetése} other {# előfizetése}} számára: jelöljön ki kevesebbet a frissítésükhöz.',
  'bulk.plan.transfer': 'A felhasználók licenceinek áthelyezése az új előfizetésekbe',
  'bulk.plan.transferOn':
    'A felhasználók licencei átkerülnek az új előfizetésbe; minden előfizetés összes licence frissül.',
  'bulk.plan.transferOff':
    'A felhasználók megtartják jelenlegi licenceiket, amelyeket később kell áthelyezni; minden előfizetés összes licence frissül.',
  'bulk.plan.back': 'Vissza a lehetőségekhez',
  'bulk.plan.review': 'Áttekintés',
  'bulk.review.title': 'A tömeges frissítés áttekintése',
  'bulk.review.totals':
    '{customers, plural, one {# ügyfél} other {# ügyfél}} {count, plural, one {# előfizetése} other {# előfizetése}} frissül, összesen {seats, plural, one {# licenc} other {# licenc}}.',
  'bulk.review.caption': 'Mi történik az egyes előfizetésekkel',
  'bulk.review.change': '{source} → {target}',
  'bulk.review.refusedTitle':
    '{count, plural, one {# előfizetés kimarad} other {# előfizetés kimarad}}: a Partnerközpont a többi után elutasítaná őket',
  'bulk.review.back': 'A terv módosítása',
  'bulk.review.start': 'A tömeges frissítés indítása ({count, number})',
  'bulk.col.change': 'Frissítés',
  'bulk.col.outcome': 'Eredmény',
  'bulk.run.title': 'Tömeges frissítés',
  'bulk.run.none': 'Még nincs tömeges frissítés. Jelöljön ki előfizetéseket a Lehetőségek oldalon a tervezéshez.',
  'bulk.run.toOpportunities': 'Ugrás a lehetőségekhez',
  'bulk.run.state':
    '{state, select, running {{count, plural, one {# előfizetés} other {# előfizetés}} frissítése…} paused {Szüneteltetve: új frissítés csak a folytatás után indul.} cancelled {Megszakítva: a még el nem indított frissítések nem lettek elküldve.} finished {Befejeződött.} other {{state}}}',
  'bulk.run.progress': 'Előrehaladás: {settled, number} / {total, number}',
  'bulk.count.done': 'Frissítve',
  'bulk.count.failed': 'Sikertelen',
  'bulk.count.waiting': 'Várakozik',
  'bulk.count.cancelled': 'Megszakítva',
  'bulk.count.timeLeft': 'Hátralévő idő',
  'bulk.eta.seconds': 'kb. {seconds, plural, one {# másodperc} other {# másodperc}}',
  'bulk.eta.minutes': 'kb. {minutes, plural, one {# perc} other {# perc}}',
  'bulk.run.pause': 'Szüneteltetés',
  'bulk.run.resume': 'Folytatás',
  'bulk.run.cancel': 'A többi megszakítása',
  'bulk.run.pausing': 'A már elküldött frissítések befejeződnek.',
  'bulk.run.export': 'Eredmények exportálása CSV-be',
  'bulk.run.retryFailed': 'A sikertelenek újrapróbálása ({count, number})',
  'bulk.run.newPlan': 'Kész: vissza a lehetőségekhez',
  'bulk.run.caption': 'Az egyes előfizetések frissítése és eredménye',
  'bulk.run.pages': 'Eredményoldalak',
  'bulk.outcome.waiting': 'Várakozik',
  'bulk.outcome.sending': 'Küldés…',
  'bulk.outcome.cancelled': 'Megszakítva: nem lett elküldve',
  'bulk.outcome.done':
    'Frissítve: új előfizetés {id}. {users, plural, =0 {Minden felhasználó licence átkerült.} one {# felhasználó további teendőt igényel:} other {# felhasználó további teendőt igényel:}}',
  'bulk.failure.unknown':
    'Több próbálkozás után sem jött válasz: lehet, hogy megtörtént, lehet, hogy nem. Az újrapróbálás pontosan ugyanazt a kérést küldi el, így nem történhet meg kétszer.',
  'bulk.failure.changed':
    'Az előfizetés az áttekintés óta módosult; semmi sem történt. Olvassa be újra a lehetőségeket, és tervezze meg újra.',
  'bulk.failure.conflict':
    'A Partnerközpont éppen ezzel az előfizetéssel foglalkozik; semmi sem történt. Próbálja újra később.',
  'bulk.failure.throttled': 'A Partnerközpont többször várakozást kért; semmi sem történt. Próbálja újra később.',
  'bulk.failure.forbidden': 'Az Ön szerepköre nem frissítheti ezt az előfizetést; semmi sem történt.',
  'bulk.failure.notFound': 'Az előfizetés már nem létezik; semmi sem történt.',
  'bulk.failure.refused': 'A Partnerközpont elutasította a frissítést ({code} kód); semmi sem történt.',
  'bulk.failure.other': 'A Partnerközpont hibát adott vissza (HTTP {status}); semmi sem történt.',
  'bulk.csv.source': 'Erről az ajánlatról',
  'bulk.csv.target': 'Erre az ajánlatra',
  'bulk.csv.status': 'Állapot',
  'bulk.csv.newSubscription': 'Új előfizetés azonosítója',
  'bulk.csv.affectedUsers': 'További teendőt igénylő felhasználók',
  'bulk.csv.requestId': 'MS-RequestId',
  'demo.fault.shareOption': 'A kérések egy része',
  'demo.fault.percent': 'A meghiúsuló kérések aránya',
  'demo.fault.percentOption': '{percent, number, percent}',
  'demo.fault.shareStatus':
    'A kérések {percent, number, percent}-a meghiúsul: {kind, select, server_error {500: kiszolgálóhiba} throttled {429: túl sok kérés} timeout {időtúllépés} network {hálózati hiba} conflict {409: ütközés} precondition_failed {412: időközben módosult} other {{kind}}}.',
}
