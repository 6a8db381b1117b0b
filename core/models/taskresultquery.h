#pragma once

#include "store/result.h"
#include "store/taskresult.h"

#include <QHash>
#include <QList>
#include <QString>

class Connection;

// The per-record outcomes of one task attempt, filtered by action and a search text, read page by
// page in id order (keyset paging, so page 200 costs what page 1 does).
struct TaskResultFilter
{
    qint64 taskId = 0;
    int attempt = 1;
    QString action; // empty: every action
    QString search; // in uid, message and data type, case-insensitive

    bool operator==(const TaskResultFilter &other) const = default;
};

namespace TaskResultQuery {
// Results with id > afterId. `raw` holds the record the task kept (failed/skipped ones); with
// withRecords, else the latest stored origin record of the result.
Result<QList<TaskResult>> page(Connection &db, const TaskResultFilter &filter, qint64 afterId,
                               int limit, bool withRecords = false);
Result<qint64> count(Connection &db, const TaskResultFilter &filter);
// Matching results per action key (search applies, the action filter does not).
Result<QHash<QString, qint64>> countsByAction(Connection &db, const TaskResultFilter &filter);
// The raw record of one result: what the task kept, else the origin record. Empty when neither
// exists. *fromOrigin says which one it is.
Result<QByteArray> record(Connection &db, qint64 resultId, bool *fromOrigin);
} // namespace TaskResultQuery
