#pragma once
// Small helpers the store tests share.
#include "store/connection.h"
#include "store/syncsource.h"

#include <QJsonObject>

namespace StoreTestData {
// Rows of `table`, which may carry a WHERE clause; -1 when the query fails.
inline qint64 count(Connection &connection, const QString &table)
{
    auto value = connection.scalar(QStringLiteral("SELECT COUNT(*) FROM ") + table);
    return value ? value->toLongLong() : -1;
}

inline SyncSource makeSource(const QString &name)
{
    SyncSource source;
    source.name = name;
    source.sourceType = QStringLiteral("sample");
    source.enabled = true;
    source.options = QJsonObject{{QStringLiteral("users"), 10}};
    return source;
}
} // namespace StoreTestData
