#pragma once

#include <QString>

// Life of a sync task: init → processing → success | partial | failed | cancelled.
enum class TaskStatus { Init, Processing, Success, Partial, Failed, Cancelled };

namespace TaskStatusText {
QString key(TaskStatus status); // "success", as stored and printed by the CLI
TaskStatus fromKey(const QString &key, bool *ok = nullptr);
QString title(TaskStatus status); // translated, for the GUI
bool isFinished(TaskStatus status);
bool isRetryable(TaskStatus status); // failed, partial and cancelled
} // namespace TaskStatusText
