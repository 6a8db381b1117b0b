#pragma once

#include "storeerror.h"

#include <QList>
#include <QString>
#include <QVariantList>

class Connection;

// Collects rows and writes them with multi-row INSERT statements (one round trip per chunk),
// reusing the prepared statement of a full chunk. `suffix` may add e.g. "ON CONFLICT DO NOTHING".
class BulkInsert
{
public:
    BulkInsert(Connection &connection, const QString &table, const QStringList &columns,
               const QString &suffix = {});

    void add(const QVariantList &row);
    qsizetype pending() const { return m_rows.size(); }
    StoreError flush();

private:
    QString sql(int rows) const;

    Connection &m_connection;
    QString m_table;
    QStringList m_columns;
    QString m_suffix;
    int m_rowsPerStatement;
    QList<QVariantList> m_rows;
};
