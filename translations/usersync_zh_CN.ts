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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Exit codes: 0 done (also a partial task), 1 task failed, 2 bad usage or input, 3 not found, 4 refused.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--data-dir needs a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--database needs a URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command “%1”. See usersync-cli --help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>Open the store (creating or upgrading it) and show where it is</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>Check that the server is running, that the host, port, user and database are right, and that the password is stored in the keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the folder exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database “%1”: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qt SQL driver %1 is not installed (Debian package %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataDir</name>
    <message>
        <source>Cannot create the data folder “%1”. Check that the disk is writable or choose another folder with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseConfig</name>
    <message>
        <source>The database location is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid PostgreSQL URL. Expected postgresql://user@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL URL contains a password. Passwords are kept in the system keyring, never on the command line: remove it from the URL and store it with “usersync-cli database password URL”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL URL “%1” names no database. Expected postgresql://user@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported database URL “%1”. Use a file path for SQLite or postgresql://user@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DepartmentRepository</name>
    <message>
        <source>Saving department “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department #%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UserSync keeps passwords and tokens only in the system keyring. Start and unlock a keyring (GNOME Keyring, KWallet or another Secret Service provider) in this desktop session and try again; nothing was saved in plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret is stored in the keyring under “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring refused access to “%1” (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring could not delete “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keyring is reachable (%1). %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring did not answer within %1 seconds. It may be waiting for an unlock prompt, or no keyring is running. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync sources will be listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced users will be listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department tree will be shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system log and raw sync records will be shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Data Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About UserSync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About UserSync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;UserSync %1&lt;/h3&gt;&lt;p&gt;Keeps an organisation&apos;s users and departments in sync with the systems that own them.&lt;/p&gt;&lt;p&gt;Data folder: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembershipRepository</name>
    <message>
        <source>Adding user #%1 to department #%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>No keyring is reachable (simulated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret is stored under “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>Creating the schema version table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database “%1” has schema version %2, but this UserSync %3 knows schema versions up to %4 only. It was written by a newer UserSync: update UserSync, or choose another database. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database to schema version %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: the migration script is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordAction</name>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordRepository</name>
    <message>
        <source>Saving record “%1” of source “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source “%1” has no %2 with uid “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linking a record to %1 #%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceRepository</name>
    <message>
        <source>Saving source “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source #%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no source named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>status takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UserSync %1
Data folder:    %2
Database:       %3 (%4)
Schema version: %5
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>a source with this name already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a task with this batch number already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a task of this source is already running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this source already has a record with this uid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this record is already linked to that row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the username is already used by another user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the e-mail address is already used by another user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the phone number is already used by another user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user is already a member of this department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user already has a main department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an API key with this name already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this API key already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value that must be unique is already taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it refers to a row that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value is missing or not allowed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database is locked by another program; try again in a moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database cannot be reached (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database reported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreOpener</name>
    <message>
        <source>The database password could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskRepository</name>
    <message>
        <source>Source “%1” is already syncing (batch %2, started %3). Wait for it to finish or cancel it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted: the application stopped during this sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not find a free batch number; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task #%1 is not waiting to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 is %2; only failed, partial or cancelled tasks can be retried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 was changed by another program; reload and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task #%1 is not running any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task is not running, so there is nothing to cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task #%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no task with batch %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskResultRepository</name>
    <message>
        <source>Saving record outcomes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskStatus</name>
    <message>
        <source>Init</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserRepository</name>
    <message>
        <source>Saving user “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User #%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users cannot be looked up by “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty %1 matches no user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user has %1 “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
