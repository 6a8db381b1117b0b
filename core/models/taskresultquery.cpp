#include "taskresultquery.h"

#include "store/connection.h"
#include "store/taskresultrepository.h"
#include "store/textsearch.h"

#include <QSqlQuery>

namespace {
QString where(const Connection &db, const TaskResultFilter &filter, bool withAction,
              QVariantList &values)
{
    QString sql = QStringLiteral(" WHERE t.task_id = ? AND t.attempt = ?");
    values << filter.taskId << filter.attempt;
    if (withAction && !filter.action.isEmpty()) {
        sql += QStringLiteral(" AND t.action = ?");
        values << filter.action;
    }
    const QString condition = TextSearch::condition(
        db, {QStringLiteral("t.uid"), QStringLiteral("t.message"), QStringLiteral("t.data_type")},
        filter.search, values);
    if (!condition.isEmpty())
        sql += QStringLiteral(" AND ") + condition;
    return sql;
}
} // namespace

namespace TaskResultQuery {

Result<QList<TaskResult>> page(Connection &db, const TaskResultFilter &filter, qint64 afterId,
                               int limit, bool withRecords)
{
    QVariantList values;
    QString sql = QStringLiteral(
        "SELECT t.id, t.task_id, t.attempt, t.data_type, t.uid, t.resource, t.action, t.message, "
        "t.record_id, ");
    sql += withRecords ? QStringLiteral("COALESCE(t.raw, r.meta_data) FROM sync_task_results t "
                                        "LEFT JOIN sync_records r ON r.id = t.record_id")
                       : QStringLiteral("t.raw FROM sync_task_results t");
    sql += where(db, filter, true, values);
    sql += QStringLiteral(" AND t.id > ? ORDER BY t.id LIMIT ?");
    values << afterId << limit;
    QSqlQuery query(db.database());
    query.setForwardOnly(true);
    query.prepare(sql);
    if (StoreError error = db.run(query, values))
        return error;
    QList<TaskResult> results;
    while (query.next())
        results << TaskResultRepository::fromRow(query);
    return results;
}

Result<qint64> count(Connection &db, const TaskResultFilter &filter)
{
    QVariantList values;
    const QString sql = QStringLiteral("SELECT COUNT(*) FROM sync_task_results t")
        + where(db, filter, true, values);
    auto value = db.scalar(sql, values);
    if (!value)
        return value.error();
    return value->toLongLong();
}

Result<QHash<QString, qint64>> countsByAction(Connection &db, const TaskResultFilter &filter)
{
    QVariantList values;
    const QString sql = QStringLiteral("SELECT t.action, COUNT(*) FROM sync_task_results t")
        + where(db, filter, false, values) + QStringLiteral(" GROUP BY t.action");
    QSqlQuery query(db.database());
    query.setForwardOnly(true);
    query.prepare(sql);
    if (StoreError error = db.run(query, values))
        return error;
    QHash<QString, qint64> counts;
    while (query.next())
        counts.insert(query.value(0).toString(), query.value(1).toLongLong());
    return counts;
}

Result<QByteArray> record(Connection &db, qint64 resultId, bool *fromOrigin)
{
    QSqlQuery query(db.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT t.raw, r.meta_data FROM sync_task_results t "
                                 "LEFT JOIN sync_records r ON r.id = t.record_id WHERE t.id = ?"));
    if (StoreError error = db.run(query, {resultId}))
        return error;
    if (!query.next())
        return QByteArray();
    const bool kept = !query.value(0).isNull();
    if (fromOrigin)
        *fromOrigin = !kept;
    return (kept ? query.value(0) : query.value(1)).toString().toUtf8();
}

} // namespace TaskResultQuery
