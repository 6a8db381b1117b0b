#include "taskrepository.h"

#include "connection.h"
#include "sqlvalue.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlQuery>

namespace {
const QString columns = QStringLiteral(
    "t.id, t.batch, t.source_id, s.name, t.status, t.message, t.cost_ms, t.attempt, t.counts, "
    "t.phase, t.records_done, t.cancel_requested, t.payload IS NOT NULL, t.owner_host, "
    "t.owner_pid, t.owner_instance, t.heartbeat_at, t.created_at, t.started_at, t.finished_at");

SyncTask fromRow(const QSqlQuery &row)
{
    SyncTask task;
    task.id = row.value(0).toLongLong();
    task.batch = row.value(1).toString();
    task.sourceId = row.value(2).toLongLong();
    task.sourceName = row.value(3).toString();
    task.status = TaskStatusText::fromKey(row.value(4).toString());
    task.message = row.value(5).toString();
    task.costMs = row.value(6).isNull() ? -1 : row.value(6).toLongLong();
    task.attempt = row.value(7).toInt();
    task.counts = SqlValue::toJsonObject(row.value(8));
    task.phase = row.value(9).toString();
    task.recordsDone = row.value(10).toLongLong();
    task.cancelRequested = row.value(11).toInt() != 0;
    task.hasPayload = row.value(12).toBool();
    task.ownerHost = row.value(13).toString();
    task.ownerPid = row.value(14).toLongLong();
    task.ownerInstance = row.value(15).toString();
    task.heartbeatAt = SqlValue::toDateTime(row.value(16));
    task.createdAt = SqlValue::toDateTime(row.value(17));
    task.startedAt = SqlValue::toDateTime(row.value(18));
    task.finishedAt = SqlValue::toDateTime(row.value(19));
    return task;
}

QString alreadyRunning(const SyncTask &running)
{
    return QCoreApplication::translate(
               "TaskRepository",
               "Source “%1” is already syncing (batch %2, started %3). Wait for "
               "it to finish or cancel it, then try again.")
        .arg(running.sourceName, running.batch,
             running.startedAt.isValid() ? running.startedAt.toLocalTime().toString(Qt::ISODate)
                                         : running.createdAt.toLocalTime().toString(Qt::ISODate));
}
} // namespace

TaskRepository::TaskRepository(Connection &connection)
    : m_connection(connection)
{ }

QString TaskRepository::newBatchNumber()
{
    return QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMddHHmmss"))
        + QString::number(QRandomGenerator::global()->bounded(100000, 1000000));
}

QString TaskRepository::interruptedMessage()
{
    return QCoreApplication::translate("TaskRepository",
                                       "Interrupted: the application stopped during this sync");
}

Result<SyncTask> TaskRepository::create(qint64 sourceId, const TaskOwner &owner,
                                        const QByteArray &payload)
{
    // A collision of the random part is retried; a running task of the same source is not.
    for (int attempt = 0; attempt < 5; ++attempt) {
        const QString now = Connection::nowText();
        const QString batch = newBatchNumber();
        QSqlQuery query(m_connection.database());
        query.prepare(QStringLiteral("INSERT INTO sync_tasks (batch, source_id, status, "
                                     "owner_host, owner_pid, owner_instance, "
                                     "heartbeat_at, payload, created_at, updated_at) VALUES (?, ?, "
                                     "'init', ?, ?, ?, ?, ?, ?, ?) "
                                     "RETURNING id"));
        StoreError error = m_connection.run(
            query,
            {batch, sourceId, owner.host, owner.pid, owner.instance, now,
             payload.isNull() ? QVariant() : QVariant(QString::fromUtf8(payload)), now, now},
            QCoreApplication::translate("TaskRepository", "Creating a task"));
        if (!error && query.next())
            return byId(query.value(0).toLongLong());
        if (error.kind() == StoreError::Kind::Duplicate
            && error.field() == QLatin1String("sync_tasks.batch"))
            continue;
        if (error.kind() == StoreError::Kind::Duplicate
            && error.field() == QLatin1String("sync_tasks.source_id")) {
            auto running = runningForSource(sourceId);
            if (running && running->id != 0)
                return StoreError(StoreError::Kind::Conflict, alreadyRunning(*running),
                                  error.detail());
            return StoreError(StoreError::Kind::Conflict, error.message(), error.detail());
        }
        return error.isError()
            ? error
            : StoreError(StoreError::Kind::Query, QStringLiteral("INSERT returned no id"));
    }
    return StoreError(StoreError::Kind::Conflict,
                      QCoreApplication::translate(
                          "TaskRepository", "Could not find a free batch number; try again."));
}

StoreError TaskRepository::start(qint64 taskId)
{
    const QString now = Connection::nowText();
    QSqlQuery query(m_connection.database());
    query.prepare(QStringLiteral(
        "UPDATE sync_tasks SET status = 'processing', started_at = ?, heartbeat_at = ?, "
        "updated_at = ? WHERE id = ? AND status = 'init'"));
    if (StoreError error = m_connection.run(query, {now, now, now, taskId}))
        return error;
    if (query.numRowsAffected() != 1)
        return StoreError(
            StoreError::Kind::Conflict,
            QCoreApplication::translate("TaskRepository", "Task #%1 is not waiting to start.")
                .arg(taskId));
    return {};
}

Result<SyncTask> TaskRepository::beginRetry(qint64 taskId, const TaskOwner &owner)
{
    auto task = byId(taskId);
    if (!task)
        return task.error();
    if (!TaskStatusText::isRetryable(task->status)) {
        return StoreError(
            StoreError::Kind::Conflict,
            QCoreApplication::translate("TaskRepository",
                                        "Task %1 is %2; only failed, partial or cancelled "
                                        "tasks can be retried.")
                .arg(task->batch, TaskStatusText::key(task->status)));
    }
    const QString now = Connection::nowText();
    QSqlQuery query(m_connection.database());
    query.prepare(QStringLiteral(
        "UPDATE sync_tasks SET status = 'processing', attempt = attempt + 1, message = '', "
        "cancel_requested = 0, phase = '', records_done = 0, owner_host = ?, owner_pid = ?, "
        "owner_instance = ?, heartbeat_at = ?, started_at = ?, finished_at = NULL, updated_at = ? "
        "WHERE id = ? AND status IN ('failed', 'partial', 'cancelled')"));
    StoreError error =
        m_connection.run(query, {owner.host, owner.pid, owner.instance, now, now, now, taskId});
    if (error.kind() == StoreError::Kind::Duplicate) {
        auto running = runningForSource(task->sourceId);
        if (running && running->id != 0)
            return StoreError(StoreError::Kind::Conflict, alreadyRunning(*running), error.detail());
    }
    if (error)
        return error;
    if (query.numRowsAffected() != 1)
        return StoreError(StoreError::Kind::Conflict,
                          QCoreApplication::translate("TaskRepository",
                                                      "Task %1 was changed by another program; "
                                                      "reload and try again.")
                              .arg(task->batch));
    return byId(taskId);
}

StoreError TaskRepository::finish(qint64 taskId, TaskStatus status, const QString &message,
                                  qint64 costMs, const QJsonObject &counts)
{
    Q_ASSERT(TaskStatusText::isFinished(status));
    const QString now = Connection::nowText();
    QSqlQuery query(m_connection.database());
    query.prepare(
        QStringLiteral("UPDATE sync_tasks SET status = ?, message = ?, cost_ms = ?, counts = ?, "
                       "finished_at = ?, updated_at = ?, heartbeat_at = ? "
                       "WHERE id = ? AND status IN ('init', 'processing')"));
    if (StoreError error = m_connection.run(query,
                                            {TaskStatusText::key(status), message,
                                             costMs < 0 ? QVariant() : QVariant(costMs),
                                             SqlValue::jsonText(counts), now, now, now, taskId}))
        return error;
    if (query.numRowsAffected() != 1)
        return StoreError(
            StoreError::Kind::Conflict,
            QCoreApplication::translate("TaskRepository", "Task #%1 is not running any more.")
                .arg(taskId));
    return {};
}

StoreError TaskRepository::progress(qint64 taskId, const QString &phase, qint64 recordsDone)
{
    const QString now = Connection::nowText();
    QSqlQuery *query = nullptr;
    StoreError error;
    query = m_connection.prepared(
        QStringLiteral("UPDATE sync_tasks SET phase = ?, records_done = ?, heartbeat_at = ?, "
                       "updated_at = ? WHERE id = ?"),
        &error);
    if (!query)
        return error;
    return m_connection.run(*query, {phase, recordsDone, now, now, taskId});
}

StoreError TaskRepository::requestCancel(qint64 taskId)
{
    QSqlQuery query(m_connection.database());
    query.prepare(QStringLiteral("UPDATE sync_tasks SET cancel_requested = 1, updated_at = ? "
                                 "WHERE id = ? AND status IN ('init', 'processing')"));
    if (StoreError error = m_connection.run(query, {Connection::nowText(), taskId}))
        return error;
    if (query.numRowsAffected() != 1)
        return StoreError(
            StoreError::Kind::Conflict,
            QCoreApplication::translate("TaskRepository",
                                        "The task is not running, so there is nothing to cancel."));
    return {};
}

Result<bool> TaskRepository::isCancelRequested(qint64 taskId)
{
    auto value = m_connection.scalar(
        QStringLiteral("SELECT cancel_requested FROM sync_tasks WHERE id = ?"), {taskId});
    if (!value)
        return value.error();
    return value->toInt() != 0;
}

Result<QList<SyncTask>> TaskRepository::recoverInterrupted()
{
    auto candidates = running();
    if (!candidates)
        return candidates.error();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<SyncTask> recovered;
    for (SyncTask task : *candidates) {
        const TaskOwner owner{task.ownerHost, task.ownerPid, task.ownerInstance};
        if (TaskOwner::isAlive(owner, task.heartbeatAt, now))
            continue;
        const QString stamp = Connection::nowText();
        QSqlQuery query(m_connection.database());
        // Guarded by the old heartbeat: a task that came back to life meanwhile is left alone.
        query.prepare(
            QStringLiteral("UPDATE sync_tasks SET status = 'failed', message = ?, finished_at = ?, "
                           "updated_at = ? WHERE id = ? AND status IN ('init', 'processing') "
                           "AND (heartbeat_at IS NULL OR heartbeat_at = ?)"));
        if (StoreError error = m_connection.run(query,
                                                {interruptedMessage(), stamp, stamp, task.id,
                                                 SqlValue::timestamp(task.heartbeatAt)}))
            return error;
        if (query.numRowsAffected() == 1) {
            task.status = TaskStatus::Failed;
            task.message = interruptedMessage();
            recovered << task;
        }
    }
    return recovered;
}

Result<SyncTask> TaskRepository::byId(qint64 taskId)
{
    auto rows = select(QStringLiteral("WHERE t.id = ?"), {taskId});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return StoreError(
            StoreError::Kind::NotFound,
            QCoreApplication::translate("TaskRepository", "Task #%1 does not exist.").arg(taskId));
    return rows->constFirst();
}

Result<SyncTask> TaskRepository::byBatch(const QString &batch)
{
    auto rows = select(QStringLiteral("WHERE t.batch = ?"), {batch});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return StoreError(
            StoreError::Kind::NotFound,
            QCoreApplication::translate("TaskRepository", "There is no task with batch %1.")
                .arg(batch));
    return rows->constFirst();
}

Result<QByteArray> TaskRepository::payload(qint64 taskId)
{
    auto value = m_connection.scalar(QStringLiteral("SELECT payload FROM sync_tasks WHERE id = ?"),
                                     {taskId});
    if (!value)
        return value.error();
    return value->isNull() ? QByteArray() : value->toString().toUtf8();
}

Result<QList<SyncTask>> TaskRepository::listForSource(qint64 sourceId, int limit, int offset)
{
    return select(QStringLiteral("WHERE t.source_id = ? ORDER BY t.id DESC LIMIT ? OFFSET ?"),
                  {sourceId, limit, offset});
}

Result<qint64> TaskRepository::countForSource(qint64 sourceId)
{
    auto value = m_connection.scalar(
        QStringLiteral("SELECT COUNT(*) FROM sync_tasks WHERE source_id = ?"), {sourceId});
    if (!value)
        return value.error();
    return value->toLongLong();
}

Result<QList<SyncTask>> TaskRepository::running()
{
    return select(QStringLiteral("WHERE t.status IN ('init', 'processing') ORDER BY t.id"), {});
}

Result<SyncTask> TaskRepository::runningForSource(qint64 sourceId)
{
    auto rows = select(
        QStringLiteral("WHERE t.source_id = ? AND t.status IN ('init', 'processing')"), {sourceId});
    if (!rows)
        return rows.error();
    return rows->isEmpty() ? SyncTask() : rows->constFirst();
}

Result<QList<SyncTask>> TaskRepository::select(const QString &where, const QVariantList &values)
{
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + columns
                  + QStringLiteral(" FROM sync_tasks t JOIN sync_sources s ON s.id = t.source_id ")
                  + where);
    if (StoreError error = m_connection.run(query, values))
        return error;
    QList<SyncTask> tasks;
    while (query.next())
        tasks << fromRow(query);
    return tasks;
}
