#include "departmentrepository.h"

#include "connection.h"
#include "sqlvalue.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace {
const QString columns =
    QStringLiteral("id, title, parent_id, is_leaf, sort, custom, created_at, updated_at");

Department fromRow(const QSqlQuery &row)
{
    Department department;
    department.id = row.value(0).toLongLong();
    department.title = row.value(1).toString();
    department.parentId = row.value(2).toLongLong();
    department.isLeaf = row.value(3).toInt() != 0;
    department.sort = row.value(4).toInt();
    department.custom = SqlValue::toJsonObject(row.value(5));
    department.createdAt = SqlValue::toDateTime(row.value(6));
    department.updatedAt = SqlValue::toDateTime(row.value(7));
    return department;
}
} // namespace

DepartmentRepository::DepartmentRepository(Connection &connection)
    : m_connection(connection)
{ }

Result<Department> DepartmentRepository::insert(const Department &department)
{
    const QString now = Connection::nowText();
    QSqlQuery query(m_connection.database());
    query.prepare(QStringLiteral(
        "INSERT INTO departments (title, parent_id, is_leaf, sort, custom, created_at, "
        "updated_at) VALUES (?, ?, 1, ?, ?, ?, ?) RETURNING id"));
    const QString context =
        QCoreApplication::translate("DepartmentRepository", "Saving department “%1”")
            .arg(department.title);
    if (StoreError error =
            m_connection.run(query,
                             {department.title, SqlValue::nullableId(department.parentId),
                              department.sort, SqlValue::jsonText(department.custom), now, now},
                             context))
        return error;
    if (!query.next())
        return StoreError(StoreError::Kind::Query, context);
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    if (StoreError error = refreshLeaf({department.parentId}))
        return error;
    return byId(id);
}

StoreError DepartmentRepository::update(const Department &department)
{
    auto before = byId(department.id);
    if (!before)
        return before.error();
    QSqlQuery query(m_connection.database());
    query.prepare(
        QStringLiteral("UPDATE departments SET title = ?, parent_id = ?, sort = ?, custom = ?, "
                       "updated_at = ? WHERE id = ?"));
    if (StoreError error = m_connection.run(
            query,
            {department.title, SqlValue::nullableId(department.parentId), department.sort,
             SqlValue::jsonText(department.custom), Connection::nowText(), department.id},
            QCoreApplication::translate("DepartmentRepository", "Saving department “%1”")
                .arg(department.title)))
        return error;
    return refreshLeaf({before->parentId, department.parentId});
}

StoreError DepartmentRepository::remove(qint64 id)
{
    auto before = byId(id);
    if (!before)
        return before.error();
    if (StoreError error =
            m_connection.exec(QStringLiteral("DELETE FROM departments WHERE id = ?"), {id}))
        return error;
    return refreshLeaf({before->parentId});
}

Result<Department> DepartmentRepository::byId(qint64 id)
{
    auto rows = select(QStringLiteral("WHERE id = ?"), {id});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return StoreError(
            StoreError::Kind::NotFound,
            QCoreApplication::translate("DepartmentRepository", "Department #%1 does not exist.")
                .arg(id));
    return rows->constFirst();
}

Result<QList<Department>> DepartmentRepository::list()
{
    return select(QStringLiteral("ORDER BY parent_id, sort, id"), {});
}

Result<QList<Department>> DepartmentRepository::children(qint64 parentId)
{
    if (parentId == 0)
        return select(QStringLiteral("WHERE parent_id IS NULL ORDER BY sort, id"), {});
    return select(QStringLiteral("WHERE parent_id = ? ORDER BY sort, id"), {parentId});
}

Result<qint64> DepartmentRepository::count()
{
    auto value = m_connection.scalar(QStringLiteral("SELECT COUNT(*) FROM departments"));
    if (!value)
        return value.error();
    return value->toLongLong();
}

StoreError DepartmentRepository::refreshLeaf(const QList<qint64> &ids)
{
    for (qint64 id : ids) {
        if (id == 0)
            continue;
        if (StoreError error = m_connection.exec(
                QStringLiteral(
                    "UPDATE departments SET is_leaf = CASE WHEN EXISTS (SELECT 1 FROM departments "
                    "c "
                    "WHERE c.parent_id = departments.id) THEN 0 ELSE 1 END WHERE id = ?"),
                {id}))
            return error;
    }
    return {};
}

Result<QList<Department>> DepartmentRepository::select(const QString &where,
                                                       const QVariantList &values)
{
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM departments ")
                  + where);
    if (StoreError error = m_connection.run(query, values))
        return error;
    QList<Department> departments;
    while (query.next())
        departments << fromRow(query);
    return departments;
}
