#pragma once

#include "taskstatus.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

// One run of a source (table sync_tasks). `counts` is
// {"users": {"created": n, ...}, "departments": {...}}.
struct SyncTask
{
    qint64 id = 0;
    QString batch;
    qint64 sourceId = 0;
    QString sourceName; // joined from sync_sources for display
    TaskStatus status = TaskStatus::Init;
    QString message;
    qint64 costMs = -1;
    int attempt = 1;
    QJsonObject counts;
    QString phase;
    qint64 recordsDone = 0;
    bool cancelRequested = false;
    bool hasPayload = false;
    QString ownerHost;
    qint64 ownerPid = 0;
    QString ownerInstance;
    QDateTime heartbeatAt;
    QDateTime createdAt;
    QDateTime startedAt;
    QDateTime finishedAt;
};

Q_DECLARE_METATYPE(SyncTask)
