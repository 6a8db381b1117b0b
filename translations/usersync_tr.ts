<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
<context>
    <name>CliApplication</name>
    <message>
        <source>Usage: usersync-cli [global options] COMMAND [arguments]

Global options:
  --data-dir DIR     folder for the database and logs (default: $USERSYNC_DATA_DIR or %1)
  --database URL     an SQLite file or postgresql://user@host:port/database
  --json             machine-readable output on stdout
  -h, --help         show this help
  -v, --version      show the version

Commands:
</source>
        <translation>Kullanım: usersync-cli [genel seçenekler] COMMAND [argümanlar]

Genel seçenekler:
  --data-dir DIR     veritabanı ve günlüklerin bulunduğu klasör (varsayılan: $USERSYNC_DATA_DIR veya %1)
  --database URL     bir SQLite dosyası veya postgresql://user@host:port/database
  --json             stdout üzerinde makine tarafından okunabilir çıktı
  -h, --help         bu yardımı göster
  -v, --version      sürümü göster

Komutlar:
</translation>
    </message>
    <message>
        <source>
Exit codes: 0 done (also a partial task), 1 task failed, 2 bad usage or input, 3 not found, 4 refused.
</source>
        <translation>
Çıkış kodları: 0 tamamlandı (kısmi görev de dahil), 1 görev başarısız oldu, 2 hatalı kullanım veya girdi, 3 bulunamadı, 4 reddedildi.
</translation>
    </message>
    <message>
        <source>--data-dir needs a folder.</source>
        <translation>--data-dir bir klasör gerektirir.</translation>
    </message>
    <message>
        <source>--database needs a URL.</source>
        <translation>--database bir URL gerektirir.</translation>
    </message>
    <message>
        <source>Unknown option “%1”.</source>
        <translation>Bilinmeyen seçenek “%1”.</translation>
    </message>
    <message>
        <source>Unknown command “%1”. See usersync-cli --help.</source>
        <translation>Bilinmeyen komut “%1”. Ayrıntılar için usersync-cli --help komutuna bakın.</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>Open the store (creating or upgrading it) and show where it is</source>
        <translation>Depoyu aç (gerekirse oluştur veya yükselt) ve konumunu göster</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>Check that the server is running, that the host, port, user and database are right, and that the password is stored in the keyring.</source>
        <translation>Sunucunun çalıştığını, ana bilgisayar, bağlantı noktası, kullanıcı ve veritabanı bilgilerinin doğru olduğunu ve parolanın anahtarlıkta saklandığını kontrol edin.</translation>
    </message>
    <message>
        <source>Check that the folder exists and is writable.</source>
        <translation>Klasörün var olduğunu ve yazılabilir olduğunu kontrol edin.</translation>
    </message>
    <message>
        <source>Cannot open the database “%1”: %2. %3</source>
        <translation>“%1” veritabanı açılamıyor: %2. %3</translation>
    </message>
    <message>
        <source>No database is configured.</source>
        <translation>Yapılandırılmış bir veritabanı yok.</translation>
    </message>
    <message>
        <source>The Qt SQL driver %1 is not installed (Debian package %2).</source>
        <translation>Qt SQL sürücüsü %1 yüklü değil (Debian paketi %2).</translation>
    </message>
</context>
<context>
    <name>DataDir</name>
    <message>
        <source>Cannot create the data folder “%1”. Check that the disk is writable or choose another folder with --data-dir.</source>
        <translation>“%1” veri klasörü oluşturulamıyor. Diskin yazılabilir olduğunu kontrol edin veya --data-dir ile başka bir klasör seçin.</translation>
    </message>
</context>
<context>
    <name>DatabaseConfig</name>
    <message>
        <source>The database location is empty.</source>
        <translation>Veritabanı konumu boş.</translation>
    </message>
    <message>
        <source>“%1” is not a valid PostgreSQL URL. Expected postgresql://user@host:port/database.</source>
        <translation>“%1” geçerli bir PostgreSQL URL’si değil. Beklenen biçim: postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL contains a password. Passwords are kept in the system keyring, never on the command line: remove it from the URL and store it with “usersync-cli database password URL”.</source>
        <translation>PostgreSQL URL’si bir parola içeriyor. Parolalar asla komut satırında değil, yalnızca sistem anahtarlığında saklanır: parolayı URL’den kaldırın ve “usersync-cli database password URL” komutuyla saklayın.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL “%1” names no database. Expected postgresql://user@host:port/database.</source>
        <translation>“%1” PostgreSQL URL’si bir veritabanı belirtmiyor. Beklenen biçim: postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>Unsupported database URL “%1”. Use a file path for SQLite or postgresql://user@host:port/database.</source>
        <translation>Desteklenmeyen veritabanı URL’si “%1”. SQLite için bir dosya yolu ya da postgresql://user@host:port/database kullanın.</translation>
    </message>
</context>
<context>
    <name>DepartmentRepository</name>
    <message>
        <source>Saving department “%1”</source>
        <translation>“%1” departmanının kaydedilmesi</translation>
    </message>
    <message>
        <source>Department #%1 does not exist.</source>
        <translation>#%1 numaralı departman mevcut değil.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>system keyring</source>
        <translation>sistem anahtarlığı</translation>
    </message>
    <message>
        <source>UserSync keeps passwords and tokens only in the system keyring. Start and unlock a keyring (GNOME Keyring, KWallet or another Secret Service provider) in this desktop session and try again; nothing was saved in plain text.</source>
        <translation>UserSync parolaları ve belirteçleri yalnızca sistem anahtarlığında saklar. Bu masaüstü oturumunda bir anahtarlık (GNOME Keyring, KWallet veya başka bir Secret Service sağlayıcısı) başlatıp kilidini açın ve tekrar deneyin; hiçbir şey düz metin olarak kaydedilmedi.</translation>
    </message>
    <message>
        <source>No secret is stored in the keyring under “%1”.</source>
        <translation>Anahtarlıkta “%1” adı altında saklanmış bir gizli bilgi yok.</translation>
    </message>
    <message>
        <source>The system keyring refused access to “%1” (%2).</source>
        <translation>Sistem anahtarlığı “%1” öğesine erişimi reddetti (%2).</translation>
    </message>
    <message>
        <source>The system keyring could not delete “%1”: %2</source>
        <translation>Sistem anahtarlığı “%1” öğesini silemedi: %2</translation>
    </message>
    <message>
        <source>No system keyring is reachable (%1). %2</source>
        <translation>Erişilebilir bir sistem anahtarlığı yok (%1). %2</translation>
    </message>
    <message>
        <source>The system keyring did not answer within %1 seconds. It may be waiting for an unlock prompt, or no keyring is running. %2</source>
        <translation>Sistem anahtarlığı %1 saniye içinde yanıt vermedi. Bir kilit açma isteminin yanıtlanmasını bekliyor olabilir ya da çalışan bir anahtarlık yoktur. %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sources</source>
        <translation>Kaynaklar</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Kullanıcılar</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Departmanlar</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Günlükler</translation>
    </message>
    <message>
        <source>Sync sources will be listed here.</source>
        <translation>Eşitleme kaynakları burada listelenecek.</translation>
    </message>
    <message>
        <source>Synced users will be listed here.</source>
        <translation>Eşitlenen kullanıcılar burada listelenecek.</translation>
    </message>
    <message>
        <source>The department tree will be shown here.</source>
        <translation>Departman ağacı burada gösterilecek.</translation>
    </message>
    <message>
        <source>The system log and raw sync records will be shown here.</source>
        <translation>Sistem günlüğü ve ham eşitleme kayıtları burada gösterilecek.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <source>Open &amp;Data Folder</source>
        <translation>&amp;Veri Klasörünü Aç</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Çı&amp;k</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Görünüm</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>&amp;Kaynaklar</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>K&amp;ullanıcılar</translation>
    </message>
    <message>
        <source>&amp;Departments</source>
        <translation>&amp;Departmanlar</translation>
    </message>
    <message>
        <source>&amp;Logs</source>
        <translation>&amp;Günlükler</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <source>&amp;About UserSync</source>
        <translation>UserSync &amp;Hakkında</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>&amp;Qt Hakkında</translation>
    </message>
    <message>
        <source>Opening database…</source>
        <translation>Veritabanı açılıyor…</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Veri klasörü: %1</translation>
    </message>
    <message>
        <source>Database unavailable</source>
        <translation>Veritabanı kullanılamıyor</translation>
    </message>
    <message>
        <source>About UserSync</source>
        <translation>UserSync Hakkında</translation>
    </message>
    <message>
        <source>&lt;h3&gt;UserSync %1&lt;/h3&gt;&lt;p&gt;Keeps an organisation&apos;s users and departments in sync with the systems that own them.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;UserSync %1&lt;/h3&gt;&lt;p&gt;Bir kuruluşun kullanıcılarını ve departmanlarını, bu verilerin asıl sahibi olan sistemlerle eşitlenmiş halde tutar.&lt;/p&gt;&lt;p&gt;Veri klasörü: %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MembershipRepository</name>
    <message>
        <source>Adding user #%1 to department #%2</source>
        <translation>#%1 numaralı kullanıcının #%2 numaralı departmana eklenmesi</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>No keyring is reachable (simulated).</source>
        <translation>Erişilebilir bir anahtarlık yok (benzetim).</translation>
    </message>
    <message>
        <source>No secret is stored under “%1”.</source>
        <translation>“%1” adı altında saklanmış bir gizli bilgi yok.</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>Creating the schema version table</source>
        <translation>Şema sürümü tablosunun oluşturulması</translation>
    </message>
    <message>
        <source>The database “%1” has schema version %2, but this UserSync %3 knows schema versions up to %4 only. It was written by a newer UserSync: update UserSync, or choose another database. Nothing was changed.</source>
        <translation>“%1” veritabanının şema sürümü %2, ancak bu UserSync %3 yalnızca %4 sürümüne kadar olan şema sürümlerini tanıyor. Veritabanı daha yeni bir UserSync tarafından yazılmış: UserSync’i güncelleyin veya başka bir veritabanı seçin. Hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <source>Upgrading the database to schema version %1 (%2)</source>
        <translation>Veritabanının %1 şema sürümüne yükseltilmesi (%2)</translation>
    </message>
    <message>
        <source>%1 failed: the migration script is missing from this build.</source>
        <translation>%1 başarısız oldu: geçiş betiği bu derlemede bulunmuyor.</translation>
    </message>
</context>
<context>
    <name>RecordAction</name>
    <message>
        <source>Created</source>
        <translation>Oluşturuldu</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Güncellendi</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Değişmedi</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Silindi</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Başarısız</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Atlandı</translation>
    </message>
</context>
<context>
    <name>RecordRepository</name>
    <message>
        <source>Saving record “%1” of source “%2”</source>
        <translation>“%2” kaynağına ait “%1” kaydının kaydedilmesi</translation>
    </message>
    <message>
        <source>Source “%1” has no %2 with uid “%3”.</source>
        <translation>“%1” kaynağında uid değeri “%3” olan bir %2 yok.</translation>
    </message>
    <message>
        <source>Linking a record to %1 #%2</source>
        <translation>Bir kaydın %1 #%2 ile ilişkilendirilmesi</translation>
    </message>
</context>
<context>
    <name>SourceRepository</name>
    <message>
        <source>Saving source “%1”</source>
        <translation>“%1” kaynağının kaydedilmesi</translation>
    </message>
    <message>
        <source>The source “%1” does not exist.</source>
        <translation>“%1” kaynağı mevcut değil.</translation>
    </message>
    <message>
        <source>The source #%1 does not exist.</source>
        <translation>#%1 numaralı kaynak mevcut değil.</translation>
    </message>
    <message>
        <source>There is no source named “%1”.</source>
        <translation>“%1” adında bir kaynak yok.</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>status takes no arguments.</source>
        <translation>status komutu argüman almaz.</translation>
    </message>
    <message>
        <source>UserSync %1
Data folder:    %2
Database:       %3 (%4)
Schema version: %5
</source>
        <translation>UserSync %1
Veri klasörü:   %2
Veritabanı:     %3 (%4)
Şema sürümü:    %5
</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>a source with this name already exists</source>
        <translation>bu ada sahip bir kaynak zaten var</translation>
    </message>
    <message>
        <source>a task with this batch number already exists</source>
        <translation>bu parti numarasına sahip bir görev zaten var</translation>
    </message>
    <message>
        <source>a task of this source is already running</source>
        <translation>bu kaynağa ait bir görev zaten çalışıyor</translation>
    </message>
    <message>
        <source>this source already has a record with this uid</source>
        <translation>bu kaynağın bu uid değerine sahip bir kaydı zaten var</translation>
    </message>
    <message>
        <source>this record is already linked to that row</source>
        <translation>bu kayıt zaten o satıra bağlı</translation>
    </message>
    <message>
        <source>the username is already used by another user</source>
        <translation>kullanıcı adı başka bir kullanıcı tarafından zaten kullanılıyor</translation>
    </message>
    <message>
        <source>the e-mail address is already used by another user</source>
        <translation>e-posta adresi başka bir kullanıcı tarafından zaten kullanılıyor</translation>
    </message>
    <message>
        <source>the phone number is already used by another user</source>
        <translation>telefon numarası başka bir kullanıcı tarafından zaten kullanılıyor</translation>
    </message>
    <message>
        <source>the user is already a member of this department</source>
        <translation>kullanıcı zaten bu departmanın üyesi</translation>
    </message>
    <message>
        <source>the user already has a main department</source>
        <translation>kullanıcının zaten bir ana departmanı var</translation>
    </message>
    <message>
        <source>an API key with this name already exists</source>
        <translation>bu ada sahip bir API anahtarı zaten var</translation>
    </message>
    <message>
        <source>this API key already exists</source>
        <translation>bu API anahtarı zaten var</translation>
    </message>
    <message>
        <source>%1 failed: %2.</source>
        <translation>%1 başarısız oldu: %2.</translation>
    </message>
    <message>
        <source>a value that must be unique is already taken</source>
        <translation>benzersiz olması gereken bir değer zaten kullanılıyor</translation>
    </message>
    <message>
        <source>it refers to a row that does not exist</source>
        <translation>var olmayan bir satıra başvuruyor</translation>
    </message>
    <message>
        <source>a value is missing or not allowed (%1)</source>
        <translation>bir değer eksik veya izin verilmeyen bir değer (%1)</translation>
    </message>
    <message>
        <source>the database is locked by another program; try again in a moment</source>
        <translation>veritabanı başka bir program tarafından kilitlenmiş; lütfen biraz sonra tekrar deneyin</translation>
    </message>
    <message>
        <source>the database cannot be reached (%1)</source>
        <translation>veritabanına ulaşılamıyor (%1)</translation>
    </message>
    <message>
        <source>the database reported: %1</source>
        <translation>veritabanı şunu bildirdi: %1</translation>
    </message>
</context>
<context>
    <name>StoreOpener</name>
    <message>
        <source>The database password could not be read: %1</source>
        <translation>Veritabanı parolası okunamadı: %1</translation>
    </message>
</context>
<context>
    <name>TaskRepository</name>
    <message>
        <source>Source “%1” is already syncing (batch %2, started %3). Wait for it to finish or cancel it, then try again.</source>
        <translation>“%1” kaynağı zaten eşitleniyor (parti %2, başlangıç: %3). Bitmesini bekleyin veya iptal edin, ardından tekrar deneyin.</translation>
    </message>
    <message>
        <source>Interrupted: the application stopped during this sync</source>
        <translation>Kesintiye uğradı: uygulama bu eşitleme sırasında durdu</translation>
    </message>
    <message>
        <source>Creating a task</source>
        <translation>Bir görevin oluşturulması</translation>
    </message>
    <message>
        <source>Could not find a free batch number; try again.</source>
        <translation>Boş bir parti numarası bulunamadı; lütfen tekrar deneyin.</translation>
    </message>
    <message>
        <source>Task #%1 is not waiting to start.</source>
        <translation>#%1 numaralı görev başlamayı beklemiyor.</translation>
    </message>
    <message>
        <source>Task %1 is %2; only failed, partial or cancelled tasks can be retried.</source>
        <translation>%1 görevinin durumu: %2; yalnızca başarısız, kısmi veya iptal edilmiş görevler yeniden denenebilir.</translation>
    </message>
    <message>
        <source>Task %1 was changed by another program; reload and try again.</source>
        <translation>%1 görevi başka bir program tarafından değiştirildi; yeniden yükleyip tekrar deneyin.</translation>
    </message>
    <message>
        <source>Task #%1 is not running any more.</source>
        <translation>#%1 numaralı görev artık çalışmıyor.</translation>
    </message>
    <message>
        <source>The task is not running, so there is nothing to cancel.</source>
        <translation>Görev çalışmıyor, bu nedenle iptal edilecek bir şey yok.</translation>
    </message>
    <message>
        <source>Task #%1 does not exist.</source>
        <translation>#%1 numaralı görev mevcut değil.</translation>
    </message>
    <message>
        <source>There is no task with batch %1.</source>
        <translation>Parti numarası %1 olan bir görev yok.</translation>
    </message>
</context>
<context>
    <name>TaskResultRepository</name>
    <message>
        <source>Saving record outcomes</source>
        <translation>Kayıt sonuçlarının kaydedilmesi</translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <source>Init</source>
        <translation>Başlatılıyor</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>İşleniyor</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Başarılı</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>Kısmi</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Başarısız</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>İptal edildi</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>Saving user “%1”</source>
        <translation>“%1” kullanıcısının kaydedilmesi</translation>
    </message>
    <message>
        <source>User #%1 does not exist.</source>
        <translation>#%1 numaralı kullanıcı mevcut değil.</translation>
    </message>
    <message>
        <source>Users cannot be looked up by “%1”.</source>
        <translation>Kullanıcılar “%1” alanına göre aranamaz.</translation>
    </message>
    <message>
        <source>An empty %1 matches no user.</source>
        <translation>Boş bir %1 hiçbir kullanıcıyla eşleşmez.</translation>
    </message>
    <message>
        <source>No user has %1 “%2”.</source>
        <translation>%1 değeri “%2” olan bir kullanıcı yok.</translation>
    </message>
</context>
</TS>
