#include "connection.h"

#include "sqlitenative.h"
#include "sqlvalue.h"
#include "writerturn.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlError>
#include <QThread>

#include <sqlite3.h>

namespace {
QAtomicInteger<quint64> connectionCounter;

StoreError openFailure(const DatabaseConfig &config, const QSqlError &error)
{
    const QString where =
        config.isPostgres() ? config.url() : QDir::toNativeSeparators(config.sqlitePath());
    QString hint;
    if (config.isPostgres()) {
        hint = QCoreApplication::translate("Connection",
                                           "Check that the server is running, that the host, port, "
                                           "user and database are right, and that the password is "
                                           "stored in the keyring.");
    } else {
        hint = QCoreApplication::translate("Connection",
                                           "Check that the folder exists and is writable.");
    }
    const QString reason = error.text().trimmed();
    return StoreError(
        StoreError::Kind::Unavailable,
        QCoreApplication::translate("Connection", "Cannot open the database “%1”: %2. %3")
            .arg(where, reason.isEmpty() ? QStringLiteral("unknown error") : reason, hint),
        error.text());
}
} // namespace

Connection::Connection(const DatabaseConfig &config)
    : m_config(config)
{
    m_name = QStringLiteral("usersync-%1-%2")
                 .arg(++connectionCounter)
                 .arg(reinterpret_cast<quintptr>(QThread::currentThreadId()), 0, 16);
    Q_ASSERT(!QSqlDatabase::contains(m_name));

    if (!config.isValid()) {
        m_error =
            StoreError(StoreError::Kind::Unavailable,
                       QCoreApplication::translate("Connection", "No database is configured."));
        return;
    }
    if (!QSqlDatabase::isDriverAvailable(config.driverName())) {
        m_error = StoreError(StoreError::Kind::Unavailable,
                             QCoreApplication::translate("Connection",
                                                         "The Qt SQL driver %1 is not installed "
                                                         "(Debian package %2).")
                                 .arg(config.driverName(),
                                      config.isPostgres() ? QStringLiteral("libqt6sql6-psql")
                                                          : QStringLiteral("libqt6sql6-sqlite")));
        return;
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(config.driverName(), m_name);
    if (config.isPostgres()) {
        db.setHostName(config.host());
        db.setPort(config.port());
        db.setUserName(config.user());
        db.setPassword(config.password());
        db.setDatabaseName(config.databaseName());
        db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=usersync"));
    } else {
        QDir().mkpath(QFileInfo(config.sqlitePath()).absolutePath());
        db.setDatabaseName(config.sqlitePath());
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
    }
    if (!db.open()) {
        m_error = openFailure(config, db.lastError());
        return;
    }
    if (!config.isPostgres()) {
        m_turn = std::make_unique<WriterTurn>(config.sqlitePath(), BusyTimeoutMs);
        m_turn->install(SqliteNative::handle(*this));
    }
    const QStringList setup = config.isPostgres()
        ? QStringList{QStringLiteral("SET client_min_messages TO warning"),
                      QStringLiteral("SET TIME ZONE 'UTC'")}
        // WAL lets the GUI read while a sync writes; NORMAL is durable against process crashes.
        : QStringList{
            QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("PRAGMA foreign_keys = ON"),
            QStringLiteral("PRAGMA synchronous = NORMAL"),
            // A sync touches indexes all over the file: keep up to 64 MiB of pages in memory.
            QStringLiteral("PRAGMA cache_size = -65536"),
            QStringLiteral("PRAGMA temp_store = MEMORY"),
            // Checkpoint every ~80 MB of WAL instead of every 4 MB: a big sync rewrites the
            // same index pages page after page, and frequent checkpoints copied them back
            // each time (half of the commit time of a 100k sync).
            QStringLiteral("PRAGMA wal_autocheckpoint = 20000")};
    for (const QString &statement : setup) {
        if (StoreError error = execWaiting(statement)) {
            m_error = StoreError(StoreError::Kind::Unavailable, error.message(), error.detail());
            return;
        }
    }
    if (!config.isPostgres() && !SqliteNative::addFunctions(SqliteNative::handle(*this)))
        m_error =
            StoreError(StoreError::Kind::Unavailable,
                       QCoreApplication::translate(
                           "Connection", "SQLite did not accept the search function of UserSync."));
}

Connection::~Connection()
{
    // Every QSqlQuery and QSqlDatabase handle must be gone before removeDatabase().
    qDeleteAll(m_statements);
    m_statements.clear();
    for (sqlite3_stmt *statement : std::as_const(m_nativeStatements))
        sqlite3_finalize(statement);
    m_nativeStatements.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase Connection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

QSqlQuery *Connection::prepared(const QString &sql, StoreError *error)
{
    if (QSqlQuery *cached = m_statements.value(sql))
        return cached;
    auto *query = new QSqlQuery(database());
    query->setForwardOnly(true);
    if (!query->prepare(sql)) {
        if (error)
            *error = StoreError::fromSql(query->lastError());
        delete query;
        return nullptr;
    }
    m_statements.insert(sql, query);
    return query;
}

sqlite3_stmt *Connection::preparedNative(const QString &sql, StoreError *error)
{
    if (sqlite3_stmt *cached = m_nativeStatements.value(sql)) {
        sqlite3_reset(cached);
        sqlite3_clear_bindings(cached);
        return cached;
    }
    sqlite3 *db = SqliteNative::handle(*this);
    if (!db) {
        *error = StoreError(StoreError::Kind::Unavailable, QStringLiteral("not an SQLite store"));
        return nullptr;
    }
    const QByteArray text = sql.toUtf8();
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v3(db, text.constData(), int(text.size()), SQLITE_PREPARE_PERSISTENT,
                           &statement, nullptr)
        != SQLITE_OK) {
        *error = SqliteNative::lastError(db);
        return nullptr;
    }
    m_nativeStatements.insert(sql, statement);
    return statement;
}

StoreError Connection::run(QSqlQuery &query, const QVariantList &values, const QString &context)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, SqlValue::bindable(values.at(i)));
    if (!query.exec())
        return StoreError::fromSql(query.lastError(), context);
    return {};
}

StoreError Connection::execWaiting(const QString &sql)
{
    // SQLite answers some lock conflicts at once instead of calling its busy handler: switching a
    // brand-new file to WAL while another connection does the same is one. Wait them out here
    // for as long as the busy timeout would have.
    QElapsedTimer clock;
    clock.start();
    int pauseMs = 1;
    for (;;) {
        StoreError error = exec(sql);
        if (error.kind() != StoreError::Kind::Busy || clock.elapsed() >= BusyTimeoutMs)
            return error;
        QThread::msleep(pauseMs);
        pauseMs = qMin(pauseMs * 2, 100);
    }
}

StoreError Connection::exec(const QString &sql, const QVariantList &values, const QString &context)
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (values.isEmpty()) {
        if (!query.exec(sql))
            return StoreError::fromSql(query.lastError(), context);
        return {};
    }
    if (!query.prepare(sql))
        return StoreError::fromSql(query.lastError(), context);
    return run(query, values, context);
}

Result<QVariant> Connection::scalar(const QString &sql, const QVariantList &values,
                                    const QString &context)
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return StoreError::fromSql(query.lastError(), context);
    if (StoreError error = run(query, values, context))
        return error;
    return query.next() ? query.value(0) : QVariant();
}

void Connection::yieldToWaitingWriters()
{
    // Long enough for a waiting writer to wake and take the lock (it sleeps at most 10 ms).
    if (m_turn)
        m_turn->yieldToWaiting(200);
}

QString Connection::nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}
