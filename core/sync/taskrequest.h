#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

// What the TaskRunner is asked to do.
struct TaskRequest
{
    enum class Kind { Sync, Retry, Push };

    Kind kind = Kind::Sync;
    QString sourceName; // Sync
    QString batch; // Retry
    QByteArray payload; // Push: a NocoBase push body

    static TaskRequest sync(const QString &source) { return {Kind::Sync, source, {}, {}}; }
    static TaskRequest retry(const QString &batch) { return {Kind::Retry, {}, batch, {}}; }
    static TaskRequest push(const QByteArray &body) { return {Kind::Push, {}, {}, body}; }
};

// Why a request did not become a running task; maps to usersync-cli's exit codes and HTTP.
enum class TaskRefusal {
    NotFound, // no such source or task (exit 3)
    Refused, // disabled source, already running, not retryable, nothing to pull (exit 4)
    BadInput, // a push body that is not valid (exit 2)
    Unavailable, // the store cannot be opened (exit 1)
};

Q_DECLARE_METATYPE(TaskRequest)
Q_DECLARE_METATYPE(TaskRefusal)
