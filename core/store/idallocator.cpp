#include "idallocator.h"

#include "connection.h"

#include <QSqlQuery>

Result<QList<qint64>> IdAllocator::allocate(Connection &connection, const QString &table, int count)
{
    QList<qint64> ids;
    if (count <= 0)
        return ids;
    ids.reserve(count);
    if (connection.isPostgres()) {
        QSqlQuery query(connection.database());
        query.setForwardOnly(true);
        query.prepare(
            QStringLiteral(
                "SELECT nextval(pg_get_serial_sequence('%1', 'id')) FROM generate_series(1, ?)")
                .arg(table));
        if (StoreError error = connection.run(query, {count}))
            return error;
        while (query.next())
            ids << query.value(0).toLongLong();
        return ids;
    }
    auto maximum = connection.scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM ") + table);
    if (!maximum)
        return maximum.error();
    const qint64 first = maximum->toLongLong() + 1;
    for (int i = 0; i < count; ++i)
        ids << first + i;
    return ids;
}
