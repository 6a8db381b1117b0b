#include "tabledigest.h"

#include "store/connection.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

TableDigest TableDigest::read(Connection &db, QString *error)
{
    // Table, key expression, and every column.
    static const struct
    {
        const char *table;
        const char *key;
    } tables[] = {{"users", "id"},
                  {"departments", "id"},
                  {"department_users", "user_id || '/' || department_id"}};
    TableDigest digest;
    for (const auto &table : tables) {
        QSqlQuery query(db.database());
        query.setForwardOnly(true);
        const QString sql = QStringLiteral("SELECT %1 AS bench_key, * FROM %2")
                                .arg(QLatin1String(table.key), QLatin1String(table.table));
        if (!query.exec(sql)) {
            *error = query.lastError().text();
            return {};
        }
        while (query.next()) {
            QCryptographicHash hash(QCryptographicHash::Sha1);
            const int columns = query.record().count();
            for (int i = 1; i < columns; ++i) {
                hash.addData(query.value(i).toString().toUtf8());
                hash.addData(QByteArrayView("\x1f", 1));
            }
            digest.m_rows.insert(QByteArray(table.table) + ':' + query.value(0).toString().toUtf8(),
                                 hash.result());
        }
    }
    return digest;
}

qint64 TableDigest::changedRows(const TableDigest &other) const
{
    qint64 changed = 0;
    for (auto it = m_rows.constBegin(); it != m_rows.constEnd(); ++it) {
        const auto found = other.m_rows.constFind(it.key());
        if (found == other.m_rows.constEnd() || found.value() != it.value())
            ++changed;
    }
    for (auto it = other.m_rows.constBegin(); it != other.m_rows.constEnd(); ++it)
        changed += !m_rows.contains(it.key());
    return changed;
}
