#include "inlist.h"

#include "connection.h"
#include "sqlvalue.h"

#include <QSqlError>
#include <QSqlQuery>

namespace InList {

StoreError select(Connection &connection, const QString &sql, const QVariantList &leading,
                  const QVariantList &values, const std::function<void(const QSqlQuery &)> &row)
{
    for (qsizetype start = 0; start < values.size(); start += ChunkSize) {
        const int count = int(qMin<qsizetype>(ChunkSize, values.size() - start));
        QString text = sql;
        text.replace(QLatin1String("%IN%"), SqlValue::placeholders(count));
        // A full chunk repeats on every page, so it stays prepared; a remainder is used once.
        StoreError error;
        QSqlQuery once(connection.database());
        QSqlQuery *query = &once;
        if (count == ChunkSize) {
            query = connection.prepared(text, &error);
            if (!query)
                return error;
        } else {
            once.setForwardOnly(true);
            if (!once.prepare(text))
                return StoreError::fromSql(once.lastError());
        }
        int index = 0;
        for (const QVariant &value : leading)
            query->bindValue(index++, SqlValue::bindable(value));
        for (qsizetype i = start; i < start + count; ++i)
            query->bindValue(index++, SqlValue::bindable(values.at(i)));
        if (!query->exec())
            return StoreError::fromSql(query->lastError());
        while (query->next())
            row(*query);
        query->finish();
    }
    return {};
}

} // namespace InList
