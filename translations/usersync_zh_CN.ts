<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
    <name>CliCommands</name>
    <message>
        <source>Open the store (creating or upgrading it) and show where it is</source>
        <translation>打开存储（必要时创建或升级）并显示其位置</translation>
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
    <name>DataDir</name>
    <message>
        <source>Cannot create the data folder “%1”. Check that the disk is writable or choose another folder with --data-dir.</source>
        <translation>无法创建数据文件夹“%1”。请检查磁盘是否可写，或使用 --data-dir 选择其他文件夹。</translation>
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
</TS>
