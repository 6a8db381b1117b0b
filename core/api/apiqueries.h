#pragma once

#include "apikeycache.h"
#include "apireply.h"
#include "listquery.h"
#include "store/databaseconfig.h"
#include "store/syncsource.h"
#include "store/synctask.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>

// The API's database work. Each function opens a connection of its own and is meant for a pool
// thread, so that the server's thread (the GUI's, in the application) never waits for SQL.
namespace ApiQueries {
// GET /api/userDataSyncSources:list
ApiReply sources(const DatabaseConfig &database, const ListQuery &query);
// GET /api/userDataSyncTasks:list
ApiReply tasks(const DatabaseConfig &database, const ListQuery &query);

struct RetryTarget
{
    bool ok = false;
    ApiReply error;
    QString batch;
};
// POST /api/userData:retry?id=&sourceId=: the task to retry (sourceId 0: any source).
RetryTarget retryTarget(const DatabaseConfig &database, qint64 taskId, qint64 sourceId);

struct Keys
{
    bool ok = false;
    QString error;
    QList<ApiKeyCache::Entry> entries;
};
Keys loadKeys(const DatabaseConfig &database);
// Records when keys were last used; returns an error sentence or an empty string.
QString touchKeys(const DatabaseConfig &database, const QHash<qint64, QDateTime> &used);

// The rows as the API shows them: NocoBase's field names, plus what UserSync adds.
QJsonObject sourceJson(const SyncSource &source);
QJsonObject taskJson(const SyncTask &task);
} // namespace ApiQueries
