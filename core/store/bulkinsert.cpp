#include "bulkinsert.h"

#include "connection.h"
#include "sqlitenative.h"
#include "sqlvalue.h"

#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace {
// Both engines allow far more, but beyond ~1000 values a statement gains nothing measurable.
constexpr int valuesPerStatement = 900;
} // namespace

BulkInsert::BulkInsert(Connection &connection, const QString &table, const QStringList &columns,
                       const QString &suffix)
    : m_connection(connection)
    , m_table(table)
    , m_columns(columns)
    , m_suffix(suffix)
    , m_rowsPerStatement(qMax(1, valuesPerStatement / int(columns.size())))
{ }

void BulkInsert::add(const QVariantList &row)
{
    Q_ASSERT(row.size() == m_columns.size());
    m_rows << row;
}

QString BulkInsert::sql(int rows) const
{
    QString text = QStringLiteral("INSERT INTO %1 (%2) VALUES ")
                       .arg(m_table, m_columns.join(QStringLiteral(", ")));
    const QString row =
        QLatin1Char('(') + SqlValue::placeholders(int(m_columns.size())) + QLatin1Char(')');
    text.reserve(text.size() + rows * (row.size() + 1) + m_suffix.size() + 1);
    for (int i = 0; i < rows; ++i) {
        if (i)
            text += QLatin1Char(',');
        text += row;
    }
    if (!m_suffix.isEmpty())
        text += QLatin1Char(' ') + m_suffix;
    return text;
}

StoreError BulkInsert::flush()
{
    if (m_rows.isEmpty())
        return {};
    sqlite3 *native = SqliteNative::handle(m_connection);
    StoreError error = native ? flushNative(native) : flushMultiRow();
    if (!error)
        m_rows.clear();
    return error;
}

StoreError BulkInsert::flushNative(sqlite3 *db)
{
    // Within one transaction SQLite gains nothing from multi-row statements; what costs is
    // binding through Qt, so each row is bound natively to one single-row statement.
    StoreError error;
    sqlite3_stmt *statement = m_connection.preparedNative(sql(1), &error);
    if (!statement)
        return error;
    for (const QVariantList &row : std::as_const(m_rows)) {
        bool bound = true;
        for (int i = 0; bound && i < row.size(); ++i)
            bound = SqliteNative::bind(statement, i + 1, SqlValue::bindable(row.at(i)));
        if (!bound || sqlite3_step(statement) != SQLITE_DONE) {
            error = SqliteNative::lastError(db);
            break;
        }
        sqlite3_reset(statement);
    }
    sqlite3_reset(statement);
    return error;
}

StoreError BulkInsert::flushMultiRow()
{
    qsizetype start = 0;
    while (start < m_rows.size()) {
        const int rows = int(qMin<qsizetype>(m_rowsPerStatement, m_rows.size() - start));
        // Only the full-chunk statement is worth keeping prepared; a remainder is used once.
        StoreError error;
        QSqlQuery once(m_connection.database());
        QSqlQuery *query = &once;
        if (rows == m_rowsPerStatement) {
            query = m_connection.prepared(sql(rows), &error);
            if (!query)
                return error;
        } else if (!once.prepare(sql(rows))) {
            return StoreError::fromSql(once.lastError());
        }
        int index = 0;
        for (qsizetype r = start; r < start + rows; ++r) {
            for (const QVariant &value : m_rows.at(r))
                query->bindValue(index++, SqlValue::bindable(value));
        }
        if (!query->exec())
            return StoreError::fromSql(query->lastError());
        start += rows;
    }
    return {};
}
