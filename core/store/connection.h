#pragma once

#include "databaseconfig.h"
#include "result.h"
#include "storeerror.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <memory>

struct sqlite3_stmt;
class WriterTurn;

// One database connection, owned by the thread that created it.
//
// Opens a uniquely named QSqlDatabase in its constructor and removes it in its destructor, so a job
// or thread never shares a connection and never leaks one. Keeps the prepared statements it has
// handed out, so hot loops reuse them.
class Connection
{
public:
    explicit Connection(const DatabaseConfig &config);
    ~Connection();
    Q_DISABLE_COPY_MOVE(Connection)

    bool isOpen() const { return !m_error.isError(); }
    const StoreError &openError() const { return m_error; }
    const DatabaseConfig &config() const { return m_config; }
    bool isPostgres() const { return m_config.isPostgres(); }
    QString name() const { return m_name; }
    QSqlDatabase database() const;

    // A statement prepared once per connection and reused; the same reference each call.
    // Values are bound positionally by the caller. On failure *error is set.
    QSqlQuery *prepared(const QString &sql, StoreError *error);
    // The same for the sqlite3 statements of the native hot paths (SQLite only; reset before
    // it is returned). nullptr with *error set on failure.
    sqlite3_stmt *preparedNative(const QString &sql, StoreError *error);

    // Runs one statement with positional values; a classified error or none.
    StoreError exec(const QString &sql, const QVariantList &values = {},
                    const QString &context = {});
    // Runs a prepared statement with positional values; the query stays readable by the caller.
    StoreError run(QSqlQuery &query, const QVariantList &values, const QString &context = {});
    // The first column of the first row, or an invalid QVariant when there is no row.
    Result<QVariant> scalar(const QString &sql, const QVariantList &values = {},
                            const QString &context = {});

    // After a commit on SQLite: lets writers that wait for the database in first (WriterTurn).
    void yieldToWaitingWriters();

    // Timestamps are stored as ISO-8601 UTC text on both engines, so they sort and compare alike.
    static QString nowText();

private:
    static constexpr int BusyTimeoutMs = 15000;

    // exec(), retried while SQLite reports a lock conflict it does not wait for by itself.
    StoreError execWaiting(const QString &sql);

    DatabaseConfig m_config;
    QString m_name;
    StoreError m_error;
    QHash<QString, QSqlQuery *> m_statements;
    QHash<QString, sqlite3_stmt *> m_nativeStatements;
    std::unique_ptr<WriterTurn> m_turn;
};
