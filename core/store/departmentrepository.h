#pragma once

#include "department.h"
#include "result.h"

#include <QList>

class Connection;

// Reads and writes the departments tree. Keeps is_leaf true exactly for departments without
// children whenever it moves or removes one.
class DepartmentRepository
{
public:
    explicit DepartmentRepository(Connection &connection);

    Result<Department> insert(const Department &department);
    StoreError update(const Department &department);
    StoreError remove(qint64 id);
    Result<Department> byId(qint64 id);
    // Ordered by parent, sort and id, so a tree can be built in one pass.
    Result<QList<Department>> list();
    Result<QList<Department>> children(qint64 parentId);
    Result<qint64> count();
    // Recomputes is_leaf for the given departments (ids of 0 are ignored).
    StoreError refreshLeaf(const QList<qint64> &ids);

private:
    Result<QList<Department>> select(const QString &where, const QVariantList &values);
    Connection &m_connection;
};
