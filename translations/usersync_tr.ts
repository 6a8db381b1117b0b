<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
<context>
    <name>ApiConnection</name>
    <message>
        <source>The request headers are larger than %1.</source>
        <translation>İstek başlıkları %1 boyutundan büyük.</translation>
    </message>
    <message>
        <source>The request body (%1) is larger than this server accepts (%2). Send fewer records per push, or raise the limit (usersync-cli serve --max-body-mib).</source>
        <translation>İstek gövdesi (%1) bu sunucunun kabul ettiğinden (%2) büyük. Her gönderimde daha az kayıt gönderin veya sınırı yükseltin (usersync-cli serve --max-body-mib).</translation>
    </message>
    <message>
        <source>The request body is larger than this server accepts (%1). Send fewer records per push, or raise the limit (usersync-cli serve --max-body-mib).</source>
        <translation>İstek gövdesi bu sunucunun kabul ettiğinden (%1) büyük. Her gönderimde daha az kayıt gönderin veya sınırı yükseltin (usersync-cli serve --max-body-mib).</translation>
    </message>
    <message>
        <source>The Content-Length header is not a number.</source>
        <translation>Content-Length başlığı bir sayı değil.</translation>
    </message>
    <message>
        <source>The request did not arrive completely within %1 seconds.</source>
        <translation>İstek %1 saniye içinde tamamen ulaşmadı.</translation>
    </message>
</context>
<context>
    <name>ApiKeyListModel</name>
    <message>
        <source>Never</source>
        <translation>Hiçbir zaman</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>İptal edildi: %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Etkin</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Token starts with</source>
        <translation>Belirtecin başlangıcı</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Oluşturulma</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Son kullanım</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Durum</translation>
    </message>
</context>
<context>
    <name>ApiKeyRepository</name>
    <message>
        <source>An API key needs a name.</source>
        <translation>Bir API anahtarının adı olmalıdır.</translation>
    </message>
    <message>
        <source>An API key named “%1” was revoked on %2; names stay taken so that the history stays readable. Choose another name.</source>
        <translation>“%1” adlı API anahtarı %2 tarihinde iptal edildi; geçmiş okunabilir kalsın diye adlar kullanımda kalır. Başka bir ad seçin.</translation>
    </message>
    <message>
        <source>An API key named “%1” already exists.</source>
        <translation>“%1” adlı bir API anahtarı zaten var.</translation>
    </message>
    <message>
        <source>Creating API key “%1”</source>
        <translation>“%1” API anahtarı oluşturuluyor</translation>
    </message>
    <message>
        <source>There is no active API key named “%1”.</source>
        <translation>“%1” adlı etkin bir API anahtarı yok.</translation>
    </message>
</context>
<context>
    <name>ApiKeysCommands</name>
    <message>
        <source>Usage: apikeys create NAME</source>
        <translation>Kullanım: apikeys create AD</translation>
    </message>
    <message>
        <source>An API key needs a name of 1 to 100 printable characters, e.g. “hr-export”.</source>
        <translation>Bir API anahtarının 1 ile 100 arası yazdırılabilir karakterden oluşan bir adı olmalıdır, örn. “hr-export”.</translation>
    </message>
    <message>
        <source>API key “%1” created. This is the only time its token is shown; store it now (send it as “Authorization: Bearer &lt;token&gt;”):
</source>
        <translation>“%1” API anahtarı oluşturuldu. Belirteci yalnızca bu kez gösterilir; şimdi saklayın (“Authorization: Bearer &lt;token&gt;” olarak gönderin):
</translation>
    </message>
    <message>
        <source>apikeys list takes no arguments.</source>
        <translation>apikeys list bağımsız değişken almaz.</translation>
    </message>
    <message>
        <source>NAME	PREFIX	CREATED	LAST USED	REVOKED
</source>
        <translation>AD	ÖNEK	OLUŞTURULMA	SON KULLANIM	İPTAL
</translation>
    </message>
    <message>
        <source>Usage: apikeys revoke NAME</source>
        <translation>Kullanım: apikeys revoke AD</translation>
    </message>
    <message>
        <source>API key “%1” revoked. A running server refuses it within 15 seconds.
</source>
        <translation>“%1” API anahtarı iptal edildi. Çalışan bir sunucu onu 15 saniye içinde reddeder.
</translation>
    </message>
</context>
<context>
    <name>ApiQueries</name>
    <message>
        <source>SyncSource [%1] is not found.</source>
        <translation>SyncSource [%1] bulunamadı.</translation>
    </message>
    <message>
        <source>Task [%1] is not found.</source>
        <translation>Görev [%1] bulunamadı.</translation>
    </message>
    <message>
        <source>Task [%1] is not a task of SyncSource [%2].</source>
        <translation>Görev [%1], SyncSource [%2] kaynağının bir görevi değil.</translation>
    </message>
</context>
<context>
    <name>ApiServer</name>
    <message>
        <source>The server is shutting down.</source>
        <translation>Sunucu kapanıyor.</translation>
    </message>
    <message>
        <source>There is no endpoint %1 %2. This server offers POST /api/userData:push, :pull, :retry and :listSyncTypes, and GET /api/userDataSyncSources:list and /api/userDataSyncTasks:list.</source>
        <translation>%1 %2 uç noktası yok. Bu sunucu POST /api/userData:push, :pull, :retry ve :listSyncTypes ile GET /api/userDataSyncSources:list ve /api/userDataSyncTasks:list sunar.</translation>
    </message>
    <message>
        <source>%1 does not accept %2; use %3.</source>
        <translation>%1, %2 kabul etmez; %3 kullanın.</translation>
    </message>
    <message>
        <source>Unauthenticated: every request needs an API key, sent as the header “Authorization: Bearer &lt;token&gt;”. Create one with usersync-cli apikeys create NAME (or in the application's settings).</source>
        <translation>Kimlik doğrulanmadı: her istek, “Authorization: Bearer &lt;token&gt;” başlığıyla gönderilen bir API anahtarı gerektirir. usersync-cli apikeys create NAME ile (veya uygulamanın ayarlarında) bir tane oluşturun.</translation>
    </message>
    <message>
        <source>The API key is not valid: no key of this server has this token. Check the token, or create a key with usersync-cli apikeys create NAME.</source>
        <translation>API anahtarı geçerli değil: bu sunucunun hiçbir anahtarı bu belirtece sahip değil. Belirteci denetleyin veya usersync-cli apikeys create NAME ile bir anahtar oluşturun.</translation>
    </message>
    <message>
        <source>The API key “%1” was revoked on %2 and no longer works.</source>
        <translation>“%1” API anahtarı %2 tarihinde iptal edildi ve artık çalışmıyor.</translation>
    </message>
    <message>
        <source>The API keys cannot be read: %1</source>
        <translation>API anahtarları okunamıyor: %1</translation>
    </message>
    <message>
        <source>The request body (%1) is larger than this server accepts (%2).</source>
        <translation>İstek gövdesi (%1) bu sunucunun kabul ettiğinden (%2) büyük.</translation>
    </message>
    <message>
        <source>%1 pushes are already waiting to be applied; try again in a moment.</source>
        <translation>%1 gönderim zaten uygulanmayı bekliyor; biraz sonra yeniden deneyin.</translation>
    </message>
    <message>
        <source>the client disconnected before its push was applied; nothing of it was written.</source>
        <translation>istemci, gönderimi uygulanmadan önce bağlantıyı kesti; hiçbir şey yazılmadı.</translation>
    </message>
    <message>
        <source>Say which source to pull: POST /api/userData:pull?name=SOURCE.</source>
        <translation>Hangi kaynağın çekileceğini belirtin: POST /api/userData:pull?name=SOURCE.</translation>
    </message>
    <message>
        <source>Say which task to retry: POST /api/userData:retry?id=TASK&amp;sourceId=SOURCE (the ids of userDataSyncTasks:list).</source>
        <translation>Hangi görevin yeniden deneneceğini belirtin: POST /api/userData:retry?id=TASK&amp;sourceId=SOURCE (userDataSyncTasks:list kimlikleri).</translation>
    </message>
    <message>
        <source>sourceId must be the id of a source.</source>
        <translation>sourceId bir kaynağın kimliği olmalıdır.</translation>
    </message>
    <message>
        <source>SyncSource [%1] is not found.</source>
        <translation>SyncSource [%1] bulunamadı.</translation>
    </message>
    <message>
        <source>Task [%1] is not found.</source>
        <translation>Görev [%1] bulunamadı.</translation>
    </message>
    <message>
        <source>“%1” is not an IP address. Use 127.0.0.1 (this computer only), 0.0.0.0 (every network of this computer) or one of its addresses.</source>
        <translation>“%1” bir IP adresi değil. 127.0.0.1 (yalnızca bu bilgisayar), 0.0.0.0 (bu bilgisayarın tüm ağları) veya adreslerinden birini kullanın.</translation>
    </message>
    <message>
        <source>The body size limit must be more than 0 bytes.</source>
        <translation>Gövde boyutu sınırı 0 bayttan büyük olmalıdır.</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3.</source>
        <translation>%1 üzerinde %2 bağlantı noktası dinlenemiyor: %3.</translation>
    </message>
</context>
<context>
    <name>ApiSettingsPage</name>
    <message>
        <source>Accept pushes and requests over HTTP</source>
        <translation>HTTP üzerinden gönderimleri ve istekleri kabul et</translation>
    </message>
    <message>
        <source>127.0.0.1 — this computer only</source>
        <translation>127.0.0.1 — yalnızca bu bilgisayar</translation>
    </message>
    <message>
        <source>::1 — this computer only (IPv6)</source>
        <translation>::1 — yalnızca bu bilgisayar (IPv6)</translation>
    </message>
    <message>
        <source>0.0.0.0 — every network interface</source>
        <translation>0.0.0.0 — tüm ağ arabirimleri</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation>Dinlenecek adres</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Bağlantı noktası</translation>
    </message>
    <message>
        <source>Largest request</source>
        <translation>En büyük istek</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API anahtarları</translation>
    </message>
    <message>
        <source>Every request needs one: “Authorization: Bearer &lt;token&gt;”. Only a hash of each token is stored.</source>
        <translation>Her istek bir tane gerektirir: “Authorization: Bearer &lt;token&gt;”. Her belirtecin yalnızca karması saklanır.</translation>
    </message>
    <message>
        <source>Name of the new key, e.g. hr-system</source>
        <translation>Yeni anahtarın adı, örn. hr-system</translation>
    </message>
    <message>
        <source>Create key</source>
        <translation>Anahtar oluştur</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>İptal et…</translation>
    </message>
    <message>
        <source>HTTP API</source>
        <translation>HTTP API</translation>
    </message>
    <message>
        <source>Other computers on the network can reach the API at %1. Every request still needs an API key, but the traffic is plain HTTP: use this only on a trusted network or behind a TLS proxy.</source>
        <translation>Ağdaki diğer bilgisayarlar API'ye %1 adresinden ulaşabilir. Her istek yine bir API anahtarı gerektirir, ancak trafik şifresiz HTTP'dir: bunu yalnızca güvenilir bir ağda veya bir TLS vekil sunucusunun arkasında kullanın.</translation>
    </message>
    <message>
        <source>Listening at %1 · push to %1/api/userData:push</source>
        <translation>%1 adresinde dinleniyor · gönderim adresi: %1/api/userData:push</translation>
    </message>
    <message>
        <source>Not running.</source>
        <translation>Çalışmıyor.</translation>
    </message>
    <message>
        <source>The HTTP API could not start: %1</source>
        <translation>HTTP API başlatılamadı: %1</translation>
    </message>
    <message>
        <source>Give the new key a name.</source>
        <translation>Yeni anahtara bir ad verin.</translation>
    </message>
    <message>
        <source>Revoke API key</source>
        <translation>API anahtarını iptal et</translation>
    </message>
    <message>
        <source>Revoke the key “%1”?</source>
        <translation>“%1” anahtarı iptal edilsin mi?</translation>
    </message>
    <message>
        <source>Systems that use it are refused from now on. This cannot be undone.</source>
        <translation>Onu kullanan sistemler bundan sonra reddedilir. Bu işlem geri alınamaz.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>İptal et</translation>
    </message>
</context>
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
        <source>List a source's tasks, newest first</source>
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
    <message>
        <source>Run the HTTP API (NocoBase-compatible push) until SIGINT or SIGTERM</source>
        <translation>HTTP API'yi (NocoBase uyumlu gönderim) SIGINT veya SIGTERM gelene kadar çalıştır</translation>
    </message>
    <message>
        <source>Create an API key for the HTTP API; its token is printed only once</source>
        <translation>HTTP API için bir API anahtarı oluştur; belirteci yalnızca bir kez yazdırılır</translation>
    </message>
    <message>
        <source>List the API keys (never their tokens)</source>
        <translation>API anahtarlarını listele (belirteçleri asla gösterilmez)</translation>
    </message>
    <message>
        <source>Revoke an API key; servers refuse it from then on</source>
        <translation>Bir API anahtarını iptal et; sunucular bundan sonra onu reddeder</translation>
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
    <message>
        <source>SQLite did not accept the search function of UserSync.</source>
        <translation>SQLite, UserSync'in arama işlevini kabul etmedi.</translation>
    </message>
</context>
<context>
    <name>DailyLogFile</name>
    <message>
        <source>cannot create the log folder “%1”</source>
        <extracomment>A clause inside "The system log cannot be written (…)." and similar.</extracomment>
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
    <name>DatabaseSettingsPage</name>
    <message>
        <source>SQLite file in the data folder (recommended for one workstation)</source>
        <translation>Veri klasöründe SQLite dosyası (tek bir iş istasyonu için önerilir)</translation>
    </message>
    <message>
        <source>Another SQLite file</source>
        <translation>Başka bir SQLite dosyası</translation>
    </message>
    <message>
        <source>PostgreSQL server (several workstations share one directory)</source>
        <translation>PostgreSQL sunucusu (birden çok iş istasyonu tek bir dizini paylaşır)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Gözat…</translation>
    </message>
    <message>
        <source>SQLite database file</source>
        <translation>SQLite veritabanı dosyası</translation>
    </message>
    <message>
        <source>Kept in the keyring</source>
        <translation>Anahtar zincirinde saklanır</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Sunucu</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Bağlantı noktası</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Kullanıcı</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Veritabanı</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parola</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Bağlantıyı sına</translation>
    </message>
    <message>
        <source>UserSync opens the new database when it starts again; it creates the tables in an empty one. The current database is not copied. In use now: %1</source>
        <translation>UserSync yeni veritabanını yeniden başladığında açar; boş bir veritabanında tabloları oluşturur. Geçerli veritabanı kopyalanmaz. Şu anda kullanılan: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>yok</translation>
    </message>
    <message>
        <source>Checking the keyring…</source>
        <translation>Anahtar zinciri denetleniyor…</translation>
    </message>
    <message>
        <source>✓ stored</source>
        <translation>✓ saklandı</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>saklanmadı</translation>
    </message>
    <message>
        <source>no keyring</source>
        <translation>anahtar zinciri yok</translation>
    </message>
    <message>
        <source>Choose the SQLite file.</source>
        <translation>SQLite dosyasını seçin.</translation>
    </message>
    <message>
        <source>Host, user and database are required for PostgreSQL.</source>
        <translation>PostgreSQL için sunucu, kullanıcı ve veritabanı gereklidir.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Bağlanılıyor…</translation>
    </message>
    <message>
        <source>No keyring is available for the PostgreSQL password.</source>
        <translation>PostgreSQL parolası için kullanılabilir bir anahtar zinciri yok.</translation>
    </message>
    <message>
        <source>The PostgreSQL password could not be stored: %1</source>
        <translation>PostgreSQL parolası saklanamadı: %1</translation>
    </message>
</context>
<context>
    <name>DepartmentMemberModel</name>
    <message>
        <source>Membership kept by a sync source</source>
        <translation>Bir eşitleme kaynağının koruduğu üyelik</translation>
    </message>
    <message>
        <source>Membership made by hand; a sync never removes it</source>
        <translation>Elle oluşturulan üyelik; eşitleme onu asla kaldırmaz</translation>
    </message>
    <message>
        <source>Owner of this department</source>
        <translation>Bu departmanın sahibi</translation>
    </message>
    <message>
        <source>Not an owner</source>
        <translation>Sahip değil</translation>
    </message>
    <message>
        <source>This is the user's main department</source>
        <translation>Bu, kullanıcının ana departmanı</translation>
    </message>
    <message>
        <source>Not the user's main department</source>
        <translation>Kullanıcının ana departmanı değil</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Kullanıcı adı</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Sahip</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Ana</translation>
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
    <name>DepartmentTreeModel</name>
    <message>
        <source>(untitled #%1)</source>
        <translation>(adsız #%1)</translation>
    </message>
    <message>
        <source>%1
Sub-departments: %2</source>
        <translation>%1
Alt departmanlar: %2</translation>
    </message>
    <message>
        <source>%1: uid %2</source>
        <translation>%1: uid %2</translation>
    </message>
    <message>
        <source>Members of the department itself</source>
        <translation>Departmanın kendi üyeleri</translation>
    </message>
    <message>
        <source>Members of the department and of all its sub-departments</source>
        <translation>Departmanın ve tüm alt departmanlarının üyeleri</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departman</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Üyeler</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Toplam</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
</context>
<context>
    <name>DepartmentsPage</name>
    <message>
        <source>Departments</source>
        <translation>Departmanlar</translation>
    </message>
    <message>
        <source>Find a department (Ctrl+F)</source>
        <translation>Departman bul (Ctrl+F)</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Yenile (F5)</translation>
    </message>
    <message>
        <source>Departments: %1</source>
        <translation>Departmanlar: %1</translation>
    </message>
    <message>
        <source>Select a department to see its members.</source>
        <translation>Üyelerini görmek için bir departman seçin.</translation>
    </message>
    <message>
        <source>Members of “%1” (%2)</source>
        <translation>“%1” üyeleri (%2)</translation>
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
    <name>DisplayText</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 sn</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 dk %2 sn</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 sa %2 dk</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>az önce</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>%1 dk önce</translation>
    </message>
    <message>
        <source>today %1</source>
        <translation>bugün %1</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation>dün %1</translation>
    </message>
    <message>
        <source>%1 records/s</source>
        <translation>%1 kayıt/sn</translation>
    </message>
    <message>
        <source>%1 created</source>
        <translation>%1 oluşturuldu</translation>
    </message>
    <message>
        <source>%1 updated</source>
        <translation>%1 güncellendi</translation>
    </message>
    <message>
        <source>%1 deleted</source>
        <translation>%1 silindi</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 başarısız</translation>
    </message>
    <message>
        <source>no changes</source>
        <translation>değişiklik yok</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>hiçbir şey</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Kullanıcılar</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Departmanlar</translation>
    </message>
</context>
<context>
    <name>GeneralSettingsPage</name>
    <message>
        <source> days</source>
        <translation> gün</translation>
    </message>
    <message>
        <source>The system log and the raw records of every sync are kept this long, one file per day, then removed (at start and every night).</source>
        <translation>Sistem günlüğü ve her eşitlemenin ham kayıtları, her gün için bir dosya olarak bu süre boyunca saklanır, ardından silinir (başlangıçta ve her gece).</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Sistem varsayılanı</translation>
    </message>
    <message>
        <source>The new language is used after UserSync restarts.</source>
        <translation>Yeni dil, UserSync yeniden başlatıldıktan sonra kullanılır.</translation>
    </message>
    <message>
        <source>Keep logs for</source>
        <translation>Günlükleri sakla</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Dil</translation>
    </message>
    <message>
        <source>Logs and language</source>
        <translation>Günlükler ve dil</translation>
    </message>
</context>
<context>
    <name>HttpConnectionTest</name>
    <message>
        <source>Departments</source>
        <translation>Departmanlar</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Kullanıcılar</translation>
    </message>
    <message>
        <source>%1 (GET %2): %3; the body begins: %4</source>
        <translation>%1 (GET %2): %3; gövdenin başı: %4</translation>
    </message>
    <message>
        <source>%1: %2 records on the first page (HTTP %3, %4 ms)</source>
        <translation>%1: ilk sayfada %2 kayıt (HTTP %3, %4 ms)</translation>
    </message>
    <message>
        <source>departments page 1</source>
        <translation>departmanlar sayfa 1</translation>
    </message>
    <message>
        <source>users page 1</source>
        <translation>kullanıcılar sayfa 1</translation>
    </message>
</context>
<context>
    <name>HttpFetcher</name>
    <message>
        <source>(an empty body)</source>
        <translation>(boş bir gövde)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>İptal edildi.</translation>
    </message>
    <message>
        <source>%1 (GET %2): %3</source>
        <translation>%1 (GET %2): %3</translation>
    </message>
    <message>
        <source>the response is larger than %1 MiB; use pagination so each page stays small</source>
        <translation>yanıt %1 MiB boyutundan büyük; her sayfa küçük kalsın diye sayfalama kullanın</translation>
    </message>
    <message>
        <source>no answer within %1 seconds (the “Timeout” option)</source>
        <translation>%1 saniye içinde yanıt yok (“Zaman aşımı” seçeneği)</translation>
    </message>
    <message>
        <source>the server's TLS certificate is not trusted (%1). If it comes from a private certificate authority, give that CA's certificate as “CA certificates file”.</source>
        <translation>sunucunun TLS sertifikasına güvenilmiyor (%1). Özel bir sertifika yetkilisinden geliyorsa, o yetkilinin sertifikasını “CA sertifikaları dosyası” olarak verin.</translation>
    </message>
    <message>
        <source>HTTP %1 %2, still after %3 retries; the body begins: %4</source>
        <translation>HTTP %1 %2, %3 yeniden denemeden sonra hâlâ; gövdenin başı: %4</translation>
    </message>
    <message>
        <source>HTTP %1 %2; the body begins: %3</source>
        <translation>HTTP %1 %2; gövdenin başı: %3</translation>
    </message>
    <message>
        <source> (a redirect to another server is not followed, so that the credentials stay with this one)</source>
        <translation> (kimlik bilgileri bu sunucuda kalsın diye başka bir sunucuya yönlendirme izlenmez)</translation>
    </message>
    <message>
        <source> (check the authentication settings and the token or password)</source>
        <translation> (kimlik doğrulama ayarlarını ve belirteci veya parolayı denetleyin)</translation>
    </message>
</context>
<context>
    <name>HttpPageReader</name>
    <message>
        <source>the response is not valid JSON (%1 at byte %2)</source>
        <translation>yanıt geçerli bir JSON değil (%2. baytta %1)</translation>
    </message>
    <message>
        <source>the next-page pointer %1 names %2, not a URL</source>
        <translation>sonraki sayfa işaretçisi %1, bir URL değil %2 gösteriyor</translation>
    </message>
    <message>
        <source>the records pointer %1 names nothing in the response (%2)</source>
        <translation>kayıt işaretçisi %1 yanıtta hiçbir şeyi göstermiyor (%2)</translation>
    </message>
    <message>
        <source>the response should be an array of records, but it is %1; set the “Records pointer” to where the array is (e.g. /data)</source>
        <translation>yanıt bir kayıt dizisi olmalı, ancak %1; “Kayıt işaretçisi”ni dizinin bulunduğu yere ayarlayın (örn. /data)</translation>
    </message>
    <message>
        <source>the records pointer %1 names %2, not an array of records</source>
        <translation>kayıt işaretçisi %1, bir kayıt dizisi değil %2 gösteriyor</translation>
    </message>
    <message>
        <source>record %1 must be an object, got %2</source>
        <translation>%1. kayıt bir nesne olmalı, %2 alındı</translation>
    </message>
</context>
<context>
    <name>HttpPuller</name>
    <message>
        <source>Cancelled.</source>
        <translation>İptal edildi.</translation>
    </message>
    <message>
        <source>departments page %1</source>
        <translation>departmanlar sayfa %1</translation>
    </message>
    <message>
        <source>users page %1</source>
        <translation>kullanıcılar sayfa %1</translation>
    </message>
    <message>
        <source>%1: %2; the body begins: %3</source>
        <translation>%1: %2; gövdenin başı: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: departments arrived after users; a source must yield every department before the first user.</source>
        <translation>%1: departmanlar kullanıcılardan sonra geldi; bir kaynak ilk kullanıcıdan önce tüm departmanları vermelidir.</translation>
    </message>
    <message>
        <source>the next-page link “%1” is not a URL</source>
        <translation>sonraki sayfa bağlantısı “%1” bir URL değil</translation>
    </message>
    <message>
        <source>the server sent the same records as for the page before; does it support the “%1” parameter?</source>
        <translation>sunucu önceki sayfayla aynı kayıtları gönderdi; “%1” parametresini destekliyor mu?</translation>
    </message>
    <message>
        <source>the next-page link leads back to a page already read (%1); stopping instead of reading in circles</source>
        <translation>sonraki sayfa bağlantısı zaten okunmuş bir sayfaya geri götürüyor (%1); döngüde okumak yerine duruluyor</translation>
    </message>
</context>
<context>
    <name>HttpSourceOptions</name>
    <message>
        <source>Bearer authentication needs a token: enter it in Configure (it is kept in the keyring).</source>
        <translation>Bearer kimlik doğrulaması bir belirteç gerektirir: Yapılandır bölümünde girin (anahtar zincirinde saklanır).</translation>
    </message>
    <message>
        <source>Basic authentication needs a password: enter it in Configure (it is kept in the keyring).</source>
        <translation>Basic kimlik doğrulaması bir parola gerektirir: Yapılandır bölümünde girin (anahtar zincirinde saklanır).</translation>
    </message>
    <message>
        <source>The “Secret header” must be one line “Name: value”, such as “X-API-Key: …”.</source>
        <translation>“Gizli başlık”, “X-API-Key: …” gibi tek satırlık bir “Ad: değer” olmalıdır.</translation>
    </message>
    <message>
        <source>Cannot read the CA certificates file “%1”: %2.</source>
        <translation>CA sertifikaları dosyası “%1” okunamıyor: %2.</translation>
    </message>
    <message>
        <source>The CA certificates file “%1” holds no certificate (PEM or DER expected).</source>
        <translation>CA sertifikaları dosyası “%1” hiç sertifika içermiyor (PEM veya DER bekleniyor).</translation>
    </message>
    <message>
        <source>A field map written as JSON must be an object such as {"uid": "/id"}.</source>
        <translation>JSON olarak yazılan bir alan eşlemesi {"uid": "/id"} gibi bir nesne olmalıdır.</translation>
    </message>
    <message>
        <source>Field map: the pointer for “%1” must be a string.</source>
        <translation>Alan eşlemesi: “%1” için işaretçi bir dize olmalıdır.</translation>
    </message>
    <message>
        <source>Field map: “%1” should read target=/pointer, e.g. uid=/id.</source>
        <translation>Alan eşlemesi: “%1” hedef=/işaretçi biçiminde olmalıdır, örn. uid=/id.</translation>
    </message>
    <message>
        <source>Field map: “%1” is not a JSON pointer (it starts with /, e.g. /id).</source>
        <translation>Alan eşlemesi: “%1” bir JSON işaretçisi değil (/ ile başlar, örn. /id).</translation>
    </message>
    <message>
        <source>A field map must say where the uid is, e.g. uid=/id.</source>
        <translation>Bir alan eşlemesi uid'nin nerede olduğunu belirtmelidir, örn. uid=/id.</translation>
    </message>
    <message>
        <source>Extra headers: “%1” should read Name: value.</source>
        <translation>Ek başlıklar: “%1” Ad: değer biçiminde olmalıdır.</translation>
    </message>
    <message>
        <source>Extra headers: set Authorization through “Authentication” (or as the “Secret header”), so that it stays in the keyring.</source>
        <translation>Ek başlıklar: Authorization değerini anahtar zincirinde kalması için “Kimlik doğrulama” üzerinden (veya “Gizli başlık” olarak) ayarlayın.</translation>
    </message>
</context>
<context>
    <name>HttpSourceType</name>
    <message>
        <source>HTTP/REST API (pull)</source>
        <translation>HTTP/REST API (çekme)</translation>
    </message>
    <message>
        <source>Fetches departments and users from an HR system's HTTP API, page by page, as NocoBase UserData or as plain JSON records mapped field by field.</source>
        <translation>Departmanları ve kullanıcıları bir İK sisteminin HTTP API'sinden sayfa sayfa, NocoBase UserData olarak veya alan alan eşlenen düz JSON kayıtları olarak getirir.</translation>
    </message>
    <message>
        <source>Departments URL</source>
        <translation>Departmanlar URL'si</translation>
    </message>
    <message>
        <source>Where the departments are, e.g. https://hr.example.com/api/departments. Fetched first.</source>
        <translation>Departmanların bulunduğu yer, örn. https://hr.example.com/api/departments. İlk önce getirilir.</translation>
    </message>
    <message>
        <source>Users URL</source>
        <translation>Kullanıcılar URL'si</translation>
    </message>
    <message>
        <source>Where the users are, e.g. https://hr.example.com/api/users. At least one of the two URLs is needed.</source>
        <translation>Kullanıcıların bulunduğu yer, örn. https://hr.example.com/api/users. İki URL'den en az biri gereklidir.</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Kimlik doğrulama</translation>
    </message>
    <message>
        <source>How UserSync proves who it is to the HR system.</source>
        <translation>UserSync'in İK sistemine kimliğini nasıl kanıtladığı.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Yok</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer belirteci</translation>
    </message>
    <message>
        <source>User name and password (basic)</source>
        <translation>Kullanıcı adı ve parola (basic)</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Kullanıcı adı</translation>
    </message>
    <message>
        <source>For basic authentication.</source>
        <translation>Basic kimlik doğrulaması için.</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Belirteç</translation>
    </message>
    <message>
        <source>For bearer authentication; sent as “Authorization: Bearer …”. Kept in the system keyring.</source>
        <translation>Bearer kimlik doğrulaması için; “Authorization: Bearer …” olarak gönderilir. Sistem anahtar zincirinde saklanır.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parola</translation>
    </message>
    <message>
        <source>For basic authentication. Kept in the system keyring.</source>
        <translation>Basic kimlik doğrulaması için. Sistem anahtar zincirinde saklanır.</translation>
    </message>
    <message>
        <source>Extra headers</source>
        <translation>Ek başlıklar</translation>
    </message>
    <message>
        <source>One “Name: value” per line, sent with every request (not for secrets).</source>
        <translation>Her satıra bir “Ad: değer”; her istekle gönderilir (gizli bilgiler için değil).</translation>
    </message>
    <message>
        <source>Secret header</source>
        <translation>Gizli başlık</translation>
    </message>
    <message>
        <source>One “Name: value” line kept in the keyring, for APIs that want a key in a header of their own, e.g. “X-API-Key: …”.</source>
        <translation>Kendi başlığında anahtar isteyen API'ler için anahtar zincirinde saklanan tek satırlık bir “Ad: değer”, örn. “X-API-Key: …”.</translation>
    </message>
    <message>
        <source>Timeout (seconds)</source>
        <translation>Zaman aşımı (saniye)</translation>
    </message>
    <message>
        <source>How long a request may go without any data before it fails.</source>
        <translation>Bir isteğin başarısız olmadan önce hiç veri almadan ne kadar bekleyebileceği.</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Yeniden denemeler</translation>
    </message>
    <message>
        <source>How often to ask again after “429 Too Many Requests” or “503 Service Unavailable”, waiting as the server's Retry-After says (at most 60 s).</source>
        <translation>“429 Too Many Requests” veya “503 Service Unavailable” yanıtından sonra, sunucunun Retry-After değerinin söylediği kadar (en fazla 60 sn) bekleyerek kaç kez yeniden sorulacağı.</translation>
    </message>
    <message>
        <source>Verify TLS certificates</source>
        <translation>TLS sertifikalarını doğrula</translation>
    </message>
    <message>
        <source>Check that an https:// server is who it claims to be. Turn off only for tests.</source>
        <translation>Bir https:// sunucusunun iddia ettiği sunucu olduğunu denetle. Yalnızca testler için kapatın.</translation>
    </message>
    <message>
        <source>CA certificates file</source>
        <translation>CA sertifikaları dosyası</translation>
    </message>
    <message>
        <source>PEM file with the certificate of a private certificate authority that signed the server's certificate (trusted in addition to the system's).</source>
        <translation>Sunucunun sertifikasını imzalayan özel bir sertifika yetkilisinin sertifikasını içeren PEM dosyası (sistemdekilere ek olarak güvenilir).</translation>
    </message>
    <message>
        <source>Pagination</source>
        <translation>Sayfalama</translation>
    </message>
    <message>
        <source>How the API hands out a long list.</source>
        <translation>API'nin uzun bir listeyi nasıl dağıttığı.</translation>
    </message>
    <message>
        <source>None: one request per URL</source>
        <translation>Yok: her URL için bir istek</translation>
    </message>
    <message>
        <source>Next-page URL in the body</source>
        <translation>Gövdede sonraki sayfa URL'si</translation>
    </message>
    <message>
        <source>Link: &lt;…&gt;; rel="next" header</source>
        <translation>Link: &lt;…&gt;; rel="next" başlığı</translation>
    </message>
    <message>
        <source>page and pageSize parameters</source>
        <translation>page ve pageSize parametreleri</translation>
    </message>
    <message>
        <source>Next page pointer</source>
        <translation>Sonraki sayfa işaretçisi</translation>
    </message>
    <message>
        <source>JSON pointer to the next page's URL in the body, e.g. /next or /links/next; no URL there ends the list.</source>
        <translation>Gövdede sonraki sayfanın URL'sine giden JSON işaretçisi, örn. /next veya /links/next; orada URL olmaması listeyi bitirir.</translation>
    </message>
    <message>
        <source>Page parameter</source>
        <translation>Sayfa parametresi</translation>
    </message>
    <message>
        <source>Query parameter that carries the page number; an empty page ends the list.</source>
        <translation>Sayfa numarasını taşıyan sorgu parametresi; boş bir sayfa listeyi bitirir.</translation>
    </message>
    <message>
        <source>Page size parameter</source>
        <translation>Sayfa boyutu parametresi</translation>
    </message>
    <message>
        <source>Query parameter that carries the page size (empty: none is sent).</source>
        <translation>Sayfa boyutunu taşıyan sorgu parametresi (boş: hiçbiri gönderilmez).</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Sayfa boyutu</translation>
    </message>
    <message>
        <source>Records asked for per page.</source>
        <translation>Sayfa başına istenen kayıt sayısı.</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>İlk sayfa</translation>
    </message>
    <message>
        <source>The number of the first page: 1 or 0.</source>
        <translation>İlk sayfanın numarası: 1 veya 0.</translation>
    </message>
    <message>
        <source>Response shape</source>
        <translation>Yanıt biçimi</translation>
    </message>
    <message>
        <source>NocoBase UserData objects ({"dataType", "records"}, one or an array), or plain arrays of records mapped with the field maps.</source>
        <translation>NocoBase UserData nesneleri ({"dataType", "records"}, tek veya bir dizi) ya da alan eşlemeleriyle eşlenen düz kayıt dizileri.</translation>
    </message>
    <message>
        <source>NocoBase UserData</source>
        <translation>NocoBase UserData</translation>
    </message>
    <message>
        <source>Plain records with a field map</source>
        <translation>Alan eşlemeli düz kayıtlar</translation>
    </message>
    <message>
        <source>Records pointer</source>
        <translation>Kayıt işaretçisi</translation>
    </message>
    <message>
        <source>JSON pointer to the records array (or to the UserData) in the body, e.g. /data; empty when the body is the array itself.</source>
        <translation>Gövdedeki kayıt dizisine (veya UserData'ya) giden JSON işaretçisi, örn. /data; gövdenin kendisi dizi olduğunda boş.</translation>
    </message>
    <message>
        <source>Department field map</source>
        <translation>Departman alan eşlemesi</translation>
    </message>
    <message>
        <source>One target=/pointer per line: uid=/id, title=/name, parentUid=/parentId, sort=/order. Empty: records are taken as they are.</source>
        <translation>Her satıra bir hedef=/işaretçi: uid=/id, title=/name, parentUid=/parentId, sort=/order. Boş: kayıtlar olduğu gibi alınır.</translation>
    </message>
    <message>
        <source>User field map</source>
        <translation>Kullanıcı alan eşlemesi</translation>
    </message>
    <message>
        <source>One target=/pointer per line: uid=/employeeId, nickname=/displayName, username=/login, email=/mail, phone=/mobile, departments=/departmentIds, isDeleted=/left. Other targets become custom fields.</source>
        <translation>Her satıra bir hedef=/işaretçi: uid=/employeeId, nickname=/displayName, username=/login, email=/mail, phone=/mobile, departments=/departmentIds, isDeleted=/left. Diğer hedefler özel alan olur.</translation>
    </message>
    <message>
        <source>Match existing users by</source>
        <translation>Mevcut kullanıcıları şuna göre eşleştir</translation>
    </message>
    <message>
        <source>The first time a user is seen, adopt an existing user with the same value.</source>
        <translation>Bir kullanıcı ilk kez görüldüğünde, aynı değere sahip mevcut bir kullanıcıyı benimse.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
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
        <source>Users and departments from a JSON file: {"departments": [...], "users": [...]}.</source>
        <translation>Bir JSON dosyasından kullanıcılar ve departmanlar: {"departments": [...], "users": [...]}.</translation>
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
    <name>ListQuery</name>
    <message>
        <source>Cannot sort on “%1”; use one of %2 (with - for descending).</source>
        <translation>“%1” üzerinde sıralama yapılamaz; %2 değerlerinden birini kullanın (azalan için - ile).</translation>
    </message>
    <message>
        <source>filter must be a JSON object such as {"sourceId": 1}.</source>
        <translation>filter, {"sourceId": 1} gibi bir JSON nesnesi olmalıdır.</translation>
    </message>
    <message>
        <source>Cannot filter on “%1”; use %2.</source>
        <translation>“%1” üzerinde filtreleme yapılamaz; %2 kullanın.</translation>
    </message>
    <message>
        <source>filter “%1”: $in takes a list of plain values.</source>
        <translation>filter “%1”: $in düz değerlerden oluşan bir liste alır.</translation>
    </message>
    <message>
        <source>filter “%1”: use a plain value, {"$eq": value} or {"$in": [values]}.</source>
        <translation>filter “%1”: düz bir değer, {"$eq": value} veya {"$in": [values]} kullanın.</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <source>Time</source>
        <translation>Zaman</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Düzey</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Toplu iş</translation>
    </message>
    <message>
        <source>Source type</source>
        <translation>Kaynak türü</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Kayıtlar</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>İleti</translation>
    </message>
</context>
<context>
    <name>LogReader</name>
    <message>
        <source>%1 ×%2</source>
        <extracomment>Summary of one batch of raw records in the log viewer: data type and record count, e.g. "user ×1000".</extracomment>
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
    <name>LogsPage</name>
    <message>
        <source>&amp;Follow</source>
        <translation>&amp;Takip et</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Günlükler</translation>
    </message>
    <message>
        <source>System log</source>
        <translation>Sistem günlüğü</translation>
    </message>
    <message>
        <source>Raw records</source>
        <translation>Ham kayıtlar</translation>
    </message>
    <message>
        <source>The application's own log, or the records every sync pulled or received, as they arrived</source>
        <translation>Uygulamanın kendi günlüğü veya her eşitlemenin çektiği ya da aldığı kayıtlar, geldikleri şekliyle</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Tüm düzeyler</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>Bilgi ve üstü</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Uyarılar ve hatalar</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Yalnızca hatalar</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Tüm kaynaklar</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Toplu iş</translation>
    </message>
    <message>
        <source>Search the lines (Ctrl+F)</source>
        <translation>Satırlarda ara (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show new lines as they are written and keep the newest in view</source>
        <translation>Yeni satırları yazıldıkça göster ve en yenisini görünür tut</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Klasörü aç</translation>
    </message>
    <message>
        <source>Open the folder of this log in the file manager</source>
        <translation>Bu günlüğün klasörünü dosya yöneticisinde aç</translation>
    </message>
    <message>
        <source>Select a line to see all of it.</source>
        <translation>Tamamını görmek için bir satır seçin.</translation>
    </message>
    <message>
        <source>Reading %1 of %2 MB… %3 lines so far</source>
        <translation>%1 / %2 MB okunuyor… şimdiye kadar %3 satır</translation>
    </message>
    <message>
        <source>No log lines here yet.</source>
        <translation>Burada henüz günlük satırı yok.</translation>
    </message>
    <message>
        <source>Lines: %1</source>
        <translation>Satırlar: %1</translation>
    </message>
    <message>
        <source>(the newest %1 of %2 matching lines: narrow the filter to see older ones)</source>
        <translation>(eşleşen %2 satırın en yeni %1 satırı: daha eskilerini görmek için filtreyi daraltın)</translation>
    </message>
    <message>
        <source>All days</source>
        <translation>Tüm günler</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Bugün</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Dün</translation>
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
        <source>&lt;h3&gt;UserSync %1&lt;/h3&gt;&lt;p&gt;Keeps an organisation's users and departments in sync with the systems that own them.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;UserSync %1&lt;/h3&gt;&lt;p&gt;Bir kuruluşun kullanıcılarını ve departmanlarını, bu verilerin asıl sahibi olan sistemlerle eşitlenmiş halde tutar.&lt;/p&gt;&lt;p&gt;Veri klasörü: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Plugin %1 skipped: %2</source>
        <translation>%1 eklentisi atlandı: %2</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ayarlar…</translation>
    </message>
    <message>
        <source>S&amp;ource</source>
        <translation>&amp;Kaynak</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ekle</translation>
    </message>
    <message>
        <source>Add a source</source>
        <translation>Kaynak ekle</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Yenile</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Bul</translation>
    </message>
    <message>
        <source>Task %1 of source “%2” was interrupted; marked failed.</source>
        <translation>“%2” kaynağının %1 görevi kesintiye uğradı; başarısız olarak işaretlendi.</translation>
    </message>
    <message>
        <source>Interrupted tasks marked failed (they can be retried): %1</source>
        <translation>Kesintiye uğrayan görevler başarısız olarak işaretlendi (yeniden denenebilirler): %1</translation>
    </message>
    <message>
        <source>The HTTP API could not start: %1</source>
        <translation>HTTP API başlatılamadı: %1</translation>
    </message>
    <message>
        <source>HTTP API: %1</source>
        <translation>HTTP API: %1</translation>
    </message>
    <message>
        <source>Only this computer can connect.</source>
        <translation>Yalnızca bu bilgisayar bağlanabilir.</translation>
    </message>
    <message>
        <source>Other computers can connect: every request needs an API key.</source>
        <translation>Diğer bilgisayarlar bağlanabilir: her istek bir API anahtarı gerektirir.</translation>
    </message>
    <message>
        <source>%1 finished: %2 — %3</source>
        <translation>%1 tamamlandı: %2 — %3</translation>
    </message>
    <message>
        <source>Settings saved. Some changes apply when UserSync starts again.</source>
        <translation>Ayarlar kaydedildi. Bazı değişiklikler UserSync yeniden başladığında uygulanır.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Ayarlar kaydedildi.</translation>
    </message>
    <message>
        <source>A sync is running</source>
        <translation>Bir eşitleme çalışıyor</translation>
    </message>
    <message>
        <source>Stop the running sync and quit? Pages already applied stay; the task can be retried later.</source>
        <translation>Çalışan eşitleme durdurulup çıkılsın mı? Zaten uygulanmış sayfalar kalır; görev daha sonra yeniden denenebilir.</translation>
    </message>
    <message>
        <source>Stop and quit</source>
        <translation>Durdur ve çık</translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation>Çalışmaya devam et</translation>
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
    <name>MessageBanner</name>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
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
    <name>NewTokenDialog</name>
    <message>
        <source>API key “%1”</source>
        <translation>API anahtarı “%1”</translation>
    </message>
    <message>
        <source>Copy the token now and keep it in the system that pushes to UserSync. &lt;b&gt;It is not shown again&lt;/b&gt;: only its hash is stored. Send it as &lt;code&gt;Authorization: Bearer &amp;lt;token&amp;gt;&lt;/code&gt;.</source>
        <translation>Belirteci şimdi kopyalayın ve UserSync'e gönderim yapan sistemde saklayın. &lt;b&gt;Bir daha gösterilmez&lt;/b&gt;: yalnızca karması saklanır. &lt;code&gt;Authorization: Bearer &amp;lt;token&amp;gt;&lt;/code&gt; olarak gönderin.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopyala</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopyalandı</translation>
    </message>
</context>
<context>
    <name>OptionForm</name>
    <message>
        <source>Browse…</source>
        <translation>Gözat…</translation>
    </message>
    <message>
        <source>Checking the keyring…</source>
        <translation>Anahtar zinciri denetleniyor…</translation>
    </message>
    <message>
        <source>Stored in the keyring</source>
        <translation>Anahtar zincirinde saklandı</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored value</source>
        <translation>Saklanan değeri korumak için boş bırakın</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Ayarlanmadı</translation>
    </message>
    <message>
        <source>No keyring</source>
        <translation>Anahtar zinciri yok</translation>
    </message>
    <message>
        <source>Cannot be saved: no keyring is reachable</source>
        <translation>Kaydedilemez: erişilebilir bir anahtar zinciri yok</translation>
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
    <name>PushCheck</name>
    <message>
        <source>Send the push as a JSON body with Content-Type: application/json; form-encoded bodies are not accepted.</source>
        <translation>Gönderimi Content-Type: application/json ile bir JSON gövdesi olarak gönderin; form kodlu gövdeler kabul edilmez.</translation>
    </message>
    <message>
        <source>The request body is not valid JSON: %1 at byte %2.</source>
        <translation>İstek gövdesi geçerli bir JSON değil: %2. baytta %1.</translation>
    </message>
    <message>
        <source>The request body must be one JSON object {"dataType": ..., "records": [...]}, not an array; send one push per dataType.</source>
        <translation>İstek gövdesi bir dizi değil, tek bir JSON nesnesi {"dataType": ..., "records": [...]} olmalıdır; her dataType için bir gönderim yapın.</translation>
    </message>
    <message>
        <source>The request body must be a JSON object.</source>
        <translation>İstek gövdesi bir JSON nesnesi olmalıdır.</translation>
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
    <name>RunningTasksIndicator</name>
    <message>
        <source>%1: %2 records (batch %3)</source>
        <translation>%1: %2 kayıt (toplu iş %3)</translation>
    </message>
    <message>
        <source>Tasks running: %1</source>
        <translation>Çalışan görevler: %1</translation>
    </message>
    <message>
        <source>Syncing “%1”: %2 of %3 · %4</source>
        <translation>“%1” eşitleniyor: %2 / %3 · %4</translation>
    </message>
    <message>
        <source>Syncing “%1”: %2 records</source>
        <translation>“%1” eşitleniyor: %2 kayıt</translation>
    </message>
</context>
<context>
    <name>SamplePuller</name>
    <message>
        <source>Cancelled.</source>
        <translation>İptal edildi.</translation>
    </message>
    <message>
        <source>Simulated failure after %1 records, as the sample source's option “Fail after” asks. Set it to 0, or click Retry.</source>
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
        <source>Not needed by the sample. A value entered here is kept only in the system keyring, to show how UserSync stores a source's secrets.</source>
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
    <name>ServeCommand</name>
    <message>
        <source>Usage: serve [--bind ADDRESS] [--port N] [--max-body-mib N]</source>
        <translation>Kullanım: serve [--bind ADRES] [--port N] [--max-body-mib N]</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535 (0 picks a free port).</source>
        <translation>--port 0 ile 65535 arasında bir sayı olmalıdır (0 boş bir bağlantı noktası seçer).</translation>
    </message>
    <message>
        <source>--max-body-mib must be a number from 1 to 4096.</source>
        <translation>--max-body-mib 1 ile 4096 arasında bir sayı olmalıdır.</translation>
    </message>
    <message>
        <source>Listening on %1 (bodies up to %2 MiB). Stop with Ctrl-C or SIGTERM.
</source>
        <translation>%1 üzerinde dinleniyor (gövdeler en fazla %2 MiB). Ctrl-C veya SIGTERM ile durdurun.
</translation>
    </message>
    <message>
        <source>Warning: %1 can be reached from other computers. Anyone who can reach it and holds an API key can change your directory; the traffic is not encrypted. Put a TLS proxy in front of it, or bind 127.0.0.1.
</source>
        <translation>Uyarı: %1 adresine diğer bilgisayarlardan erişilebilir. Ona erişebilen ve bir API anahtarına sahip olan herkes dizininizi değiştirebilir; trafik şifrelenmez. Önüne bir TLS vekil sunucusu koyun veya 127.0.0.1 adresine bağlayın.
</translation>
    </message>
    <message>
        <source>No API key exists yet, so every request is refused (401). Create one with: usersync-cli apikeys create NAME
</source>
        <translation>Henüz hiç API anahtarı yok, bu yüzden her istek reddediliyor (401). Şununla bir tane oluşturun: usersync-cli apikeys create NAME
</translation>
    </message>
    <message>
        <source>Warning: the API keys cannot be read; requests are answered 503 until they can.
</source>
        <translation>Uyarı: API anahtarları okunamıyor; okunabilene kadar isteklere 503 ile yanıt veriliyor.
</translation>
    </message>
    <message>
        <source>Stopping: answering the %1 request(s) in hand first (signal again to stop at once).
</source>
        <translation>Durduruluyor: önce eldeki %1 isteğe yanıt veriliyor (hemen durdurmak için yeniden sinyal gönderin).
</translation>
    </message>
    <message>
        <source>Stopping now; pushes being applied are finished first.
</source>
        <translation>Şimdi durduruluyor; uygulanmakta olan gönderimler önce tamamlanıyor.
</translation>
    </message>
    <message>
        <source>Stopped.
</source>
        <translation>Durduruldu.
</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <source>Add source — %1</source>
        <translation>Kaynak ekle — %1</translation>
    </message>
    <message>
        <source>Configure “%1”</source>
        <translation>“%1” kaynağını yapılandır</translation>
    </message>
    <message>
        <source>e.g. hr, ldap, wecom</source>
        <translation>örn. hr, ldap, wecom</translation>
    </message>
    <message>
        <source>The name identifies the records this source synced and its secrets in the keyring, so it cannot be changed. Add a new source to use another name.</source>
        <translation>Ad, bu kaynağın eşitlediği kayıtları ve anahtar zincirindeki gizli bilgilerini tanımlar, bu yüzden değiştirilemez. Başka bir ad kullanmak için yeni bir kaynak ekleyin.</translation>
    </message>
    <message>
        <source>Source name &lt;span style="color:#c01c16"&gt;*&lt;/span&gt;</source>
        <translation>Kaynak adı &lt;span style="color:#c01c16"&gt;*&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Optional, shown in tooltips</source>
        <translation>İsteğe bağlı, araç ipuçlarında gösterilir</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Görünen ad</translation>
    </message>
    <message>
        <source>Type key: %1</source>
        <translation>Tür anahtarı: %1</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Enabled: offer Sync and Tasks for this source</source>
        <translation>Etkin: bu kaynak için Eşitle ve Görevler sunulur</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Seçenekler</translation>
    </message>
    <message>
        <source>This type has no options.</source>
        <translation>Bu türün seçeneği yok.</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Bağlantıyı sına</translation>
    </message>
    <message>
        <source>Try to reach the source with these settings, without syncing</source>
        <translation>Eşitleme yapmadan bu ayarlarla kaynağa ulaşmayı dene</translation>
    </message>
    <message>
        <source>No keyring is reachable (%1). Secrets cannot be saved until one is: UserSync never stores them anywhere else. The other settings can still be saved.</source>
        <translation>Erişilebilir bir anahtar zinciri yok (%1). Biri erişilebilir olana kadar gizli bilgiler kaydedilemez: UserSync onları asla başka bir yerde saklamaz. Diğer ayarlar yine de kaydedilebilir.</translation>
    </message>
    <message>
        <source>A source needs a name.</source>
        <translation>Bir kaynağın adı olmalıdır.</translation>
    </message>
    <message>
        <source>“%1” is required.</source>
        <translation>“%1” gereklidir.</translation>
    </message>
    <message>
        <source>Source name</source>
        <translation>Kaynak adı</translation>
    </message>
    <message>
        <source>A secret was entered, but no keyring is reachable to keep it. Clear the secret field to save the other settings, or start a keyring (GNOME Keyring, KWallet) and try again.</source>
        <translation>Bir gizli bilgi girildi, ancak onu saklayacak erişilebilir bir anahtar zinciri yok. Diğer ayarları kaydetmek için gizli bilgi alanını temizleyin veya bir anahtar zinciri (GNOME Keyring, KWallet) başlatıp yeniden deneyin.</translation>
    </message>
    <message>
        <source>The database is not open yet.</source>
        <translation>Veritabanı henüz açık değil.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Kaydediliyor…</translation>
    </message>
    <message>
        <source>Another source already has this name.</source>
        <translation>Başka bir kaynak zaten bu ada sahip.</translation>
    </message>
    <message>
        <source>The source was not saved: %1</source>
        <translation>Kaynak kaydedilmedi: %1</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Hiçbir şey değiştirilmedi: %1</translation>
    </message>
    <message>
        <source>no keyring is available</source>
        <translation>kullanılabilir bir anahtar zinciri yok</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Bağlantı sınanıyor…</translation>
    </message>
</context>
<context>
    <name>SourceListModel</name>
    <message>
        <source>Never synced</source>
        <translation>Hiç eşitlenmedi</translation>
    </message>
    <message>
        <source>%1 of %2 records · %3</source>
        <translation>%1 / %2 kayıt · %3</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 kayıt</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Type key: %1</source>
        <translation>Tür anahtarı: %1</translation>
    </message>
    <message>
        <source>The type “%1” is not known to this UserSync: is the plugin that provides it installed?</source>
        <translation>“%1” türü bu UserSync tarafından bilinmiyor: onu sağlayan eklenti kurulu mu?</translation>
    </message>
    <message>
        <source>Enabled: Sync and Tasks are offered</source>
        <translation>Etkin: Eşitle ve Görevler sunulur</translation>
    </message>
    <message>
        <source>Disabled: enable it in Configure to sync</source>
        <translation>Devre dışı: eşitlemek için Yapılandır bölümünde etkinleştirin</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Etkin</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Devre dışı</translation>
    </message>
    <message>
        <source>This source has not been synced yet.</source>
        <translation>Bu kaynak henüz eşitlenmedi.</translation>
    </message>
    <message>
        <source>Batch %1, %2
Started %3
%4</source>
        <translation>Toplu iş %1, %2
Başlangıç: %3
%4</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Son çalışma</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Eylemler</translation>
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
    <name>SourcesPage</name>
    <message>
        <source>Sync sources</source>
        <translation>Eşitleme kaynakları</translation>
    </message>
    <message>
        <source>Where users and departments come from. Sync pulls a source now; Tasks shows its runs.</source>
        <translation>Kullanıcıların ve departmanların geldiği yerler. Eşitle bir kaynağı hemen çeker; Görevler çalışmalarını gösterir.</translation>
    </message>
    <message>
        <source>&amp;Add source</source>
        <translation>Kaynak &amp;ekle</translation>
    </message>
    <message>
        <source>Add a source of one of the installed types (Ctrl+N)</source>
        <translation>Kurulu türlerden birinde kaynak ekle (Ctrl+N)</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Yenile (F5)</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Eşitle</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Görevler</translation>
    </message>
    <message>
        <source>Configure</source>
        <translation>Yapılandır</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>No sync source yet</source>
        <translation>Henüz eşitleme kaynağı yok</translation>
    </message>
    <message>
        <source>A source brings users and departments from the system that owns them: an HR system, LDAP, a CSV export, WeCom… To look around first, add the sample directory: a fictional organisation generated on this computer. Or let systems push their data to UserSync over the HTTP API.</source>
        <translation>Bir kaynak, kullanıcıları ve departmanları onların sahibi olan sistemden getirir: bir İK sistemi, LDAP, bir CSV dışa aktarımı, WeCom… Önce etrafa göz atmak için örnek dizini ekleyin: bu bilgisayarda oluşturulan kurgusal bir kuruluş. Ya da sistemlerin verilerini HTTP API üzerinden UserSync'e göndermesine izin verin.</translation>
    </message>
    <message>
        <source>Add a sample directory</source>
        <translation>Örnek dizin ekle</translation>
    </message>
    <message>
        <source>Enable the HTTP API…</source>
        <translation>HTTP API'yi etkinleştir…</translation>
    </message>
    <message>
        <source>Other type…</source>
        <translation>Diğer tür…</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Eşitle</translation>
    </message>
    <message>
        <source>&amp;Cancel sync</source>
        <translation>Eşitlemeyi &amp;iptal et</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>&amp;Görevler</translation>
    </message>
    <message>
        <source>C&amp;onfigure…</source>
        <translation>&amp;Yapılandır…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Sil</translation>
    </message>
    <message>
        <source>No source type is installed</source>
        <translation>Kurulu kaynak türü yok</translation>
    </message>
    <message>
        <source>The synchronization of “%1” has started (batch %2). Tasks shows how it goes.</source>
        <translation>“%1” eşitlemesi başladı (toplu iş %2). Görevler nasıl ilerlediğini gösterir.</translation>
    </message>
    <message>
        <source>Source “%1” has the type “%2”, which this UserSync does not know. Install the plugin that provides it to configure it.</source>
        <translation>“%1” kaynağı, bu UserSync'in bilmediği “%2” türüne sahip. Yapılandırmak için onu sağlayan eklentiyi kurun.</translation>
    </message>
    <message>
        <source>Source “%1” saved.</source>
        <translation>“%1” kaynağı kaydedildi.</translation>
    </message>
    <message>
        <source>Source “%1” added.%2</source>
        <translation>“%1” kaynağı eklendi.%2</translation>
    </message>
    <message>
        <source> Click Sync to run it.</source>
        <translation> Çalıştırmak için Eşitle'ye tıklayın.</translation>
    </message>
    <message>
        <source> Enable it in Configure to sync it.</source>
        <translation> Eşitlemek için Yapılandır bölümünde etkinleştirin.</translation>
    </message>
    <message>
        <source>Delete sources</source>
        <translation>Kaynakları sil</translation>
    </message>
    <message>
        <source>Delete the source “%1”?</source>
        <translation>“%1” kaynağı silinsin mi?</translation>
    </message>
    <message>
        <source>Delete these %1 sources?</source>
        <translation>Bu %1 kaynak silinsin mi?</translation>
    </message>
    <message>
        <source>Their task history and keyring entries are removed. The users and departments they synced stay in the directory.</source>
        <translation>Görev geçmişleri ve anahtar zinciri girdileri kaldırılır. Eşitledikleri kullanıcılar ve departmanlar dizinde kalır.</translation>
    </message>
    <message>
        <source>Source “%1” deleted.</source>
        <translation>“%1” kaynağı silindi.</translation>
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
    <name>StoreActions</name>
    <message>
        <source>Source “%1” is syncing (batch %2); cancel it or wait, then delete it.</source>
        <translation>“%1” kaynağı eşitleniyor (toplu iş %2); iptal edin veya bekleyin, ardından silin.</translation>
    </message>
    <message>
        <source>Connected to %1 %2. The database is empty; UserSync creates its tables when it starts with it.</source>
        <translation>%1 %2 ile bağlantı kuruldu. Veritabanı boş; UserSync onunla başladığında tablolarını oluşturur.</translation>
    </message>
    <message>
        <source>Connected to %1 %2, but the database was written by a newer UserSync (schema version %3; this one knows %4). It would refuse to use it.</source>
        <translation>%1 %2 ile bağlantı kuruldu, ancak veritabanı daha yeni bir UserSync tarafından yazılmış (şema sürümü %3; bu sürüm %4 sürümünü biliyor). Bu veritabanını kullanmayı reddeder.</translation>
    </message>
    <message>
        <source>Connected to %1 %2 (UserSync schema version %3).</source>
        <translation>%1 %2 ile bağlantı kuruldu (UserSync şema sürümü %3).</translation>
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
    <message>
        <source>Pages %1 to %2 could not be saved: %3</source>
        <translation>%1. sayfadan %2. sayfaya kadar kaydedilemedi: %3</translation>
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
    <name>TagDelegate</name>
    <message>
        <source>%1/s</source>
        <translation>%1/sn</translation>
    </message>
    <message>
        <source>%1 of %2 · %3</source>
        <translation>%1 / %2 · %3</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 kayıt</translation>
    </message>
</context>
<context>
    <name>TaskChart</name>
    <message>
        <source>Last runs</source>
        <translation>Son çalışmalar</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Oluşturulan</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Güncellenen</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Silinen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Başarısız</translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation>Süre (sn)</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Kayıtlar</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Saniye</translation>
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
    <message>
        <source>%1 more %2 records are counted, not listed.
</source>
        <translation>%1 adet %2 kayıt daha sayıldı, listelenmedi.
</translation>
    </message>
</context>
<context>
    <name>TaskDetailsDialog</name>
    <message>
        <source>Show this task in the log viewer</source>
        <translation>Bu görevi günlük görüntüleyicide göster</translation>
    </message>
    <message>
        <source>A retry keeps the outcomes of each attempt apart</source>
        <translation>Yeniden deneme, her girişimin sonuçlarını ayrı tutar</translation>
    </message>
    <message>
        <source>Search UID or message</source>
        <translation>UID veya ileti ara</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV olarak dışa aktar…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>JSON olarak dışa aktar…</translation>
    </message>
    <message>
        <source>&amp;Attempt:</source>
        <translation>&amp;Girişim:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Sonuç:</translation>
    </message>
    <message>
        <source>Select a record to see what the source sent.</source>
        <translation>Kaynağın ne gönderdiğini görmek için bir kayıt seçin.</translation>
    </message>
    <message>
        <source>Source record</source>
        <translation>Kaynak kaydı</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Yükleniyor…</translation>
    </message>
    <message>
        <source>No record was kept for this outcome.</source>
        <translation>Bu sonuç için hiç kayıt tutulmadı.</translation>
    </message>
    <message>
        <source>The latest version this source sent for this UID.</source>
        <translation>Bu kaynağın bu UID için gönderdiği en son sürüm.</translation>
    </message>
    <message>
        <source>The record exactly as this task received it.</source>
        <translation>Kaydın, bu görevin aldığı hâliyle tam olarak kendisi.</translation>
    </message>
    <message>
        <source>Task %1 — %2</source>
        <translation>Görev %1 — %2</translation>
    </message>
    <message>
        <source>Batch %1</source>
        <translation>Toplu iş %1</translation>
    </message>
    <message>
        <source>Source “%1”</source>
        <translation>“%1” kaynağı</translation>
    </message>
    <message>
        <source>attempt %1</source>
        <translation>girişim %1</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>başlangıç %1</translation>
    </message>
    <message>
        <source>took %1</source>
        <translation>süre %1</translation>
    </message>
    <message>
        <source>%1 (latest)</source>
        <translation>%1 (en son)</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Tüm sonuçlar</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Sayılıyor…</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 / %2 gösteriliyor</translation>
    </message>
    <message>
        <source>Records: %1</source>
        <translation>Kayıtlar: %1</translation>
    </message>
    <message>
        <source>Export outcomes as JSON</source>
        <translation>Sonuçları JSON olarak dışa aktar</translation>
    </message>
    <message>
        <source>Export outcomes as CSV</source>
        <translation>Sonuçları CSV olarak dışa aktar</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON dosyaları (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV dosyaları (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Dışa aktarılıyor…</translation>
    </message>
    <message>
        <source>Exported %1 records to %2.</source>
        <translation>%1 kayıt %2 dosyasına aktarıldı.</translation>
    </message>
    <message>
        <source>%1 unchanged not listed</source>
        <translation>%1 değişmemiş kayıt listelenmedi</translation>
    </message>
    <message>
        <source>These records arrived exactly as last time and every user or department they made still exists, so the sync left them alone and kept only their number.</source>
        <translation>Bu kayıtlar geçen seferkiyle tamamen aynı geldi ve oluşturdukları her kullanıcı ya da departman hâlâ mevcut; bu yüzden eşitleme onlara dokunmadı ve yalnızca sayılarını tuttu.</translation>
    </message>
</context>
<context>
    <name>TaskListModel</name>
    <message>
        <source>Batch %1 (task #%2)</source>
        <translation>Toplu iş %1 (görev #%2)</translation>
    </message>
    <message>
        <source>%1 of %2 records · %3</source>
        <translation>%1 / %2 kayıt · %3</translation>
    </message>
    <message>
        <source>%1 records so far</source>
        <translation>şimdiye kadar %1 kayıt</translation>
    </message>
    <message>
        <source>Finished %1</source>
        <translation>Bitiş: %1</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Toplu iş</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>İleti</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Oluşturulan</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Güncellenen</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Silinen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Başarısız</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Süre</translation>
    </message>
    <message>
        <source>Started at</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Girişim</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Eylemler</translation>
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
    <name>TaskResultExport</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>“%1” yazılamıyor: %2</translation>
    </message>
</context>
<context>
    <name>TaskResultModel</name>
    <message>
        <source>User</source>
        <translation>Kullanıcı</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departman</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Eylem</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Kayıt</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>İleti</translation>
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
    <name>TasksPanel</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Yeniden dene</translation>
    </message>
    <message>
        <source>Run the selected failed, partial or cancelled task again under the same batch</source>
        <translation>Seçili başarısız, kısmi veya iptal edilmiş görevi aynı toplu iş altında yeniden çalıştır</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Stop the selected task after its current page</source>
        <translation>Seçili görevi geçerli sayfasından sonra durdur</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Ayrıntılar</translation>
    </message>
    <message>
        <source>Per-record outcomes of the selected task (Enter)</source>
        <translation>Seçili görevin kayıt başına sonuçları (Enter)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Yenile</translation>
    </message>
    <message>
        <source>Close the tasks</source>
        <translation>Görevleri kapat</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Ayrıntılar</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Yeniden dene</translation>
    </message>
    <message>
        <source>Runs: %1</source>
        <translation>Çalışmalar: %1</translation>
    </message>
    <message>
        <source>Tasks of “%1”</source>
        <translation>“%1” görevleri</translation>
    </message>
    <message>
        <source>This source has not run yet. Click Sync to start its first task.</source>
        <translation>Bu kaynak henüz çalışmadı. İlk görevini başlatmak için Eşitle'ye tıklayın.</translation>
    </message>
    <message>
        <source>Retrying batch %1.</source>
        <translation>Toplu iş %1 yeniden deneniyor.</translation>
    </message>
    <message>
        <source>Cancelling batch %1 after its current page…</source>
        <translation>Toplu iş %1, geçerli sayfasından sonra iptal ediliyor…</translation>
    </message>
    <message>
        <source>Asked the process running batch %1 to stop.</source>
        <translation>%1 numaralı toplu işi çalıştıran işlemden durması istendi.</translation>
    </message>
    <message>
        <source>Batch %1 is not running any more.</source>
        <translation>Toplu iş %1 artık çalışmıyor.</translation>
    </message>
</context>
<context>
    <name>UserDataParser</name>
    <message>
        <source>The request body is not valid JSON: %1 at byte %2.</source>
        <translation>İstek gövdesi geçerli bir JSON değil: %1 (%2. bayt).</translation>
    </message>
    <message>
        <source>The request body must be a JSON object such as {"dataType": "user", "records": [...]}, got %1.</source>
        <translation>İstek gövdesi {"dataType": "user", "records": [...]} gibi bir JSON nesnesi olmalıdır, gelen değer: %1.</translation>
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
    <name>UserListModel</name>
    <message>
        <source>Loading…</source>
        <translation>Yükleniyor…</translation>
    </message>
    <message>
        <source>Protected account: a sync never deletes it</source>
        <translation>Korunan hesap: eşitleme onu asla silmez</translation>
    </message>
    <message>
        <source>main department</source>
        <translation>ana departman</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>sahip</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: uid %2</source>
        <translation>%1: uid %2</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Etkin</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Devre dışı</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Kullanıcı adı</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Departmanlar</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Kaynaklar</translation>
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
    <name>UserSearchIndex</name>
    <message>
        <source>The users changed while the search index was read.</source>
        <translation>Arama dizini okunurken kullanıcılar değişti.</translation>
    </message>
    <message>
        <source>The users are too many for the search index.</source>
        <translation>Kullanıcılar arama dizini için çok fazla.</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users</source>
        <translation>Kullanıcılar</translation>
    </message>
    <message>
        <source>Search name, username, e-mail or phone (Ctrl+F)</source>
        <translation>Ad, kullanıcı adı, e-posta veya telefon ara (Ctrl+F)</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Özel alanlar</translation>
    </message>
    <message>
        <source>Show custom fields the sources sent as columns</source>
        <translation>Kaynakların gönderdiği özel alanları sütun olarak göster</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Yenile (F5)</translation>
    </message>
    <message>
        <source>Select a user to see all of their fields.</source>
        <translation>Tüm alanlarını görmek için bir kullanıcı seçin.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Yükleniyor…</translation>
    </message>
    <message>
        <source>Users: %1</source>
        <translation>Kullanıcılar: %1</translation>
    </message>
    <message>
        <source>Matches: %1</source>
        <translation>Eşleşmeler: %1</translation>
    </message>
    <message>
        <source>No custom fields in the loaded users</source>
        <translation>Yüklenen kullanıcılarda özel alan yok</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Kullanıcı adı</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Etkin</translation>
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
        <source>Protected</source>
        <translation>Korunan</translation>
    </message>
    <message>
        <source>a sync never deletes this account</source>
        <translation>eşitleme bu hesabı asla silmez</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Güncellenme</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Departmanlar</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Yok</translation>
    </message>
    <message>
        <source>main</source>
        <translation>ana</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>sahip</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Kaynaklar</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>Elle oluşturuldu</translation>
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