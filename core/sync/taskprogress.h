#pragma once

#include <QMetaType>
#include <QString>

// A running task's progress, delivered as a value to the GUI and the CLI.
struct TaskProgress
{
    qint64 taskId = 0;
    QString batch;
    QString sourceName;
    QString phase; // "department" or "user"
    qint64 recordsDone = 0;
    qint64 recordsExpected = -1; // -1 when the source cannot tell
    int pages = 0;
    double recordsPerSecond = 0;
};

Q_DECLARE_METATYPE(TaskProgress)
