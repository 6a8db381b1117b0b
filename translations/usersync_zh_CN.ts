<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <source>List a source&apos;s tasks, newest first</source>
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
</context>
<context>
    <name>DailyLogFile</name>
    <message>
        <source>cannot create the log folder “%1”</source>
        <extracomment>A clause inside &quot;The system log cannot be written (…).&quot; and similar.</extracomment>
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
        <source>Users and departments from a JSON file: {&quot;departments&quot;: [...], &quot;users&quot;: [...]}.</source>
        <translation>来自 JSON 文件的用户和部门：{&quot;departments&quot;: [...], &quot;users&quot;: [...]}。</translation>
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
    <name>LogReader</name>
    <message>
        <source>%1 ×%2</source>
        <extracomment>Summary of one batch of raw records in the log viewer: data type and record count, e.g. &quot;user ×1000&quot;.</extracomment>
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
        <source>Sync sources will be listed here.</source>
        <translation>同步源将在此处列出。</translation>
    </message>
    <message>
        <source>Synced users will be listed here.</source>
        <translation>已同步的用户将在此处列出。</translation>
    </message>
    <message>
        <source>The department tree will be shown here.</source>
        <translation>部门树将在此处显示。</translation>
    </message>
    <message>
        <source>The system log and raw sync records will be shown here.</source>
        <translation>系统日志和原始同步记录将在此处显示。</translation>
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
        <source>&lt;h3&gt;UserSync %1&lt;/h3&gt;&lt;p&gt;Keeps an organisation&apos;s users and departments in sync with the systems that own them.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;UserSync %1&lt;/h3&gt;&lt;p&gt;使组织的用户和部门与管理它们的源系统保持同步。&lt;/p&gt;&lt;p&gt;数据文件夹：%2&lt;/p&gt;</translation>
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
    <name>SamplePuller</name>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Simulated failure after %1 records, as the sample source&apos;s option “Fail after” asks. Set it to 0, or click Retry.</source>
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
        <source>Not needed by the sample. A value entered here is kept only in the system keyring, to show how UserSync stores a source&apos;s secrets.</source>
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
</context>
<context>
    <name>SystemLog</name>
    <message>
        <source>The system log cannot be written (%1). Messages go to the standard error output instead.</source>
        <translation>无法写入系统日志（%1）。消息将改为输出到标准错误输出。</translation>
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
    <name>UserDataParser</name>
    <message>
        <source>The request body is not valid JSON: %1 at byte %2.</source>
        <translation>请求体不是有效的 JSON：%1（位于第 %2 字节）。</translation>
    </message>
    <message>
        <source>The request body must be a JSON object such as {&quot;dataType&quot;: &quot;user&quot;, &quot;records&quot;: [...]}, got %1.</source>
        <translation>请求体必须是 JSON 对象，例如 {&quot;dataType&quot;: &quot;user&quot;, &quot;records&quot;: [...]}，实际为 %1。</translation>
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
