#pragma once

#include "result.h"
#include "syncsource.h"

#include <QList>

class Connection;

// Reads and writes sync_sources.
class SourceRepository
{
public:
    explicit SourceRepository(Connection &connection);

    // Inserts and returns the new row (id and timestamps filled in).
    Result<SyncSource> insert(const SyncSource &source);
    StoreError update(const SyncSource &source);
    StoreError remove(qint64 id);
    Result<SyncSource> byId(qint64 id);
    Result<SyncSource> byName(const QString &name);
    Result<QList<SyncSource>> list();

private:
    Result<QList<SyncSource>> select(const QString &where, const QVariantList &values);
    Connection &m_connection;
};
