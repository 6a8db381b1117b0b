#pragma once

#include <QAtomicInt>
#include <QMutex>
#include <QString>

// Shared between the TaskRunner and one job: the cancel flag and the batch once it is known.
struct JobControl
{
    QAtomicInt cancelRequested{0};
    mutable QMutex mutex;
    QString batch;

    void setBatch(const QString &value)
    {
        QMutexLocker lock(&mutex);
        batch = value;
    }
    QString currentBatch() const
    {
        QMutexLocker lock(&mutex);
        return batch;
    }
};
