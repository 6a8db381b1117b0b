#pragma once

#include <Qt>

// Roles the models offer beyond Qt's own, shared by every model here so that delegates and
// proxies in ui/ can read them without knowing which model they draw. Models return plain values
// (no colours or icons: core has no QtGui); ui/ decides how they look.
namespace ModelRoles {
enum Role : int {
    // The value to sort by (numbers as numbers, times as QDateTime).
    Sort = Qt::UserRole + 1,
    // The task status key ("success", "partial", ...), for the status tag delegate.
    Status,
    // QStringList of action keys offered on the row ("sync", "tasks", "retry", ...).
    Actions,
    // True while the row's task runs (the last-run column then shows progress).
    Running,
    // qint64 records done / expected (-1: unknown) and double records per second of a running task.
    RecordsDone,
    RecordsExpected,
    RecordsPerSecond,
    // The row's database id (source, task, result, user, department).
    Id,
    // A secondary line of text (e.g. "3 min ago · 12 created" under a status tag).
    Detail,
    // True for a row whose data is still being fetched.
    Loading,
    // The record action key ("created", "failed", ...).
    Action,
    // The log level ("info", "warning", ...).
    Level,
};
} // namespace ModelRoles
