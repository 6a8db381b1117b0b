#pragma once

#include "storeerror.h"

#include <QList>
#include <QString>
#include <QVariantList>

class Connection;
struct sqlite3;

// Collects rows and writes them: on PostgreSQL in multi-row INSERT statements that carry their
// values as literals (one round trip per chunk), on SQLite row by row through the native API
// (no round trips to save there, and Qt's binding is the cost). `suffix` may add e.g.
// "ON CONFLICT DO NOTHING".
class BulkInsert
{
public:
    BulkInsert(Connection &connection, const QString &table, const QStringList &columns,
               const QString &suffix = {});

    void add(const QVariantList &row);
    qsizetype pending() const { return m_rows.size(); }
    StoreError flush();

private:
    QString head() const; // "INSERT INTO table (columns) VALUES "
    QString tail() const; // " suffix", or nothing
    StoreError flushNative(sqlite3 *db);
    StoreError flushMultiRow();

    Connection &m_connection;
    QString m_table;
    QStringList m_columns;
    QString m_suffix;
    int m_rowsPerStatement;
    QList<QVariantList> m_rows;
};
