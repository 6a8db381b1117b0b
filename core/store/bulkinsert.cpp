#include "bulkinsert.h"

#include "connection.h"
#include "sqlitenative.h"
#include "sqlvalue.h"

#include <QSqlDriver>
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

QString BulkInsert::head() const
{
    return QStringLiteral("INSERT INTO %1 (%2) VALUES ")
        .arg(m_table, m_columns.join(QStringLiteral(", ")));
}

QString BulkInsert::tail() const
{
    return m_suffix.isEmpty() ? QString() : QLatin1Char(' ') + m_suffix;
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
    sqlite3_stmt *statement = m_connection.preparedNative(
        head() + QLatin1Char('(') + SqlValue::placeholders(int(m_columns.size())) + QLatin1Char(')')
            + tail(),
        &error);
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
    // The values are written into the statement as the driver's literals. Binding them to a
    // prepared statement cost more: Qt's PostgreSQL driver formats every bound value into the
    // text of an EXECUTE anyway, and its bookkeeping per bound value was 30 % of a sync's CPU.
    const QSqlDriver *driver = m_connection.database().driver();
    const QString head = this->head();
    const QString tail = this->tail();
    qsizetype start = 0;
    while (start < m_rows.size()) {
        const int rows = int(qMin<qsizetype>(m_rowsPerStatement, m_rows.size() - start));
        QString text = head;
        text.reserve(head.size() + rows * m_columns.size() * 24 + tail.size());
        for (qsizetype r = start; r < start + rows; ++r) {
            text += r == start ? QLatin1String("(") : QLatin1String(",(");
            const QVariantList &row = m_rows.at(r);
            for (qsizetype i = 0; i < row.size(); ++i) {
                if (i)
                    text += QLatin1Char(',');
                SqlValue::appendLiteral(text, driver, SqlValue::bindable(row.at(i)));
            }
            text += QLatin1Char(')');
        }
        text += tail;
        QSqlQuery query(m_connection.database());
        if (!query.exec(text))
            return StoreError::fromSql(query.lastError());
        start += rows;
    }
    return {};
}
