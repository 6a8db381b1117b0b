#pragma once

#include "result.h"
#include "taskresult.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>

class Connection;
class QSqlQuery;

// Per-record outcomes of tasks (sync_task_results).
class TaskResultRepository
{
public:
    explicit TaskResultRepository(Connection &connection);

    // Writes many rows with multi-row INSERTs (one round trip per chunk).
    StoreError insert(const QList<TaskResult> &results);
    // Outcomes of the task's latest attempt, optionally only one action; ordered as written.
    Result<QList<TaskResult>> forTask(qint64 taskId, int attempt = -1, const QString &action = {},
                                      int limit = -1, int offset = 0);
    Result<qint64> countForTask(qint64 taskId, int attempt = -1, const QString &action = {});
    // Adds `count` outcomes that are counted, not listed (sync_task_counts): records a re-sync
    // skipped because they had not changed. Call inside the page's transaction.
    StoreError addCount(qint64 taskId, int attempt, const QString &dataType,
                        const QString &resource, RecordAction action, qint64 count);
    // Counted outcomes of one attempt by action (every resource and data type), e.g.
    // {"unchanged": 99000}.
    Result<QHash<QString, qint64>> countedByAction(qint64 taskId, int attempt);
    // {"users": {"created": n, "updated": n, "unchanged": n, "deleted": n, "failed": n,
    // "skipped": n}, "departments": {...}} for one attempt, listed and counted outcomes together;
    // every action of every resource is present.
    Result<QJsonObject> counts(qint64 taskId, int attempt, const QStringList &resources);
    // Forgets every outcome of the task, listed and counted.
    StoreError removeForTask(qint64 taskId);

    // The current row of a query selecting id, task_id, attempt, data_type, uid, resource,
    // action, message, record_id, raw (in that order).
    static TaskResult fromRow(const QSqlQuery &query);

private:
    Connection &m_connection;
};
