<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
<context>
    <name>ApiSourceType</name>
    <message>
        <source>HTTP API (push)</source>
        <translation>HTTP API (gönderim)</translation>
    </message>
    <message>
        <source>Receives users and departments pushed by another system to POST /api/userData:push or with usersync-cli push.</source>
        <translation>Başka bir sistemin POST /api/userData:push adresine veya usersync-cli push ile gönderdiği kullanıcıları ve departmanları alır.</translation>
    </message>
</context>
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
    <name>CliArguments</name>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1 bir değer gerektirir.</translation>
    </message>
    <message>
        <source>Unknown option “%1”.</source>
        <translation>Bilinmeyen seçenek “%1”.</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>Open the store (creating or upgrading it) and show where it is</source>
        <translation>Depoyu aç (gerekirse oluştur veya yükselt) ve konumunu göster</translation>
    </message>
    <message>
        <source>List the source types and their options</source>
        <translation>Kaynak türlerini ve seçeneklerini listele</translation>
    </message>
    <message>
        <source>List the sources with their last run</source>
        <translation>Kaynakları son çalışmalarıyla birlikte listele</translation>
    </message>
    <message>
        <source>Add a source; secret values are read from standard input, one line each</source>
        <translation>Bir kaynak ekle; gizli değerler standart girdiden, her biri bir satırda okunur</translation>
    </message>
    <message>
        <source>Change a source; --option KEY= removes an option</source>
        <translation>Bir kaynağı değiştir; --option KEY= bir seçeneği kaldırır</translation>
    </message>
    <message>
        <source>Remove a source and its task history (its users and departments stay)</source>
        <translation>Bir kaynağı ve görev geçmişini kaldır (kullanıcıları ve departmanları kalır)</translation>
    </message>
    <message>
        <source>Run a sync to its end; progress on stderr, Ctrl-C cancels</source>
        <translation>Bir eşitlemeyi sonuna kadar çalıştır; ilerleme stderr’e yazılır, Ctrl-C iptal eder</translation>
    </message>
    <message>
        <source>Run a failed, partial or cancelled task again under the same batch</source>
        <translation>Başarısız, kısmi veya iptal edilmiş bir görevi aynı partiyle yeniden çalıştır</translation>
    </message>
    <message>
        <source>Ask a task running in another process to stop</source>
        <translation>Başka bir süreçte çalışan bir görevden durmasını iste</translation>
    </message>
    <message>
        <source>List a source&apos;s tasks, newest first</source>
        <translation>Bir kaynağın görevlerini en yeniden başlayarak listele</translation>
    </message>
    <message>
        <source>Show a task with its per-record results</source>
        <translation>Bir görevi kayıt bazındaki sonuçlarıyla birlikte göster</translation>
    </message>
    <message>
        <source>Apply a NocoBase push body as a task of its sourceName (default “api”)</source>
        <translation>Bir NocoBase gönderim (push) gövdesini, sourceName değerindeki kaynağın (varsayılan “api”) görevi olarak uygula</translation>
    </message>
    <message>
        <source>List the users with departments and source links</source>
        <translation>Kullanıcıları departmanları ve kaynak bağlantılarıyla birlikte listele</translation>
    </message>
    <message>
        <source>List the departments (a tree; --json: a flat array)</source>
        <translation>Departmanları listele (ağaç; --json: düz dizi)</translation>
    </message>
    <message>
        <source>Show the raw-record log (or the system log with --system)</source>
        <translation>Ham kayıt günlüğünü göster (--system ile sistem günlüğünü)</translation>
    </message>
    <message>
        <source>Store a PostgreSQL password (from standard input) in the keyring</source>
        <translation>Bir PostgreSQL parolasını (standart girdiden okuyarak) anahtarlıkta sakla</translation>
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
    <name>DailyLogFile</name>
    <message>
        <source>cannot create the log folder “%1”</source>
        <extracomment>A clause inside &quot;The system log cannot be written (…).&quot; and similar.</extracomment>
        <translation>“%1” günlük klasörü oluşturulamıyor</translation>
    </message>
    <message>
        <source>cannot open the log file “%1”: %2</source>
        <translation>“%1” günlük dosyası açılamıyor: %2</translation>
    </message>
    <message>
        <source>cannot write to the log file “%1”: %2</source>
        <translation>“%1” günlük dosyasına yazılamıyor: %2</translation>
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
    <name>DatabaseCommand</name>
    <message>
        <source>Usage: database password postgresql://user@host:port/database  (password on standard input)</source>
        <translation>Kullanım: database password postgresql://user@host:port/database  (parola standart girdiden okunur)</translation>
    </message>
    <message>
        <source>Only PostgreSQL databases have a password.</source>
        <translation>Yalnızca PostgreSQL veritabanlarının parolası vardır.</translation>
    </message>
    <message>
        <source>Write the password on standard input, e.g. from a password manager.</source>
        <translation>Parolayı standart girdiye yazın, örneğin bir parola yöneticisinden.</translation>
    </message>
    <message>
        <source>The password for %1 is stored in the keyring.
</source>
        <translation>%1 için parola anahtarlıkta saklandı.
</translation>
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
    <name>DepartmentTree</name>
    <message>
        <source>the top level</source>
        <translation>en üst düzey</translation>
    </message>
    <message>
        <source>No department was synced for this uid, so there is nothing to delete.</source>
        <translation>Bu uid için eşitlenmiş bir departman yok, bu nedenle silinecek bir şey yok.</translation>
    </message>
    <message>
        <source>“%1” moved up to %2 because its parent “%3” was deleted.</source>
        <translation>“%1”, üst departmanı “%3” silindiği için yukarı taşındı (yeni konum: %2).</translation>
    </message>
    <message>
        <source>Moved under %1.</source>
        <translation>Taşındı (yeni konum: %1).</translation>
    </message>
    <message>
        <source>Parent department “%1” is not known in source “%2”; “%3” stays at %4 until it arrives.</source>
        <translation>Üst departman “%1”, “%2” kaynağında bilinmiyor; bu departman gelene kadar “%3” şu konumda kalır: %4.</translation>
    </message>
    <message>
        <source>Placed under “%1”, which arrived in this batch.</source>
        <translation>Bu partide gelen “%1” altına yerleştirildi.</translation>
    </message>
</context>
<context>
    <name>DirectoryCommands</name>
    <message>
        <source>users takes no arguments.</source>
        <translation>users komutu argüman almaz.</translation>
    </message>
    <message>
        <source>ID	NICKNAME	USERNAME	EMAIL	PHONE	DEPARTMENTS
</source>
        <translation>ID	TAKMA AD	KULLANICI ADI	E-POSTA	TELEFON	DEPARTMANLAR
</translation>
    </message>
    <message>
        <source>departments takes no arguments.</source>
        <translation>departments komutu argüman almaz.</translation>
    </message>
    <message>
        <source> (#%1, %2 members)</source>
        <translation> (#%1, %2 üye)</translation>
    </message>
</context>
<context>
    <name>JsonFilePuller</name>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>“%1” okunamıyor: %2</translation>
    </message>
    <message>
        <source>“%1” is not valid JSON: %2 at byte %3</source>
        <translation>“%1” geçerli bir JSON değil: %2 (%3. bayt)</translation>
    </message>
</context>
<context>
    <name>JsonFileSourceType</name>
    <message>
        <source>JSON file (example plugin)</source>
        <translation>JSON dosyası (örnek eklenti)</translation>
    </message>
    <message>
        <source>Users and departments from a JSON file: {&quot;departments&quot;: [...], &quot;users&quot;: [...]}.</source>
        <translation>Bir JSON dosyasından kullanıcılar ve departmanlar: {&quot;departments&quot;: [...], &quot;users&quot;: [...]}.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Dosya</translation>
    </message>
    <message>
        <source>The JSON file to read on every sync.</source>
        <translation>Her eşitlemede okunacak JSON dosyası.</translation>
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
    <name>LogReader</name>
    <message>
        <source>%1 ×%2</source>
        <extracomment>Summary of one batch of raw records in the log viewer: data type and record count, e.g. &quot;user ×1000&quot;.</extracomment>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>Cannot read the log file “%1”: %2</source>
        <translation>“%1” günlük dosyası okunamıyor: %2</translation>
    </message>
</context>
<context>
    <name>LogRetention</name>
    <message>
        <source>Cannot remove the old log file “%1”: %2</source>
        <translation>Eski günlük dosyası “%1” kaldırılamıyor: %2</translation>
    </message>
</context>
<context>
    <name>LogsCommand</name>
    <message>
        <source>Usage: logs [--system] [--source NAME] [--batch BATCH] [--since YYYY-MM-DD] [--level LEVEL] [--text TEXT]</source>
        <translation>Kullanım: logs [--system] [--source NAME] [--batch BATCH] [--since YYYY-MM-DD] [--level LEVEL] [--text TEXT]</translation>
    </message>
    <message>
        <source>--since takes a date like 2026-12-01.</source>
        <translation>--since, 2026-12-01 gibi bir tarih alır.</translation>
    </message>
    <message>
        <source>%1 unreadable log lines were skipped.
</source>
        <translation>Okunamayan %1 günlük satırı atlandı.
</translation>
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
    <name>MembershipWriter</name>
    <message>
        <source>The user is gone, and their memberships with them.</source>
        <translation>Kullanıcı silindi; üyelikleri de onunla birlikte kaldırıldı.</translation>
    </message>
    <message>
        <source>The user was not saved, so no memberships were changed.</source>
        <translation>Kullanıcı kaydedilmediği için hiçbir üyelik değiştirilmedi.</translation>
    </message>
    <message>
        <source>Department %1 is not known in source “%2”; the other memberships were applied.</source>
        <translation>%1 departmanı “%2” kaynağında bilinmiyor; diğer üyelikler uygulandı.</translation>
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
    <name>PageApplier</name>
    <message>
        <source>Superseded by a later record with the same uid in this batch.</source>
        <translation>Bu partide aynı uid değerine sahip daha sonraki bir kayıt tarafından geçersiz kılındı.</translation>
    </message>
</context>
<context>
    <name>PluginLoader</name>
    <message>
        <source>not a UserSync plugin</source>
        <translation>bir UserSync eklentisi değil</translation>
    </message>
    <message>
        <source>made for plugin API version %1; this UserSync supports version %2</source>
        <translation>%1 eklenti API sürümü için yapılmış; bu UserSync %2 sürümünü destekliyor</translation>
    </message>
    <message>
        <source>could not be loaded: %1</source>
        <translation>yüklenemedi: %1</translation>
    </message>
    <message>
        <source>does not implement the UserSync plugin interface</source>
        <translation>UserSync eklenti arayüzünü uygulamıyor</translation>
    </message>
    <message>
        <source>source type “%1”</source>
        <translation>“%1” kaynak türü</translation>
    </message>
    <message>
        <source>source type “%1” (skipped: the key is already taken)</source>
        <translation>“%1” kaynak türü (atlandı: bu anahtar zaten kullanılıyor)</translation>
    </message>
    <message>
        <source>resource “%1”</source>
        <translation>“%1” hedefi</translation>
    </message>
</context>
<context>
    <name>RawRecordLog</name>
    <message>
        <source>The raw-record log cannot be written (%1). Raw records are not kept until this is fixed.</source>
        <translation>Ham kayıt günlüğü yazılamıyor (%1). Bu sorun giderilene kadar ham kayıtlar saklanmaz.</translation>
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
    <name>SamplePuller</name>
    <message>
        <source>Cancelled.</source>
        <translation>İptal edildi.</translation>
    </message>
    <message>
        <source>Simulated failure after %1 records, as the sample source&apos;s option “Fail after” asks. Set it to 0, or click Retry.</source>
        <translation>Örnek kaynağın “Başarısızlık eşiği” seçeneğinin istediği gibi %1 kayıttan sonra benzetilmiş bir hata oluştu. Seçeneği 0 yapın veya Yeniden dene’ye tıklayın.</translation>
    </message>
</context>
<context>
    <name>SampleSourceType</name>
    <message>
        <source>Password</source>
        <translation>Parola</translation>
    </message>
    <message>
        <source>Not needed by the sample. A value entered here is kept only in the system keyring, to show how UserSync stores a source&apos;s secrets.</source>
        <translation>Örnek için gerekli değildir. Buraya girilen değer yalnızca sistem anahtarlığında saklanır; amacı, UserSync’in bir kaynağın gizli bilgilerini nasıl sakladığını göstermektir.</translation>
    </message>
    <message>
        <source>Sample directory</source>
        <translation>Örnek dizin</translation>
    </message>
    <message>
        <source>A fictional organisation generated on this computer, to try UserSync before connecting a real system.</source>
        <translation>Gerçek bir sisteme bağlanmadan önce UserSync’i denemek için bu bilgisayarda oluşturulan kurgusal bir kuruluş.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Kullanıcılar</translation>
    </message>
    <message>
        <source>How many people work in the organisation.</source>
        <translation>Kuruluşta kaç kişinin çalıştığı.</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Departmanlar</translation>
    </message>
    <message>
        <source>How many departments it has.</source>
        <translation>Kuruluşun kaç departmanı olduğu.</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Derinlik</translation>
    </message>
    <message>
        <source>How many levels the department tree has at most.</source>
        <translation>Departman ağacının en fazla kaç düzeyi olduğu.</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Tohum</translation>
    </message>
    <message>
        <source>Which organisation: the same seed always gives the same people.</source>
        <translation>Hangi kuruluşun üretileceği: aynı tohum her zaman aynı kişileri verir.</translation>
    </message>
    <message>
        <source>Changed users (%)</source>
        <translation>Değişen kullanıcılar (%)</translation>
    </message>
    <message>
        <source>Share of people who changed since the first sync: renamed, moved, left or newly hired.</source>
        <translation>İlk eşitlemeden bu yana değişen kişilerin oranı: adı değişen, taşınan, ayrılan veya yeni işe alınan.</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Sayfa boyutu</translation>
    </message>
    <message>
        <source>Records per page.</source>
        <translation>Sayfa başına kayıt sayısı.</translation>
    </message>
    <message>
        <source>Fail after (records)</source>
        <translation>Başarısızlık eşiği (kayıt)</translation>
    </message>
    <message>
        <source>Make the pull fail after this many records, to try Retry. 0 never fails.</source>
        <translation>Yeniden dene’yi denemek için çekme işlemini bu kadar kayıttan sonra başarısız kılar. 0 ise hiçbir zaman başarısız olmaz.</translation>
    </message>
    <message>
        <source>Failing attempts</source>
        <translation>Başarısız denemeler</translation>
    </message>
    <message>
        <source>With “Fail after”: fail only the first N attempts, so Retry succeeds. 0 fails every attempt.</source>
        <translation>“Başarısızlık eşiği” ile birlikte: yalnızca ilk N denemeyi başarısız kılar, böylece Yeniden dene başarılı olur. 0 her denemeyi başarısız kılar.</translation>
    </message>
    <message>
        <source>Ready: %1 users in %2 departments.</source>
        <translation>Hazır: %2 departmanda %1 kullanıcı.</translation>
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
    <name>SourceType</name>
    <message>
        <source>“%1” is required.</source>
        <translation>“%1” zorunludur.</translation>
    </message>
    <message>
        <source>“%1” must be a whole number.</source>
        <translation>“%1” bir tam sayı olmalıdır.</translation>
    </message>
    <message>
        <source>“%1” must be at least %2.</source>
        <translation>“%1” en az %2 olmalıdır.</translation>
    </message>
    <message>
        <source>“%1” must be at most %2.</source>
        <translation>“%1” en fazla %2 olmalıdır.</translation>
    </message>
    <message>
        <source>“%1” must be true or false.</source>
        <translation>“%1” true veya false olmalıdır.</translation>
    </message>
    <message>
        <source>“%1” must be one of: %2.</source>
        <translation>“%1” şunlardan biri olmalıdır: %2.</translation>
    </message>
    <message>
        <source>“%1” must be a full URL such as https://hr.example.com/api/users.</source>
        <translation>“%1”, https://hr.example.com/api/users gibi tam bir URL olmalıdır.</translation>
    </message>
    <message>
        <source>“%1” must be text.</source>
        <translation>“%1” metin olmalıdır.</translation>
    </message>
    <message>
        <source>This source type has no connection test.</source>
        <translation>Bu kaynak türünün bağlantı testi yok.</translation>
    </message>
</context>
<context>
    <name>SourcesCommands</name>
    <message>
        <source>sources types takes no arguments.</source>
        <translation>sources types komutu argüman almaz.</translation>
    </message>
    <message>
        <source> (push only)</source>
        <translation> (yalnızca gönderim)</translation>
    </message>
    <message>
        <source>sources list takes no arguments.</source>
        <translation>sources list komutu argüman almaz.</translation>
    </message>
    <message>
        <source>NAME	TYPE	ENABLED	LAST RUN
</source>
        <translation>AD	TÜR	ETKİN	SON ÇALIŞMA
</translation>
    </message>
    <message>
        <source>never</source>
        <translation>hiç</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>evet</translation>
    </message>
    <message>
        <source>no</source>
        <translation>hayır</translation>
    </message>
    <message>
        <source>Usage: sources add NAME --type TYPE [--enable] [--option KEY=VALUE]... [--secret KEY]...</source>
        <translation>Kullanım: sources add NAME --type TYPE [--enable] [--option KEY=VALUE]... [--secret KEY]...</translation>
    </message>
    <message>
        <source>The source name must not be empty.</source>
        <translation>Kaynak adı boş olmamalıdır.</translation>
    </message>
    <message>
        <source>Unknown source type “%1”. Known types: %2.</source>
        <translation>Bilinmeyen kaynak türü “%1”. Bilinen türler: %2.</translation>
    </message>
    <message>
        <source>Source “%1” was not added: %2</source>
        <translation>“%1” kaynağı eklenmedi: %2</translation>
    </message>
    <message>
        <source>Source “%1” added (type %2, %3).</source>
        <translation>“%1” kaynağı eklendi (tür %2, %3).</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>etkin</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>devre dışı</translation>
    </message>
    <message>
        <source>Usage: sources update NAME [--enable|--disable] [--option KEY=VALUE]... [--secret KEY]...</source>
        <translation>Kullanım: sources update NAME [--enable|--disable] [--option KEY=VALUE]... [--secret KEY]...</translation>
    </message>
    <message>
        <source>Source “%1” has the type “%2”, which this UserSync does not know.</source>
        <translation>“%1” kaynağının türü “%2”; bu UserSync bu türü tanımıyor.</translation>
    </message>
    <message>
        <source>Source “%1” was not changed: %2</source>
        <translation>“%1” kaynağı değiştirilmedi: %2</translation>
    </message>
    <message>
        <source>Source “%1” updated (%2).</source>
        <translation>“%1” kaynağı güncellendi (%2).</translation>
    </message>
    <message>
        <source>Usage: sources remove NAME</source>
        <translation>Kullanım: sources remove NAME</translation>
    </message>
    <message>
        <source>Source “%1” is syncing (batch %2); cancel it or wait, then remove it.</source>
        <translation>“%1” kaynağı eşitleniyor (parti %2); iptal edin veya bitmesini bekleyin, ardından kaldırın.</translation>
    </message>
    <message>
        <source>Source “%1” removed, with its task history. Its users and departments stay in the directory.
</source>
        <translation>“%1” kaynağı görev geçmişiyle birlikte kaldırıldı. Kullanıcıları ve departmanları dizinde kalır.
</translation>
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
    <name>SyncJob</name>
    <message>
        <source>Source “%1” is disabled. Enable it first (in Configure, or with usersync-cli sources update %1 --enable).</source>
        <translation>“%1” kaynağı devre dışı. Önce etkinleştirin (Yapılandır’da veya usersync-cli sources update %1 --enable ile).</translation>
    </message>
    <message>
        <source>Source “%1” has the type “%2”, which this UserSync does not know. Is the plugin that provides it installed?</source>
        <translation>“%1” kaynağının türü “%2”; bu UserSync bu türü tanımıyor. Bu türü sağlayan eklenti yüklü mü?</translation>
    </message>
    <message>
        <source>Source “%1” receives its data by push (%2); there is nothing to pull.</source>
        <translation>“%1” kaynağı verilerini gönderim (push) yoluyla alır (%2); çekilecek bir şey yok.</translation>
    </message>
    <message>
        <source>No keyring is available to read the secret “%1”.</source>
        <translation>“%1” gizli bilgisini okumak için kullanılabilir bir anahtarlık yok.</translation>
    </message>
    <message>
        <source>The secret “%1” of source “%2” is not in the keyring. Open Configure and enter it again.</source>
        <translation>“%2” kaynağının “%1” gizli bilgisi anahtarlıkta yok. Yapılandır’ı açıp yeniden girin.</translation>
    </message>
    <message>
        <source>Page %1 from the source is not valid (%2); nothing of it was written</source>
        <translation>Kaynaktan gelen %1. sayfa geçerli değil (%2); bu sayfadan hiçbir şey yazılmadı</translation>
    </message>
    <message>
        <source>Page %1 could not be saved: %2</source>
        <translation>%1. sayfa kaydedilemedi: %2</translation>
    </message>
    <message>
        <source>Page %1: %2</source>
        <translation>Sayfa %1: %2</translation>
    </message>
</context>
<context>
    <name>SystemLog</name>
    <message>
        <source>The system log cannot be written (%1). Messages go to the standard error output instead.</source>
        <translation>Sistem günlüğü yazılamıyor (%1). İletiler bunun yerine standart hata çıktısına yazılır.</translation>
    </message>
</context>
<context>
    <name>TaskCommands</name>
    <message>
        <source>Usage: sync NAME</source>
        <translation>Kullanım: sync NAME</translation>
    </message>
    <message>
        <source>Usage: retry BATCH</source>
        <translation>Kullanım: retry BATCH</translation>
    </message>
    <message>
        <source>Usage: cancel BATCH</source>
        <translation>Kullanım: cancel BATCH</translation>
    </message>
    <message>
        <source>Task %1 is %2, not running; there is nothing to cancel.</source>
        <translation>%1 görevinin durumu: %2; çalışmıyor, bu nedenle iptal edilecek bir şey yok.</translation>
    </message>
    <message>
        <source>Cancel requested for task %1; it stops after the page it is applying.
</source>
        <translation>%1 görevi için iptal istendi; görev, uygulamakta olduğu sayfadan sonra durur.
</translation>
    </message>
    <message>
        <source>Usage: tasks NAME [--limit N]</source>
        <translation>Kullanım: tasks NAME [--limit N]</translation>
    </message>
    <message>
        <source>--limit must be a positive number.</source>
        <translation>--limit pozitif bir sayı olmalıdır.</translation>
    </message>
    <message>
        <source>BATCH	STATUS	ATTEMPT	COST MS	STARTED	MESSAGE
</source>
        <translation>PARTİ	DURUM	DENEME	SÜRE (MS)	BAŞLANGIÇ	MESAJ
</translation>
    </message>
    <message>
        <source>Usage: task BATCH [--action ACTION] [--attempt N]</source>
        <translation>Kullanım: task BATCH [--action ACTION] [--attempt N]</translation>
    </message>
    <message>
        <source>
DATA TYPE	UID	RESOURCE	ACTION	MESSAGE
</source>
        <translation>
VERİ TÜRÜ	UID	HEDEF	İŞLEM	MESAJ
</translation>
    </message>
    <message>
        <source>Usage: push FILE|-</source>
        <translation>Kullanım: push FILE|-</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>Standart girdi okunamıyor.</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>“%1” dosyası mevcut değil.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>“%1” okunamıyor: %2</translation>
    </message>
    <message>
        <source>Task %1: %2
</source>
        <translation>Görev %1: %2
</translation>
    </message>
    <message>
        <source>Failed records: %1 (%2).
</source>
        <translation>Başarısız kayıtlar: %1 (%2).
</translation>
    </message>
</context>
<context>
    <name>TaskMessages</name>
    <message>
        <source>Done: %1 records. %2</source>
        <translation>Tamamlandı: %1 kayıt. %2</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Yapılacak bir şey yok.</translation>
    </message>
    <message>
        <source>Finished with failed records: %1 (%2); everything else was applied. Open the task to see which records failed and why, correct them at the source, then click Retry. %3</source>
        <translation>Başarısız kayıtlarla tamamlandı: %1 (%2); geri kalan her şey uygulandı. Hangi kayıtların neden başarısız olduğunu görmek için görevi açın, bunları kaynakta düzeltin ve ardından Yeniden dene’ye tıklayın. %3</translation>
    </message>
    <message>
        <source>%1 %2 Fix the cause and click Retry.</source>
        <translation>%1 %2 Nedeni giderin ve Yeniden dene’ye tıklayın.</translation>
    </message>
    <message>
        <source>Cancelled. %1 Click Retry to run it again.</source>
        <translation>İptal edildi. %1 Yeniden çalıştırmak için Yeniden dene’ye tıklayın.</translation>
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
    <name>UserDataParser</name>
    <message>
        <source>The request body is not valid JSON: %1 at byte %2.</source>
        <translation>İstek gövdesi geçerli bir JSON değil: %1 (%2. bayt).</translation>
    </message>
    <message>
        <source>The request body must be a JSON object such as {&quot;dataType&quot;: &quot;user&quot;, &quot;records&quot;: [...]}, got %1.</source>
        <translation>İstek gövdesi {&quot;dataType&quot;: &quot;user&quot;, &quot;records&quot;: [...]} gibi bir JSON nesnesi olmalıdır, gelen değer: %1.</translation>
    </message>
    <message>
        <source>dataType %1 is not supported</source>
        <translation>dataType %1 is not supported</translation>
    </message>
    <message>
        <source>matchKey must be one of username, email or phone, got %1.</source>
        <translation>matchKey; username, email veya phone değerlerinden biri olmalıdır, gelen değer: %1.</translation>
    </message>
    <message>
        <source>sourceName must be a non-empty string, got %1.</source>
        <translation>sourceName boş olmayan bir dize olmalıdır, gelen değer: %1.</translation>
    </message>
    <message>
        <source>records for user data synchronize is required</source>
        <translation>records for user data synchronize is required</translation>
    </message>
    <message>
        <source>records must be an array of record objects, got %1.</source>
        <translation>records, kayıt nesnelerinden oluşan bir dizi olmalıdır, gelen değer: %1.</translation>
    </message>
    <message>
        <source>records must have at least one piece of data</source>
        <translation>records must have at least one piece of data</translation>
    </message>
    <message>
        <source>record %1 must be a JSON object, got %2.</source>
        <translation>%1. kayıt bir JSON nesnesi olmalıdır, gelen değer: %2.</translation>
    </message>
    <message>
        <source>record must has uid, error record: %1</source>
        <translation>record must has uid, error record: %1</translation>
    </message>
    <message>
        <source>%1: uid must be a string, got %2; error record: %3</source>
        <translation>%1: uid bir dize olmalıdır, gelen değer: %2; hatalı kayıt: %3</translation>
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
<context>
    <name>UsersResource</name>
    <message>
        <source>No user was synced for this uid, so there is nothing to delete.</source>
        <translation>Bu uid için eşitlenmiş bir kullanıcı yok, bu nedenle silinecek bir şey yok.</translation>
    </message>
    <message>
        <source>User “%1” is a protected account; a sync never deletes it.</source>
        <translation>“%1” kullanıcısı korumalı bir hesaptır; eşitleme onu asla silmez.</translation>
    </message>
    <message>
        <source>another record of this batch</source>
        <translation>bu partideki başka bir kayıt</translation>
    </message>
    <message>
        <source>user “%1”</source>
        <translation>“%1” kullanıcısı</translation>
    </message>
    <message>
        <source>The %1 “%2” is already used by %3; this record was not saved.</source>
        <translation>Bu %1 (“%2”) zaten %3 tarafından kullanılıyor; bu kayıt kaydedilmedi.</translation>
    </message>
    <message>
        <source>Adopted the existing user “%1” by %2.</source>
        <translation>Mevcut “%1” kullanıcısı %2 eşleşmesiyle devralındı.</translation>
    </message>
    <message>
        <source>Saving user “%1”</source>
        <translation>“%1” kullanıcısının kaydedilmesi</translation>
    </message>
</context>
</TS>
