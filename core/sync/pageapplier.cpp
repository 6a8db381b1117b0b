#include "pageapplier.h"

#include "recordredactor.h"
#include "resource.h"
#include "resourcebatch.h"
#include "resourceregistry.h"
#include "store/bulkinsert.h"
#include "store/connection.h"
#include "store/idallocator.h"
#include "store/inlist.h"
#include "store/recordrepository.h"
#include "store/sqlvalue.h"
#include "store/taskresultrepository.h"
#include "store/transaction.h"
#include "taskstate.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlQuery>

namespace {
QByteArray contentHash(const QByteArray &raw)
{
    return QCryptographicHash::hash(raw, QCryptographicHash::Sha1).toHex().left(16);
}

bool isRecoverable(const StoreError &error)
{
    return error.kind() == StoreError::Kind::Duplicate
        || error.kind() == StoreError::Kind::MissingReference
        || error.kind() == StoreError::Kind::Constraint;
}
} // namespace

PageApplier::PageApplier(Connection &connection, const ResourceRegistry &resources,
                         TaskState &state, const Task &task)
    : m_connection(connection)
    , m_resources(resources)
    , m_state(state)
    , m_task(task)
{ }

StoreError PageApplier::apply(const UserData &page)
{
    const TaskState::Checkpoint before = m_state.checkpoint();
    StoreError error = applyOnce(page, false);
    if (error && isRecoverable(error)) {
        m_state.restore(before);
        error = applyOnce(page, true);
    }
    if (error)
        m_state.restore(before);
    return error;
}

StoreError PageApplier::applyOnce(const UserData &page, bool careful)
{
    // One record per uid: the last occurrence wins, as in NocoBase; earlier ones are reported.
    QList<BatchRecord> records;
    records.reserve(page.records.size());
    QHash<QString, int> position;
    QList<QPair<QString, QByteArray>> superseded;
    for (const QJsonObject &source : page.records) {
        BatchRecord record;
        record.data = RecordRedactor::redact(source);
        record.uid = record.data.value(QStringLiteral("uid")).toString();
        record.raw = QJsonDocument(record.data).toJson(QJsonDocument::Compact);
        const auto seen = position.constFind(record.uid);
        if (seen != position.constEnd()) {
            superseded << qMakePair(record.uid, records.at(*seen).raw);
            records[*seen] = record;
        } else {
            position.insert(record.uid, int(records.size()));
            records << record;
        }
    }

    Transaction transaction(m_connection);
    if (StoreError error = transaction.begin())
        return error;

    QStringList uids;
    uids.reserve(records.size());
    for (const BatchRecord &record : records)
        uids << record.uid;
    auto existing = RecordRepository(m_connection).byUids(m_task.sourceName, page.dataType, uids);
    if (!existing)
        return existing.error();
    QVariantList recordIds;
    for (const OriginRecord &origin : std::as_const(*existing))
        recordIds << origin.id;
    QHash<qint64, int> indexById;
    for (int i = 0; i < records.size(); ++i) {
        BatchRecord &record = records[i];
        const auto found = existing->constFind(record.uid);
        if (found != existing->constEnd()) {
            record.originId = found->id;
            record.contentChanged = found->metaData != record.raw;
            indexById.insert(record.originId, i);
        } else {
            record.originIsNew = true;
        }
    }
    if (StoreError error = InList::select(
            m_connection,
            QStringLiteral("SELECT record_id, resource, resource_pk FROM sync_record_resources "
                           "WHERE record_id IN (%IN%) ORDER BY id"),
            {}, recordIds, [&](const QSqlQuery &row) {
                const int index = indexById.value(row.value(0).toLongLong(), -1);
                if (index >= 0)
                    records[index].links[row.value(1).toString()] << row.value(2).toString();
            }))
        return error;

    // Origin records: new ones in multi-row INSERTs, changed ones updated, unchanged ones
    // untouched.
    int created = 0;
    for (const BatchRecord &record : std::as_const(records))
        created += record.originIsNew;
    auto ids = IdAllocator::allocate(m_connection, QStringLiteral("sync_records"), created);
    if (!ids)
        return ids.error();
    const QString now = Connection::nowText();
    BulkInsert inserts(m_connection, QStringLiteral("sync_records"),
                       {QStringLiteral("id"), QStringLiteral("source_name"),
                        QStringLiteral("data_type"), QStringLiteral("uid"),
                        QStringLiteral("parent_uid"), QStringLiteral("meta_data"),
                        QStringLiteral("content_hash"), QStringLiteral("last_batch"),
                        QStringLiteral("created_at"), QStringLiteral("updated_at")});
    int next = 0;
    for (BatchRecord &record : records) {
        const QVariant parentUid =
            SqlValue::nullableText(record.data.value(QStringLiteral("parentUid")).toString());
        if (record.originIsNew) {
            record.originId = ids->at(next++);
            inserts.add({record.originId, m_task.sourceName, page.dataType, record.uid, parentUid,
                         QString::fromUtf8(record.raw),
                         QString::fromLatin1(contentHash(record.raw)), m_task.batch, now, now});
        } else if (record.contentChanged) {
            StoreError error;
            QSqlQuery *update = m_connection.prepared(
                QStringLiteral("UPDATE sync_records SET last_meta_data = meta_data, meta_data = ?, "
                               "parent_uid = ?, "
                               "content_hash = ?, last_batch = ?, updated_at = ? WHERE id = ?"),
                &error);
            if (!update)
                return error;
            if (StoreError failed = m_connection.run(*update,
                                                     {QString::fromUtf8(record.raw), parentUid,
                                                      QString::fromLatin1(contentHash(record.raw)),
                                                      m_task.batch, now, record.originId}))
                return failed;
        }
    }
    if (StoreError error = inserts.flush())
        return error;

    ResourceBatch::Info info{m_task.sourceName, page.dataType,  page.matchKey, m_task.batch,
                             m_task.taskId,     m_task.attempt, careful};
    ResourceBatch batch(m_connection, m_state, info, records);
    const QList<Resource *> resources = m_resources.forDataType(page.dataType);
    for (Resource *resource : resources) {
        if (StoreError error = resource->apply(batch))
            return error;
        BulkInsert links(m_connection, QStringLiteral("sync_record_resources"),
                         {QStringLiteral("record_id"), QStringLiteral("resource"),
                          QStringLiteral("resource_pk"), QStringLiteral("created_at")},
                         QStringLiteral("ON CONFLICT DO NOTHING"));
        for (const ResourceBatch::LinkChange &change : batch.takeLinkChanges()) {
            if (change.add) {
                links.add({change.recordId, change.resource, change.resourcePk, now});
                continue;
            }
            if (StoreError error = m_connection.exec(
                    QStringLiteral("DELETE FROM sync_record_resources WHERE record_id = ? "
                                   "AND resource = ? AND resource_pk = ?"),
                    {change.recordId, change.resource, change.resourcePk}))
                return error;
        }
        if (StoreError error = links.flush())
            return error;
    }
    for (const auto &[uid, raw] : std::as_const(superseded)) {
        TaskResult result;
        result.taskId = m_task.taskId;
        result.attempt = m_task.attempt;
        result.dataType = page.dataType;
        result.uid = uid;
        result.resource = resources.isEmpty() ? QString() : resources.constFirst()->name();
        result.action = RecordAction::Skipped;
        result.message = QCoreApplication::translate(
            "PageApplier", "Superseded by a later record with the same uid in this batch.");
        result.raw = raw;
        batch.results() << result;
    }
    if (StoreError error = TaskResultRepository(m_connection).insert(batch.results()))
        return error;
    return transaction.commit();
}

StoreError PageApplier::finishDataType(const QString &dataType)
{
    const TaskState::Checkpoint before = m_state.checkpoint();
    Transaction transaction(m_connection);
    if (StoreError error = transaction.begin())
        return error;
    QList<BatchRecord> none;
    ResourceBatch::Info info{m_task.sourceName, dataType,       {},   m_task.batch,
                             m_task.taskId,     m_task.attempt, false};
    ResourceBatch batch(m_connection, m_state, info, none);
    for (Resource *resource : m_resources.forDataType(dataType)) {
        if (StoreError error = resource->finishDataType(batch)) {
            m_state.restore(before);
            return error;
        }
    }
    if (StoreError error = TaskResultRepository(m_connection).insert(batch.results())) {
        m_state.restore(before);
        return error;
    }
    StoreError error = transaction.commit();
    if (error)
        m_state.restore(before);
    return error;
}
