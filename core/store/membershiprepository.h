#pragma once

#include "membership.h"
#include "result.h"

#include <QList>

class Connection;

// Reads and writes department_users.
class MembershipRepository
{
public:
    explicit MembershipRepository(Connection &connection);

    // Inserts or updates the flags of (user, department).
    StoreError save(const Membership &membership);
    StoreError remove(qint64 userId, qint64 departmentId);
    Result<QList<Membership>> forUser(qint64 userId);
    Result<QList<Membership>> forDepartment(qint64 departmentId);
    Result<qint64> countForDepartment(qint64 departmentId);

private:
    Result<QList<Membership>> select(const QString &where, const QVariantList &values);
    Connection &m_connection;
};
