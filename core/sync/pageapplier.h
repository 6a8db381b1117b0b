#pragma once

#include "batchrecord.h"
#include "preparedpage.h"
#include "store/plannerstatistics.h"
#include "store/storeerror.h"
#include "store/taskresult.h"
#include "userdata.h"

#include <QString>

class Connection;
class ResourceRegistry;
class TaskState;

// Applies pages of one task. Each page runs in one transaction: origin records are stored, then
// every resource that accepts the page's data type, then the per-record outcomes; a failure rolls
// the whole page back, so a crash or cancel never leaves half a page. When a bulk write hits a
// constraint the checks did not foresee (another writer got there first), the page is retried
// once record by record, so only the offending records fail.
class PageApplier
{
public:
    struct Task
    {
        qint64 taskId = 0;
        QString batch;
        int attempt = 1;
        QString sourceName;
    };

    PageApplier(Connection &connection, const ResourceRegistry &resources, TaskState &state,
                const Task &task);

    // `page` must have passed UserDataParser::check().
    StoreError apply(const UserData &page);
    StoreError apply(const PreparedPage &page);
    // After the last page of a data type (or of a push).
    StoreError finishDataType(const QString &dataType);

private:
    // `inserted`: the origin records the attempt added.
    StoreError applyOnce(const PreparedPage &page, bool careful, qint64 *inserted);
    // Takes out of `records` those that need no work and counts them.
    StoreError setAsideUnchanged(QList<BatchRecord> &records, qint64 *unchanged);
    StoreError markForReapply(const QList<TaskResult> &results);

    Connection &m_connection;
    const ResourceRegistry &m_resources;
    TaskState &m_state;
    Task m_task;
    PlannerStatistics m_statistics;
};
