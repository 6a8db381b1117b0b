#pragma once

#include "common/datadir.h"
#include "store/databaseconfig.h"
#include "store/synctask.h"
#include "taskprogress.h"
#include "taskrequest.h"

#include <QHash>
#include <QJsonObject>
#include <QMutex>
#include <QObject>
#include <QThreadPool>

#include <memory>

class RawRecordLog;
class ResourceRegistry;
class SecretStore;
class SourceRegistry;
class WalKeeper;
struct JobControl;

// Runs sync, retry and push tasks on its own QThreadPool. Each job opens its own database
// connection, and talks back only through these signals, which carry values and arrive on the
// runner's thread. Nothing here blocks the caller.
class TaskRunner : public QObject
{
    Q_OBJECT

public:
    struct Setup
    {
        DatabaseConfig database;
        DataDir dataDir;
        const SourceRegistry *sources = nullptr;
        const ResourceRegistry *resources = nullptr;
        SecretStore *secrets = nullptr;
        int maxThreads = 4;
    };

    explicit TaskRunner(const Setup &setup, QObject *parent = nullptr);
    // Asks running jobs to stop and waits for them: call at shutdown only.
    ~TaskRunner() override;

    // Returns the request id that the signals carry.
    quint64 start(const TaskRequest &request);
    // Stops a task of this process at its next page; for a task of another process (GUI, serve,
    // another workstation) the request goes through the store. Returns false if no such task runs.
    bool cancel(const QString &batch);
    bool isRunning(const QString &batch) const;
    int activeCount() const;
    const Setup &setup() const { return m_setup; }

signals:
    void refused(quint64 request, TaskRefusal reason, const QString &message);
    void started(quint64 request, const SyncTask &task);
    void progress(quint64 request, const TaskProgress &progress);
    // `pushResponse` is NocoBase's push answer for push tasks, empty otherwise.
    void finished(quint64 request, const SyncTask &task, const QJsonObject &pushResponse);

private:
    friend class SyncJob;
    void jobDone(quint64 request);

    Setup m_setup;
    QThreadPool m_pool;
    std::unique_ptr<RawRecordLog> m_rawLog;
    std::unique_ptr<WalKeeper> m_walKeeper;
    mutable QMutex m_mutex;
    QHash<quint64, std::shared_ptr<JobControl>> m_jobs;
    quint64 m_nextRequest = 0;
};
