#pragma once

#include "department.h"
#include "storeerror.h"
#include "user.h"

#include <QList>

#include <functional>

class Connection;

// Reads the directory with its relations (memberships, source links) chunk by chunk, so that
// listing a million users never holds them all in memory.
class DirectoryReader
{
public:
    struct Link
    {
        QString source;
        QString uid;
    };
    struct UserMembership
    {
        qint64 departmentId = 0;
        QString title;
        bool isOwner = false;
        bool isMain = false;
    };
    struct UserEntry
    {
        User user;
        QList<UserMembership> departments;
        QList<Link> links;
    };
    struct DepartmentEntry
    {
        Department department;
        QList<Link> links;
        qint64 memberCount = 0;
    };

    explicit DirectoryReader(Connection &connection);

    // Users in id order; `visit` returns false to stop.
    StoreError forEachUser(const std::function<bool(const UserEntry &)> &visit,
                           int chunkSize = 1000);
    StoreError forEachDepartment(const std::function<bool(const DepartmentEntry &)> &visit);

private:
    Connection &m_connection;
};
