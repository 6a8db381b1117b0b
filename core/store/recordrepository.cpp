#include "recordrepository.h"

#include "connection.h"
#include "inlist.h"
#include "sqlrow.h"
#include "sqlvalue.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace {
const QString columns = QStringLiteral("id, source_name, data_type, uid, parent_uid, meta_data, "
                                       "last_meta_data, content_hash, last_batch");

OriginRecord fromRow(const SqlRow &row)
{
    OriginRecord record;
    record.id = row.value(0).toLongLong();
    record.sourceName = row.value(1).toString();
    record.dataType = row.value(2).toString();
    record.uid = row.value(3).toString();
    record.parentUid = row.value(4).toString();
    record.metaData = row.value(5).toString().toUtf8();
    record.lastMetaData = row.value(6).toString().toUtf8();
    record.contentHash = row.value(7).toString().toLatin1();
    record.lastBatch = row.value(8).toString();
    return record;
}

RecordLink linkFromRow(const QSqlQuery &row)
{
    return RecordLink{row.value(0).toLongLong(), row.value(1).toLongLong(), row.value(2).toString(),
                      row.value(3).toString()};
}
} // namespace

RecordRepository::RecordRepository(Connection &connection)
    : m_connection(connection)
{ }

Result<qint64> RecordRepository::upsert(const OriginRecord &record)
{
    const QString now = Connection::nowText();
    QSqlQuery query(m_connection.database());
    query.prepare(QStringLiteral(
        "INSERT INTO sync_records (source_name, data_type, uid, parent_uid, meta_data, "
        "content_hash, "
        "last_batch, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (source_name, data_type, uid) DO UPDATE SET last_meta_data = "
        "sync_records.meta_data, "
        "meta_data = excluded.meta_data, parent_uid = excluded.parent_uid, content_hash = "
        "excluded.content_hash, "
        "last_batch = excluded.last_batch, updated_at = excluded.updated_at RETURNING id"));
    const QString context =
        QCoreApplication::translate("RecordRepository", "Saving record “%1” of source “%2”")
            .arg(record.uid, record.sourceName);
    if (StoreError error = m_connection.run(query,
                                            {record.sourceName, record.dataType, record.uid,
                                             SqlValue::nullableText(record.parentUid),
                                             QString::fromUtf8(record.metaData),
                                             QString::fromLatin1(record.contentHash),
                                             SqlValue::nullableText(record.lastBatch), now, now},
                                            context))
        return error;
    if (!query.next())
        return StoreError(StoreError::Kind::Query, context);
    return query.value(0).toLongLong();
}

Result<OriginRecord> RecordRepository::byIdentity(const QString &sourceName,
                                                  const QString &dataType, const QString &uid)
{
    auto found = byUids(sourceName, dataType, {uid});
    if (!found)
        return found.error();
    if (!found->contains(uid))
        return StoreError(
            StoreError::Kind::NotFound,
            QCoreApplication::translate("RecordRepository", "Source “%1” has no %2 with uid “%3”.")
                .arg(sourceName, dataType, uid));
    return found->value(uid);
}

Result<QHash<QString, OriginRecord>> RecordRepository::byUids(const QString &sourceName,
                                                              const QString &dataType,
                                                              const QStringList &uids)
{
    return lookup(sourceName, dataType, uids, columns, fromRow);
}

Result<QHash<QString, OriginRecord>>
RecordRepository::lookup(const QString &sourceName, const QString &dataType,
                         const QStringList &uids, const QString &selected,
                         const std::function<OriginRecord(const SqlRow &)> &read)
{
    QHash<QString, OriginRecord> records;
    records.reserve(uids.size());
    QVariantList values;
    values.reserve(uids.size());
    for (const QString &uid : uids)
        values << uid;
    if (StoreError error = InList::select(
            m_connection,
            QStringLiteral("SELECT ") + selected
                + QStringLiteral(" FROM sync_records WHERE source_name = ? AND data_type = ? AND "
                                 "uid IN (%IN%)"),
            {sourceName, dataType}, values, [&](const SqlRow &row) {
                OriginRecord record = read(row);
                records.insert(record.uid, record);
            }))
        return error;
    return records;
}

Result<qint64> RecordRepository::count(const QString &sourceName)
{
    auto value = sourceName.isEmpty()
        ? m_connection.scalar(QStringLiteral("SELECT COUNT(*) FROM sync_records"))
        : m_connection.scalar(
            QStringLiteral("SELECT COUNT(*) FROM sync_records WHERE source_name = ?"),
            {sourceName});
    if (!value)
        return value.error();
    return value->toLongLong();
}

StoreError RecordRepository::addLink(const RecordLink &link)
{
    return m_connection.exec(
        QStringLiteral("INSERT INTO sync_record_resources (record_id, resource, resource_pk, "
                       "created_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"),
        {link.recordId, link.resource, link.resourcePk, Connection::nowText()},
        QCoreApplication::translate("RecordRepository", "Linking a record to %1 #%2")
            .arg(link.resource, link.resourcePk));
}

StoreError RecordRepository::removeLink(qint64 recordId, const QString &resource,
                                        const QString &resourcePk)
{
    return m_connection.exec(
        QStringLiteral("DELETE FROM sync_record_resources WHERE record_id = ? AND resource = ? "
                       "AND resource_pk = ?"),
        {recordId, resource, resourcePk});
}

Result<QList<RecordLink>> RecordRepository::links(qint64 recordId)
{
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT id, record_id, resource, resource_pk FROM sync_record_resources "
                       "WHERE record_id = ? ORDER BY id"));
    if (StoreError error = m_connection.run(query, {recordId}))
        return error;
    QList<RecordLink> result;
    while (query.next())
        result << linkFromRow(query);
    return result;
}

Result<QList<RecordLink>> RecordRepository::linksTo(const QString &resource,
                                                    const QString &resourcePk)
{
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT id, record_id, resource, resource_pk FROM sync_record_resources "
                       "WHERE resource = ? AND resource_pk = ? ORDER BY id"));
    if (StoreError error = m_connection.run(query, {resource, resourcePk}))
        return error;
    QList<RecordLink> result;
    while (query.next())
        result << linkFromRow(query);
    return result;
}
