#pragma once

#include "recordaction.h"

#include <QByteArray>
#include <QString>

// The outcome of one record in one resource during one task (sync_task_results).
struct TaskResult
{
    qint64 id = 0;
    qint64 taskId = 0;
    int attempt = 1;
    QString dataType;
    QString uid;
    QString resource;
    RecordAction action = RecordAction::Unchanged;
    QString message;
    qint64 recordId = 0; // origin record, when one was stored
    QByteArray raw; // the record as received, kept for failed/skipped ones
};
