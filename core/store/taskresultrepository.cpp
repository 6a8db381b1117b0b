#include "taskresultrepository.h"

#include "connection.h"
#include "sqlvalue.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <limits>

namespace {
constexpr int rowsPerStatement = 200; // 9 values a row, well under both engines' limits
constexpr int valuesPerRow = 9;

QString insertSql(int rows)
{
    QString sql =
        QStringLiteral("INSERT INTO sync_task_results (task_id, attempt, data_type, uid, resource, "
                       "action, message, record_id, raw) VALUES ");
    const QString row = QLatin1Char('(') + SqlValue::placeholders(valuesPerRow) + QLatin1Char(')');
    for (int i = 0; i < rows; ++i) {
        if (i)
            sql += QLatin1Char(',');
        sql += row;
    }
    return sql;
}
} // namespace

TaskResultRepository::TaskResultRepository(Connection &connection)
    : m_connection(connection)
{ }

StoreError TaskResultRepository::insert(const QList<TaskResult> &results)
{
    for (qsizetype start = 0; start < results.size(); start += rowsPerStatement) {
        const int rows = int(qMin<qsizetype>(rowsPerStatement, results.size() - start));
        StoreError error;
        QSqlQuery *query = m_connection.prepared(insertSql(rows), &error);
        if (!query)
            return error;
        int index = 0;
        for (qsizetype i = start; i < start + rows; ++i) {
            const TaskResult &result = results.at(i);
            query->bindValue(index++, result.taskId);
            query->bindValue(index++, result.attempt);
            query->bindValue(index++, SqlValue::bindable(result.dataType));
            query->bindValue(index++, SqlValue::bindable(result.uid));
            query->bindValue(index++, SqlValue::bindable(result.resource));
            query->bindValue(index++, RecordActionText::key(result.action));
            query->bindValue(index++, SqlValue::bindable(result.message));
            query->bindValue(index++, SqlValue::nullableId(result.recordId));
            query->bindValue(index++,
                             result.raw.isNull() ? QVariant()
                                                 : QVariant(QString::fromUtf8(result.raw)));
        }
        if (!query->exec())
            return StoreError::fromSql(
                query->lastError(),
                QCoreApplication::translate("TaskResultRepository", "Saving record outcomes"));
    }
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
    return m_connection.exec(QStringLiteral("DELETE FROM sync_task_results WHERE task_id = ?"),
                             {taskId});
}
