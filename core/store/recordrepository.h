#pragma once

#include "originrecord.h"
#include "recordlink.h"
#include "result.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <functional>

class Connection;
class SqlRow;

// Origin records (sync_records) and their links to target rows (sync_record_resources).
class RecordRepository
{
public:
    explicit RecordRepository(Connection &connection);

    // Inserts or updates by (source_name, data_type, uid); the previous meta_data moves to
    // last_meta_data. Returns the record id.
    Result<qint64> upsert(const OriginRecord &record);
    Result<OriginRecord> byIdentity(const QString &sourceName, const QString &dataType,
                                    const QString &uid);
    // The records of these uids that exist, keyed by uid (queried in chunks).
    Result<QHash<QString, OriginRecord>> byUids(const QString &sourceName, const QString &dataType,
                                                const QStringList &uids);
    Result<qint64> count(const QString &sourceName = {});

    StoreError addLink(const RecordLink &link);
    StoreError removeLink(qint64 recordId, const QString &resource, const QString &resourcePk);
    Result<QList<RecordLink>> links(qint64 recordId);
    // Links of a target row, e.g. every origin record pointing at users #5.
    Result<QList<RecordLink>> linksTo(const QString &resource, const QString &resourcePk);

private:
    Result<QHash<QString, OriginRecord>>
    lookup(const QString &sourceName, const QString &dataType, const QStringList &uids,
           const QString &selected, const std::function<OriginRecord(const SqlRow &)> &read);

    Connection &m_connection;
};
