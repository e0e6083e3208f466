import type { Catalog } from '../catalogs'

/**
 * tr-TR: Turkish. Partner Center terms follow the tr-TR source article (machine translated, seed 004)
 * and Microsoft's Turkish Partner Center wording; where the seed reads oddly, a comment next to the key
 * says what it wrote. No suffix is ever attached to a {placeholder}: a noun after it takes the suffix.
 */
export const trTR: Catalog = {
  'app.name': 'Upgrade Console',
  'app.demoBadge': 'Demo verileri · simüle edilmiş İş Ortağı Merkezi',
  'app.loadingPage': 'Yükleniyor…',
  'nav.skip': 'Ana içeriğe geç',
  'nav.main': 'Ana gezinti',
  'nav.customers': 'Müşteriler',
  'nav.help': 'Yardım',
  'nav.breadcrumb': 'İçerik haritası',
  'notFound.title': 'Sayfa bulunamadı',
  'notFound.back': 'Müşteri listesine git',

  'action.cancel': 'İptal',
  'action.close': 'Kapat',
  'action.done': 'Bitti',
  'action.retry': 'Yeniden dene',
  'action.dismiss': 'Yoksay',
  'boot.failed':
    'Upgrade Console başlatılamadı: {message}. Sayfayı yeniden yükleyin; sorun devam ederse bu tarayıcının bu adreste hizmet çalışanlarına izin verdiğini denetleyin.',
  'boot.failed.live':
    'Upgrade Console başlatılamadı: {message}. Sayfayı yeniden yükleyin; sorun devam ederse bu bilgisayarın bu siteye ve Microsoft oturum açma hizmetine erişebildiğini denetleyin.',
  'demo.unknownScenario':
    '“{name}” adlı yerleşik bir senaryo yok; bu nedenle demo önceki senaryoyu göstermeye devam ediyor.',
  'demo.stateDiscarded':
    'Kaydedilen demo verileri kullanılamadı (bozuktu veya başka bir sürüme aitti); bu nedenle demo, senaryosunun başından yeniden başlatıldı.',
  'demo.storageFull':
    'Tarayıcının depolama alanı dolu: demodaki bundan sonraki değişiklikler yeniden yüklemeden sonra korunmayacak ve diğer sekmeler bunları görmeyecek. Demoyu sıfırlayın veya daha küçük bir senaryo yükleyin.',

  'locale.label': 'Dil',
  'theme.label': 'Tema',
  'theme.system': 'Sistemle aynı',
  'theme.light': 'Açık',
  'theme.dark': 'Koyu',
  'session.role.label': 'Oturum açılan rol',
  'session.signedInAs': 'Oturum açılan rol: {role}',
  'auth.account.label': 'Oturum açan:',
  'auth.account.noRole': 'iş ortağı rolü yok',
  'auth.signOut': 'Oturumu kapat',
  'auth.signIn.title': 'Upgrade Console’da oturum açın',
  'auth.signIn.body':
    'İş Ortağı Merkezi için kullandığınız Microsoft iş hesabıyla oturum açın. Burada neler yapabileceğiniz, bu hesabın rollerine bağlıdır.',
  'auth.signIn.button': 'Microsoft ile oturum açın',
  'auth.signIn.busy': 'Microsoft oturum açma sayfası açılıyor…',
  'auth.signIn.failed':
    'Oturum açma tamamlanamadı: {message}. Yeniden deneyin; sorun sürerse yöneticinizden uygulama kaydını denetlemesini isteyin.',
  'auth.reauth.title': 'Yeniden oturum açın',
  'auth.reauth.body':
    'Oturumunuz sona erdi. Devam etmek için yeniden oturum açın: bu sayfa, açık iletişim kutusu ve yazdıklarınız olduğu gibi kalır.',
  'auth.reauth.button': 'Yeniden oturum aç',
  'auth.reauth.failed':
    'Oturum açma tamamlanmadı. Yeniden deneyin ya da bu iletiyi kapatıp daha sonra oturum açın; o zamana kadar hiçbir şey gönderilmez.',

  'demo.open': 'Demo denetimleri',
  'demo.title': 'Demo denetimleri',
  'demo.description':
    'Yalnızca demolar içindir. Bu denetimler, bu tarayıcıdaki simüle edilmiş İş Ortağı Merkezi’ni değiştirir; gerçek İş Ortağı Merkezi’ne hiçbir zaman dokunulmaz.',
  'demo.scenario.title': 'Senaryo',
  'demo.scenario.label': 'Yerleşik senaryo',
  'demo.scenario.load': 'Senaryoyu yükle',
  'demo.scenario.loaded': '“{title}” senaryosu baştan yüklendi.',
  'demo.scenario.file': 'Senaryo dosyası yükle…',
  'demo.scenario.drop': 'veya buraya bir .json dosyası bırakın',
  'demo.scenario.fileLoaded': 'Senaryo dosyası yüklendi: {file}.',
  'demo.scenario.invalid':
    '{count, plural, one {Dosyada # sorun var, bu nedenle hiçbir şey yüklenmedi:} other {Dosyada # sorun var, bu nedenle hiçbir şey yüklenmedi:}}',
  'demo.export': 'Geçerli verileri dışarı aktar',
  'demo.export.done': 'Geçerli veriler bir senaryo dosyası olarak indirildi.',
  'demo.reset': 'Senaryonun başına sıfırla',
  'demo.reset.done': '“{title}” senaryosu başlangıcına sıfırlandı.',
  'demo.role.title': 'Oturum açan kullanıcı',
  'demo.latency.title': 'Ağ gecikmesi',
  'demo.latency.option': '{latency, select, none {Yok} realistic {Gerçekçi} slow {Yavaş (2 sn)} other {{latency}}}',
  'demo.fault.title': 'Hata ekleme',
  'demo.fault.label': 'İstekler şu hatayla başarısız olsun',
  'demo.fault.off': 'Hata yok',
  'demo.fault.kind':
    '{kind, select, server_error {500 sunucu hatası} throttled {429 çok fazla istek (Retry-After)} timeout {Zaman aşımı (yanıt yok)} network {Ağ hatası} conflict {409 çakışma} precondition_failed {412 bu arada değişti} other {{kind}}}',
  'demo.fault.scope': 'Uygulama kapsamı',
  'demo.fault.scopeOption': '{scope, select, next {Yalnızca sonraki istek} all {Her istek} other {{scope}}}',
  'demo.fault.status':
    '{scope, select, next {Sonraki istek başarısız olacak} other {Her istek başarısız oluyor}}: {kind, select, server_error {500 sunucu hatası} throttled {429 çok fazla istek} timeout {zaman aşımı} network {ağ hatası} conflict {409 çakışma} precondition_failed {412 bu arada değişti} other {{kind}}}.',
  'demo.fault.none': 'İstekler normal şekilde yanıtlanıyor.',
  'role.global_admin': 'Genel yönetici',
  // seed: "Kullanıcı yönetimi yönetici" (the compound lacks its -si suffix); Microsoft’s Partner Center term used
  'role.user_management_admin': 'Kullanıcı yönetimi yöneticisi',
  'role.admin_agent': 'Yönetici aracısı',
  'role.sales_agent': 'Satış aracısı',
  'role.helpdesk_agent': 'Yardım masası aracısı',
  'role.billing_admin': 'Faturalama yöneticisi',
  'role.account_admin': 'Hesap yöneticisi',
  'role.referrals_admin': 'Referans yöneticisi',
  'role.mpn_partner_admin': 'MPN iş ortağı yöneticisi',
  'role.executive_report_viewer': 'Yönetici raporu görüntüleyicisi',

  relationship:
    '{value, select, reseller {Bayi} advisor {Danışman} microsoft_cloud_agreement {Microsoft Bulut Sözleşmesi} none {İlişki yok} other {{value}}}',

  'customers.title': 'Müşteriler',
  'customers.lead': 'Aboneliklerini görmek ve yükseltmek için bir müşteri seçin.',
  'customers.search.label': 'Şirket adına göre ara',
  'customers.search.placeholder': 'ör. Contoso',
  'customers.loading': 'Müşteriler yükleniyor…',
  'customers.count':
    '{shown, plural, =0 {Gösterilen müşteri yok} one {# müşteri gösteriliyor} other {# müşteri gösteriliyor}} (toplam: {total, number})',
  'customers.countLoading':
    '{shown, plural, =0 {Gösterilen müşteri yok} one {# müşteri gösteriliyor} other {# müşteri gösteriliyor}} (şu ana kadar yüklenen: {loaded, number}); daha fazlası yükleniyor…',
  'customers.empty': 'Henüz müşteriniz yok.',
  'customers.noMatch':
    'Hiçbir şirket adı “{search}” ifadesini içermiyor. Yazımı denetleyin veya adın bir bölümünü arayın.',
  'customers.caption': 'Müşteriler',
  'customers.col.company': 'Şirket',
  'customers.col.domain': 'Etki alanı',
  'customers.col.relationship': 'İlişki',
  // seed: "yönetici ayrıcalıkları temsilcisi" (machine word order, reads “delegate of admin privileges”); natural "temsilci yönetici" used
  'customers.col.delegatedAdmin': 'Temsilci yönetici',
  'customers.delegatedAdmin.on': 'Verildi',
  'customers.delegatedAdmin.off': 'Verilmedi',

  'customer.loadingName': 'Müşteri',
  'customer.domain': 'Etki alanı',
  'customer.relationship': 'İlişki',
  // seed: "yönetici ayrıcalıkları temsilcisi" (machine word order); natural "temsilci yönetici ayrıcalıkları" used, as elsewhere in Microsoft’s Turkish docs
  'customer.delegatedAdmin': 'Temsilci yönetici ayrıcalıkları',
  'customer.readOnly':
    'Şu rolle oturum açtınız: {role}. Abonelikleri görüntüleyebilirsiniz, ancak bunları yalnızca Genel yönetici, Kullanıcı yönetimi yöneticisi, Yönetici aracısı, Satış aracısı veya Yardım masası aracısı yükseltebilir ya da bunlara lisans ekleyebilir.',
  'customer.noDelegatedAdmin':
    'Bu müşteri için temsilci yönetici ayrıcalıklarınız yok; bu nedenle müşterinin abonelikleri yükseltilemez. Müşteriden bir temsilci yönetici ilişkisi isteğini kabul etmesini isteyin.',

  'subscriptions.title': 'Abonelikler',
  'subscriptions.loading': 'Abonelikler yükleniyor…',
  'subscriptions.loadingMore':
    'Abonelikler yükleniyor: şu ana kadar {loaded, number} / {total, number}. Yükseltme seçenekleri tümü geldiğinde görünür.',
  'subscriptions.empty': '{name} müşterisinin henüz sizden aldığı bir abonelik yok.',
  // seed: "Şimdi **yükselt'i seçin.**" (bold markup split by the machine translation); the button name "Şimdi yükselt" kept whole
  'subscriptions.lead':
    'Yükseltilebilen bir aboneliğin adının hemen ardından bir bilgi simgesi görüntülenir: simgenin üzerine gelin ve Şimdi yükselt’i seçin ya da simgeye odaklanıp Enter tuşuna basın.',
  'subscriptions.leadReadOnly': 'Abonelikler, rolünüz için salt okunur olarak gösterilir.',
  'subscriptions.caption': 'Bu müşterinin abonelikleri',
  'subscriptions.col.name': 'Abonelik',
  'subscriptions.col.offer': 'Teklif',
  'subscriptions.col.quantity': 'Lisanslar',
  'subscriptions.col.status': 'Durum',
  'subscriptions.col.billing': 'Faturalama',
  'subscriptions.col.termEnd': 'Dönem sonu',
  'subscriptions.col.actions': 'Eylemler',
  'subscriptions.addOnOf': 'Şunun eklentisi: {parent}',
  'subscriptions.toolbar.label': 'Abonelikleri ara ve filtrele',
  'subscriptions.search.label': 'Aboneliklerde ara',
  'subscriptions.filter.status': 'Durum',
  'subscriptions.filter.allStatuses': 'Tüm durumlar',
  'subscriptions.filter.offer': 'Teklif',
  'subscriptions.filter.allOffers': 'Tüm teklifler',
  'subscriptions.filter.eligible': 'Yalnızca yükseltilebilenler',
  'subscriptions.filter.clear': 'Filtreleri temizle',
  'subscriptions.count':
    '{total, plural, one {# abonelikten {shown, number} tanesi gösteriliyor} other {# abonelikten {shown, number} tanesi gösteriliyor}}',
  'subscriptions.noMatch': 'Bu filtrelerle eşleşen abonelik yok.',
  'subscriptions.suspensionReason':
    '{reason, select, Upgraded {Yükseltildi} CustomerCancellation {Müşteri tarafından iptal edildi} PartnerInitiated {Sizin tarafınızdan askıya alındı} PaymentDelinquency {Gecikmiş ödeme} PaymentIssue {Ödeme sorunu} Fraud {Dolandırıcılık şüphesi} Expired {Süresi doldu} Converted {Başka bir teklife dönüştürüldü} Transferred {Başka bir iş ortağına aktarıldı} other {Başka bir neden ({reason})}}',

  'review.newer':
    'Bu iletişim kutusunu açtığınızdan beri bu abonelik değişti (başka bir temsilci veya sekme değiştirdi).',
  'review.whatChanged': 'Değişenler:',
  'review.change.quantity': 'Lisanslar: {before, number} → {after, number}',
  'review.change.status': 'Durum: {before} → {after}',
  'review.change.other': 'Diğer ayrıntılar değişti; lisans sayısı ve durum aynı.',
  'review.showLatest': 'En son verileri göster',

  'status.none': 'Durum yok',
  'status.active': 'Etkin',
  'status.pending': 'Beklemede',
  'status.suspended': 'Askıya alındı',
  'status.deleted': 'İptal edildi',
  'status.expired': 'Süresi doldu',
  'status.disabled': 'Devre dışı',
  'status.unknown': 'Bilinmiyor',
  'billing.cycle': '{cycle, select, monthly {Aylık} annual {Yıllık} other {—}}',
  'billing.term': '{term, select, P1M {1 aylık dönem} P1Y {1 yıllık dönem} P3Y {3 yıllık dönem} other {}}',

  'upgrade.info.label': 'Yükselt: {name}',
  'upgrade.info.tooltip': '{count, plural, one {# yükseltme kullanılabilir.} other {# yükseltme kullanılabilir.}}',
  'upgrade.info.tooltipLabel':
    '{count, plural, one {# yükseltme kullanılabilir.} other {# yükseltme kullanılabilir.}} Yeni bir teklif seçmek için Enter tuşuna basın.',
  'upgrade.now': 'Şimdi yükselt',

  'blocked.trigger': 'Neden yükseltilemiyor?',
  'blocked.trigger.label': 'Neden yükseltilemiyor? {name}',
  'blocked.title': '{name} aboneliği neden yükseltilemiyor',
  'blocked.perTarget': 'Geçebileceği her teklif için:',
  'blocked.service.intro': 'Bu teklif konsolun kataloğunda yok; bu nedenle bu, İş Ortağı Merkezi’nin kendi yanıtıdır:',
  'blocked.service.none': 'İş Ortağı Merkezi bu abonelik için yükseltme listelemiyor.',
  'blocked.service.loading': 'İş Ortağı Merkezi’ne soruluyor…',

  'problem.theTarget': 'hedef teklif',
  'problem.delegatedAdmin':
    'Bu müşteri için temsilci yönetici ayrıcalıklarınız yok. Müşteriden bir temsilci yönetici ilişkisi isteğini kabul etmesini isteyin.',
  'problem.notActive':
    'Aboneliğin durumu: {status}. Yalnızca etkin bir abonelik yükseltilebilir (askıya alınmış veya iptal edilmiş bir abonelik yükseltilemez).',
  'problem.notProvisioned': 'Abonelik hâlâ ayarlanıyor (beklemede). Etkin olduğunda yeniden deneyin.',
  'problem.holder':
    '{channel, select, partner {sizden alınan {offer}} other {başka bir iş ortağından veya başka bir kanaldan satın alınan {offer}}}',
  'problem.conflictingServices':
    'Müşteride zaten şu abonelik var: {holders}. Bu abonelik, {target} ile eklenecek hizmetleri ({services}) içeriyor. Müşterinin önce onu iptal etmesi gerekir.',
  'problem.alreadyHasTarget':
    '{channel, select, other {Müşterinin başka bir iş ortağından veya başka bir kanaldan aldığı bir {target} aboneliği zaten var. Müşteri, o aboneliği iptal etmeden bunu sizden satın alamaz.} partner {Müşterinin sizden aldığı bir {target} aboneliği zaten var: bunun yerine o aboneliğe lisans ekleyin.}}',
  'problem.addOns': 'Aboneliğin eklentileri var ({addOns}). Yükseltmeden önce eklentileri kaldırın.',
  'problem.noPaths': 'Bu teklifin CSP programında yükseltme yolu yok.',
  'problem.targetNotFound': 'Bu aboneliğin yükseltme yolları arasında şu teklif yok: {target}.',

  'condition.subscription_status_not_active': 'Abonelik etkin (askıya alınmış veya iptal edilmiş değil).',
  'condition.subscription_not_provisioned': 'Abonelik sağlanmış (beklemede değil).',
  // seed: "yönetici ayrıcalıkları temsilcisine sahip olmanız gerekir" (machine word order); natural "temsilci yönetici ayrıcalıkları" used
  'condition.delegated_admin_permissions_disabled':
    'Bu müşteri ve hizmet için temsilci yönetici ayrıcalıklarına sahipsiniz.',
  'condition.conflicting_service_types':
    'Müşterinin, yeni teklifin eklediği hizmetleri zaten içeren başka bir aboneliği yok (ne sizden ne de başka bir iş ortağından veya başka bir kanaldan).',
  // seed: "Müşteri, yükseltmeye çalıştığın aboneliklere sahip değil" (informal “sen” inside a “siz” text, and
  // "zaten sahip değil" is a calque of "doesn’t already have"); the formal register and a natural "henüz yok" are used
  'condition.concurrency_conflicts':
    'Müşteride yeni teklif henüz yok (ne sizden ne de başka bir iş ortağından veya başka bir kanaldan alınmış; çok kanallı).',
  'condition.subscription_add_ons_present': 'Aboneliğin eklentisi yok.',
  'condition.subscription_does_not_have_any_upgrade_paths': 'Aboneliğin teklifinin yükseltme yolları var.',
  'condition.subscription_target_offer_not_found': 'Yeni teklif bu yollardan biri.',

  'upgrade.dialog.title': '{name} aboneliğini yükselt',
  'upgrade.dialog.description':
    '{offer} · {quantity, plural, one {# lisans} other {# lisans}}. Yeni teklifi ve ardından Gönder’i seçin.',
  'upgrade.loading': 'Hangi yükseltmelerin mümkün olduğu denetleniyor…',
  'upgrade.noTargets': 'İş Ortağı Merkezi bu abonelik için yükseltme sunmuyor.',
  'upgrade.offer.legend': 'Yeni teklif',
  'upgrade.offer.adds': 'Eklenen hizmetler: {services}.',
  'offer.description':
    '{offer, select, appsForBusiness {1 TB bulut depolamalı masaüstü ve web Office uygulamaları; iş e-postası içermez.} businessBasic {İş e-postası, Teams, SharePoint, OneDrive ve web için Office.} businessStandard {Business Basic’teki her şey, ayrıca masaüstü Office uygulamaları ve Bookings.} businessPremium {Business Standard’daki her şey, ayrıca cihaz yönetimi ve gelişmiş güvenlik.} appsForEnterprise {Her büyüklükteki kuruluş için masaüstü ve web Office uygulamaları.} e1 {Her büyüklükteki kuruluş için e-posta, Teams, SharePoint ve web için Office.} e3 {E1’deki her şey, ayrıca masaüstü Office uygulamaları ve e-posta arşivleme.} e5 {E3’teki her şey, ayrıca gelişmiş güvenlik, ses ve analiz.} appsForBusinessIndia {Hindistan’da satılan Microsoft 365 Apps for business.} businessBasicIndia {Hindistan’da satılan Microsoft 365 Business Basic.} businessStandardIndia {Hindistan’da satılan Microsoft 365 Business Standard.} audioConferencing {Teams toplantıları için arama numaraları (eklenti).} exchangeArchivingAddOn {Exchange Online posta kutuları için arşivleme ve yasal saklama (eklenti).} exchangePlan1 {Yalnızca iş e-postası.} other {}}',
  'upgrade.offer.unavailable': 'Kullanılamıyor:',
  'upgrade.offer.required': 'Yükseltilecek teklifi seçin.',
  'upgrade.reason.code': 'İş Ortağı Merkezi bunu reddetti (kod {code}).',
  'upgrade.reason.unknown': 'İş Ortağı Merkezi nedenini belirtmedi.',
  'upgrade.quantity.label': 'Yükseltilecek lisanslar',
  'upgrade.quantity.hint':
    'Toplam {total, number} lisanstan en fazla {max, number} tanesi. Daha azını yükseltmek kısmi yükseltmedir: kalan lisanslar geçerli abonelikte kalır.',
  'upgrade.quantity.whole': 'Lisans sayısını tam sayı olarak girin.',
  'upgrade.quantity.range': '{min, number} ile {max, number} arasında bir sayı girin.',
  'upgrade.transfer.label': 'Kullanıcıların lisanslarını yeni aboneliğe taşı',
  'upgrade.transfer.hint':
    'Önerilir. Bu seçenek olmadan, siz lisans atayana kadar kullanıcılar yükseltmeden hiçbir şey almaz.',
  'upgrade.summary.title': 'Ne olacak',
  'upgrade.summary.choose': 'Yükseltmenin ne yapacağını görmek için bir teklif seçin.',
  'upgrade.summary.newSubscription':
    '{quantity, plural, one {# lisanslı} other {# lisanslı}} yeni bir {target} aboneliği oluşturulur.',
  'upgrade.summary.sourceSuspended': '{source} askıya alınır: tüm lisansları yeni aboneliğe taşınır.',
  'upgrade.summary.sourceReduced':
    '{source} aboneliğinde {remaining, plural, one {# lisans} other {# lisans}} kalır (kısmi yükseltme).',
  'upgrade.summary.transfer':
    'Kullanıcıların lisansları {target} aboneliğine taşınır. Lisansı taşınamayan kullanıcılar, gönderdikten sonra listelenir.',
  'upgrade.summary.noTransfer':
    'Hiçbir kullanıcı lisansı taşınmaz: daha sonra {target} lisanslarını kullanıcılara kendiniz atayın.',
  'upgrade.summary.billing':
    'Faturalama: {source} aboneliğinin yükseltilen lisansları orantılı bir krediyle sona erer ve yeni aboneliğin faturalaması bugün başlar.',
  'upgrade.summary.irreversible': 'Yükseltme geri alınamaz.',
  'upgrade.submit': 'Gönder',
  'upgrade.submitting': 'Gönderiliyor…',

  'upgrade.result.dialogTitle': '{name} yükseltildi',
  'upgrade.result.title': 'Yükseltme tamamlandı',
  'upgrade.result.created': 'Yeni abonelik: {target}, {quantity, plural, one {# lisans} other {# lisans}}.',
  'upgrade.result.subscriptionId': 'Abonelik kimliği',
  'upgrade.result.sourceSuspended': '{source} artık askıya alınmış durumda.',
  'upgrade.result.sourceReduced':
    '{source} aboneliğinde artık {remaining, plural, one {# lisans} other {# lisans}} var.',
  'upgrade.result.billing':
    'Eski lisanslar orantılı bir krediyle sona erer; yeni abonelik bugünden itibaren faturalandırılır.',
  // seed: "geçişe yönelik ek çalışmalar olabilir" (ungrammatical); "ek işlem gerekiyor" is what Turkish admin UIs say ("ek çalışma" reads as overtime)
  'upgrade.result.affected.title':
    '{count, plural, one {# kullanıcı hesabı için ek işlem gerekiyor} other {# kullanıcı hesabı için ek işlem gerekiyor}}',
  'upgrade.result.affected.lead':
    'Bu kullanıcıların lisansları bazı hizmetler için taşınamadı. Microsoft 365 yönetim merkezinde çakışan lisansı kaldırın, ardından bu kullanıcılara {target} lisansı atayın.',
  'upgrade.result.affected.caption': 'Etkilenen hesaplar ve hizmetler',
  'upgrade.result.affected.user': 'Kullanıcı',
  'upgrade.result.affected.email': 'E-posta',
  'upgrade.result.affected.services': 'Etkilenen hizmetler',
  'upgrade.result.allMoved': 'Tüm kullanıcıların lisansları yeni aboneliğe taşındı.',
  'upgrade.result.noneMoved': 'Hiçbir lisans taşınmadı: yeni abonelikteki {target} lisanslarını kullanıcılara atayın.',

  'licenses.open': 'Lisans ekle',
  'licenses.open.label': '{name} aboneliğine lisans ekle',
  'licenses.dialog.title': '{name} aboneliğine lisans ekle',
  'licenses.dialog.description':
    'Abonelikte {quantity, plural, one {# lisans} other {# lisans}} var; {offer} en fazla {max, number} lisansa izin verir.',
  'licenses.count.label': 'Eklenecek lisanslar',
  'licenses.count.hint': 'Yeni toplam: {total, number}. En fazla {room, number} lisans ekleyebilirsiniz.',
  'licenses.error.whole': 'Lisans sayısını 1 veya daha büyük bir tam sayı olarak girin.',
  'licenses.error.max':
    '{offer} en fazla {max, number} lisansa izin verir; bu nedenle en fazla {room, number} lisans ekleyebilirsiniz. Daha fazlası için kurumsal bir plana yükseltin.',
  'licenses.billing':
    'Yeni lisanslar bugünden itibaren, geçerli dönemin sonuna kadar orantılı olarak faturalandırılır.',
  'licenses.submit': 'Lisans ekle',
  'licenses.submitting': 'Ekleniyor…',
  'licenses.done':
    '{name} aboneliğine {added, plural, one {# lisans} other {# lisans}} eklendi: abonelikte artık toplam {total, number} lisans var.',

  'help.title': 'Yardım: aboneliği yükseltme',
  'help.lead':
    'Bir müşterinin, aboneliğinin izin verdiğinden daha fazla lisansa veya daha fazla hizmet içeren bir plana ihtiyacı varsa aboneliği yükseltebilirsiniz. Bu sayfa, ürünün ve API’sinin kullandığı kurallardan oluşturulur.',
  'help.steps.title': 'Yükseltme nasıl yapılır',
  'help.steps.1': 'Müşteriyi seçin, ardından müşterinin abonelik listesine bakın.',
  // seed: "Şimdi **yükselt'i seçin.**" (bold markup split by the machine translation); the button name "Şimdi yükselt" kept whole
  'help.steps.2':
    'Abonelik yükseltilebiliyorsa, abonelik adının hemen ardından bir bilgi simgesi görüntülenir. Simgenin üzerine gelin ve Şimdi yükselt’i seçin (klavyeyle: simgeye odaklanın ve Enter tuşuna basın).',
  'help.steps.3': 'Yeni teklifi ve ardından Gönder’i seçin.',
  // seed: "bazı kullanıcı hesaplarının geçişe yönelik ek çalışmalar olabilir" (ungrammatical); rephrased, the seed’s list name kept
  'help.steps.4':
    'Bazı kullanıcı hesaplarının bazı hizmetler için taşınması ek işlem gerektirebilir: sonuçta etkilenen hesapların ve hizmetlerin listesi gösterilir.',
  'help.paths.title': 'CSP programında desteklenen yükseltmeler',
  // seed: "Sunduğu" (the column header “Offer” machine-translated as a verb form); the noun "Teklif" used
  'help.paths.source': 'Teklif',
  'help.paths.targets': 'Olası yükseltmeler',
  'help.paths.footnote': 'Şu teklifler {excluded} teklifine değil, {target} teklifine yükseltilebilir: {variants}.',
  'help.paths.indiaTitle': 'Hindistan teklifleri',
  'help.paths.others': 'Eklentiler dahil diğer tüm tekliflerin yükseltme yolu yoktur.',
  'help.conditions.title': 'Koşullar',
  'help.conditions.lead': 'Bir abonelik, yalnızca aşağıdakilerin tümü geçerliyse bir teklife yükseltilebilir:',
  'help.conditions.condition': 'Koşul',
  'help.conditions.code': 'Koşul karşılanmadığında İş Ortağı Merkezi hata kodu',
  'help.roles.title': 'Kimler yükseltebilir',
  'help.roles.lead': 'Şu iş ortağı rolleri abonelikleri yükseltebilir ve lisans ekleyebilir:',
  'help.roles.others': 'Diğer roller ({roles}) abonelikleri görüntüleyebilir ancak değiştiremez.',

  // The guided tour and demo links (issue 18).
  'tour.start': 'Rehberli turu başlat',
  'tour.paused': 'Rehberli tur',
  'tour.resume': 'Tura devam et (adım {step, number}/{total, number})',
  'tour.end': 'Turu sonlandır',
  'tour.progress': 'Rehberli tur · adım {step, number}/{total, number}',
  'tour.step.customer': 'Müşteriyi seçin',
  'tour.step.subscriptions': 'Aboneliklerine bakın',
  'tour.step.infoIcon': 'Adın ardındaki bilgi simgesini bulun',
  'tour.step.upgradeNow': 'Simgenin üzerine gelin ve Şimdi yükselt’i seçin',
  'tour.step.offer': 'Yeni teklifi seçin',
  'tour.step.submit': 'Gönder’i seçin',
  'tour.step.result': 'Etkilenen hesapları ve hizmetleri okuyun',
  'tour.showMe': 'Bana göster',
  'tour.next': 'İleri',
  'tour.finish': 'Turu bitir',
  'tour.leave': 'Turdan çık',
  'tour.notHere': 'Bu adımın denetimi henüz ekranda değil. Oraya gitmek için Bana göster’i seçin.',
  'tour.readOnly':
    '{role} olarak oturum açtığınızda abonelikleri yalnızca görüntüleyebilirsiniz. Turun geri kalanını izlemek için Demo denetimlerinde yükseltme yapabilen bir rol seçin.',
  'demo.link.title': 'Rehberli tur ve demo bağlantısı',
  'demo.link.hint': 'Demo bağlantısı bu sayfayı bu senaryonun başından, oturum açmış rol, dil ve gecikmeyle açar.',
  'demo.link.copy': 'Demo bağlantısını kopyala',
  'demo.link.copied': 'Demo bağlantısı kopyalandı: “{scenario}” senaryosunu başından, {role} olarak açar.',
  'demo.link.ownFile': 'Kendi senaryo dosyanız bağlantıya dahil değildir: yalnızca dosyanın yüklendiği yerde açılır.',
  'demo.link.copyFailed': 'Tarayıcı kopyalamaya izin vermedi. Demo bağlantısını buradan kopyalayın:',
  'demoLink.badValue':
    'Demo bağlantısındaki {param} değeri “{value}” bilinmiyor, bu nedenle uygulanmadı. Bilinen değerler: {known}.',
  'demoLink.unknownParam':
    'Demo bağlantısındaki “{param}” parametresi bilinmiyor, bu nedenle yok sayıldı. Bilinen parametreler: {known}.',
  'demoLink.demoOnly':
    'Demo bağlantısındaki {params} yalnızca demo için geçerlidir, gerçek İş Ortağı Merkezi için değil; bu nedenle yok sayıldı.',

  'error.page.title': 'Bu sayfada bir sorun oluştu',
  'error.unexpected.title': 'Bir sorun oluştu',
  'error.unexpected.action': 'Yeniden deneyin. Sorun devam ederse sayfayı yeniden yükleyin.',
  'error.status': 'Ne oldu',
  'error.code': 'kod {code}',
  'error.correlationId': 'Bağıntı kimliği (destek için)',
  'error.kind.network': 'Bağlantı yok',
  'error.kind.timeout': 'Zaman aşımı',
  'error.kind.malformed': 'Okunamayan yanıt',
  'error.kind.http': 'Hata yanıtı',
  'error.network.title': 'İş Ortağı Merkezi’ne ulaşılamıyor',
  'error.network.action': 'Ağ bağlantınızı denetleyin, ardından yeniden deneyin.',
  'error.kind.signin': 'Oturum açma kullanılamıyor',
  'error.signin.title': 'Microsoft oturum açma hizmetine ulaşılamıyor',
  'error.signin.action':
    'Hiçbir şey gönderilmedi. Ağ bağlantınızı denetleyin, ardından yeniden deneyin; sorun sürerse Microsoft Entra ID kullanılamıyor olabilir.',
  'error.timeout.title': 'İş Ortağı Merkezi {seconds, number} saniye içinde yanıt vermedi',
  'error.timeout.action':
    'Yeniden deneyin. Bir değişiklik gönderiyorsanız Yeniden dene tam olarak aynı isteği yeniden gönderir; bu nedenle değişiklik iki kez yapılamaz: zaten gerçekleştiyse sonucunu görürsünüz.',
  'error.malformed.title': 'İş Ortağı Merkezi bu uygulamanın okuyamadığı bir yanıt gönderdi',
  'error.malformed.action': 'Yeniden deneyin. Sorun devam ederse bağıntı kimliğiyle desteğe başvurun.',
  'error.400.title': 'İş Ortağı Merkezi isteği reddetti',
  'error.400.action': 'Yukarıdaki nedeni denetleyin, seçiminizi değiştirin ve yeniden deneyin.',
  'error.401.title': 'Oturumunuzun süresi doldu',
  'error.401.action': 'Yeniden oturum açın, ardından tekrar deneyin.',
  'error.403.title': 'Bunu yapma izniniz yok',
  'error.403.action':
    'İş ortağı rolünüz veya bu müşteriyle ilişkiniz buna izin vermiyor. Bir Genel yöneticiden veya Yönetici aracısından yardım isteyin.',
  'error.404.title': 'Bulunamadı',
  'error.404.action': 'Silinmiş veya taşınmış olabilir. Müşteri listesine dönün ve sayfayı yeniden yükleyin.',
  'error.conflict.title': 'Bu abonelik bu arada değişti',
  'error.conflict.action':
    'Hiçbir şey değiştirilmedi. En son veriler yüklendi: verileri denetleyin, ardından yeniden deneyin.',
  'error.429.title': 'İş Ortağı Merkezi meşgul',
  'error.429.action': 'Çok fazla istek var: {seconds, number} saniye bekleyin, ardından yeniden deneyin.',
  'error.5xx.title': 'İş Ortağı Merkezi’nde bir sorun oluştu',
  'error.5xx.action': 'Hiçbir şey kaybolmadı. Birazdan yeniden deneyin.',
  'error.other.title': 'İş Ortağı Merkezi bir hata döndürdü',
  'error.other.action': 'Yeniden deneyin. Sorun devam ederse bağıntı kimliğiyle desteğe başvurun.',
  // issue 13 (polish): the no-relationship page, license and upgrade errors, scenario file limits
  'customers.noRelationship': 'Sizinle ilişkisi yok, bu nedenle burada yönetilemez',
  'customer.skipToSubscriptions': 'Aboneliklere atla',
  'customer.unnamed': 'Müşteri {id}',
  'customer.noRelationship.lead':
    '{name} müşteri listenizde var, ancak iş ortağı olarak onunla bir ilişkiniz yok; bu nedenle İş Ortağı Merkezi aboneliklerini görmenize veya değiştirmenize izin vermez.',
  'customer.noRelationship.leadUnnamed':
    'İş ortağı olarak {id} müşterisiyle bir ilişkiniz yok; bu nedenle İş Ortağı Merkezi aboneliklerini görmenize veya değiştirmenize izin vermez.',
  'customer.noRelationship.action':
    'Aboneliklerini yönetmek için İş Ortağı Merkezi’nden müşteriye bir bayi ilişkisi isteği gönderin; müşterinin genel yöneticisi isteği kabul edince abonelikler bu sayfada görünür. O zamana kadar yeniden denemek hiçbir şeyi değiştirmez.',
  'upgrade.reason.condition': 'Karşılanmıyor: {condition}',
  'upgrade.refused.reasons': 'İş Ortağı Merkezi’nin reddetme nedeni',
  'licenseError.conflict':
    '{target} içindeki {service}, {user} kullanıcısının sahip olduğu {license} lisansıyla çakışıyor. O lisansı Microsoft 365 yönetim merkezinde kaldırın, ardından {target} lisansını {user} kullanıcısına atayın.',
  licenseError:
    '{code, select, MutuallyExclusiveViolation {{target} içindeki bir hizmet, {user} kullanıcısının sahip olduğu başka bir lisansla (örneğin deneme veya ücretsiz lisans) çakışıyor. O lisansı Microsoft 365 yönetim merkezinde kaldırın, ardından {target} lisansını {user} kullanıcısına atayın.} CountViolation {{target} içinde {user} için boş lisans kalmadı. Lisans ekleyin, ardından {target} lisansını {user} kullanıcısına atayın.} DependencyViolation {{target} içindeki bir hizmet, {user} kullanıcısında olmayan başka bir hizmete bağlı. Önce o hizmeti, sonra {target} lisansını atayın.} ProhibitedInUsageLocationViolation {{target}, {user} kullanıcısının kullanım konumunda kullanılamıyor. Kullanıcının kullanım konumunu denetleyin, ardından {target} lisansını atayın.} UniquenessViolation {{user} kullanıcısının {target} ile birleştirilemeyen bir lisansı zaten var. Onu kaldırın, ardından {target} lisansını atayın.} other {{user} kullanıcısının lisansı {target} aboneliğine taşınamadı.}}',
  'demo.scenario.tooLarge':
    '{file} {size, number} MB boyutunda; bir senaryo dosyası en fazla {max, number} MB olabilir, bu nedenle okunmadı.',
  'demo.scenario.firstProblems':
    '{count, number} sorunun ilk {shown, number} tanesi listelendi; bunları düzeltin ve geri kalanını görmek için dosyayı yeniden yükleyin.',
  'nav.activity': 'Etkinlik',
  'activity.title': 'Etkinlik',
  'activity.lead':
    'Hangi aboneliği kimin, ne zaman değiştirdiği ve neyin değiştiği: İş Ortağı Merkezi etkinlik günlüğündeki, yapılan veya reddedilen her yükseltme ve lisans değişikliği. Günlük son {days, number} günü saklar.',
  'activity.filter.label': 'Etkinliği filtrele',
  'activity.filter.customer': 'Müşteri',
  'activity.filter.allCustomers': 'Tüm müşteriler',
  'activity.filter.from': 'Başlangıç',
  'activity.filter.to': 'Bitiş',
  'activity.filter.operation': 'İşlem',
  'activity.filter.allOperations': 'Tüm işlemler',
  'activity.filter.user': 'Kullanıcı',
  'activity.filter.allUsers': 'Tüm kullanıcılar',
  'activity.filter.rangeOrder':
    'Başlangıç tarihi bitiş tarihinden sonra: bitiş tarihine eşit veya ondan önce bir başlangıç tarihi seçin.',
  'activity.filter.rangeOld':
    'İş Ortağı Merkezi etkinliği {days, number} gün saklar: bu süre içinde bir başlangıç tarihi seçin.',
  'activity.export': 'CSV olarak dışa aktar',
  'activity.exported': '{count, plural, one {# kayıt} other {# kayıt}} CSV dosyası olarak indirildi.',
  'activity.loading': 'Etkinlik yükleniyor…',
  'activity.count': '{count, plural, =0 {Kayıt yok} one {# kayıt} other {# kayıt}}',
  'activity.empty': 'Bu dönemde bu filtrelere uyan etkinlik yok.',
  'activity.caption': 'Etkinlik, en yenisi önce',
  'activity.col.date': 'Zaman',
  'activity.col.customer': 'Müşteri',
  'activity.col.subscription': 'Abonelik',
  'activity.col.operation': 'İşlem',
  'activity.col.change': 'Önce → sonra',
  'activity.col.user': 'Yapan',
  'activity.col.status': 'Sonuç',
  'activity.csv.customerId': 'Müşteri kimliği',
  'activity.csv.subscriptionId': 'Abonelik kimliği',
  'activity.csv.before': 'Önce',
  'activity.csv.after': 'Sonra',
  'activity.changedTo': 'şuna değişti:',
  'activity.newSubscription': 'Yeni abonelik:',
  'activity.state': '{name} · {quantity, plural, one {# lisans} other {# lisans}} · {status}',
  'activity.requested': 'istenen: {quantity, plural, one {# lisans} other {# lisans}}',
  'activity.requested.upgrade': 'istenen: {offer}, {quantity, plural, one {# lisans} other {# lisans}}',
  'activity.requested.unknown': 'istenen değişiklik',
  'activity.refused': 'Reddedildi ({asked}): {reason}',
  'activity.operation':
    '{operation, select, upgrade_subscription {Yükseltme} update_subscription {Lisans değişikliği} other {{operation}}}',
  'activity.status':
    '{status, select, succeeded {Başarılı} failed {Başarısız} progress {Sürüyor} decline {Reddedildi} other {{status}}}',
  'activity.recent.title': 'Son etkinlik',
  'activity.recent.empty': 'Son {days, number} günde değişiklik yok.',
  'activity.recent.caption': '{name} için son etkinlik, en yenisi önce',
  'activity.recent.all': '{name} için tüm etkinliği görün',

  'price.title': 'Maliyeti',
  'price.demoBadge': 'Tanıtım fiyatları',
  'price.loading': 'Maliyet hesaplanıyor…',
  'price.unavailable':
    '{reason, select, no_prices {Tutarlar gösterilmiyor: İş Ortağı Merkezi API’si fiyat vermez. İş Ortağı Merkezi’ndeki fiyat listesine bakın.} no_term {Tutarlar gösterilmiyor: bu aboneliğin dönem tarihleri bilinmiyor.} other {Tutarlar gösterilmiyor: fiyatlar yüklenemedi. Daha sonra yeniden deneyin.}}',
  'price.credit':
    '{source} aboneliğinin {quantity, plural, one {# lisansı} other {# lisansı}} için kredi ({total, number} günden {days, plural, one {# gün} other {# gün}} kaldı)',
  'price.charge': '{target} dönem boyunca ({term, select, P1M {1 ay} P1Y {12 ay} other {{term}}})',
  'price.perMonth': '{target} aylık',
  'price.net': 'Net değişiklik',
  'price.basis':
    '{currency} cinsinden tanıtım liste fiyatları, Microsoft’un fiyatları değil. Günlük orantılı; her tutar bir kez yuvarlanır. Yardım sayfası nasıl hesaplandığını açıklar.',
  'price.result.title': 'Maliyeti (önizlendiği gibi)',
  'price.licenses.charge':
    'Dönemin geri kalanı için {count, plural, one {# yeni lisans} other {# yeni lisans}} ({total, number} günden {days, plural, one {# gün} other {# gün}})',
  'price.licenses.perMonthBefore': 'Şu anda aylık',
  'price.licenses.perMonthAfter': 'Sonrasında aylık',

  'help.price.title': 'Bir yükseltmenin maliyeti',
  'help.price.lead':
    'Göndermeden önce yükseltme ve lisans ekleme iletişim kutuları, dönem boyunca günlük orantılı maliyeti müşterinin para biriminde gösterir. Tutarlar para biriminin en küçük biriminde (sent, öre, fillér…) hesaplanır ve her biri bir kez yuvarlanır.',
  'help.price.credit':
    'Kredi = lisanslar × eski aylık fiyat × dönemdeki ay sayısı × kalan gün ÷ dönemdeki gün, aşağı yuvarlanır: o günler için ödenenden asla fazla değildir.',
  'help.price.charge':
    'Ücret = lisanslar × yeni aylık fiyat × dönemdeki ay sayısı: yeni abonelik bugün başlar ve tam bir dönem sürer.',
  'help.price.net': 'Net değişiklik = ücret − kredi. Bir dönemin ilk gününde, dönemin fiyat farkına eşittir.',
  'help.price.licenses':
    'Lisans ekleme = yeni lisanslar × aylık fiyat × dönemdeki ay sayısı × kalan gün ÷ dönemdeki gün, en yakına yuvarlanır.',
  'help.price.example':
    'Örnek fiyatlarla bir örnek: {licenses, number} lisans {source} teklifinden {target} teklifine, aylık {oldPrice} ve {newPrice}, {total, number} günden {days, number} gün kaldı: kredi {credit}, ücret {charge}, net değişiklik {net}.',
  'help.price.demo':
    'Gösterilen fiyatlar, simüle edilmiş İş Ortağı Merkezi’nin tanıtım liste fiyatlarıdır, Microsoft’un fiyatları değildir. İş Ortağı Merkezi API’si fiyat vermez; bu yüzden gerçek bir arka uçla tutarlar gizlenir.',
  // Opportunities and bulk upgrade (issue 15)
  'nav.opportunities': 'Fırsatlar',
  'opportunities.title': 'Yükseltme fırsatları',
  'opportunities.lead':
    'Tüm müşterilerinizde şu anda yükseltilebilecek her abonelik ve geçebileceği teklifler. Birlikte yükseltmek için bazılarını seçin.',
  'opportunities.readOnly': '{role} olarak oturum açıldı: fırsatları görüntüleyebilirsiniz ancak yükseltemezsiniz.',
  'opportunities.scan.listing': 'Müşteriler listeleniyor… şimdiye kadar {total, number}',
  'opportunities.scan.reading': 'Müşterilerin abonelikleri okunuyor: {read, number} / {total, number}',
  'opportunities.scan.cancel': 'Yüklemeyi durdur',
  'opportunities.scan.done': '{total, plural, one {# müşterinin} other {# müşterinin}} tümü okundu.',
  'opportunities.scan.cancelled':
    'Yükleme {read, number} / {total, number} müşteriden sonra durduruldu: liste şimdiye kadar bulunanları gösteriyor.',
  'opportunities.scan.failed': 'Yükleme başarısız oldu.',
  'opportunities.scan.refresh': 'Yeniden oku',
  'opportunities.scan.restart': 'Tümünü yükle',
  'opportunities.scan.someFailed':
    '{count, plural, one {# müşteri okunamadı} other {# müşteri okunamadı}} ({names}); yeniden denemek için yeniden okuyun.',
  'opportunities.filters': 'Fırsatları filtrele',
  'opportunities.filter.customer': 'Müşteri',
  'opportunities.filter.source': 'Geçerli teklif',
  'opportunities.filter.target': 'Yükseltilebileceği teklif',
  'opportunities.filter.anyOffer': 'Herhangi bir teklif',
  'opportunities.filter.minSeats': 'En az lisans',
  'opportunities.filter.maxSeats': 'En çok lisans',
  'opportunities.totals':
    '{count, plural, one {# abonelik} other {# abonelik}}, {seats, plural, one {# lisans} other {# lisans}}',
  'opportunities.export': 'CSV olarak dışa aktar',
  'opportunities.selected':
    'Seçilen: {count, plural, one {# abonelik} other {# abonelik}}, {seats, plural, one {# lisans} other {# lisans}}',
  'opportunities.selectMatching': 'Eşleşen {count, number} aboneliğin tümünü seç',
  'opportunities.clearSelection': 'Seçimi temizle',
  'opportunities.plan': 'Toplu yükseltme planla ({count, number})',
  'opportunities.none': 'Eşleşen abonelik yok: burada yükseltilecek bir şey yok.',
  'opportunities.none.yet': 'Yükseltilebilir abonelikler aranıyor…',
  'opportunities.caption': 'Tüm müşterilerdeki yükseltilebilir abonelikler',
  'opportunities.selectPage': 'Bu sayfadaki tüm abonelikleri seç',
  'opportunities.selectRow': '{customer} müşterisinin {name} aboneliğini seç',
  'opportunities.col.customer': 'Müşteri',
  'opportunities.col.subscription': 'Abonelik',
  'opportunities.col.offer': 'Geçerli teklif',
  'opportunities.col.seats': 'Lisanslar',
  'opportunities.col.targets': 'Yükseltilebileceği teklifler',
  'opportunities.csv.customerId': 'Müşteri kimliği',
  'opportunities.csv.subscriptionId': 'Abonelik kimliği',
  'opportunities.pages': 'Sayfalar',
  'pager.previous': 'Önceki sayfa',
  'pager.next': 'Sonraki sayfa',
  'pager.pageOf': 'Sayfa {page, number} / {pages, number}',
  'opportunities.runInProgress': 'Bir toplu yükseltme sürüyor.',
  'opportunities.runOver': 'Son toplu yükseltmeniz tamamlandı.',
  'opportunities.viewRun': 'Toplu yükseltmeyi görüntüle',
  'bulk.plan.title': 'Toplu yükseltme planla',
  'bulk.plan.lead':
    '{count, plural, one {# abonelik} other {# abonelik}} seçildi, {seats, plural, one {# lisans} other {# lisans}}. Her geçerli teklif için yeni teklifi seçin: yalnızca o teklifin seçilen tüm aboneliklerinin geçebileceği teklifler listelenir.',
  'bulk.plan.group': '{offer}: {count, plural, one {# abonelik} other {# abonelik}}',
  'bulk.plan.target': 'Yükseltilecek teklif',
  'bulk.plan.skip': 'Bunları yükseltme',
  'bulk.plan.noCommonTarget':
    'Bu teklifin {count, plural, one {# aboneliğinin} other {# aboneliğinin}} tümüne açık bir teklif yok: yükseltmek için daha azını seçin.',
  'bulk.plan.transfer': 'Kullanıcıların lisanslarını yeni aboneliklere taşı',
  'bulk.plan.transferOn':
    'Kullanıcıların lisansları yeni aboneliğe taşınır; her aboneliğin tüm lisansları yükseltilir.',
  'bulk.plan.transferOff':
    'Kullanıcılar geçerli lisanslarını korur, bunlar daha sonra taşınır; her aboneliğin tüm lisansları yükseltilir.',
  'bulk.plan.back': 'Fırsatlara dön',
  'bulk.plan.review': 'Gözden geçir',
  'bulk.review.title': 'Toplu yükseltmeyi gözden geçir',
  'bulk.review.totals':
    '{customers, plural, one {# müşterinin} other {# müşterinin}} {count, plural, one {# aboneliği} other {# aboneliği}} yükseltilecek, toplam {seats, plural, one {# lisans} other {# lisans}}.',
  'bulk.review.caption': 'Her aboneliğe ne olacağı',
  'bulk.review.change': '{source} → {target}',
  'bulk.review.refusedTitle':
    '{count, plural, one {# abonelik dışarıda bırakıldı} other {# abonelik dışarıda bırakıldı}}: İş Ortağı Merkezi diğerlerinden sonra bunları reddederdi',
  'bulk.review.back': 'Planı değiştir',
  'bulk.review.start': 'Toplu yükseltmeyi başlat ({count, number})',
  'bulk.col.change': 'Yükseltme',
  'bulk.col.outcome': 'Sonuç',
  'bulk.run.title': 'Toplu yükseltme',
  'bulk.run.none': 'Henüz toplu yükseltme yok. Planlamak için Fırsatlar sayfasında abonelikleri seçin.',
  'bulk.run.toOpportunities': 'Fırsatlara git',
  'bulk.run.state':
    '{state, select, running {{count, plural, one {# abonelik} other {# abonelik}} yükseltiliyor…} paused {Duraklatıldı: siz devam ettirene kadar yeni yükseltme başlamaz.} cancelled {İptal edildi: henüz başlamamış yükseltmeler gönderilmedi.} finished {Tamamlandı.} other {{state}}}',
  'bulk.run.progress': 'İlerleme: {settled, number} / {total, number}',
  'bulk.count.done': 'Yükseltildi',
  'bulk.count.failed': 'Başarısız',
  'bulk.count.waiting': 'Bekliyor',
  'bulk.count.cancelled': 'İptal edildi',
  'bulk.count.timeLeft': 'Kalan süre',
  'bulk.eta.seconds': 'yaklaşık {seconds, plural, one {# saniye} other {# saniye}}',
  'bulk.eta.minutes': 'yaklaşık {minutes, plural, one {# dakika} other {# dakika}}',
  'bulk.run.pause': 'Duraklat',
  'bulk.run.resume': 'Devam et',
  'bulk.run.cancel': 'Kalanları iptal et',
  'bulk.run.pausing': 'Zaten gönderilmiş yükseltmeler tamamlanıyor.',
  'bulk.run.export': 'Sonuçları CSV olarak dışa aktar',
  'bulk.run.retryFailed': 'Başarısız olanları yeniden dene ({count, number})',
  'bulk.run.newPlan': 'Bitti: fırsatlara dön',
  'bulk.run.caption': 'Her aboneliğin yükseltmesi ve sonucu',
  'bulk.run.pages': 'Sonuç sayfaları',
  'bulk.outcome.waiting': 'Bekliyor',
  'bulk.outcome.sending': 'Gönderiliyor…',
  'bulk.outcome.cancelled': 'İptal edildi: gönderilmedi',
  'bulk.outcome.done':
    'Yükseltildi: yeni abonelik {id}. {users, plural, =0 {Tüm kullanıcıların lisansları taşındı.} one {# kullanıcı için ek işlem gerekiyor:} other {# kullanıcı için ek işlem gerekiyor:}}',
  'bulk.failure.unknown':
    'Birkaç denemeden sonra yanıt gelmedi: yapılmış da olabilir, yapılmamış da. Yeniden deneme tam olarak aynı isteği gönderir, bu yüzden iki kez yapılamaz.',
  'bulk.failure.changed':
    'Abonelik gözden geçirmenizden bu yana değişti; hiçbir şey yapılmadı. Fırsatları yeniden okuyun ve yeniden planlayın.',
  'bulk.failure.conflict': 'İş Ortağı Merkezi bu abonelikle meşgul; hiçbir şey yapılmadı. Daha sonra yeniden deneyin.',
  'bulk.failure.throttled':
    'İş Ortağı Merkezi beklemenizi istemeye devam etti; hiçbir şey yapılmadı. Daha sonra yeniden deneyin.',
  'bulk.failure.forbidden': 'Rolünüz bu aboneliği yükseltemez; hiçbir şey yapılmadı.',
  'bulk.failure.notFound': 'Abonelik artık yok; hiçbir şey yapılmadı.',
  'bulk.failure.refused': 'İş Ortağı Merkezi yükseltmeyi reddetti (kod {code}); hiçbir şey yapılmadı.',
  'bulk.failure.other': 'İş Ortağı Merkezi bir hata döndürdü (HTTP {status}); hiçbir şey yapılmadı.',
  'bulk.csv.source': 'Kaynak teklif',
  'bulk.csv.target': 'Hedef teklif',
  'bulk.csv.status': 'Durum',
  'bulk.csv.newSubscription': 'Yeni abonelik kimliği',
  'bulk.csv.affectedUsers': 'Ek işlem gereken kullanıcılar',
  'bulk.csv.requestId': 'MS-RequestId',
  'demo.fault.shareOption': 'İsteklerin bir kısmı',
  'demo.fault.percent': 'Başarısız olan isteklerin oranı',
  'demo.fault.percentOption': '{percent, number, percent}',
  'demo.fault.shareStatus':
    'İsteklerin {percent, number, percent} kadarı başarısız oluyor: {kind, select, server_error {500 sunucu hatası} throttled {429 çok fazla istek} timeout {zaman aşımı} network {ağ hatası} conflict {409 çakışma} precondition_failed {412 bu arada değişti} other {{kind}}}.',
}
