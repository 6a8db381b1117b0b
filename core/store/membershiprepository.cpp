#include "membershiprepository.h"

#include "connection.h"
#include "sqlvalue.h"

#include <QCoreApplication>
#include <QSqlQuery>

MembershipRepository::MembershipRepository(Connection &connection)
    : m_connection(connection)
{ }

StoreError MembershipRepository::save(const Membership &membership)
{
    return m_connection.exec(
        QStringLiteral("INSERT INTO department_users (user_id, department_id, is_owner, is_main, "
                       "managed_by_source, "
                       "created_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (user_id, department_id) "
                       "DO UPDATE SET "
                       "is_owner = excluded.is_owner, is_main = excluded.is_main, "
                       "managed_by_source = excluded.managed_by_source"),
        {membership.userId, membership.departmentId, SqlValue::flag(membership.isOwner),
         SqlValue::flag(membership.isMain), SqlValue::nullableText(membership.managedBySource),
         Connection::nowText()},
        QCoreApplication::translate("MembershipRepository", "Adding user #%1 to department #%2")
            .arg(membership.userId)
            .arg(membership.departmentId));
}

StoreError MembershipRepository::remove(qint64 userId, qint64 departmentId)
{
    return m_connection.exec(
        QStringLiteral("DELETE FROM department_users WHERE user_id = ? AND department_id = ?"),
        {userId, departmentId});
}

Result<QList<Membership>> MembershipRepository::forUser(qint64 userId)
{
    return select(QStringLiteral("WHERE user_id = ? ORDER BY department_id"), {userId});
}

Result<QList<Membership>> MembershipRepository::forDepartment(qint64 departmentId)
{
    return select(QStringLiteral("WHERE department_id = ? ORDER BY user_id"), {departmentId});
}

Result<qint64> MembershipRepository::countForDepartment(qint64 departmentId)
{
    auto value = m_connection.scalar(
        QStringLiteral("SELECT COUNT(*) FROM department_users WHERE department_id = ?"),
        {departmentId});
    if (!value)
        return value.error();
    return value->toLongLong();
}

Result<QList<Membership>> MembershipRepository::select(const QString &where,
                                                       const QVariantList &values)
{
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT user_id, department_id, is_owner, is_main, managed_by_source "
                       "FROM department_users ")
        + where);
    if (StoreError error = m_connection.run(query, values))
        return error;
    QList<Membership> memberships;
    while (query.next()) {
        memberships << Membership{query.value(0).toLongLong(), query.value(1).toLongLong(),
                                  query.value(2).toInt() != 0, query.value(3).toInt() != 0,
                                  query.value(4).toString()};
    }
    return memberships;
}
