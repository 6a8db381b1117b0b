#include "backgroundjob.h"

#include <QThreadPool>

namespace {
QThreadPool *createPool()
{
    auto *pool = new QThreadPool;
    pool->setObjectName(QStringLiteral("ModelJobs"));
    // Pages, counts and file chunks are short; a few threads keep the views fed without
    // competing with the sync jobs of the TaskRunner's own pool.
    pool->setMaxThreadCount(3);
    return pool;
}
} // namespace

namespace BackgroundJob {

QThreadPool *pool()
{
    // Deliberately never destroyed: it must outlive every model, including static ones in tests.
    static QThreadPool *instance = createPool();
    return instance;
}

void waitForIdle()
{
    pool()->waitForDone();
}

} // namespace BackgroundJob
