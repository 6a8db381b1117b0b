#include "taskrunner.h"

#include "jobcontrol.h"
#include "logs/rawrecordlog.h"
#include "store/connection.h"
#include "store/taskrepository.h"
#include "store/walkeeper.h"
#include "syncjob.h"

TaskRunner::TaskRunner(const Setup &setup, QObject *parent)
    : QObject(parent)
    , m_setup(setup)
    , m_rawLog(std::make_unique<RawRecordLog>(setup.dataDir.rawLogDir()))
    , m_walKeeper(std::make_unique<WalKeeper>(setup.database))
{
    qRegisterMetaType<SyncTask>();
    qRegisterMetaType<TaskProgress>();
    qRegisterMetaType<TaskRefusal>();
    m_pool.setObjectName(QStringLiteral("TaskRunner"));
    m_pool.setMaxThreadCount(qMax(1, setup.maxThreads));
    // Pullers run event loops on pool threads; a thread that has to wait is no use to anyone else.
    m_pool.setExpiryTimeout(30000);
}

TaskRunner::~TaskRunner()
{
    {
        QMutexLocker lock(&m_mutex);
        for (const auto &control : std::as_const(m_jobs))
            control->cancelRequested.storeRelaxed(1);
    }
    m_pool.waitForDone();
}

quint64 TaskRunner::start(const TaskRequest &request)
{
    auto control = std::make_shared<JobControl>();
    quint64 id;
    {
        QMutexLocker lock(&m_mutex);
        id = ++m_nextRequest;
        m_jobs.insert(id, control);
    }
    m_pool.start(new SyncJob(this, id, request, control));
    return id;
}

bool TaskRunner::cancel(const QString &batch)
{
    {
        QMutexLocker lock(&m_mutex);
        for (const auto &control : std::as_const(m_jobs)) {
            if (control->currentBatch() == batch) {
                control->cancelRequested.storeRelaxed(1);
                return true;
            }
        }
    }
    // Not ours: ask through the store; the owner checks between pages and on its heartbeat.
    Connection db(m_setup.database);
    if (!db.isOpen())
        return false;
    TaskRepository tasks(db);
    auto task = tasks.byBatch(batch);
    return task && !tasks.requestCancel(task->id);
}

bool TaskRunner::isRunning(const QString &batch) const
{
    QMutexLocker lock(&m_mutex);
    for (const auto &control : std::as_const(m_jobs)) {
        if (control->currentBatch() == batch)
            return true;
    }
    return false;
}

int TaskRunner::activeCount() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_jobs.size());
}

void TaskRunner::jobDone(quint64 request)
{
    QMutexLocker lock(&m_mutex);
    m_jobs.remove(request);
}
