#pragma once

#include "pageapplier.h"
#include "preparedpage.h"
#include "store/syncsource.h"
#include "store/synctask.h"
#include "taskrequest.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QPointer>
#include <QRunnable>

#include <memory>
#include <optional>

class Connection;
class SourceType;
class TaskRunner;
struct JobControl;

// One task from start to end, on a pool thread: claims the task in the store (refused when the
// source already runs one), pulls page by page or applies a pushed body, and records the
// outcome. A pull runs an event loop on this thread so that network pullers stay asynchronous.
class SyncJob : public QRunnable
{
public:
    SyncJob(TaskRunner *runner, quint64 request, const TaskRequest &what,
            std::shared_ptr<JobControl> control);
    void run() override;

private:
    struct Outcome
    {
        TaskStatus status = TaskStatus::Success;
        QString reason; // for failed
        int pages = 0;
        qint64 records = 0;
        QStringList pushUids;
        QString pushDataType;
    };

    bool claim(Connection &db);
    void runPush(PageApplier &applier, Outcome &outcome);
    void runPull(Connection &db, PageApplier &applier, Outcome &outcome);
    void finish(Connection &db, Outcome &outcome);
    bool readSecrets(QHash<QString, QByteArray> *secrets, QString *problem);

    void refuse(TaskRefusal reason, const QString &message);
    void emitStarted();
    void emitProgress(const QString &phase, qint64 done, qint64 expected, int pages);
    void emitFinished(const QJsonObject &pushResponse);
    bool cancelRequested(Connection &db);

    QPointer<TaskRunner> m_runner;
    quint64 m_request;
    TaskRequest m_what;
    std::shared_ptr<JobControl> m_control;
    SyncSource m_source;
    SyncTask m_task;
    const SourceType *m_type = nullptr;
    QByteArray m_payload;
    std::optional<PreparedPage> m_pushed; // the push's page, once parsed and prepared
    QElapsedTimer m_clock;
};
