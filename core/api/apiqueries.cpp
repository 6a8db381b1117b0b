#include "apiqueries.h"

#include "store/apikeyrepository.h"
#include "store/connection.h"
#include "store/sourcerepository.h"
#include "store/taskrepository.h"
#include "store/taskstatus.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlQuery>

#include <algorithm>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ApiQueries", text);
}

QJsonValue time(const QDateTime &value)
{
    return value.isValid() ? QJsonValue(value.toUTC().toString(Qt::ISODateWithMs))
                           : QJsonValue(QJsonValue::Null);
}

ApiReply unavailable(const StoreError &error)
{
    return ApiReply::errors(503, error.message());
}

QJsonObject page(const QJsonArray &rows, const ListQuery &query, qint64 count)
{
    return QJsonObject{{QStringLiteral("data"), rows}, {QStringLiteral("meta"), query.meta(count)}};
}

QVariant sortKey(const SyncSource &source, const QString &field)
{
    if (field == QLatin1String("id"))
        return source.id;
    if (field == QLatin1String("name"))
        return source.name;
    if (field == QLatin1String("createdAt"))
        return source.createdAt;
    if (field == QLatin1String("updatedAt"))
        return source.updatedAt;
    return source.sort;
}

bool less(const QVariant &a, const QVariant &b)
{
    return QVariant::compare(a, b) == QPartialOrdering::Less;
}
} // namespace

namespace ApiQueries {

QJsonObject sourceJson(const SyncSource &source)
{
    return QJsonObject{{QStringLiteral("id"), source.id},
                       {QStringLiteral("name"), source.name},
                       {QStringLiteral("sourceType"), source.sourceType},
                       {QStringLiteral("displayName"),
                        source.displayName.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                     : QJsonValue(source.displayName)},
                       {QStringLiteral("enabled"), source.enabled},
                       // Never secrets: those live in the keychain.
                       {QStringLiteral("options"), source.options},
                       {QStringLiteral("sort"), source.sort},
                       {QStringLiteral("createdAt"), time(source.createdAt)},
                       {QStringLiteral("updatedAt"), time(source.updatedAt)}};
}

QJsonObject taskJson(const SyncTask &task)
{
    // NocoBase's updatedAt: when the row last changed.
    QDateTime updated = task.finishedAt;
    if (!updated.isValid()) {
        for (const QDateTime &candidate : {task.heartbeatAt, task.startedAt, task.createdAt}) {
            if (candidate.isValid() && (!updated.isValid() || candidate > updated))
                updated = candidate;
        }
    }
    return QJsonObject{{QStringLiteral("id"), task.id},
                       {QStringLiteral("batch"), task.batch},
                       {QStringLiteral("sourceId"), task.sourceId},
                       {QStringLiteral("source"), task.sourceName},
                       {QStringLiteral("status"), TaskStatusText::key(task.status)},
                       {QStringLiteral("message"), task.message},
                       {QStringLiteral("cost"),
                        task.costMs < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(task.costMs)},
                       {QStringLiteral("attempt"), task.attempt},
                       {QStringLiteral("counts"), task.counts},
                       {QStringLiteral("recordsDone"), task.recordsDone},
                       // NocoBase orders tasks by an auto-incremented sort; the id is that here.
                       {QStringLiteral("sort"), task.id},
                       {QStringLiteral("createdAt"), time(task.createdAt)},
                       {QStringLiteral("updatedAt"), time(updated)},
                       {QStringLiteral("startedAt"), time(task.startedAt)},
                       {QStringLiteral("finishedAt"), time(task.finishedAt)}};
}

ApiReply sources(const DatabaseConfig &database, const ListQuery &query)
{
    Connection db(database);
    if (!db.isOpen())
        return unavailable(db.openError());
    auto all = SourceRepository(db).list();
    if (!all)
        return unavailable(all.error());
    QList<SyncSource> rows;
    for (const SyncSource &source : std::as_const(*all)) {
        if (query.accepts(QStringLiteral("id"), source.id)
            && query.accepts(QStringLiteral("name"), source.name)
            && query.accepts(QStringLiteral("sourceType"), source.sourceType)
            && query.accepts(QStringLiteral("enabled"), source.enabled))
            rows << source;
    }
    std::stable_sort(rows.begin(), rows.end(), [&](const SyncSource &a, const SyncSource &b) {
        const QVariant ka = sortKey(a, query.sortField);
        const QVariant kb = sortKey(b, query.sortField);
        return query.descending ? less(kb, ka) : less(ka, kb);
    });
    QJsonArray data;
    for (qsizetype i = query.offset(); i < rows.size() && data.size() < query.pageSize; ++i)
        data.append(sourceJson(rows.at(i)));
    return ApiReply::json(200, page(data, query, rows.size()));
}

ApiReply tasks(const DatabaseConfig &database, const ListQuery &query)
{
    Connection db(database);
    if (!db.isOpen())
        return unavailable(db.openError());
    QStringList where;
    QVariantList values;
    const auto addFilter = [&](const QString &field, const QString &column, bool numeric) {
        const auto it = query.filter.constFind(field);
        if (it == query.filter.constEnd())
            return;
        QStringList marks;
        for (const QVariant &value : *it) {
            // {"sourceId": 3} and {"sourceId": "3"} mean the same; "x" matches no id.
            bool ok = true;
            const qint64 number = value.toString().toLongLong(&ok);
            if (numeric && !ok)
                continue;
            marks << QStringLiteral("?");
            values << (numeric ? QVariant(number) : QVariant(value.toString()));
        }
        where << (marks.isEmpty()
                      ? QStringLiteral("1 = 0")
                      : QStringLiteral("%1 IN (%2)").arg(column, marks.join(QStringLiteral(", "))));
    };
    addFilter(QStringLiteral("id"), QStringLiteral("t.id"), true);
    addFilter(QStringLiteral("sourceId"), QStringLiteral("t.source_id"), true);
    addFilter(QStringLiteral("status"), QStringLiteral("t.status"), false);
    addFilter(QStringLiteral("batch"), QStringLiteral("t.batch"), false);
    const QString condition = where.isEmpty()
        ? QString()
        : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));

    auto count = db.scalar(QStringLiteral("SELECT COUNT(*) FROM sync_tasks t") + condition, values);
    if (!count)
        return unavailable(count.error());
    // Tasks are numbered in the order they were created, so every accepted sort is by id.
    QSqlQuery ids(db.database());
    ids.setForwardOnly(true);
    ids.prepare(QStringLiteral("SELECT t.id FROM sync_tasks t") + condition
                + QStringLiteral(" ORDER BY t.id ")
                + (query.descending ? QStringLiteral("DESC") : QStringLiteral("ASC"))
                + QStringLiteral(" LIMIT ? OFFSET ?"));
    if (StoreError error = db.run(ids, values + QVariantList{query.pageSize, query.offset()}))
        return unavailable(error);
    QList<qint64> found;
    while (ids.next())
        found << ids.value(0).toLongLong();
    TaskRepository repository(db);
    QJsonArray data;
    for (const qint64 id : std::as_const(found)) {
        auto task = repository.byId(id);
        if (task)
            data.append(taskJson(*task));
        else if (task.error().kind() != StoreError::Kind::NotFound) // removed meanwhile: skip it
            return unavailable(task.error());
    }
    return ApiReply::json(200, page(data, query, count->toLongLong()));
}

RetryTarget retryTarget(const DatabaseConfig &database, qint64 taskId, qint64 sourceId)
{
    RetryTarget target;
    Connection db(database);
    if (!db.isOpen()) {
        target.error = unavailable(db.openError());
        return target;
    }
    if (sourceId > 0) {
        auto source = SourceRepository(db).byId(sourceId);
        if (!source) {
            target.error = source.error().kind() == StoreError::Kind::NotFound
                ? ApiReply::errors(404, tr("SyncSource [%1] is not found.").arg(sourceId))
                : unavailable(source.error());
            return target;
        }
    }
    auto task = TaskRepository(db).byId(taskId);
    if (!task) {
        target.error = task.error().kind() == StoreError::Kind::NotFound
            ? ApiReply::errors(404, tr("Task [%1] is not found.").arg(taskId))
            : unavailable(task.error());
        return target;
    }
    if (sourceId > 0 && task->sourceId != sourceId) {
        target.error = ApiReply::errors(
            404, tr("Task [%1] is not a task of SyncSource [%2].").arg(taskId).arg(sourceId));
        return target;
    }
    target.ok = true;
    target.batch = task->batch;
    return target;
}

Keys loadKeys(const DatabaseConfig &database)
{
    Keys keys;
    Connection db(database);
    if (!db.isOpen()) {
        keys.error = db.openError().message();
        return keys;
    }
    auto hashes = ApiKeyRepository(db).hashes();
    if (!hashes) {
        keys.error = hashes.error().message();
        return keys;
    }
    for (const ApiKeyRepository::KeyHash &key : std::as_const(*hashes))
        keys.entries << ApiKeyCache::Entry{key.id, key.name, key.hash, key.revokedAt};
    keys.ok = true;
    return keys;
}

QString touchKeys(const DatabaseConfig &database, const QHash<qint64, QDateTime> &used)
{
    Connection db(database);
    if (!db.isOpen())
        return db.openError().message();
    ApiKeyRepository repository(db);
    for (auto it = used.constBegin(); it != used.constEnd(); ++it) {
        if (StoreError error = repository.touch(it.key(), it.value()))
            return error.message();
    }
    return {};
}

} // namespace ApiQueries
