#include "taskstatus.h"

#include <QCoreApplication>

namespace TaskStatusText {

QString key(TaskStatus status)
{
    switch (status) {
    case TaskStatus::Init:
        return QStringLiteral("init");
    case TaskStatus::Processing:
        return QStringLiteral("processing");
    case TaskStatus::Success:
        return QStringLiteral("success");
    case TaskStatus::Partial:
        return QStringLiteral("partial");
    case TaskStatus::Failed:
        return QStringLiteral("failed");
    case TaskStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("init");
}

TaskStatus fromKey(const QString &text, bool *ok)
{
    for (TaskStatus status : {TaskStatus::Init, TaskStatus::Processing, TaskStatus::Success,
                              TaskStatus::Partial, TaskStatus::Failed, TaskStatus::Cancelled}) {
        if (key(status) == text) {
            if (ok)
                *ok = true;
            return status;
        }
    }
    if (ok)
        *ok = false;
    return TaskStatus::Init;
}

QString title(TaskStatus status)
{
    switch (status) {
    case TaskStatus::Init:
        return QCoreApplication::translate("TaskStatus", "Init");
    case TaskStatus::Processing:
        return QCoreApplication::translate("TaskStatus", "Processing");
    case TaskStatus::Success:
        return QCoreApplication::translate("TaskStatus", "Success");
    case TaskStatus::Partial:
        return QCoreApplication::translate("TaskStatus", "Partial");
    case TaskStatus::Failed:
        return QCoreApplication::translate("TaskStatus", "Failed");
    case TaskStatus::Cancelled:
        return QCoreApplication::translate("TaskStatus", "Cancelled");
    }
    return {};
}

bool isFinished(TaskStatus status)
{
    return status != TaskStatus::Init && status != TaskStatus::Processing;
}

bool isRetryable(TaskStatus status)
{
    return status == TaskStatus::Failed || status == TaskStatus::Partial
        || status == TaskStatus::Cancelled;
}

} // namespace TaskStatusText
