<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ApiConnection</name>
    <message>
        <source>The request headers are larger than %1.</source>
        <translation>请求头大于 %1。</translation>
    </message>
    <message>
        <source>The request body (%1) is larger than this server accepts (%2). Send fewer records per push, or raise the limit (usersync-cli serve --max-body-mib).</source>
        <translation>请求体（%1）超过了此服务器可接受的大小（%2）。请减少每次推送的记录数，或提高上限（usersync-cli serve --max-body-mib）。</translation>
    </message>
    <message>
        <source>The request body is larger than this server accepts (%1). Send fewer records per push, or raise the limit (usersync-cli serve --max-body-mib).</source>
        <translation>请求体超过了此服务器可接受的大小（%1）。请减少每次推送的记录数，或提高上限（usersync-cli serve --max-body-mib）。</translation>
    </message>
    <message>
        <source>The Content-Length header is not a number.</source>
        <translation>Content-Length 请求头不是数字。</translation>
    </message>
    <message>
        <source>The request did not arrive completely within %1 seconds.</source>
        <translation>请求未在 %1 秒内完整到达。</translation>
    </message>
</context>
<context>
    <name>ApiKeyListModel</name>
    <message>
        <source>Never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>已于 %1 吊销</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Token starts with</source>
        <translation>令牌开头</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>上次使用</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>ApiKeyRepository</name>
    <message>
        <source>An API key needs a name.</source>
        <translation>API 密钥需要一个名称。</translation>
    </message>
    <message>
        <source>An API key named “%1” was revoked on %2; names stay taken so that the history stays readable. Choose another name.</source>
        <translation>名为“%1”的 API 密钥已于 %2 吊销；为使历史记录保持可读，用过的名称不能再次使用。请选择其他名称。</translation>
    </message>
    <message>
        <source>An API key named “%1” already exists.</source>
        <translation>名为“%1”的 API 密钥已存在。</translation>
    </message>
    <message>
        <source>Creating API key “%1”</source>
        <translation>正在创建 API 密钥“%1”</translation>
    </message>
    <message>
        <source>There is no active API key named “%1”.</source>
        <translation>不存在名为“%1”的有效 API 密钥。</translation>
    </message>
</context>
<context>
    <name>ApiKeysCommands</name>
    <message>
        <source>Usage: apikeys create NAME</source>
        <translation>用法：apikeys create NAME</translation>
    </message>
    <message>
        <source>An API key needs a name of 1 to 100 printable characters, e.g. “hr-export”.</source>
        <translation>API 密钥的名称需由 1 到 100 个可打印字符组成，例如“hr-export”。</translation>
    </message>
    <message>
        <source>API key “%1” created. This is the only time its token is shown; store it now (send it as “Authorization: Bearer &lt;token&gt;”):
</source>
        <translation>已创建 API 密钥“%1”。这是其令牌唯一一次显示，请立即保存（以“Authorization: Bearer &lt;token&gt;”形式发送）：
</translation>
    </message>
    <message>
        <source>apikeys list takes no arguments.</source>
        <translation>apikeys list 不接受参数。</translation>
    </message>
    <message>
        <source>NAME	PREFIX	CREATED	LAST USED	REVOKED
</source>
        <translation>名称	前缀	创建时间	上次使用	吊销时间
</translation>
    </message>
    <message>
        <source>Usage: apikeys revoke NAME</source>
        <translation>用法：apikeys revoke NAME</translation>
    </message>
    <message>
        <source>API key “%1” revoked. A running server refuses it within 15 seconds.
</source>
        <translation>已吊销 API 密钥“%1”。正在运行的服务器将在 15 秒内拒绝它。
</translation>
    </message>
</context>
<context>
    <name>ApiQueries</name>
    <message>
        <source>SyncSource [%1] is not found.</source>
        <translation>同步源 [%1] 未找到。</translation>
    </message>
    <message>
        <source>Task [%1] is not found.</source>
        <translation>任务 [%1] 未找到。</translation>
    </message>
    <message>
        <source>Task [%1] is not a task of SyncSource [%2].</source>
        <translation>任务 [%1] 不属于同步源 [%2]。</translation>
    </message>
</context>
<context>
    <name>ApiServer</name>
    <message>
        <source>The server is shutting down.</source>
        <translation>服务器正在关闭。</translation>
    </message>
    <message>
        <source>There is no endpoint %1 %2. This server offers POST /api/userData:push, :pull, :retry and :listSyncTypes, and GET /api/userDataSyncSources:list and /api/userDataSyncTasks:list.</source>
        <translation>不存在端点 %1 %2。此服务器提供 POST /api/userData:push、:pull、:retry 和 :listSyncTypes，以及 GET /api/userDataSyncSources:list 和 /api/userDataSyncTasks:list。</translation>
    </message>
    <message>
        <source>%1 does not accept %2; use %3.</source>
        <translation>%1 不接受 %2；请使用 %3。</translation>
    </message>
    <message>
        <source>Unauthenticated: every request needs an API key, sent as the header “Authorization: Bearer &lt;token&gt;”. Create one with usersync-cli apikeys create NAME (or in the application's settings).</source>
        <translation>未认证：每个请求都需要 API 密钥，以请求头“Authorization: Bearer &lt;token&gt;”发送。可使用 usersync-cli apikeys create NAME 创建（或在应用程序的设置中创建）。</translation>
    </message>
    <message>
        <source>The API key is not valid: no key of this server has this token. Check the token, or create a key with usersync-cli apikeys create NAME.</source>
        <translation>API 密钥无效：此服务器没有使用该令牌的密钥。请检查令牌，或使用 usersync-cli apikeys create NAME 创建密钥。</translation>
    </message>
    <message>
        <source>The API key “%1” was revoked on %2 and no longer works.</source>
        <translation>API 密钥“%1”已于 %2 吊销，不再可用。</translation>
    </message>
    <message>
        <source>The API keys cannot be read: %1</source>
        <translation>无法读取 API 密钥：%1</translation>
    </message>
    <message>
        <source>The request body (%1) is larger than this server accepts (%2).</source>
        <translation>请求体（%1）超过了此服务器可接受的大小（%2）。</translation>
    </message>
    <message>
        <source>%1 pushes are already waiting to be applied; try again in a moment.</source>
        <translation>已有 %1 个推送在等待应用，请稍后重试。</translation>
    </message>
    <message>
        <source>the client disconnected before its push was applied; nothing of it was written.</source>
        <translation>客户端在其推送被应用之前断开了连接；推送的内容均未写入。</translation>
    </message>
    <message>
        <source>Say which source to pull: POST /api/userData:pull?name=SOURCE.</source>
        <translation>请指定要拉取的同步源：POST /api/userData:pull?name=SOURCE。</translation>
    </message>
    <message>
        <source>Say which task to retry: POST /api/userData:retry?id=TASK&amp;sourceId=SOURCE (the ids of userDataSyncTasks:list).</source>
        <translation>请指定要重试的任务：POST /api/userData:retry?id=TASK&amp;sourceId=SOURCE（即 userDataSyncTasks:list 中的 id）。</translation>
    </message>
    <message>
        <source>sourceId must be the id of a source.</source>
        <translation>sourceId 必须是同步源的 id。</translation>
    </message>
    <message>
        <source>SyncSource [%1] is not found.</source>
        <translation>同步源 [%1] 未找到。</translation>
    </message>
    <message>
        <source>Task [%1] is not found.</source>
        <translation>任务 [%1] 未找到。</translation>
    </message>
    <message>
        <source>“%1” is not an IP address. Use 127.0.0.1 (this computer only), 0.0.0.0 (every network of this computer) or one of its addresses.</source>
        <translation>“%1”不是 IP 地址。请使用 127.0.0.1（仅本机）、0.0.0.0（本机的所有网络）或本机的某个地址。</translation>
    </message>
    <message>
        <source>The body size limit must be more than 0 bytes.</source>
        <translation>请求体大小上限必须大于 0 字节。</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3.</source>
        <translation>无法在 %1 的端口 %2 上监听：%3。</translation>
    </message>
</context>
<context>
    <name>ApiSettingsPage</name>
    <message>
        <source>Accept pushes and requests over HTTP</source>
        <translation>通过 HTTP 接受推送和请求</translation>
    </message>
    <message>
        <source>127.0.0.1 — this computer only</source>
        <translation>127.0.0.1 — 仅本机</translation>
    </message>
    <message>
        <source>::1 — this computer only (IPv6)</source>
        <translation>::1 — 仅本机（IPv6）</translation>
    </message>
    <message>
        <source>0.0.0.0 — every network interface</source>
        <translation>0.0.0.0 — 所有网络接口</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation>监听地址</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Largest request</source>
        <translation>请求大小上限</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Every request needs one: “Authorization: Bearer &lt;token&gt;”. Only a hash of each token is stored.</source>
        <translation>每个请求都需要一个密钥：“Authorization: Bearer &lt;token&gt;”。只存储每个令牌的哈希值。</translation>
    </message>
    <message>
        <source>Name of the new key, e.g. hr-system</source>
        <translation>新密钥的名称，例如 hr-system</translation>
    </message>
    <message>
        <source>Create key</source>
        <translation>创建密钥</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>吊销…</translation>
    </message>
    <message>
        <source>HTTP API</source>
        <translation>HTTP API</translation>
    </message>
    <message>
        <source>Other computers on the network can reach the API at %1. Every request still needs an API key, but the traffic is plain HTTP: use this only on a trusted network or behind a TLS proxy.</source>
        <translation>网络上的其他计算机可以通过 %1 访问 API。每个请求仍需要 API 密钥，但流量是未加密的 HTTP：请仅在受信任的网络中或在 TLS 代理之后使用。</translation>
    </message>
    <message>
        <source>Listening at %1 · push to %1/api/userData:push</source>
        <translation>正在监听 %1 · 推送至 %1/api/userData:push</translation>
    </message>
    <message>
        <source>Not running.</source>
        <translation>未运行。</translation>
    </message>
    <message>
        <source>The HTTP API could not start: %1</source>
        <translation>HTTP API 无法启动：%1</translation>
    </message>
    <message>
        <source>Give the new key a name.</source>
        <translation>请为新密钥命名。</translation>
    </message>
    <message>
        <source>Revoke API key</source>
        <translation>吊销 API 密钥</translation>
    </message>
    <message>
        <source>Revoke the key “%1”?</source>
        <translation>吊销密钥“%1”？</translation>
    </message>
    <message>
        <source>Systems that use it are refused from now on. This cannot be undone.</source>
        <translation>使用它的系统从现在起将被拒绝。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>吊销</translation>
    </message>
</context>
<context>
    <name>ApiSourceType</name>
    <message>
        <source>HTTP API (push)</source>
        <translation>HTTP API（推送）</translation>
    </message>
    <message>
        <source>Receives users and departments pushed by another system to POST /api/userData:push or with usersync-cli push.</source>
        <translation>接收其他系统通过 POST /api/userData:push 或 usersync-cli push 推送的用户和部门。</translation>
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
        <translation>用法：usersync-cli [全局选项] COMMAND [参数]

全局选项：
  --data-dir DIR     数据库和日志所在的文件夹（默认：$USERSYNC_DATA_DIR 或 %1）
  --database URL     SQLite 文件或 postgresql://user@host:port/database
  --json             在标准输出上输出机器可读的结果
  -h, --help         显示此帮助
  -v, --version      显示版本

命令：
</translation>
    </message>
    <message>
        <source>
Exit codes: 0 done (also a partial task), 1 task failed, 2 bad usage or input, 3 not found, 4 refused.
</source>
        <translation>
退出码：0 完成（包括部分成功的任务），1 任务失败，2 用法或输入错误，3 未找到，4 被拒绝。
</translation>
    </message>
    <message>
        <source>--data-dir needs a folder.</source>
        <translation>--data-dir 需要指定一个文件夹。</translation>
    </message>
    <message>
        <source>--database needs a URL.</source>
        <translation>--database 需要指定一个 URL。</translation>
    </message>
    <message>
        <source>Unknown option “%1”.</source>
        <translation>未知选项“%1”。</translation>
    </message>
    <message>
        <source>Unknown command “%1”. See usersync-cli --help.</source>
        <translation>未知命令“%1”。请参阅 usersync-cli --help。</translation>
    </message>
</context>
<context>
    <name>CliArguments</name>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1 需要一个值。</translation>
    </message>
    <message>
        <source>Unknown option “%1”.</source>
        <translation>未知选项“%1”。</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>Open the store (creating or upgrading it) and show where it is</source>
        <translation>打开存储（必要时创建或升级）并显示其位置</translation>
    </message>
    <message>
        <source>List the source types and their options</source>
        <translation>列出同步源类型及其选项</translation>
    </message>
    <message>
        <source>List the sources with their last run</source>
        <translation>列出同步源及其上次运行情况</translation>
    </message>
    <message>
        <source>Add a source; secret values are read from standard input, one line each</source>
        <translation>添加同步源；机密值从标准输入读取，每行一个</translation>
    </message>
    <message>
        <source>Change a source; --option KEY= removes an option</source>
        <translation>修改同步源；--option KEY= 会删除一个选项</translation>
    </message>
    <message>
        <source>Remove a source and its task history (its users and departments stay)</source>
        <translation>删除同步源及其任务历史（其用户和部门会保留）</translation>
    </message>
    <message>
        <source>Run a sync to its end; progress on stderr, Ctrl-C cancels</source>
        <translation>运行一次同步直至结束；进度输出到 stderr，按 Ctrl-C 取消</translation>
    </message>
    <message>
        <source>Run a failed, partial or cancelled task again under the same batch</source>
        <translation>以同一批次重新运行失败、部分成功或已取消的任务</translation>
    </message>
    <message>
        <source>Ask a task running in another process to stop</source>
        <translation>请求在另一个进程中运行的任务停止</translation>
    </message>
    <message>
        <source>List a source's tasks, newest first</source>
        <translation>列出同步源的任务，最新的在前</translation>
    </message>
    <message>
        <source>Show a task with its per-record results</source>
        <translation>显示任务及其每条记录的结果</translation>
    </message>
    <message>
        <source>Apply a NocoBase push body as a task of its sourceName (default “api”)</source>
        <translation>将 NocoBase 推送请求体作为其 sourceName（默认为“api”）对应同步源的任务应用</translation>
    </message>
    <message>
        <source>List the users with departments and source links</source>
        <translation>列出用户及其部门和同步源关联</translation>
    </message>
    <message>
        <source>List the departments (a tree; --json: a flat array)</source>
        <translation>列出部门（树形结构；--json：扁平数组）</translation>
    </message>
    <message>
        <source>Show the raw-record log (or the system log with --system)</source>
        <translation>显示原始记录日志（使用 --system 时显示系统日志）</translation>
    </message>
    <message>
        <source>Store a PostgreSQL password (from standard input) in the keyring</source>
        <translation>将 PostgreSQL 密码（从标准输入读取）存入密钥环</translation>
    </message>
    <message>
        <source>Run the HTTP API (NocoBase-compatible push) until SIGINT or SIGTERM</source>
        <translation>运行 HTTP API（兼容 NocoBase 的推送），直到收到 SIGINT 或 SIGTERM</translation>
    </message>
    <message>
        <source>Create an API key for the HTTP API; its token is printed only once</source>
        <translation>为 HTTP API 创建 API 密钥；其令牌只打印一次</translation>
    </message>
    <message>
        <source>List the API keys (never their tokens)</source>
        <translation>列出 API 密钥（从不显示其令牌）</translation>
    </message>
    <message>
        <source>Revoke an API key; servers refuse it from then on</source>
        <translation>吊销 API 密钥；此后服务器将拒绝它</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>Check that the server is running, that the host, port, user and database are right, and that the password is stored in the keyring.</source>
        <translation>请检查服务器是否正在运行，主机、端口、用户和数据库是否正确，以及密码是否已存储在密钥环中。</translation>
    </message>
    <message>
        <source>Check that the folder exists and is writable.</source>
        <translation>请检查该文件夹是否存在且可写。</translation>
    </message>
    <message>
        <source>Cannot open the database “%1”: %2. %3</source>
        <translation>无法打开数据库“%1”：%2。%3</translation>
    </message>
    <message>
        <source>No database is configured.</source>
        <translation>尚未配置数据库。</translation>
    </message>
    <message>
        <source>The Qt SQL driver %1 is not installed (Debian package %2).</source>
        <translation>未安装 Qt SQL 驱动 %1（Debian 软件包 %2）。</translation>
    </message>
    <message>
        <source>SQLite did not accept the search function of UserSync.</source>
        <translation>SQLite 不接受 UserSync 的搜索函数。</translation>
    </message>
</context>
<context>
    <name>DailyLogFile</name>
    <message>
        <source>cannot create the log folder “%1”</source>
        <extracomment>A clause inside "The system log cannot be written (…)." and similar.</extracomment>
        <translation>无法创建日志文件夹“%1”</translation>
    </message>
    <message>
        <source>cannot open the log file “%1”: %2</source>
        <translation>无法打开日志文件“%1”：%2</translation>
    </message>
    <message>
        <source>cannot write to the log file “%1”: %2</source>
        <translation>无法写入日志文件“%1”：%2</translation>
    </message>
</context>
<context>
    <name>DataDir</name>
    <message>
        <source>Cannot create the data folder “%1”. Check that the disk is writable or choose another folder with --data-dir.</source>
        <translation>无法创建数据文件夹“%1”。请检查磁盘是否可写，或使用 --data-dir 选择其他文件夹。</translation>
    </message>
</context>
<context>
    <name>DatabaseCommand</name>
    <message>
        <source>Usage: database password postgresql://user@host:port/database  (password on standard input)</source>
        <translation>用法：database password postgresql://user@host:port/database  （密码从标准输入读取）</translation>
    </message>
    <message>
        <source>Only PostgreSQL databases have a password.</source>
        <translation>只有 PostgreSQL 数据库才有密码。</translation>
    </message>
    <message>
        <source>Write the password on standard input, e.g. from a password manager.</source>
        <translation>请通过标准输入写入密码，例如从密码管理器传入。</translation>
    </message>
    <message>
        <source>The password for %1 is stored in the keyring.
</source>
        <translation>%1 的密码已存储在密钥环中。
</translation>
    </message>
</context>
<context>
    <name>DatabaseConfig</name>
    <message>
        <source>The database location is empty.</source>
        <translation>数据库位置为空。</translation>
    </message>
    <message>
        <source>“%1” is not a valid PostgreSQL URL. Expected postgresql://user@host:port/database.</source>
        <translation>“%1”不是有效的 PostgreSQL URL。应为 postgresql://user@host:port/database。</translation>
    </message>
    <message>
        <source>The PostgreSQL URL contains a password. Passwords are kept in the system keyring, never on the command line: remove it from the URL and store it with “usersync-cli database password URL”.</source>
        <translation>PostgreSQL URL 中包含密码。密码只保存在系统密钥环中，绝不出现在命令行上：请从 URL 中删除密码，并使用“usersync-cli database password URL”保存它。</translation>
    </message>
    <message>
        <source>The PostgreSQL URL “%1” names no database. Expected postgresql://user@host:port/database.</source>
        <translation>PostgreSQL URL“%1”未指定数据库。应为 postgresql://user@host:port/database。</translation>
    </message>
    <message>
        <source>Unsupported database URL “%1”. Use a file path for SQLite or postgresql://user@host:port/database.</source>
        <translation>不支持的数据库 URL“%1”。SQLite 请使用文件路径，PostgreSQL 请使用 postgresql://user@host:port/database。</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsPage</name>
    <message>
        <source>SQLite file in the data folder (recommended for one workstation)</source>
        <translation>数据文件夹中的 SQLite 文件（推荐用于单台工作站）</translation>
    </message>
    <message>
        <source>Another SQLite file</source>
        <translation>其他 SQLite 文件</translation>
    </message>
    <message>
        <source>PostgreSQL server (several workstations share one directory)</source>
        <translation>PostgreSQL 服务器（多台工作站共享同一份用户目录）</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>SQLite database file</source>
        <translation>SQLite 数据库文件</translation>
    </message>
    <message>
        <source>Kept in the keyring</source>
        <translation>保存在密钥环中</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>UserSync opens the new database when it starts again; it creates the tables in an empty one. The current database is not copied. In use now: %1</source>
        <translation>UserSync 下次启动时将打开新数据库；如果新数据库为空，会在其中创建数据表。当前数据库不会被复制。当前使用：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Checking the keyring…</source>
        <translation>正在检查密钥环…</translation>
    </message>
    <message>
        <source>✓ stored</source>
        <translation>✓ 已存储</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>未存储</translation>
    </message>
    <message>
        <source>no keyring</source>
        <translation>无密钥环</translation>
    </message>
    <message>
        <source>Choose the SQLite file.</source>
        <translation>请选择 SQLite 文件。</translation>
    </message>
    <message>
        <source>Host, user and database are required for PostgreSQL.</source>
        <translation>使用 PostgreSQL 时，主机、用户和数据库为必填项。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>No keyring is available for the PostgreSQL password.</source>
        <translation>没有可用于保存 PostgreSQL 密码的密钥环。</translation>
    </message>
    <message>
        <source>The PostgreSQL password could not be stored: %1</source>
        <translation>无法存储 PostgreSQL 密码：%1</translation>
    </message>
</context>
<context>
    <name>DepartmentMemberModel</name>
    <message>
        <source>Membership kept by a sync source</source>
        <translation>由同步源维护的成员关系</translation>
    </message>
    <message>
        <source>Membership made by hand; a sync never removes it</source>
        <translation>手动建立的成员关系；同步永远不会删除它</translation>
    </message>
    <message>
        <source>Owner of this department</source>
        <translation>此部门的负责人</translation>
    </message>
    <message>
        <source>Not an owner</source>
        <translation>不是负责人</translation>
    </message>
    <message>
        <source>This is the user's main department</source>
        <translation>这是该用户的主部门</translation>
    </message>
    <message>
        <source>Not the user's main department</source>
        <translation>不是该用户的主部门</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主部门</translation>
    </message>
</context>
<context>
    <name>DepartmentRepository</name>
    <message>
        <source>Saving department “%1”</source>
        <translation>保存部门“%1”</translation>
    </message>
    <message>
        <source>Department #%1 does not exist.</source>
        <translation>部门 #%1 不存在。</translation>
    </message>
</context>
<context>
    <name>DepartmentTree</name>
    <message>
        <source>the top level</source>
        <translation>顶层</translation>
    </message>
    <message>
        <source>No department was synced for this uid, so there is nothing to delete.</source>
        <translation>没有以此 uid 同步过的部门，因此没有可删除的内容。</translation>
    </message>
    <message>
        <source>“%1” moved up to %2 because its parent “%3” was deleted.</source>
        <translation>“%1”已上移到%2，因为其上级部门“%3”已被删除。</translation>
    </message>
    <message>
        <source>Moved under %1.</source>
        <translation>已移至%1。</translation>
    </message>
    <message>
        <source>Parent department “%1” is not known in source “%2”; “%3” stays at %4 until it arrives.</source>
        <translation>上级部门“%1”在同步源“%2”中未知；在其到达之前，“%3”暂时留在%4。</translation>
    </message>
    <message>
        <source>Placed under “%1”, which arrived in this batch.</source>
        <translation>已放到本批次中到达的“%1”之下。</translation>
    </message>
</context>
<context>
    <name>DepartmentTreeModel</name>
    <message>
        <source>(untitled #%1)</source>
        <translation>（未命名 #%1）</translation>
    </message>
    <message>
        <source>%1
Sub-departments: %2</source>
        <translation>%1
子部门：%2</translation>
    </message>
    <message>
        <source>%1: uid %2</source>
        <translation>%1：uid %2</translation>
    </message>
    <message>
        <source>Members of the department itself</source>
        <translation>部门本身的成员</translation>
    </message>
    <message>
        <source>Members of the department and of all its sub-departments</source>
        <translation>部门及其所有子部门的成员</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>同步源</translation>
    </message>
</context>
<context>
    <name>DepartmentsPage</name>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Find a department (Ctrl+F)</source>
        <translation>查找部门（Ctrl+F）</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>刷新（F5）</translation>
    </message>
    <message>
        <source>Departments: %1</source>
        <translation>部门：%1</translation>
    </message>
    <message>
        <source>Select a department to see its members.</source>
        <translation>选择一个部门以查看其成员。</translation>
    </message>
    <message>
        <source>Members of “%1” (%2)</source>
        <translation>“%1”的成员（%2）</translation>
    </message>
</context>
<context>
    <name>DirectoryCommands</name>
    <message>
        <source>users takes no arguments.</source>
        <translation>users 不接受参数。</translation>
    </message>
    <message>
        <source>ID	NICKNAME	USERNAME	EMAIL	PHONE	DEPARTMENTS
</source>
        <translation>ID	昵称	用户名	电子邮件	电话	部门
</translation>
    </message>
    <message>
        <source>departments takes no arguments.</source>
        <translation>departments 不接受参数。</translation>
    </message>
    <message>
        <source> (#%1, %2 members)</source>
        <translation> (#%1, %2 名成员)</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>%1 分钟前</translation>
    </message>
    <message>
        <source>today %1</source>
        <translation>今天 %1</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation>昨天 %1</translation>
    </message>
    <message>
        <source>%1 records/s</source>
        <translation>%1 条记录/秒</translation>
    </message>
    <message>
        <source>%1 created</source>
        <translation>新建 %1</translation>
    </message>
    <message>
        <source>%1 updated</source>
        <translation>更新 %1</translation>
    </message>
    <message>
        <source>%1 deleted</source>
        <translation>删除 %1</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>失败 %1</translation>
    </message>
    <message>
        <source>no changes</source>
        <translation>无变更</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
</context>
<context>
    <name>GeneralSettingsPage</name>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>The system log and the raw records of every sync are kept this long, one file per day, then removed (at start and every night).</source>
        <translation>系统日志和每次同步的原始记录会保留这么长时间（每天一个文件），之后被删除（在启动时和每天夜间执行）。</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>The new language is used after UserSync restarts.</source>
        <translation>新语言将在 UserSync 重启后生效。</translation>
    </message>
    <message>
        <source>Keep logs for</source>
        <translation>日志保留时长</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Logs and language</source>
        <translation>日志和语言</translation>
    </message>
</context>
<context>
    <name>HttpConnectionTest</name>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>%1 (GET %2): %3; the body begins: %4</source>
        <translation>%1（GET %2）：%3；响应体开头为：%4</translation>
    </message>
    <message>
        <source>%1: %2 records on the first page (HTTP %3, %4 ms)</source>
        <translation>%1：第一页有 %2 条记录（HTTP %3，%4 毫秒）</translation>
    </message>
    <message>
        <source>departments page 1</source>
        <translation>部门第 1 页</translation>
    </message>
    <message>
        <source>users page 1</source>
        <translation>用户第 1 页</translation>
    </message>
</context>
<context>
    <name>HttpFetcher</name>
    <message>
        <source>(an empty body)</source>
        <translation>（空响应体）</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>%1 (GET %2): %3</source>
        <translation>%1（GET %2）：%3</translation>
    </message>
    <message>
        <source>the response is larger than %1 MiB; use pagination so each page stays small</source>
        <translation>响应大于 %1 MiB；请使用分页，使每页保持较小</translation>
    </message>
    <message>
        <source>no answer within %1 seconds (the “Timeout” option)</source>
        <translation>%1 秒内无应答（“超时”选项）</translation>
    </message>
    <message>
        <source>the server's TLS certificate is not trusted (%1). If it comes from a private certificate authority, give that CA's certificate as “CA certificates file”.</source>
        <translation>服务器的 TLS 证书不受信任（%1）。如果它来自私有证书颁发机构，请将该 CA 的证书设置为“CA 证书文件”。</translation>
    </message>
    <message>
        <source>HTTP %1 %2, still after %3 retries; the body begins: %4</source>
        <translation>HTTP %1 %2，重试 %3 次后仍然如此；响应体开头为：%4</translation>
    </message>
    <message>
        <source>HTTP %1 %2; the body begins: %3</source>
        <translation>HTTP %1 %2；响应体开头为：%3</translation>
    </message>
    <message>
        <source> (a redirect to another server is not followed, so that the credentials stay with this one)</source>
        <translation> （不会跟随指向其他服务器的重定向，以确保凭据只发送给此服务器）</translation>
    </message>
    <message>
        <source> (check the authentication settings and the token or password)</source>
        <translation> （请检查身份验证设置以及令牌或密码）</translation>
    </message>
</context>
<context>
    <name>HttpPageReader</name>
    <message>
        <source>the response is not valid JSON (%1 at byte %2)</source>
        <translation>响应不是有效的 JSON（%1，位于第 %2 字节）</translation>
    </message>
    <message>
        <source>the next-page pointer %1 names %2, not a URL</source>
        <translation>下一页指针 %1 指向的是 %2，而不是 URL</translation>
    </message>
    <message>
        <source>the records pointer %1 names nothing in the response (%2)</source>
        <translation>记录指针 %1 在响应中没有指向任何内容（%2）</translation>
    </message>
    <message>
        <source>the response should be an array of records, but it is %1; set the “Records pointer” to where the array is (e.g. /data)</source>
        <translation>响应应为记录数组，但实际为 %1；请将“记录指针”设置为数组所在的位置（例如 /data）</translation>
    </message>
    <message>
        <source>the records pointer %1 names %2, not an array of records</source>
        <translation>记录指针 %1 指向的是 %2，而不是记录数组</translation>
    </message>
    <message>
        <source>record %1 must be an object, got %2</source>
        <translation>记录 %1 必须是对象，实际为 %2</translation>
    </message>
</context>
<context>
    <name>HttpPuller</name>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>departments page %1</source>
        <translation>部门第 %1 页</translation>
    </message>
    <message>
        <source>users page %1</source>
        <translation>用户第 %1 页</translation>
    </message>
    <message>
        <source>%1: %2; the body begins: %3</source>
        <translation>%1：%2；响应体开头为：%3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: departments arrived after users; a source must yield every department before the first user.</source>
        <translation>%1：部门在用户之后到达；同步源必须在第一个用户之前提供所有部门。</translation>
    </message>
    <message>
        <source>the next-page link “%1” is not a URL</source>
        <translation>下一页链接“%1”不是 URL</translation>
    </message>
    <message>
        <source>the server sent the same records as for the page before; does it support the “%1” parameter?</source>
        <translation>服务器发送的记录与上一页相同；它是否支持“%1”参数？</translation>
    </message>
    <message>
        <source>the next-page link leads back to a page already read (%1); stopping instead of reading in circles</source>
        <translation>下一页链接指回已读取过的页面（%1）；为避免循环读取，已停止</translation>
    </message>
</context>
<context>
    <name>HttpSourceOptions</name>
    <message>
        <source>Bearer authentication needs a token: enter it in Configure (it is kept in the keyring).</source>
        <translation>Bearer 身份验证需要令牌：请在“配置”中输入（它会保存在密钥环中）。</translation>
    </message>
    <message>
        <source>Basic authentication needs a password: enter it in Configure (it is kept in the keyring).</source>
        <translation>Basic 身份验证需要密码：请在“配置”中输入（它会保存在密钥环中）。</translation>
    </message>
    <message>
        <source>The “Secret header” must be one line “Name: value”, such as “X-API-Key: …”.</source>
        <translation>“机密请求头”必须是一行“Name: value”，例如“X-API-Key: …”。</translation>
    </message>
    <message>
        <source>Cannot read the CA certificates file “%1”: %2.</source>
        <translation>无法读取 CA 证书文件“%1”：%2。</translation>
    </message>
    <message>
        <source>The CA certificates file “%1” holds no certificate (PEM or DER expected).</source>
        <translation>CA 证书文件“%1”中不包含证书（应为 PEM 或 DER 格式）。</translation>
    </message>
    <message>
        <source>A field map written as JSON must be an object such as {"uid": "/id"}.</source>
        <translation>以 JSON 编写的字段映射必须是对象，例如 {"uid": "/id"}。</translation>
    </message>
    <message>
        <source>Field map: the pointer for “%1” must be a string.</source>
        <translation>字段映射：“%1”的指针必须是字符串。</translation>
    </message>
    <message>
        <source>Field map: “%1” should read target=/pointer, e.g. uid=/id.</source>
        <translation>字段映射：“%1”应写作 target=/pointer，例如 uid=/id。</translation>
    </message>
    <message>
        <source>Field map: “%1” is not a JSON pointer (it starts with /, e.g. /id).</source>
        <translation>字段映射：“%1”不是 JSON 指针（JSON 指针以 / 开头，例如 /id）。</translation>
    </message>
    <message>
        <source>A field map must say where the uid is, e.g. uid=/id.</source>
        <translation>字段映射必须指明 uid 所在的位置，例如 uid=/id。</translation>
    </message>
    <message>
        <source>Extra headers: “%1” should read Name: value.</source>
        <translation>额外请求头：“%1”应写作 Name: value。</translation>
    </message>
    <message>
        <source>Extra headers: set Authorization through “Authentication” (or as the “Secret header”), so that it stays in the keyring.</source>
        <translation>额外请求头：请通过“身份验证”设置 Authorization（或将其设为“机密请求头”），以便它保存在密钥环中。</translation>
    </message>
</context>
<context>
    <name>HttpSourceType</name>
    <message>
        <source>HTTP/REST API (pull)</source>
        <translation>HTTP/REST API（拉取）</translation>
    </message>
    <message>
        <source>Fetches departments and users from an HR system's HTTP API, page by page, as NocoBase UserData or as plain JSON records mapped field by field.</source>
        <translation>从 HR 系统的 HTTP API 逐页获取部门和用户，数据格式可以是 NocoBase UserData，也可以是逐字段映射的普通 JSON 记录。</translation>
    </message>
    <message>
        <source>Departments URL</source>
        <translation>部门 URL</translation>
    </message>
    <message>
        <source>Where the departments are, e.g. https://hr.example.com/api/departments. Fetched first.</source>
        <translation>部门数据所在的位置，例如 https://hr.example.com/api/departments。最先获取。</translation>
    </message>
    <message>
        <source>Users URL</source>
        <translation>用户 URL</translation>
    </message>
    <message>
        <source>Where the users are, e.g. https://hr.example.com/api/users. At least one of the two URLs is needed.</source>
        <translation>用户数据所在的位置，例如 https://hr.example.com/api/users。两个 URL 至少需要填写一个。</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>身份验证</translation>
    </message>
    <message>
        <source>How UserSync proves who it is to the HR system.</source>
        <translation>UserSync 如何向 HR 系统证明自己的身份。</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer 令牌</translation>
    </message>
    <message>
        <source>User name and password (basic)</source>
        <translation>用户名和密码（Basic）</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>For basic authentication.</source>
        <translation>用于 Basic 身份验证。</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>For bearer authentication; sent as “Authorization: Bearer …”. Kept in the system keyring.</source>
        <translation>用于 Bearer 身份验证；以“Authorization: Bearer …”形式发送。保存在系统密钥环中。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>For basic authentication. Kept in the system keyring.</source>
        <translation>用于 Basic 身份验证。保存在系统密钥环中。</translation>
    </message>
    <message>
        <source>Extra headers</source>
        <translation>额外请求头</translation>
    </message>
    <message>
        <source>One “Name: value” per line, sent with every request (not for secrets).</source>
        <translation>每行一个“Name: value”，随每个请求发送（不要用于机密信息）。</translation>
    </message>
    <message>
        <source>Secret header</source>
        <translation>机密请求头</translation>
    </message>
    <message>
        <source>One “Name: value” line kept in the keyring, for APIs that want a key in a header of their own, e.g. “X-API-Key: …”.</source>
        <translation>保存在密钥环中的一行“Name: value”，用于要求在专用请求头中提供密钥的 API，例如“X-API-Key: …”。</translation>
    </message>
    <message>
        <source>Timeout (seconds)</source>
        <translation>超时（秒）</translation>
    </message>
    <message>
        <source>How long a request may go without any data before it fails.</source>
        <translation>请求在未收到任何数据的情况下最多可等待多久，超时即失败。</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>重试次数</translation>
    </message>
    <message>
        <source>How often to ask again after “429 Too Many Requests” or “503 Service Unavailable”, waiting as the server's Retry-After says (at most 60 s).</source>
        <translation>收到“429 Too Many Requests”或“503 Service Unavailable”后重新请求的次数，按服务器 Retry-After 的指示等待（最多 60 秒）。</translation>
    </message>
    <message>
        <source>Verify TLS certificates</source>
        <translation>验证 TLS 证书</translation>
    </message>
    <message>
        <source>Check that an https:// server is who it claims to be. Turn off only for tests.</source>
        <translation>检查 https:// 服务器是否确为其声称的身份。仅在测试时关闭。</translation>
    </message>
    <message>
        <source>CA certificates file</source>
        <translation>CA 证书文件</translation>
    </message>
    <message>
        <source>PEM file with the certificate of a private certificate authority that signed the server's certificate (trusted in addition to the system's).</source>
        <translation>PEM 文件，包含为服务器证书签名的私有证书颁发机构的证书（在系统证书之外额外信任）。</translation>
    </message>
    <message>
        <source>Pagination</source>
        <translation>分页</translation>
    </message>
    <message>
        <source>How the API hands out a long list.</source>
        <translation>API 如何分批返回较长的列表。</translation>
    </message>
    <message>
        <source>None: one request per URL</source>
        <translation>无：每个 URL 一个请求</translation>
    </message>
    <message>
        <source>Next-page URL in the body</source>
        <translation>响应体中的下一页 URL</translation>
    </message>
    <message>
        <source>Link: &lt;…&gt;; rel="next" header</source>
        <translation>Link: &lt;…&gt;; rel="next" 响应头</translation>
    </message>
    <message>
        <source>page and pageSize parameters</source>
        <translation>page 和 pageSize 参数</translation>
    </message>
    <message>
        <source>Next page pointer</source>
        <translation>下一页指针</translation>
    </message>
    <message>
        <source>JSON pointer to the next page's URL in the body, e.g. /next or /links/next; no URL there ends the list.</source>
        <translation>指向响应体中下一页 URL 的 JSON 指针，例如 /next 或 /links/next；该处没有 URL 即表示列表结束。</translation>
    </message>
    <message>
        <source>Page parameter</source>
        <translation>页码参数</translation>
    </message>
    <message>
        <source>Query parameter that carries the page number; an empty page ends the list.</source>
        <translation>携带页码的查询参数；遇到空页即表示列表结束。</translation>
    </message>
    <message>
        <source>Page size parameter</source>
        <translation>每页大小参数</translation>
    </message>
    <message>
        <source>Query parameter that carries the page size (empty: none is sent).</source>
        <translation>携带每页大小的查询参数（留空：不发送）。</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>每页大小</translation>
    </message>
    <message>
        <source>Records asked for per page.</source>
        <translation>每页请求的记录数。</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>起始页</translation>
    </message>
    <message>
        <source>The number of the first page: 1 or 0.</source>
        <translation>第一页的页码：1 或 0。</translation>
    </message>
    <message>
        <source>Response shape</source>
        <translation>响应格式</translation>
    </message>
    <message>
        <source>NocoBase UserData objects ({"dataType", "records"}, one or an array), or plain arrays of records mapped with the field maps.</source>
        <translation>NocoBase UserData 对象（{"dataType", "records"}，单个或数组），或通过字段映射进行映射的普通记录数组。</translation>
    </message>
    <message>
        <source>NocoBase UserData</source>
        <translation>NocoBase UserData</translation>
    </message>
    <message>
        <source>Plain records with a field map</source>
        <translation>带字段映射的普通记录</translation>
    </message>
    <message>
        <source>Records pointer</source>
        <translation>记录指针</translation>
    </message>
    <message>
        <source>JSON pointer to the records array (or to the UserData) in the body, e.g. /data; empty when the body is the array itself.</source>
        <translation>指向响应体中记录数组（或 UserData）的 JSON 指针，例如 /data；响应体本身就是数组时留空。</translation>
    </message>
    <message>
        <source>Department field map</source>
        <translation>部门字段映射</translation>
    </message>
    <message>
        <source>One target=/pointer per line: uid=/id, title=/name, parentUid=/parentId, sort=/order. Empty: records are taken as they are.</source>
        <translation>每行一个 target=/pointer：uid=/id、title=/name、parentUid=/parentId、sort=/order。留空：按原样采用记录。</translation>
    </message>
    <message>
        <source>User field map</source>
        <translation>用户字段映射</translation>
    </message>
    <message>
        <source>One target=/pointer per line: uid=/employeeId, nickname=/displayName, username=/login, email=/mail, phone=/mobile, departments=/departmentIds, isDeleted=/left. Other targets become custom fields.</source>
        <translation>每行一个 target=/pointer：uid=/employeeId、nickname=/displayName、username=/login、email=/mail、phone=/mobile、departments=/departmentIds、isDeleted=/left。其他目标字段将成为自定义字段。</translation>
    </message>
    <message>
        <source>Match existing users by</source>
        <translation>匹配现有用户的依据</translation>
    </message>
    <message>
        <source>The first time a user is seen, adopt an existing user with the same value.</source>
        <translation>首次遇到某个用户时，接管具有相同值的现有用户。</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
</context>
<context>
    <name>JsonFilePuller</name>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” is not valid JSON: %2 at byte %3</source>
        <translation>“%1”不是有效的 JSON：%2（位于第 %3 字节）</translation>
    </message>
</context>
<context>
    <name>JsonFileSourceType</name>
    <message>
        <source>JSON file (example plugin)</source>
        <translation>JSON 文件（示例插件）</translation>
    </message>
    <message>
        <source>Users and departments from a JSON file: {"departments": [...], "users": [...]}.</source>
        <translation>来自 JSON 文件的用户和部门：{"departments": [...], "users": [...]}。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>The JSON file to read on every sync.</source>
        <translation>每次同步时读取的 JSON 文件。</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>system keyring</source>
        <translation>系统密钥环</translation>
    </message>
    <message>
        <source>UserSync keeps passwords and tokens only in the system keyring. Start and unlock a keyring (GNOME Keyring, KWallet or another Secret Service provider) in this desktop session and try again; nothing was saved in plain text.</source>
        <translation>UserSync 仅将密码和令牌保存在系统密钥环中。请在当前桌面会话中启动并解锁一个密钥环（GNOME Keyring、KWallet 或其他 Secret Service 提供程序），然后重试；没有任何内容以明文形式保存。</translation>
    </message>
    <message>
        <source>No secret is stored in the keyring under “%1”.</source>
        <translation>密钥环中没有以“%1”为名存储的机密信息。</translation>
    </message>
    <message>
        <source>The system keyring refused access to “%1” (%2).</source>
        <translation>系统密钥环拒绝访问“%1”（%2）。</translation>
    </message>
    <message>
        <source>The system keyring could not delete “%1”: %2</source>
        <translation>系统密钥环无法删除“%1”：%2</translation>
    </message>
    <message>
        <source>No system keyring is reachable (%1). %2</source>
        <translation>无法访问任何系统密钥环（%1）。%2</translation>
    </message>
    <message>
        <source>The system keyring did not answer within %1 seconds. It may be waiting for an unlock prompt, or no keyring is running. %2</source>
        <translation>系统密钥环在 %1 秒内没有响应。它可能正在等待解锁提示，或者没有正在运行的密钥环。%2</translation>
    </message>
</context>
<context>
    <name>ListQuery</name>
    <message>
        <source>Cannot sort on “%1”; use one of %2 (with - for descending).</source>
        <translation>无法按“%1”排序；请使用 %2 之一（加 - 表示降序）。</translation>
    </message>
    <message>
        <source>filter must be a JSON object such as {"sourceId": 1}.</source>
        <translation>filter 必须是 JSON 对象，例如 {"sourceId": 1}。</translation>
    </message>
    <message>
        <source>Cannot filter on “%1”; use %2.</source>
        <translation>无法按“%1”筛选；请使用 %2。</translation>
    </message>
    <message>
        <source>filter “%1”: $in takes a list of plain values.</source>
        <translation>filter “%1”：$in 需要一个由普通值组成的列表。</translation>
    </message>
    <message>
        <source>filter “%1”: use a plain value, {"$eq": value} or {"$in": [values]}.</source>
        <translation>filter “%1”：请使用普通值、{"$eq": value} 或 {"$in": [values]}。</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>同步源</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Source type</source>
        <translation>同步源类型</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
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
        <translation>无法读取日志文件“%1”：%2</translation>
    </message>
</context>
<context>
    <name>LogRetention</name>
    <message>
        <source>Cannot remove the old log file “%1”: %2</source>
        <translation>无法删除旧日志文件“%1”：%2</translation>
    </message>
</context>
<context>
    <name>LogsCommand</name>
    <message>
        <source>Usage: logs [--system] [--source NAME] [--batch BATCH] [--since YYYY-MM-DD] [--level LEVEL] [--text TEXT]</source>
        <translation>用法：logs [--system] [--source NAME] [--batch BATCH] [--since YYYY-MM-DD] [--level LEVEL] [--text TEXT]</translation>
    </message>
    <message>
        <source>--since takes a date like 2026-12-01.</source>
        <translation>--since 需要一个日期，例如 2026-12-01。</translation>
    </message>
    <message>
        <source>%1 unreadable log lines were skipped.
</source>
        <translation>已跳过 %1 行无法读取的日志。
</translation>
    </message>
</context>
<context>
    <name>LogsPage</name>
    <message>
        <source>&amp;Follow</source>
        <translation>跟踪(&amp;F)</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>System log</source>
        <translation>系统日志</translation>
    </message>
    <message>
        <source>Raw records</source>
        <translation>原始记录</translation>
    </message>
    <message>
        <source>The application's own log, or the records every sync pulled or received, as they arrived</source>
        <translation>应用程序自身的日志，或每次同步拉取或接收到的原始记录</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>所有级别</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>信息及以上</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>警告和错误</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>仅错误</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>所有同步源</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Search the lines (Ctrl+F)</source>
        <translation>搜索行（Ctrl+F）</translation>
    </message>
    <message>
        <source>Show new lines as they are written and keep the newest in view</source>
        <translation>写入新行时立即显示，并使最新的行保持可见</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Open the folder of this log in the file manager</source>
        <translation>在文件管理器中打开此日志所在的文件夹</translation>
    </message>
    <message>
        <source>Select a line to see all of it.</source>
        <translation>选择一行以查看其完整内容。</translation>
    </message>
    <message>
        <source>Reading %1 of %2 MB… %3 lines so far</source>
        <translation>正在读取 %1 / %2 MB… 目前已读 %3 行</translation>
    </message>
    <message>
        <source>No log lines here yet.</source>
        <translation>这里还没有日志行。</translation>
    </message>
    <message>
        <source>Lines: %1</source>
        <translation>行数：%1</translation>
    </message>
    <message>
        <source>(the newest %1 of %2 matching lines: narrow the filter to see older ones)</source>
        <translation>（显示 %2 条匹配行中最新的 %1 条：缩小筛选范围以查看更早的行）</translation>
    </message>
    <message>
        <source>All days</source>
        <translation>所有日期</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨天</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sources</source>
        <translation>同步源</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Data Folder</source>
        <translation>打开数据文件夹(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>同步源(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>用户(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Departments</source>
        <translation>部门(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Logs</source>
        <translation>日志(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About UserSync</source>
        <translation>关于 UserSync(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Opening database…</source>
        <translation>正在打开数据库…</translation>
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
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>数据文件夹：%1</translation>
    </message>
    <message>
        <source>Database unavailable</source>
        <translation>数据库不可用</translation>
    </message>
    <message>
        <source>About UserSync</source>
        <translation>关于 UserSync</translation>
    </message>
    <message>
        <source>&lt;h3&gt;UserSync %1&lt;/h3&gt;&lt;p&gt;Keeps an organisation's users and departments in sync with the systems that own them.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;UserSync %1&lt;/h3&gt;&lt;p&gt;使组织的用户和部门与管理它们的源系统保持同步。&lt;/p&gt;&lt;p&gt;数据文件夹：%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Plugin %1 skipped: %2</source>
        <translation>已跳过插件 %1：%2</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>S&amp;ource</source>
        <translation>同步源(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Add a source</source>
        <translation>添加同步源</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>Task %1 of source “%2” was interrupted; marked failed.</source>
        <translation>同步源“%2”的任务 %1 被中断；已标记为失败。</translation>
    </message>
    <message>
        <source>Interrupted tasks marked failed (they can be retried): %1</source>
        <translation>被中断的任务已标记为失败（可以重试）：%1</translation>
    </message>
    <message>
        <source>The HTTP API could not start: %1</source>
        <translation>HTTP API 无法启动：%1</translation>
    </message>
    <message>
        <source>HTTP API: %1</source>
        <translation>HTTP API：%1</translation>
    </message>
    <message>
        <source>Only this computer can connect.</source>
        <translation>只有本机可以连接。</translation>
    </message>
    <message>
        <source>Other computers can connect: every request needs an API key.</source>
        <translation>其他计算机可以连接：每个请求都需要 API 密钥。</translation>
    </message>
    <message>
        <source>%1 finished: %2 — %3</source>
        <translation>%1 已完成：%2 — %3</translation>
    </message>
    <message>
        <source>Settings saved. Some changes apply when UserSync starts again.</source>
        <translation>设置已保存。部分更改将在 UserSync 下次启动时生效。</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <source>A sync is running</source>
        <translation>有同步正在运行</translation>
    </message>
    <message>
        <source>Stop the running sync and quit? Pages already applied stay; the task can be retried later.</source>
        <translation>停止正在运行的同步并退出？已应用的页面会保留；该任务稍后可以重试。</translation>
    </message>
    <message>
        <source>Stop and quit</source>
        <translation>停止并退出</translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation>继续运行</translation>
    </message>
</context>
<context>
    <name>MembershipRepository</name>
    <message>
        <source>Adding user #%1 to department #%2</source>
        <translation>将用户 #%1 添加到部门 #%2</translation>
    </message>
</context>
<context>
    <name>MembershipWriter</name>
    <message>
        <source>The user is gone, and their memberships with them.</source>
        <translation>该用户已被删除，其成员关系也随之删除。</translation>
    </message>
    <message>
        <source>The user was not saved, so no memberships were changed.</source>
        <translation>该用户未保存，因此未更改任何成员关系。</translation>
    </message>
    <message>
        <source>Department %1 is not known in source “%2”; the other memberships were applied.</source>
        <translation>部门 %1 在同步源“%2”中未知；其他成员关系已应用。</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>No keyring is reachable (simulated).</source>
        <translation>无法访问任何密钥环（模拟）。</translation>
    </message>
    <message>
        <source>No secret is stored under “%1”.</source>
        <translation>没有以“%1”为名存储的机密信息。</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>Creating the schema version table</source>
        <translation>创建架构版本表</translation>
    </message>
    <message>
        <source>The database “%1” has schema version %2, but this UserSync %3 knows schema versions up to %4 only. It was written by a newer UserSync: update UserSync, or choose another database. Nothing was changed.</source>
        <translation>数据库“%1”的架构版本为 %2，但此 UserSync %3 最高只支持架构版本 %4。该数据库由更新版本的 UserSync 写入：请更新 UserSync，或选择其他数据库。未做任何更改。</translation>
    </message>
    <message>
        <source>Upgrading the database to schema version %1 (%2)</source>
        <translation>将数据库升级到架构版本 %1（%2）</translation>
    </message>
    <message>
        <source>%1 failed: the migration script is missing from this build.</source>
        <translation>%1失败：此构建中缺少迁移脚本。</translation>
    </message>
</context>
<context>
    <name>NewTokenDialog</name>
    <message>
        <source>API key “%1”</source>
        <translation>API 密钥“%1”</translation>
    </message>
    <message>
        <source>Copy the token now and keep it in the system that pushes to UserSync. &lt;b&gt;It is not shown again&lt;/b&gt;: only its hash is stored. Send it as &lt;code&gt;Authorization: Bearer &amp;lt;token&amp;gt;&lt;/code&gt;.</source>
        <translation>请立即复制令牌，并将其保存在向 UserSync 推送数据的系统中。&lt;b&gt;它不会再次显示&lt;/b&gt;：只存储其哈希值。请以 &lt;code&gt;Authorization: Bearer &amp;lt;token&amp;gt;&lt;/code&gt; 形式发送。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>OptionForm</name>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Checking the keyring…</source>
        <translation>正在检查密钥环…</translation>
    </message>
    <message>
        <source>Stored in the keyring</source>
        <translation>已保存在密钥环中</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored value</source>
        <translation>留空以保留已保存的值</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>No keyring</source>
        <translation>无密钥环</translation>
    </message>
    <message>
        <source>Cannot be saved: no keyring is reachable</source>
        <translation>无法保存：无法访问任何密钥环</translation>
    </message>
</context>
<context>
    <name>PageApplier</name>
    <message>
        <source>Superseded by a later record with the same uid in this batch.</source>
        <translation>已被本批次中 uid 相同的后续记录取代。</translation>
    </message>
</context>
<context>
    <name>PluginLoader</name>
    <message>
        <source>not a UserSync plugin</source>
        <translation>不是 UserSync 插件</translation>
    </message>
    <message>
        <source>made for plugin API version %1; this UserSync supports version %2</source>
        <translation>为插件 API 版本 %1 构建；此 UserSync 支持版本 %2</translation>
    </message>
    <message>
        <source>could not be loaded: %1</source>
        <translation>无法加载：%1</translation>
    </message>
    <message>
        <source>does not implement the UserSync plugin interface</source>
        <translation>未实现 UserSync 插件接口</translation>
    </message>
    <message>
        <source>source type “%1”</source>
        <translation>同步源类型“%1”</translation>
    </message>
    <message>
        <source>source type “%1” (skipped: the key is already taken)</source>
        <translation>同步源类型“%1”（已跳过：该键已被占用）</translation>
    </message>
    <message>
        <source>resource “%1”</source>
        <translation>资源“%1”</translation>
    </message>
</context>
<context>
    <name>PushCheck</name>
    <message>
        <source>Send the push as a JSON body with Content-Type: application/json; form-encoded bodies are not accepted.</source>
        <translation>请以 JSON 请求体发送推送，并使用 Content-Type: application/json；不接受表单编码的请求体。</translation>
    </message>
    <message>
        <source>The request body is not valid JSON: %1 at byte %2.</source>
        <translation>请求体不是有效的 JSON：%1，位于第 %2 字节。</translation>
    </message>
    <message>
        <source>The request body must be one JSON object {"dataType": ..., "records": [...]}, not an array; send one push per dataType.</source>
        <translation>请求体必须是一个 JSON 对象 {"dataType": ..., "records": [...]}，而不是数组；每个 dataType 单独推送一次。</translation>
    </message>
    <message>
        <source>The request body must be a JSON object.</source>
        <translation>请求体必须是 JSON 对象。</translation>
    </message>
</context>
<context>
    <name>RawRecordLog</name>
    <message>
        <source>The raw-record log cannot be written (%1). Raw records are not kept until this is fixed.</source>
        <translation>无法写入原始记录日志（%1）。在此问题解决之前，原始记录不会被保留。</translation>
    </message>
</context>
<context>
    <name>RecordAction</name>
    <message>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变更</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
</context>
<context>
    <name>RecordRepository</name>
    <message>
        <source>Saving record “%1” of source “%2”</source>
        <translation>保存同步源“%2”的记录“%1”</translation>
    </message>
    <message>
        <source>Source “%1” has no %2 with uid “%3”.</source>
        <translation>同步源“%1”中没有 uid 为“%3”的%2。</translation>
    </message>
    <message>
        <source>Linking a record to %1 #%2</source>
        <translation>将记录关联到%1 #%2</translation>
    </message>
</context>
<context>
    <name>RunningTasksIndicator</name>
    <message>
        <source>%1: %2 records (batch %3)</source>
        <translation>%1：%2 条记录（批次 %3）</translation>
    </message>
    <message>
        <source>Tasks running: %1</source>
        <translation>正在运行的任务：%1</translation>
    </message>
    <message>
        <source>Syncing “%1”: %2 of %3 · %4</source>
        <translation>正在同步“%1”：%2 / %3 · %4</translation>
    </message>
    <message>
        <source>Syncing “%1”: %2 records</source>
        <translation>正在同步“%1”：%2 条记录</translation>
    </message>
</context>
<context>
    <name>SamplePuller</name>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Simulated failure after %1 records, as the sample source's option “Fail after” asks. Set it to 0, or click Retry.</source>
        <translation>已按照示例同步源的选项“失败阈值”的要求，在 %1 条记录后模拟失败。请将其设为 0，或点击“重试”。</translation>
    </message>
</context>
<context>
    <name>SampleSourceType</name>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Not needed by the sample. A value entered here is kept only in the system keyring, to show how UserSync stores a source's secrets.</source>
        <translation>示例不需要此项。此处输入的值只保存在系统密钥环中，用于演示 UserSync 如何存储同步源的机密信息。</translation>
    </message>
    <message>
        <source>Sample directory</source>
        <translation>示例目录</translation>
    </message>
    <message>
        <source>A fictional organisation generated on this computer, to try UserSync before connecting a real system.</source>
        <translation>在本机生成的虚构组织，用于在连接真实系统之前试用 UserSync。</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>How many people work in the organisation.</source>
        <translation>该组织的人数。</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>How many departments it has.</source>
        <translation>该组织的部门数量。</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>深度</translation>
    </message>
    <message>
        <source>How many levels the department tree has at most.</source>
        <translation>部门树最多有多少层。</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Which organisation: the same seed always gives the same people.</source>
        <translation>决定生成哪个组织：相同的种子总是生成相同的人员。</translation>
    </message>
    <message>
        <source>Changed users (%)</source>
        <translation>变更的用户（%）</translation>
    </message>
    <message>
        <source>Share of people who changed since the first sync: renamed, moved, left or newly hired.</source>
        <translation>自首次同步以来发生变化的人员比例：改名、调动、离职或新入职。</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>每页大小</translation>
    </message>
    <message>
        <source>Records per page.</source>
        <translation>每页的记录数。</translation>
    </message>
    <message>
        <source>Fail after (records)</source>
        <translation>失败阈值（记录数）</translation>
    </message>
    <message>
        <source>Make the pull fail after this many records, to try Retry. 0 never fails.</source>
        <translation>拉取达到此记录数后使其失败，以便试用“重试”。0 表示从不失败。</translation>
    </message>
    <message>
        <source>Failing attempts</source>
        <translation>失败的尝试次数</translation>
    </message>
    <message>
        <source>With “Fail after”: fail only the first N attempts, so Retry succeeds. 0 fails every attempt.</source>
        <translation>与“失败阈值”配合使用：仅让前 N 次尝试失败，以便“重试”能够成功。0 表示每次尝试都失败。</translation>
    </message>
    <message>
        <source>Ready: %1 users in %2 departments.</source>
        <translation>就绪：%2 个部门中共 %1 个用户。</translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>Usage: serve [--bind ADDRESS] [--port N] [--max-body-mib N]</source>
        <translation>用法：serve [--bind ADDRESS] [--port N] [--max-body-mib N]</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535 (0 picks a free port).</source>
        <translation>--port 必须是 0 到 65535 之间的数字（0 表示自动选择空闲端口）。</translation>
    </message>
    <message>
        <source>--max-body-mib must be a number from 1 to 4096.</source>
        <translation>--max-body-mib 必须是 1 到 4096 之间的数字。</translation>
    </message>
    <message>
        <source>Listening on %1 (bodies up to %2 MiB). Stop with Ctrl-C or SIGTERM.
</source>
        <translation>正在监听 %1（请求体最大 %2 MiB）。按 Ctrl-C 或发送 SIGTERM 停止。
</translation>
    </message>
    <message>
        <source>Warning: %1 can be reached from other computers. Anyone who can reach it and holds an API key can change your directory; the traffic is not encrypted. Put a TLS proxy in front of it, or bind 127.0.0.1.
</source>
        <translation>警告：%1 可从其他计算机访问。任何能访问它并持有 API 密钥的人都可以更改您的用户目录；流量未加密。请在其前面部署 TLS 代理，或绑定到 127.0.0.1。
</translation>
    </message>
    <message>
        <source>No API key exists yet, so every request is refused (401). Create one with: usersync-cli apikeys create NAME
</source>
        <translation>尚无 API 密钥，因此所有请求都会被拒绝（401）。请使用以下命令创建：usersync-cli apikeys create NAME
</translation>
    </message>
    <message>
        <source>Warning: the API keys cannot be read; requests are answered 503 until they can.
</source>
        <translation>警告：无法读取 API 密钥；在能够读取之前，所有请求都将返回 503。
</translation>
    </message>
    <message>
        <source>Stopping: answering the %1 request(s) in hand first (signal again to stop at once).
</source>
        <translation>正在停止：先答复正在处理的 %1 个请求（再次发送信号可立即停止）。
</translation>
    </message>
    <message>
        <source>Stopping now; pushes being applied are finished first.
</source>
        <translation>正在立即停止；正在应用的推送会先完成。
</translation>
    </message>
    <message>
        <source>Stopped.
</source>
        <translation>已停止。
</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
</context>
<context>
    <name>SourceDialog</name>
    <message>
        <source>Add source — %1</source>
        <translation>添加同步源 — %1</translation>
    </message>
    <message>
        <source>Configure “%1”</source>
        <translation>配置“%1”</translation>
    </message>
    <message>
        <source>e.g. hr, ldap, wecom</source>
        <translation>例如 hr、ldap、wecom</translation>
    </message>
    <message>
        <source>The name identifies the records this source synced and its secrets in the keyring, so it cannot be changed. Add a new source to use another name.</source>
        <translation>名称用于标识此同步源所同步的记录及其在密钥环中的机密信息，因此不能更改。如需使用其他名称，请添加新的同步源。</translation>
    </message>
    <message>
        <source>Source name &lt;span style="color:#c01c16"&gt;*&lt;/span&gt;</source>
        <translation>同步源名称 &lt;span style="color:#c01c16"&gt;*&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Optional, shown in tooltips</source>
        <translation>可选，显示在工具提示中</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Type key: %1</source>
        <translation>类型标识：%1</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Enabled: offer Sync and Tasks for this source</source>
        <translation>已启用：为此同步源提供“同步”和“任务”</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>This type has no options.</source>
        <translation>此类型没有选项。</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Try to reach the source with these settings, without syncing</source>
        <translation>尝试使用这些设置连接同步源，但不进行同步</translation>
    </message>
    <message>
        <source>No keyring is reachable (%1). Secrets cannot be saved until one is: UserSync never stores them anywhere else. The other settings can still be saved.</source>
        <translation>无法访问任何密钥环（%1）。在有可用的密钥环之前，无法保存机密信息：UserSync 绝不会将其存储在其他任何地方。其他设置仍可保存。</translation>
    </message>
    <message>
        <source>A source needs a name.</source>
        <translation>同步源需要一个名称。</translation>
    </message>
    <message>
        <source>“%1” is required.</source>
        <translation>“%1”为必填项。</translation>
    </message>
    <message>
        <source>Source name</source>
        <translation>同步源名称</translation>
    </message>
    <message>
        <source>A secret was entered, but no keyring is reachable to keep it. Clear the secret field to save the other settings, or start a keyring (GNOME Keyring, KWallet) and try again.</source>
        <translation>已输入机密信息，但无法访问任何密钥环来保存它。请清空机密字段以保存其他设置，或启动一个密钥环（GNOME Keyring、KWallet）后重试。</translation>
    </message>
    <message>
        <source>The database is not open yet.</source>
        <translation>数据库尚未打开。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Another source already has this name.</source>
        <translation>已有另一个同步源使用此名称。</translation>
    </message>
    <message>
        <source>The source was not saved: %1</source>
        <translation>同步源未保存：%1</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>未做任何更改：%1</translation>
    </message>
    <message>
        <source>no keyring is available</source>
        <translation>没有可用的密钥环</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>正在测试连接…</translation>
    </message>
</context>
<context>
    <name>SourceListModel</name>
    <message>
        <source>Never synced</source>
        <translation>从未同步</translation>
    </message>
    <message>
        <source>%1 of %2 records · %3</source>
        <translation>%1 / %2 条记录 · %3</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 条记录</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Type key: %1</source>
        <translation>类型标识：%1</translation>
    </message>
    <message>
        <source>The type “%1” is not known to this UserSync: is the plugin that provides it installed?</source>
        <translation>此 UserSync 不认识类型“%1”：是否已安装提供该类型的插件？</translation>
    </message>
    <message>
        <source>Enabled: Sync and Tasks are offered</source>
        <translation>已启用：提供“同步”和“任务”</translation>
    </message>
    <message>
        <source>Disabled: enable it in Configure to sync</source>
        <translation>已禁用：在“配置”中启用后才能同步</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <source>This source has not been synced yet.</source>
        <translation>此同步源尚未同步过。</translation>
    </message>
    <message>
        <source>Batch %1, %2
Started %3
%4</source>
        <translation>批次 %1，%2
开始于 %3
%4</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>上次运行</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
</context>
<context>
    <name>SourceRepository</name>
    <message>
        <source>Saving source “%1”</source>
        <translation>保存同步源“%1”</translation>
    </message>
    <message>
        <source>The source “%1” does not exist.</source>
        <translation>同步源“%1”不存在。</translation>
    </message>
    <message>
        <source>The source #%1 does not exist.</source>
        <translation>同步源 #%1 不存在。</translation>
    </message>
    <message>
        <source>There is no source named “%1”.</source>
        <translation>没有名为“%1”的同步源。</translation>
    </message>
</context>
<context>
    <name>SourceType</name>
    <message>
        <source>“%1” is required.</source>
        <translation>“%1”为必填项。</translation>
    </message>
    <message>
        <source>“%1” must be a whole number.</source>
        <translation>“%1”必须是整数。</translation>
    </message>
    <message>
        <source>“%1” must be at least %2.</source>
        <translation>“%1”不能小于 %2。</translation>
    </message>
    <message>
        <source>“%1” must be at most %2.</source>
        <translation>“%1”不能大于 %2。</translation>
    </message>
    <message>
        <source>“%1” must be true or false.</source>
        <translation>“%1”必须是 true 或 false。</translation>
    </message>
    <message>
        <source>“%1” must be one of: %2.</source>
        <translation>“%1”必须是以下值之一：%2。</translation>
    </message>
    <message>
        <source>“%1” must be a full URL such as https://hr.example.com/api/users.</source>
        <translation>“%1”必须是完整的 URL，例如 https://hr.example.com/api/users。</translation>
    </message>
    <message>
        <source>“%1” must be text.</source>
        <translation>“%1”必须是文本。</translation>
    </message>
    <message>
        <source>This source type has no connection test.</source>
        <translation>此同步源类型没有连接测试。</translation>
    </message>
</context>
<context>
    <name>SourcesCommands</name>
    <message>
        <source>sources types takes no arguments.</source>
        <translation>sources types 不接受参数。</translation>
    </message>
    <message>
        <source> (push only)</source>
        <translation> (仅推送)</translation>
    </message>
    <message>
        <source>sources list takes no arguments.</source>
        <translation>sources list 不接受参数。</translation>
    </message>
    <message>
        <source>NAME	TYPE	ENABLED	LAST RUN
</source>
        <translation>名称	类型	已启用	上次运行
</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Usage: sources add NAME --type TYPE [--enable] [--option KEY=VALUE]... [--secret KEY]...</source>
        <translation>用法：sources add NAME --type TYPE [--enable] [--option KEY=VALUE]... [--secret KEY]...</translation>
    </message>
    <message>
        <source>The source name must not be empty.</source>
        <translation>同步源名称不能为空。</translation>
    </message>
    <message>
        <source>Unknown source type “%1”. Known types: %2.</source>
        <translation>未知的同步源类型“%1”。已知类型：%2。</translation>
    </message>
    <message>
        <source>Source “%1” was not added: %2</source>
        <translation>同步源“%1”未添加：%2</translation>
    </message>
    <message>
        <source>Source “%1” added (type %2, %3).</source>
        <translation>已添加同步源“%1”（类型 %2，%3）。</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <source>Usage: sources update NAME [--enable|--disable] [--option KEY=VALUE]... [--secret KEY]...</source>
        <translation>用法：sources update NAME [--enable|--disable] [--option KEY=VALUE]... [--secret KEY]...</translation>
    </message>
    <message>
        <source>Source “%1” has the type “%2”, which this UserSync does not know.</source>
        <translation>同步源“%1”的类型为“%2”，此 UserSync 无法识别该类型。</translation>
    </message>
    <message>
        <source>Source “%1” was not changed: %2</source>
        <translation>同步源“%1”未修改：%2</translation>
    </message>
    <message>
        <source>Source “%1” updated (%2).</source>
        <translation>已更新同步源“%1”（%2）。</translation>
    </message>
    <message>
        <source>Usage: sources remove NAME</source>
        <translation>用法：sources remove NAME</translation>
    </message>
    <message>
        <source>Source “%1” is syncing (batch %2); cancel it or wait, then remove it.</source>
        <translation>同步源“%1”正在同步（批次 %2）；请取消或等待其完成，然后再删除。</translation>
    </message>
    <message>
        <source>Source “%1” removed, with its task history. Its users and departments stay in the directory.
</source>
        <translation>已删除同步源“%1”及其任务历史。其用户和部门仍保留在目录中。
</translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <source>Sync sources</source>
        <translation>同步源</translation>
    </message>
    <message>
        <source>Where users and departments come from. Sync pulls a source now; Tasks shows its runs.</source>
        <translation>用户和部门的来源。“同步”会立即拉取同步源；“任务”显示其运行记录。</translation>
    </message>
    <message>
        <source>&amp;Add source</source>
        <translation>添加同步源(&amp;A)</translation>
    </message>
    <message>
        <source>Add a source of one of the installed types (Ctrl+N)</source>
        <translation>添加一个已安装类型的同步源（Ctrl+N）</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>刷新（F5）</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Configure</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>No sync source yet</source>
        <translation>还没有同步源</translation>
    </message>
    <message>
        <source>A source brings users and departments from the system that owns them: an HR system, LDAP, a CSV export, WeCom… To look around first, add the sample directory: a fictional organisation generated on this computer. Or let systems push their data to UserSync over the HTTP API.</source>
        <translation>同步源从拥有用户和部门数据的系统中获取这些数据：HR 系统、LDAP、CSV 导出、企业微信…… 如需先了解一下，可以添加示例目录：一个在本机上生成的虚构组织。也可以让其他系统通过 HTTP API 将数据推送到 UserSync。</translation>
    </message>
    <message>
        <source>Add a sample directory</source>
        <translation>添加示例目录</translation>
    </message>
    <message>
        <source>Enable the HTTP API…</source>
        <translation>启用 HTTP API…</translation>
    </message>
    <message>
        <source>Other type…</source>
        <translation>其他类型…</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>同步(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Cancel sync</source>
        <translation>取消同步(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>任务(&amp;T)</translation>
    </message>
    <message>
        <source>C&amp;onfigure…</source>
        <translation>配置(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>No source type is installed</source>
        <translation>未安装任何同步源类型</translation>
    </message>
    <message>
        <source>The synchronization of “%1” has started (batch %2). Tasks shows how it goes.</source>
        <translation>“%1”的同步已开始（批次 %2）。可在“任务”中查看进度。</translation>
    </message>
    <message>
        <source>Source “%1” has the type “%2”, which this UserSync does not know. Install the plugin that provides it to configure it.</source>
        <translation>同步源“%1”的类型为“%2”，此 UserSync 不认识该类型。请安装提供该类型的插件后再进行配置。</translation>
    </message>
    <message>
        <source>Source “%1” saved.</source>
        <translation>同步源“%1”已保存。</translation>
    </message>
    <message>
        <source>Source “%1” added.%2</source>
        <translation>同步源“%1”已添加。%2</translation>
    </message>
    <message>
        <source> Click Sync to run it.</source>
        <translation> 点击“同步”即可运行。</translation>
    </message>
    <message>
        <source> Enable it in Configure to sync it.</source>
        <translation> 在“配置”中启用后即可同步。</translation>
    </message>
    <message>
        <source>Delete sources</source>
        <translation>删除同步源</translation>
    </message>
    <message>
        <source>Delete the source “%1”?</source>
        <translation>删除同步源“%1”？</translation>
    </message>
    <message>
        <source>Delete these %1 sources?</source>
        <translation>删除这 %1 个同步源？</translation>
    </message>
    <message>
        <source>Their task history and keyring entries are removed. The users and departments they synced stay in the directory.</source>
        <translation>它们的任务历史和密钥环条目将被删除。它们同步的用户和部门仍保留在目录中。</translation>
    </message>
    <message>
        <source>Source “%1” deleted.</source>
        <translation>同步源“%1”已删除。</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>status takes no arguments.</source>
        <translation>status 不接受参数。</translation>
    </message>
    <message>
        <source>UserSync %1
Data folder:    %2
Database:       %3 (%4)
Schema version: %5
</source>
        <translation>UserSync %1
数据文件夹：%2
数据库：    %3 (%4)
架构版本：  %5
</translation>
    </message>
</context>
<context>
    <name>StoreActions</name>
    <message>
        <source>Source “%1” is syncing (batch %2); cancel it or wait, then delete it.</source>
        <translation>同步源“%1”正在同步（批次 %2）；请取消同步或等待其完成，然后再删除。</translation>
    </message>
    <message>
        <source>Connected to %1 %2. The database is empty; UserSync creates its tables when it starts with it.</source>
        <translation>已连接到 %1 %2。数据库为空；UserSync 使用它启动时会创建数据表。</translation>
    </message>
    <message>
        <source>Connected to %1 %2, but the database was written by a newer UserSync (schema version %3; this one knows %4). It would refuse to use it.</source>
        <translation>已连接到 %1 %2，但该数据库由较新版本的 UserSync 写入（架构版本 %3；当前版本支持 %4）。当前版本将拒绝使用它。</translation>
    </message>
    <message>
        <source>Connected to %1 %2 (UserSync schema version %3).</source>
        <translation>已连接到 %1 %2（UserSync 架构版本 %3）。</translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>a source with this name already exists</source>
        <translation>已存在同名的同步源</translation>
    </message>
    <message>
        <source>a task with this batch number already exists</source>
        <translation>已存在使用此批次号的任务</translation>
    </message>
    <message>
        <source>a task of this source is already running</source>
        <translation>此同步源已有任务正在运行</translation>
    </message>
    <message>
        <source>this source already has a record with this uid</source>
        <translation>此同步源已有使用此 uid 的记录</translation>
    </message>
    <message>
        <source>this record is already linked to that row</source>
        <translation>此记录已关联到该行</translation>
    </message>
    <message>
        <source>the username is already used by another user</source>
        <translation>该用户名已被其他用户使用</translation>
    </message>
    <message>
        <source>the e-mail address is already used by another user</source>
        <translation>该电子邮件地址已被其他用户使用</translation>
    </message>
    <message>
        <source>the phone number is already used by another user</source>
        <translation>该电话号码已被其他用户使用</translation>
    </message>
    <message>
        <source>the user is already a member of this department</source>
        <translation>该用户已是此部门的成员</translation>
    </message>
    <message>
        <source>the user already has a main department</source>
        <translation>该用户已有主部门</translation>
    </message>
    <message>
        <source>an API key with this name already exists</source>
        <translation>已存在同名的 API 密钥</translation>
    </message>
    <message>
        <source>this API key already exists</source>
        <translation>此 API 密钥已存在</translation>
    </message>
    <message>
        <source>%1 failed: %2.</source>
        <translation>%1失败：%2。</translation>
    </message>
    <message>
        <source>a value that must be unique is already taken</source>
        <translation>必须唯一的值已被占用</translation>
    </message>
    <message>
        <source>it refers to a row that does not exist</source>
        <translation>它引用了不存在的行</translation>
    </message>
    <message>
        <source>a value is missing or not allowed (%1)</source>
        <translation>缺少某个值或该值不被允许（%1）</translation>
    </message>
    <message>
        <source>the database is locked by another program; try again in a moment</source>
        <translation>数据库被另一个程序锁定；请稍后重试</translation>
    </message>
    <message>
        <source>the database cannot be reached (%1)</source>
        <translation>无法连接到数据库（%1）</translation>
    </message>
    <message>
        <source>the database reported: %1</source>
        <translation>数据库报告：%1</translation>
    </message>
</context>
<context>
    <name>StoreOpener</name>
    <message>
        <source>The database password could not be read: %1</source>
        <translation>无法读取数据库密码：%1</translation>
    </message>
</context>
<context>
    <name>SyncJob</name>
    <message>
        <source>Source “%1” is disabled. Enable it first (in Configure, or with usersync-cli sources update %1 --enable).</source>
        <translation>同步源“%1”已禁用。请先启用它（在“配置”中，或使用 usersync-cli sources update %1 --enable）。</translation>
    </message>
    <message>
        <source>Source “%1” has the type “%2”, which this UserSync does not know. Is the plugin that provides it installed?</source>
        <translation>同步源“%1”的类型为“%2”，此 UserSync 无法识别该类型。提供该类型的插件是否已安装？</translation>
    </message>
    <message>
        <source>Source “%1” receives its data by push (%2); there is nothing to pull.</source>
        <translation>同步源“%1”通过推送接收数据（%2）；没有可拉取的内容。</translation>
    </message>
    <message>
        <source>No keyring is available to read the secret “%1”.</source>
        <translation>没有可用的密钥环来读取机密“%1”。</translation>
    </message>
    <message>
        <source>The secret “%1” of source “%2” is not in the keyring. Open Configure and enter it again.</source>
        <translation>同步源“%2”的机密“%1”不在密钥环中。请打开“配置”并重新输入。</translation>
    </message>
    <message>
        <source>Page %1 from the source is not valid (%2); nothing of it was written</source>
        <translation>来自同步源的第 %1 页无效（%2）；该页的任何内容都未写入</translation>
    </message>
    <message>
        <source>Page %1 could not be saved: %2</source>
        <translation>第 %1 页无法保存：%2</translation>
    </message>
    <message>
        <source>Page %1: %2</source>
        <translation>第 %1 页：%2</translation>
    </message>
    <message>
        <source>Pages %1 to %2 could not be saved: %3</source>
        <translation>第 %1 至 %2 页无法保存：%3</translation>
    </message>
</context>
<context>
    <name>SystemLog</name>
    <message>
        <source>The system log cannot be written (%1). Messages go to the standard error output instead.</source>
        <translation>无法写入系统日志（%1）。消息将改为输出到标准错误输出。</translation>
    </message>
</context>
<context>
    <name>TagDelegate</name>
    <message>
        <source>%1/s</source>
        <translation>%1/秒</translation>
    </message>
    <message>
        <source>%1 of %2 · %3</source>
        <translation>%1 / %2 · %3</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 条记录</translation>
    </message>
</context>
<context>
    <name>TaskChart</name>
    <message>
        <source>Last runs</source>
        <translation>最近运行</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Duration (s)</source>
        <translation>耗时（秒）</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>秒</translation>
    </message>
</context>
<context>
    <name>TaskCommands</name>
    <message>
        <source>Usage: sync NAME</source>
        <translation>用法：sync NAME</translation>
    </message>
    <message>
        <source>Usage: retry BATCH</source>
        <translation>用法：retry BATCH</translation>
    </message>
    <message>
        <source>Usage: cancel BATCH</source>
        <translation>用法：cancel BATCH</translation>
    </message>
    <message>
        <source>Task %1 is %2, not running; there is nothing to cancel.</source>
        <translation>任务 %1 的状态为%2，未在运行；没有可取消的内容。</translation>
    </message>
    <message>
        <source>Cancel requested for task %1; it stops after the page it is applying.
</source>
        <translation>已请求取消任务 %1；它会在应用完当前页后停止。
</translation>
    </message>
    <message>
        <source>Usage: tasks NAME [--limit N]</source>
        <translation>用法：tasks NAME [--limit N]</translation>
    </message>
    <message>
        <source>--limit must be a positive number.</source>
        <translation>--limit 必须是正数。</translation>
    </message>
    <message>
        <source>BATCH	STATUS	ATTEMPT	COST MS	STARTED	MESSAGE
</source>
        <translation>批次	状态	尝试次数	耗时(毫秒)	开始时间	消息
</translation>
    </message>
    <message>
        <source>Usage: task BATCH [--action ACTION] [--attempt N]</source>
        <translation>用法：task BATCH [--action ACTION] [--attempt N]</translation>
    </message>
    <message>
        <source>
DATA TYPE	UID	RESOURCE	ACTION	MESSAGE
</source>
        <translation>
数据类型	UID	资源	操作	消息
</translation>
    </message>
    <message>
        <source>Usage: push FILE|-</source>
        <translation>用法：push FILE|-</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>无法读取标准输入。</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>文件“%1”不存在。</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>Task %1: %2
</source>
        <translation>任务 %1：%2
</translation>
    </message>
    <message>
        <source>Failed records: %1 (%2).
</source>
        <translation>失败的记录：%1（%2）。
</translation>
    </message>
    <message>
        <source>%1 more %2 records are counted, not listed.
</source>
        <translation>另有 %1 条 %2 记录只计数，未逐条列出。
</translation>
    </message>
</context>
<context>
    <name>TaskDetailsDialog</name>
    <message>
        <source>Show this task in the log viewer</source>
        <translation>在日志查看器中显示此任务</translation>
    </message>
    <message>
        <source>A retry keeps the outcomes of each attempt apart</source>
        <translation>重试时会将每次尝试的结果分开保存</translation>
    </message>
    <message>
        <source>Search UID or message</source>
        <translation>搜索 UID 或消息</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>导出 JSON…</translation>
    </message>
    <message>
        <source>&amp;Attempt:</source>
        <translation>尝试(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>结果(&amp;O)：</translation>
    </message>
    <message>
        <source>Select a record to see what the source sent.</source>
        <translation>选择一条记录以查看同步源发送的内容。</translation>
    </message>
    <message>
        <source>Source record</source>
        <translation>源记录</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>No record was kept for this outcome.</source>
        <translation>此结果没有保留记录。</translation>
    </message>
    <message>
        <source>The latest version this source sent for this UID.</source>
        <translation>此同步源为该 UID 发送的最新版本。</translation>
    </message>
    <message>
        <source>The record exactly as this task received it.</source>
        <translation>此任务接收到的原始记录。</translation>
    </message>
    <message>
        <source>Task %1 — %2</source>
        <translation>任务 %1 — %2</translation>
    </message>
    <message>
        <source>Batch %1</source>
        <translation>批次 %1</translation>
    </message>
    <message>
        <source>Source “%1”</source>
        <translation>同步源“%1”</translation>
    </message>
    <message>
        <source>attempt %1</source>
        <translation>第 %1 次尝试</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>开始于 %1</translation>
    </message>
    <message>
        <source>took %1</source>
        <translation>耗时 %1</translation>
    </message>
    <message>
        <source>%1 (latest)</source>
        <translation>%1（最新）</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>所有结果</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在计数…</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>已显示 %1 条，共 %2 条</translation>
    </message>
    <message>
        <source>Records: %1</source>
        <translation>记录：%1</translation>
    </message>
    <message>
        <source>Export outcomes as JSON</source>
        <translation>将结果导出为 JSON</translation>
    </message>
    <message>
        <source>Export outcomes as CSV</source>
        <translation>将结果导出为 CSV</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Exported %1 records to %2.</source>
        <translation>已将 %1 条记录导出到 %2。</translation>
    </message>
    <message>
        <source>%1 unchanged not listed</source>
        <translation>%1 条未变更记录未列出</translation>
    </message>
    <message>
        <source>These records arrived exactly as last time and every user or department they made still exists, so the sync left them alone and kept only their number.</source>
        <translation>这些记录与上次收到的完全相同，且它们生成的用户或部门都仍然存在，因此同步未处理它们，只记录了数量。</translation>
    </message>
</context>
<context>
    <name>TaskListModel</name>
    <message>
        <source>Batch %1 (task #%2)</source>
        <translation>批次 %1（任务 #%2）</translation>
    </message>
    <message>
        <source>%1 of %2 records · %3</source>
        <translation>%1 / %2 条记录 · %3</translation>
    </message>
    <message>
        <source>%1 records so far</source>
        <translation>目前已有 %1 条记录</translation>
    </message>
    <message>
        <source>Finished %1</source>
        <translation>完成于 %1</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Started at</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>尝试</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
</context>
<context>
    <name>TaskMessages</name>
    <message>
        <source>Done: %1 records. %2</source>
        <translation>完成：%1 条记录。%2</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>没有需要处理的内容。</translation>
    </message>
    <message>
        <source>Finished with failed records: %1 (%2); everything else was applied. Open the task to see which records failed and why, correct them at the source, then click Retry. %3</source>
        <translation>已完成，但有失败的记录：%1（%2）；其余内容均已应用。请打开该任务查看哪些记录失败及其原因，在源系统中更正后点击“重试”。%3</translation>
    </message>
    <message>
        <source>%1 %2 Fix the cause and click Retry.</source>
        <translation>%1 %2 请排除原因后点击“重试”。</translation>
    </message>
    <message>
        <source>Cancelled. %1 Click Retry to run it again.</source>
        <translation>已取消。%1请点击“重试”重新运行。</translation>
    </message>
</context>
<context>
    <name>TaskRepository</name>
    <message>
        <source>Source “%1” is already syncing (batch %2, started %3). Wait for it to finish or cancel it, then try again.</source>
        <translation>同步源“%1”正在同步（批次 %2，开始于 %3）。请等待其完成或将其取消，然后重试。</translation>
    </message>
    <message>
        <source>Interrupted: the application stopped during this sync</source>
        <translation>已中断：应用程序在此次同步过程中停止</translation>
    </message>
    <message>
        <source>Creating a task</source>
        <translation>创建任务</translation>
    </message>
    <message>
        <source>Could not find a free batch number; try again.</source>
        <translation>找不到可用的批次号；请重试。</translation>
    </message>
    <message>
        <source>Task #%1 is not waiting to start.</source>
        <translation>任务 #%1 不在等待启动状态。</translation>
    </message>
    <message>
        <source>Task %1 is %2; only failed, partial or cancelled tasks can be retried.</source>
        <translation>任务 %1 的当前状态为%2；只有失败、部分成功或已取消的任务才能重试。</translation>
    </message>
    <message>
        <source>Task %1 was changed by another program; reload and try again.</source>
        <translation>任务 %1 已被另一个程序修改；请重新加载后重试。</translation>
    </message>
    <message>
        <source>Task #%1 is not running any more.</source>
        <translation>任务 #%1 已不再运行。</translation>
    </message>
    <message>
        <source>The task is not running, so there is nothing to cancel.</source>
        <translation>该任务未在运行，因此没有可取消的内容。</translation>
    </message>
    <message>
        <source>Task #%1 does not exist.</source>
        <translation>任务 #%1 不存在。</translation>
    </message>
    <message>
        <source>There is no task with batch %1.</source>
        <translation>没有批次为 %1 的任务。</translation>
    </message>
</context>
<context>
    <name>TaskResultExport</name>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
</context>
<context>
    <name>TaskResultModel</name>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>UID</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>TaskResultRepository</name>
    <message>
        <source>Saving record outcomes</source>
        <translation>保存记录结果</translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <source>Init</source>
        <translation>初始化</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Partial</source>
        <translation>部分成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>TasksPanel</name>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>Run the selected failed, partial or cancelled task again under the same batch</source>
        <translation>在同一批次下重新运行所选的失败、部分完成或已取消的任务</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the selected task after its current page</source>
        <translation>在当前页完成后停止所选任务</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>详情(&amp;D)</translation>
    </message>
    <message>
        <source>Per-record outcomes of the selected task (Enter)</source>
        <translation>所选任务中每条记录的结果（Enter）</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Close the tasks</source>
        <translation>关闭任务列表</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Runs: %1</source>
        <translation>运行次数：%1</translation>
    </message>
    <message>
        <source>Tasks of “%1”</source>
        <translation>“%1”的任务</translation>
    </message>
    <message>
        <source>This source has not run yet. Click Sync to start its first task.</source>
        <translation>此同步源尚未运行过。点击“同步”开始其第一个任务。</translation>
    </message>
    <message>
        <source>Retrying batch %1.</source>
        <translation>正在重试批次 %1。</translation>
    </message>
    <message>
        <source>Cancelling batch %1 after its current page…</source>
        <translation>正在取消批次 %1（当前页完成后）…</translation>
    </message>
    <message>
        <source>Asked the process running batch %1 to stop.</source>
        <translation>已请求运行批次 %1 的进程停止。</translation>
    </message>
    <message>
        <source>Batch %1 is not running any more.</source>
        <translation>批次 %1 已不在运行。</translation>
    </message>
</context>
<context>
    <name>UserDataParser</name>
    <message>
        <source>The request body is not valid JSON: %1 at byte %2.</source>
        <translation>请求体不是有效的 JSON：%1（位于第 %2 字节）。</translation>
    </message>
    <message>
        <source>The request body must be a JSON object such as {"dataType": "user", "records": [...]}, got %1.</source>
        <translation>请求体必须是 JSON 对象，例如 {"dataType": "user", "records": [...]}，实际为 %1。</translation>
    </message>
    <message>
        <source>dataType %1 is not supported</source>
        <translation>dataType %1 is not supported</translation>
    </message>
    <message>
        <source>matchKey must be one of username, email or phone, got %1.</source>
        <translation>matchKey 必须是 username、email 或 phone 之一，实际为 %1。</translation>
    </message>
    <message>
        <source>sourceName must be a non-empty string, got %1.</source>
        <translation>sourceName 必须是非空字符串，实际为 %1。</translation>
    </message>
    <message>
        <source>records for user data synchronize is required</source>
        <translation>records for user data synchronize is required</translation>
    </message>
    <message>
        <source>records must be an array of record objects, got %1.</source>
        <translation>records 必须是由记录对象组成的数组，实际为 %1。</translation>
    </message>
    <message>
        <source>records must have at least one piece of data</source>
        <translation>records must have at least one piece of data</translation>
    </message>
    <message>
        <source>record %1 must be a JSON object, got %2.</source>
        <translation>第 %1 条记录必须是 JSON 对象，实际为 %2。</translation>
    </message>
    <message>
        <source>record must has uid, error record: %1</source>
        <translation>record must has uid, error record: %1</translation>
    </message>
    <message>
        <source>%1: uid must be a string, got %2; error record: %3</source>
        <translation>%1：uid 必须是字符串，实际为 %2；错误记录：%3</translation>
    </message>
</context>
<context>
    <name>UserListModel</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Protected account: a sync never deletes it</source>
        <translation>受保护的账号：同步永远不会删除它</translation>
    </message>
    <message>
        <source>main department</source>
        <translation>主部门</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: uid %2</source>
        <translation>%1：uid %2</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>同步源</translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>Saving user “%1”</source>
        <translation>保存用户“%1”</translation>
    </message>
    <message>
        <source>User #%1 does not exist.</source>
        <translation>用户 #%1 不存在。</translation>
    </message>
    <message>
        <source>Users cannot be looked up by “%1”.</source>
        <translation>无法按“%1”查找用户。</translation>
    </message>
    <message>
        <source>An empty %1 matches no user.</source>
        <translation>空的%1不匹配任何用户。</translation>
    </message>
    <message>
        <source>No user has %1 “%2”.</source>
        <translation>没有%1为“%2”的用户。</translation>
    </message>
</context>
<context>
    <name>UserSearchIndex</name>
    <message>
        <source>The users changed while the search index was read.</source>
        <translation>读取搜索索引期间用户已发生变化。</translation>
    </message>
    <message>
        <source>The users are too many for the search index.</source>
        <translation>用户数量过多，无法建立搜索索引。</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Search name, username, e-mail or phone (Ctrl+F)</source>
        <translation>搜索姓名、用户名、电子邮箱或电话（Ctrl+F）</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>自定义字段</translation>
    </message>
    <message>
        <source>Show custom fields the sources sent as columns</source>
        <translation>将同步源发送的自定义字段显示为列</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>刷新（F5）</translation>
    </message>
    <message>
        <source>Select a user to see all of their fields.</source>
        <translation>选择一个用户以查看其所有字段。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Users: %1</source>
        <translation>用户：%1</translation>
    </message>
    <message>
        <source>Matches: %1</source>
        <translation>匹配：%1</translation>
    </message>
    <message>
        <source>No custom fields in the loaded users</source>
        <translation>已加载的用户中没有自定义字段</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>受保护</translation>
    </message>
    <message>
        <source>a sync never deletes this account</source>
        <translation>同步永远不会删除此账号</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>main</source>
        <translation>主部门</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>同步源</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>手动创建</translation>
    </message>
</context>
<context>
    <name>UsersResource</name>
    <message>
        <source>No user was synced for this uid, so there is nothing to delete.</source>
        <translation>没有以此 uid 同步过的用户，因此没有可删除的内容。</translation>
    </message>
    <message>
        <source>User “%1” is a protected account; a sync never deletes it.</source>
        <translation>用户“%1”是受保护的账户；同步永远不会删除它。</translation>
    </message>
    <message>
        <source>another record of this batch</source>
        <translation>此批次中的另一条记录</translation>
    </message>
    <message>
        <source>user “%1”</source>
        <translation>用户“%1”</translation>
    </message>
    <message>
        <source>The %1 “%2” is already used by %3; this record was not saved.</source>
        <translation>%1“%2”已被%3使用；此记录未保存。</translation>
    </message>
    <message>
        <source>Adopted the existing user “%1” by %2.</source>
        <translation>已按%2匹配并接管现有用户“%1”。</translation>
    </message>
    <message>
        <source>Saving user “%1”</source>
        <translation>保存用户“%1”</translation>
    </message>
</context>
</TS>