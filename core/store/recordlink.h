#pragma once

#include <QString>

// Links an origin record to the row it produced in a target resource (sync_record_resources).
struct RecordLink
{
    qint64 id = 0;
    qint64 recordId = 0;
    QString resource; // "users", "departments", or a plugin resource
    QString resourcePk; // the target row's primary key, as text
};
