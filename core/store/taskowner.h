#pragma once

#include <QDateTime>
#include <QString>

// Who runs a task: host, process id and a random per-process instance id. Stored on the task row
// with a heartbeat, so that a task whose process died can be told from one still running,
// even on another workstation sharing the PostgreSQL store.
struct TaskOwner
{
    QString host;
    qint64 pid = 0;
    QString instance;

    static TaskOwner current();
    // Heartbeats are written every HeartbeatSeconds; an owner silent for StaleSeconds is gone.
    static constexpr int HeartbeatSeconds = 10;
    static constexpr int StaleSeconds = 90;

    // True when the owner is this process.
    bool isCurrentProcess() const;
    // Decides whether the process that owns a running task is still there.
    static bool isAlive(const TaskOwner &owner, const QDateTime &heartbeat, const QDateTime &now);
};
