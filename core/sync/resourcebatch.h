#pragma once

#include "batchrecord.h"
#include "store/recordaction.h"
#include "store/storeerror.h"
#include "store/taskresult.h"

#include <QList>
#include <QString>

#include <functional>

class Connection;
class TaskState;

// What a resource sees of one page: the records, the store, the task, and where outcomes go.
class ResourceBatch
{
public:
    struct Info
    {
        QString sourceName;
        QString dataType;
        QString matchKey;
        QString batch;
        qint64 taskId = 0;
        int attempt = 1;
        bool careful = false;
    };
    struct LinkChange
    {
        qint64 recordId;
        QString resource;
        QString resourcePk;
        bool add;
    };

    ResourceBatch(Connection &connection, TaskState &state, const Info &info,
                  QList<BatchRecord> &records);

    Connection &connection() { return m_connection; }
    TaskState &state() { return m_state; }
    const Info &info() const { return m_info; }
    QString sourceName() const { return m_info.sourceName; }
    QString dataType() const { return m_info.dataType; }
    QString matchKey() const { return m_info.matchKey; }
    // In careful mode (a retry of a page whose bulk write failed) every record's writes run in
    // a savepoint, so one bad record cannot abort the page.
    bool careful() const { return m_info.careful; }

    QList<BatchRecord> &records() { return m_records; }
    const BatchRecord &record(int index) const { return m_records.at(index); }

    void report(const QString &resource, int index, RecordAction action,
                const QString &message = {});
    // An outcome for a row that is not a record of this page (a child moved because its parent
    // was deleted, a department placed when its parent arrived).
    void reportOther(const QString &resource, const QString &dataType, const QString &uid,
                     qint64 recordId, RecordAction action, const QString &message);
    void link(int index, const QString &resource, const QString &pk);
    void unlink(int index, const QString &resource, const QString &pk);

    // Runs `work`; in careful mode inside a savepoint that is rolled back if it fails.
    StoreError guarded(const std::function<StoreError()> &work);

    QList<TaskResult> &results() { return m_results; }
    QList<LinkChange> takeLinkChanges();

private:
    Connection &m_connection;
    TaskState &m_state;
    Info m_info;
    QList<BatchRecord> &m_records;
    QList<TaskResult> m_results;
    QList<LinkChange> m_linkChanges;
    int m_savepoints = 0;
};
