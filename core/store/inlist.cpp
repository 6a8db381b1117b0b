#include "inlist.h"

#include "connection.h"
#include "sqlitenative.h"
#include "sqlrow.h"
#include "sqlvalue.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace {
StoreError selectNative(Connection &connection, const QString &sql, const QVariantList &values,
                        bool keep, const std::function<void(const SqlRow &)> &row)
{
    // As on the Qt path, only a full chunk's statement is kept.
    StoreError error;
    sqlite3_stmt *statement = nullptr;
    if (keep) {
        statement = connection.preparedNative(sql, &error);
        if (!statement)
            return error;
    } else {
        const QByteArray text = sql.toUtf8();
        sqlite3 *handle = SqliteNative::handle(connection);
        if (sqlite3_prepare_v2(handle, text.constData(), int(text.size()), &statement, nullptr)
            != SQLITE_OK)
            return SqliteNative::lastError(handle);
    }
    sqlite3 *db = sqlite3_db_handle(statement);
    for (int i = 0; !error && i < values.size(); ++i) {
        if (!SqliteNative::bind(statement, i + 1, SqlValue::bindable(values.at(i))))
            error = SqliteNative::lastError(db);
    }
    const SqlRow current(statement);
    int step = SQLITE_DONE;
    while (!error && (step = sqlite3_step(statement)) == SQLITE_ROW)
        row(current);
    if (!error && step != SQLITE_DONE)
        error = SqliteNative::lastError(db);
    if (keep)
        sqlite3_reset(statement);
    else
        sqlite3_finalize(statement);
    return error;
}

// The statement with every placeholder replaced by its value's literal.
QString withLiterals(const Connection &connection, const QString &sql, const QVariantList &values)
{
    const QSqlDriver *driver = connection.database().driver();
    QString text;
    text.reserve(sql.size() + values.size() * 16);
    qsizetype next = 0;
    bool quoted = false;
    for (const QChar c : sql) {
        if (c == QLatin1Char('\''))
            quoted = !quoted;
        if (c != QLatin1Char('?') || quoted || next >= values.size())
            text += c;
        else
            SqlValue::appendLiteral(text, driver, SqlValue::bindable(values.at(next++)));
    }
    return text;
}

// On PostgreSQL the values go into the statement's text, so the server plans each lookup with
// them. A prepared statement's generic plan, once made while the tables were still empty,
// kept `uid IN (...)` out of the index condition and filtered row by row: a full sync became
// quadratic in the directory's size (README, "Performance").
StoreError selectLiteral(Connection &connection, const QString &sql, const QVariantList &values,
                         const std::function<void(const SqlRow &)> &row)
{
    QSqlQuery query(connection.database());
    query.setForwardOnly(true);
    if (!query.exec(withLiterals(connection, sql, values)))
        return StoreError::fromSql(query.lastError());
    const SqlRow current(&query);
    while (query.next())
        row(current);
    return {};
}

} // namespace

namespace InList {

StoreError select(Connection &connection, const QString &sql, const QVariantList &leading,
                  const QVariantList &values, const std::function<void(const SqlRow &)> &row)
{
    sqlite3 *native = SqliteNative::handle(connection);
    for (qsizetype start = 0; start < values.size(); start += ChunkSize) {
        const int count = int(qMin<qsizetype>(ChunkSize, values.size() - start));
        QString text = sql;
        text.replace(QLatin1String("%IN%"), SqlValue::placeholders(count));
        const QVariantList chunk = leading + values.mid(start, count);
        const bool keep = count == ChunkSize;
        if (StoreError error = native ? selectNative(connection, text, chunk, keep, row)
                                      : selectLiteral(connection, text, chunk, row))
            return error;
    }
    return {};
}

StoreError exec(Connection &connection, const QString &sql, const QVariantList &leading,
                const QVariantList &values)
{
    return select(connection, sql, leading, values, [](const SqlRow &) {});
}

StoreError existingIds(Connection &connection, const QString &table, const QStringList &ids,
                       QSet<QString> *existing)
{
    QVariantList values;
    values.reserve(ids.size());
    for (const QString &id : ids)
        values << id.toLongLong();
    existing->clear();
    return select(connection,
                  QStringLiteral("SELECT id FROM ") + table + QStringLiteral(" WHERE id IN (%IN%)"),
                  {}, values, [&](const SqlRow &row) { existing->insert(row.text(0)); });
}

} // namespace InList
