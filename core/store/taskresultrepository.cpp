#include "taskresultrepository.h"

#include "bulkinsert.h"
#include "connection.h"
#include "sqlvalue.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <limits>

TaskResultRepository::TaskResultRepository(Connection &connection)
    : m_connection(connection)
{ }

StoreError TaskResultRepository::insert(const QList<TaskResult> &results)
{
    BulkInsert rows(m_connection, QStringLiteral("sync_task_results"),
                    {QStringLiteral("task_id"), QStringLiteral("attempt"),
                     QStringLiteral("data_type"), QStringLiteral("uid"), QStringLiteral("resource"),
                     QStringLiteral("action"), QStringLiteral("message"),
                     QStringLiteral("record_id"), QStringLiteral("raw")});
    for (const TaskResult &result : results)
        rows.add({result.taskId, result.attempt, result.dataType, result.uid, result.resource,
                  RecordActionText::key(result.action), result.message,
                  SqlValue::nullableId(result.recordId),
                  result.raw.isNull() ? QVariant() : QVariant(QString::fromUtf8(result.raw))});
    if (StoreError error = rows.flush())
        return StoreError(
            error.kind(),
            QCoreApplication::translate("TaskResultRepository", "Saving record outcomes")
                + QStringLiteral(": ") + error.message(),
            error.detail());
    return {};
}

Result<QList<TaskResult>> TaskResultRepository::forTask(qint64 taskId, int attempt,
                                                        const QString &action, int limit,
                                                        int offset)
{
    QString sql =
        QStringLiteral("SELECT id, task_id, attempt, data_type, uid, resource, action, message, "
                       "record_id, raw FROM sync_task_results WHERE task_id = ?");
    QVariantList values{taskId};
    if (attempt >= 0) {
        sql += QStringLiteral(" AND attempt = ?");
        values << attempt;
    }
    if (!action.isEmpty()) {
        sql += QStringLiteral(" AND action = ?");
        values << action;
    }
    sql += QStringLiteral(" ORDER BY id LIMIT ? OFFSET ?");
    values << (limit < 0 ? std::numeric_limits<int>::max() : limit) << offset;
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    query.prepare(sql);
    if (StoreError error = m_connection.run(query, values))
        return error;
    QList<TaskResult> results;
    while (query.next())
        results << TaskResultRepository::fromRow(query);
    return results;
}

TaskResult TaskResultRepository::fromRow(const QSqlQuery &query)
{
    TaskResult result;
    result.id = query.value(0).toLongLong();
    result.taskId = query.value(1).toLongLong();
    result.attempt = query.value(2).toInt();
    result.dataType = query.value(3).toString();
    result.uid = query.value(4).toString();
    result.resource = query.value(5).toString();
    result.action = RecordActionText::fromKey(query.value(6).toString());
    result.message = query.value(7).toString();
    result.recordId = query.value(8).toLongLong();
    if (!query.value(9).isNull())
        result.raw = query.value(9).toString().toUtf8();
    return result;
}

Result<qint64> TaskResultRepository::countForTask(qint64 taskId, int attempt, const QString &action)
{
    QString sql = QStringLiteral("SELECT COUNT(*) FROM sync_task_results WHERE task_id = ?");
    QVariantList values{taskId};
    if (attempt >= 0) {
        sql += QStringLiteral(" AND attempt = ?");
        values << attempt;
    }
    if (!action.isEmpty()) {
        sql += QStringLiteral(" AND action = ?");
        values << action;
    }
    auto value = m_connection.scalar(sql, values);
    if (!value)
        return value.error();
    return value->toLongLong();
}

StoreError TaskResultRepository::addCount(qint64 taskId, int attempt, const QString &dataType,
                                          const QString &resource, RecordAction action,
                                          qint64 count)
{
    if (count <= 0)
        return {};
    StoreError error;
    QSqlQuery *upsert = m_connection.prepared(
        QStringLiteral("INSERT INTO sync_task_counts (task_id, attempt, data_type, resource, "
                       "action, count) VALUES (?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (task_id, attempt, data_type, resource, action) "
                       "DO UPDATE SET count = sync_task_counts.count + excluded.count"),
        &error);
    if (!upsert)
        return error;
    return m_connection.run(
        *upsert, {taskId, attempt, dataType, resource, RecordActionText::key(action), count},
        QCoreApplication::translate("TaskResultRepository", "Saving record outcomes"));
}

Result<QHash<QString, qint64>> TaskResultRepository::countedByAction(qint64 taskId, int attempt)
{
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT action, SUM(count) FROM sync_task_counts WHERE "
                                 "task_id = ? AND attempt = ? GROUP BY action"));
    if (StoreError error = m_connection.run(query, {taskId, attempt}))
        return error;
    QHash<QString, qint64> counted;
    while (query.next())
        counted.insert(query.value(0).toString(), query.value(1).toLongLong());
    return counted;
}

Result<QJsonObject> TaskResultRepository::counts(qint64 taskId, int attempt,
                                                 const QStringList &resources)
{
    QHash<QString, QHash<QString, int>> byResource;
    for (const QString &resource : resources)
        byResource[resource];
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT resource, action, COUNT(*) FROM sync_task_results WHERE "
                                 "task_id = ? AND attempt = ? "
                                 "GROUP BY resource, action"));
    if (StoreError error = m_connection.run(query, {taskId, attempt}))
        return error;
    while (query.next())
        byResource[query.value(0).toString()][query.value(1).toString()] += query.value(2).toInt();
    QSqlQuery counted(m_connection.database());
    counted.setForwardOnly(true);
    counted.prepare(QStringLiteral("SELECT resource, action, SUM(count) FROM sync_task_counts "
                                   "WHERE task_id = ? AND attempt = ? GROUP BY resource, action"));
    if (StoreError error = m_connection.run(counted, {taskId, attempt}))
        return error;
    while (counted.next())
        byResource[counted.value(0).toString()][counted.value(1).toString()] +=
            counted.value(2).toInt();
    QJsonObject counts;
    for (auto it = byResource.constBegin(); it != byResource.constEnd(); ++it) {
        if (it.key().isEmpty())
            continue;
        QJsonObject actions;
        for (RecordAction action :
             {RecordAction::Created, RecordAction::Updated, RecordAction::Unchanged,
              RecordAction::Deleted, RecordAction::Failed, RecordAction::Skipped}) {
            const QString key = RecordActionText::key(action);
            actions.insert(key, it.value().value(key));
        }
        counts.insert(it.key(), actions);
    }
    return counts;
}

StoreError TaskResultRepository::removeForTask(qint64 taskId)
{
    if (StoreError error = m_connection.exec(
            QStringLiteral("DELETE FROM sync_task_counts WHERE task_id = ?"), {taskId}))
        return error;
    return m_connection.exec(QStringLiteral("DELETE FROM sync_task_results WHERE task_id = ?"),
                             {taskId});
}
