#pragma once

#include "batchrecord.h"
#include "preparedpage.h"
#include "store/plannerstatistics.h"
#include "store/storeerror.h"
#include "store/taskresult.h"
#include "taskstate.h"
#include "userdata.h"

#include <QElapsedTimer>
#include <QString>

#include <memory>

class Connection;
class ResourceRegistry;
class Transaction;

// Applies pages of one task. Each page runs in one transaction: origin records are stored, then
// every resource that accepts the page's data type, then the per-record outcomes; a failure rolls
// the whole page back, so a crash or cancel never leaves half a page. When a bulk write hits a
// constraint the checks did not foresee (another writer got there first), the page is retried
// once record by record, so only the offending records fail.
//
// Grouped (a pull), consecutive pages share one transaction, each page in a savepoint of its
// own: a commit writes every index page the transaction touched to the log, and the random-key
// indexes (username, e-mail, phone) are touched all over by every page. The caller commits
// the group: when it holds GroupRecords records or is GroupMs old, before it waits for the
// source, and before it ends.
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

    // How long a group may hold the write lock; writers waiting for it get in after the group.
    static constexpr int GroupMs = 1000;
    // A kill loses at most this many applied records (the source still has them).
    static constexpr int GroupRecords = 10000;

    PageApplier(Connection &connection, const ResourceRegistry &resources, TaskState &state,
                const Task &task);
    ~PageApplier();
    Q_DISABLE_COPY_MOVE(PageApplier)

    void setGrouped(bool grouped) { m_grouped = grouped; }
    bool hasOpenGroup() const { return m_group != nullptr; }
    // Whether the open group is due: GroupRecords records or GroupMs old.
    bool groupIsDue() const
    {
        return m_group && (m_groupRecords >= GroupRecords || m_groupAge.elapsed() >= GroupMs);
    }
    // Commits the open group, if any. On failure every page of the group is undone.
    StoreError commitGroup();

    // `page` must have passed UserDataParser::check().
    StoreError apply(const UserData &page);
    StoreError apply(const PreparedPage &page);
    // After the last page of a data type (or of a push); commits an open group first.
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
    bool m_grouped = false;
    std::unique_ptr<Transaction> m_group;
    QElapsedTimer m_groupAge;
    qsizetype m_groupRecords = 0;
    TaskState::Checkpoint m_groupStart;
};
