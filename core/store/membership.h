#pragma once

#include <QString>

// A user's membership of a department (department_users). managedBySource is empty for
// memberships made by hand, which a sync never removes.
struct Membership
{
    qint64 userId = 0;
    qint64 departmentId = 0;
    bool isOwner = false;
    bool isMain = false;
    QString managedBySource;
};
