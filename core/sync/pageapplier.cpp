#include "pageapplier.h"

#include "resource.h"
#include "resourcebatch.h"
#include "resourceregistry.h"
#include "store/bulkinsert.h"
#include "store/connection.h"
#include "store/idallocator.h"
#include "store/inlist.h"
#include "store/sqlrow.h"
#include "store/sqlvalue.h"
#include "store/taskresultrepository.h"
#include "store/transaction.h"
#include "taskstate.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace {
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
    , m_statistics(connection)
{ }

// An open group is rolled back: only commitGroup() saves it.
PageApplier::~PageApplier() = default;

StoreError PageApplier::commitGroup()
{
    if (!m_group)
        return {};
    const std::unique_ptr<Transaction> group = std::move(m_group);
    StoreError error = group->commit();
    if (error)
        m_state.restore(m_groupStart);
    return error;
}

StoreError PageApplier::apply(const UserData &page)
{
    return apply(PreparedPage::from(page));
}

StoreError PageApplier::apply(const PreparedPage &page)
{
    if (m_grouped && !m_group) {
        auto group = std::make_unique<Transaction>(m_connection);
        if (StoreError error = group->begin())
            return error;
        m_group = std::move(group);
        m_groupStart = m_state.checkpoint();
        m_groupAge.start();
        m_groupRecords = 0;
    }
    const TaskState::Checkpoint before = m_state.checkpoint();
    qint64 inserted = 0;
    StoreError error = applyOnce(page, false, &inserted);
    if (error && isRecoverable(error)) {
        m_state.restore(before);
        error = applyOnce(page, true, &inserted);
    }
    if (error) {
        m_state.restore(before);
    } else {
        m_statistics.noteInserted(inserted);
        m_groupRecords += page.records.size();
    }
    return error;
}

StoreError PageApplier::applyOnce(const PreparedPage &page, bool careful, qint64 *inserted)
{
    QList<BatchRecord> records = page.records; // this attempt's copy: resources annotate it
    Transaction transaction(m_connection,
                            m_group ? Transaction::Kind::Savepoint : Transaction::Kind::Outer);
    if (StoreError error = transaction.begin())
        return error;

    // One lookup finds the page's origin records and the rows each of them produced.
    QVariantList uids;
    uids.reserve(records.size());
    QHash<QString, int> indexByUid;
    indexByUid.reserve(records.size());
    for (int i = 0; i < records.size(); ++i) {
        uids << records.at(i).uid;
        indexByUid.insert(records.at(i).uid, i);
        records[i].originIsNew = true;
    }
    if (StoreError error = InList::select(
            m_connection,
            QStringLiteral("SELECT r.uid, r.id, r.content_hash, l.resource, l.resource_pk "
                           "FROM sync_records r "
                           "LEFT JOIN sync_record_resources l ON l.record_id = r.id "
                           "WHERE r.source_name = ? AND r.data_type = ? AND r.uid IN (%IN%) "
                           "ORDER BY r.id, l.id"),
            {m_task.sourceName, page.dataType}, uids, [&](const SqlRow &row) {
                const int index = indexByUid.value(row.text(0), -1);
                if (index < 0)
                    return;
                BatchRecord &record = records[index];
                if (record.originIsNew) {
                    record.originIsNew = false;
                    record.originId = row.integer(1);
                    // An empty stored hash marks a record that failed or was skipped last time.
                    const QString hash = row.text(2);
                    record.contentChanged =
                        hash.isEmpty() || QLatin1StringView(record.hash) != hash;
                }
                if (!row.isNull(3))
                    record.links[row.text(3)] << row.text(4);
            }))
        return error;

    const QList<Resource *> resources = m_resources.forDataType(page.dataType);
    qint64 unchanged = 0;
    if (StoreError error = setAsideUnchanged(records, &unchanged))
        return error;
    for (const Resource *resource : resources) {
        if (StoreError error = TaskResultRepository(m_connection)
                                   .addCount(m_task.taskId, m_task.attempt, page.dataType,
                                             resource->name(), RecordAction::Unchanged, unchanged))
            return error;
    }

    // Origin records: new ones in multi-row INSERTs, changed ones updated.
    int created = 0;
    for (const BatchRecord &record : std::as_const(records))
        created += record.originIsNew;
    *inserted = created;
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
                         QString::fromUtf8(record.raw), QString::fromLatin1(record.hash),
                         m_task.batch, now, now});
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
                                                      QString::fromLatin1(record.hash),
                                                      m_task.batch, now, record.originId}))
                return failed;
        }
    }
    if (StoreError error = inserts.flush())
        return error;

    ResourceBatch::Info info{m_task.sourceName, page.dataType,  page.matchKey, m_task.batch,
                             m_task.taskId,     m_task.attempt, careful};
    ResourceBatch batch(m_connection, m_state, info, records);
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
    if (StoreError error = markForReapply(batch.results()))
        return error;
    for (const auto &[uid, raw] : std::as_const(page.superseded)) {
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
    if (StoreError error = commitGroup())
        return error;
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
    StoreError saved = markForReapply(batch.results());
    if (!saved)
        saved = TaskResultRepository(m_connection).insert(batch.results());
    if (StoreError error = saved) {
        m_state.restore(before);
        return error;
    }
    StoreError error = transaction.commit();
    if (error)
        m_state.restore(before);
    return error;
}

StoreError PageApplier::setAsideUnchanged(QList<BatchRecord> &records, qint64 *unchanged)
{
    // Candidates: stored before with the same content, applied cleanly. They are skipped only
    // while every row they produced still exists.
    QHash<QString, QStringList> pksByResource;
    for (const BatchRecord &record : std::as_const(records)) {
        if (record.originIsNew || record.contentChanged)
            continue;
        for (auto it = record.links.constBegin(); it != record.links.constEnd(); ++it)
            pksByResource[it.key()] << it.value();
    }
    QHash<QString, QSet<QString>> existing;
    const QList<Resource *> all = m_resources.all();
    for (auto it = pksByResource.constBegin(); it != pksByResource.constEnd(); ++it) {
        const auto resource = std::find_if(
            all.cbegin(), all.cend(), [&](const Resource *r) { return r->name() == it.key(); });
        QSet<QString> &found = existing[it.key()];
        if (resource == all.cend()) { // a plugin that is gone: nothing can re-apply it anyway
            found = QSet<QString>(it.value().cbegin(), it.value().cend());
            continue;
        }
        if (StoreError error = (*resource)->existingTargets(m_connection, it.value(), &found))
            return error;
    }
    QList<BatchRecord> remaining;
    remaining.reserve(records.size());
    for (BatchRecord &record : records) {
        bool intact = !record.originIsNew && !record.contentChanged;
        for (auto it = record.links.constBegin(); intact && it != record.links.constEnd(); ++it) {
            const QSet<QString> &found = existing[it.key()];
            intact = std::all_of(it.value().cbegin(), it.value().cend(),
                                 [&](const QString &pk) { return found.contains(pk); });
        }
        if (intact)
            ++*unchanged;
        else
            remaining << std::move(record);
    }
    records.swap(remaining);
    return {};
}

StoreError PageApplier::markForReapply(const QList<TaskResult> &results)
{
    // A record that failed or was skipped is applied again by the next sync even if it is sent
    // unchanged: what blocked it (a clash, a missing parent) may be gone by then.
    QHash<QString, QVariantList> uidsByType;
    for (const TaskResult &result : results) {
        if (result.action == RecordAction::Failed || result.action == RecordAction::Skipped)
            uidsByType[result.dataType] << result.uid;
    }
    for (auto it = uidsByType.constBegin(); it != uidsByType.constEnd(); ++it) {
        if (StoreError error = InList::exec(
                m_connection,
                QStringLiteral("UPDATE sync_records SET content_hash = '' WHERE source_name = ? "
                               "AND data_type = ? AND uid IN (%IN%)"),
                {m_task.sourceName, it.key()}, it.value()))
            return error;
    }
    return {};
}
