#pragma once

#include "store/storeerror.h"

#include <QSet>
#include <QString>
#include <QStringList>

class Connection;
class ResourceBatch;

// A target the engine writes records into (the built-in "users" and "departments", or a
// plugin's). Resources run in ascending order() for each page whose data type they accept.
class Resource
{
public:
    virtual ~Resource() = default;

    virtual QString name() const = 0;
    virtual QStringList accepts() const = 0; // "user", "department"
    virtual int order() const = 0;

    // Applies one page inside the page's transaction. Per-record outcomes go to batch.report();
    // a record's failure never fails the page. A returned error rolls the page back: use it only
    // when the store itself fails.
    virtual StoreError apply(ResourceBatch &batch) = 0;

    // Called once after the last page of `dataType` in a task (or after a push), in its own
    // transaction, e.g. to place departments whose parent arrived on a later page.
    virtual StoreError finishDataType(ResourceBatch &batch)
    {
        Q_UNUSED(batch);
        return {};
    }

    // Which of these primary keys (rows this resource produced, per the origin records' links)
    // still exist. A re-sync skips a record whose content has not changed only while every row
    // it produced is there, so a user deleted by hand is made again. The default trusts the
    // links.
    virtual StoreError existingTargets(Connection &connection, const QStringList &pks,
                                       QSet<QString> *existing)
    {
        Q_UNUSED(connection);
        *existing = QSet<QString>(pks.cbegin(), pks.cend());
        return {};
    }
};
