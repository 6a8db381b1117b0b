#pragma once

#include "result.h"

#include <QList>
#include <QString>

class Connection;

// Hands out primary keys before rows are inserted, so a page can be written with multi-row
// INSERTs and the ids are known without a round trip per row. Call inside a write transaction:
// on SQLite the transaction's write lock makes MAX(id) + n safe; on PostgreSQL the table's
// identity sequence is advanced.
class IdAllocator
{
public:
    static Result<QList<qint64>> allocate(Connection &connection, const QString &table, int count);
};
