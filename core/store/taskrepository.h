#pragma once

#include "result.h"
#include "synctask.h"
#include "taskowner.h"

#include <QList>

class Connection;

// Reads and writes sync_tasks. The state changes are guarded in SQL (WHERE status = ...), so two
// processes sharing a database cannot both move one task.
class TaskRepository
{
public:
    explicit TaskRepository(Connection &connection);

    // "YYYYMMDDHHmmss" (local time) followed by 6 random digits, as NocoBase numbers batches.
    static QString newBatchNumber();

    // A new task in status init. Refused with Kind::Conflict when the source already has a task
    // in init or processing; the message names that task's batch.
    Result<SyncTask> create(qint64 sourceId, const TaskOwner &owner,
                            const QByteArray &payload = {});
    // init → processing
    StoreError start(qint64 taskId);
    // failed | partial | cancelled → processing, attempt + 1, under the same batch.
    Result<SyncTask> beginRetry(qint64 taskId, const TaskOwner &owner);
    // processing → a finished status.
    StoreError finish(qint64 taskId, TaskStatus status, const QString &message, qint64 costMs,
                      const QJsonObject &counts);
    StoreError progress(qint64 taskId, const QString &phase, qint64 recordsDone);
    StoreError requestCancel(qint64 taskId);
    Result<bool> isCancelRequested(qint64 taskId);

    // Marks tasks in init/processing whose owner is gone as failed ("Interrupted: ..."),
    // and returns them.
    Result<QList<SyncTask>> recoverInterrupted();
    static QString interruptedMessage();

    Result<SyncTask> byId(qint64 taskId);
    Result<SyncTask> byBatch(const QString &batch);
    Result<QByteArray> payload(qint64 taskId);
    // Newest first.
    Result<QList<SyncTask>> listForSource(qint64 sourceId, int limit = 50, int offset = 0);
    Result<qint64> countForSource(qint64 sourceId);
    Result<QList<SyncTask>> running();
    // The task of a source that is in init or processing, if any (id 0 when none).
    Result<SyncTask> runningForSource(qint64 sourceId);

private:
    Result<QList<SyncTask>> select(const QString &where, const QVariantList &values);
    Connection &m_connection;
};
