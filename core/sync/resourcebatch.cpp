#include "resourcebatch.h"

#include "store/connection.h"

ResourceBatch::ResourceBatch(Connection &connection, TaskState &state, const Info &info,
                             QList<BatchRecord> &records)
    : m_connection(connection)
    , m_state(state)
    , m_info(info)
    , m_records(records)
{ }

void ResourceBatch::report(const QString &resource, int index, RecordAction action,
                           const QString &message)
{
    const BatchRecord &record = m_records.at(index);
    TaskResult result;
    result.taskId = m_info.taskId;
    result.attempt = m_info.attempt;
    result.dataType = m_info.dataType;
    result.uid = record.uid;
    result.resource = resource;
    result.action = action;
    result.message = message;
    result.recordId = record.originId;
    // The raw record is kept with failures and skips; the others point at the origin record.
    if (action == RecordAction::Failed || action == RecordAction::Skipped || record.originId == 0)
        result.raw = record.raw;
    m_results << result;
}

void ResourceBatch::reportOther(const QString &resource, const QString &dataType,
                                const QString &uid, qint64 recordId, RecordAction action,
                                const QString &message)
{
    TaskResult result;
    result.taskId = m_info.taskId;
    result.attempt = m_info.attempt;
    result.dataType = dataType;
    result.uid = uid;
    result.resource = resource;
    result.action = action;
    result.message = message;
    result.recordId = recordId;
    m_results << result;
}

void ResourceBatch::link(int index, const QString &resource, const QString &pk)
{
    BatchRecord &record = m_records[index];
    QStringList &pks = record.links[resource];
    if (pks.contains(pk))
        return;
    pks << pk;
    m_linkChanges << LinkChange{record.originId, resource, pk, true};
}

void ResourceBatch::unlink(int index, const QString &resource, const QString &pk)
{
    BatchRecord &record = m_records[index];
    if (!record.links[resource].removeOne(pk))
        return;
    m_linkChanges << LinkChange{record.originId, resource, pk, false};
}

StoreError ResourceBatch::guarded(const std::function<StoreError()> &work)
{
    if (!m_info.careful)
        return work();
    const QString name = QStringLiteral("record_%1").arg(++m_savepoints);
    if (StoreError error = m_connection.exec(QStringLiteral("SAVEPOINT ") + name))
        return error;
    StoreError error = work();
    if (error) {
        m_connection.exec(QStringLiteral("ROLLBACK TO SAVEPOINT ") + name);
        m_connection.exec(QStringLiteral("RELEASE SAVEPOINT ") + name);
        return error;
    }
    return m_connection.exec(QStringLiteral("RELEASE SAVEPOINT ") + name);
}

QList<ResourceBatch::LinkChange> ResourceBatch::takeLinkChanges()
{
    QList<LinkChange> changes;
    changes.swap(m_linkChanges);
    return changes;
}
