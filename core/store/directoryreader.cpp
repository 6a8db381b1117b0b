#include "directoryreader.h"

#include "connection.h"
#include "inlist.h"
#include "sqlrow.h"
#include "sqlvalue.h"
#include "userrepository.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

DirectoryReader::DirectoryReader(Connection &connection)
    : m_connection(connection)
{ }

StoreError DirectoryReader::forEachUser(const std::function<bool(const UserEntry &)> &visit,
                                        int chunkSize)
{
    qint64 after = 0;
    for (;;) {
        QList<UserEntry> chunk;
        QSqlQuery query(m_connection.database());
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT ") + UserRepository::columns()
                      + QStringLiteral(" FROM users WHERE id > ? ORDER BY id LIMIT ?"));
        if (StoreError error = m_connection.run(query, {after, chunkSize}))
            return error;
        QHash<qint64, int> index;
        QVariantList ids;
        while (query.next()) {
            UserEntry entry;
            entry.user = UserRepository::fromRow(SqlRow(&query));
            const User &u = entry.user;
            index.insert(u.id, int(chunk.size()));
            ids << u.id;
            chunk << entry;
        }
        if (chunk.isEmpty())
            return {};
        if (StoreError error = InList::select(
                m_connection,
                QStringLiteral(
                    "SELECT du.user_id, d.id, d.title, du.is_owner, du.is_main FROM "
                    "department_users du JOIN departments d ON d.id = du.department_id "
                    "WHERE du.user_id IN (%IN%) ORDER BY du.user_id, du.is_main DESC, d.id"),
                {}, ids, [&](const SqlRow &row) {
                    chunk[index.value(row.value(0).toLongLong())].departments
                        << UserMembership{row.value(1).toLongLong(), row.value(2).toString(),
                                          row.value(3).toInt() != 0, row.value(4).toInt() != 0};
                }))
            return error;
        QVariantList pks;
        for (const QVariant &id : std::as_const(ids))
            pks << id.toString();
        if (StoreError error = InList::select(
                m_connection,
                QStringLiteral(
                    "SELECT l.resource_pk, r.source_name, r.uid FROM sync_record_resources l "
                    "JOIN sync_records r ON r.id = l.record_id WHERE l.resource = 'users' "
                    "AND l.resource_pk IN (%IN%) ORDER BY r.source_name, r.uid"),
                {}, pks, [&](const SqlRow &row) {
                    chunk[index.value(row.value(0).toLongLong())].links
                        << Link{row.value(1).toString(), row.value(2).toString()};
                }))
            return error;
        for (const UserEntry &entry : std::as_const(chunk)) {
            if (!visit(entry))
                return {};
        }
        after = chunk.constLast().user.id;
    }
}

StoreError
DirectoryReader::forEachDepartment(const std::function<bool(const DepartmentEntry &)> &visit)
{
    QList<DepartmentEntry> all;
    QHash<qint64, int> index;
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT d.id, d.title, d.parent_id, d.is_leaf, d.sort, d.custom, d.created_at, "
            "d.updated_at, "
            "(SELECT COUNT(*) FROM department_users du WHERE du.department_id = d.id) "
            "FROM departments d ORDER BY d.id")))
        return StoreError::fromSql(query.lastError());
    while (query.next()) {
        DepartmentEntry entry;
        Department &d = entry.department;
        d.id = query.value(0).toLongLong();
        d.title = query.value(1).toString();
        d.parentId = query.value(2).toLongLong();
        d.isLeaf = query.value(3).toInt() != 0;
        d.sort = query.value(4).toInt();
        d.custom = SqlValue::toJsonObject(query.value(5));
        d.createdAt = SqlValue::toDateTime(query.value(6));
        d.updatedAt = SqlValue::toDateTime(query.value(7));
        entry.memberCount = query.value(8).toLongLong();
        index.insert(d.id, int(all.size()));
        all << entry;
    }
    query.finish();
    QSqlQuery links(m_connection.database());
    links.setForwardOnly(true);
    if (!links.exec(QStringLiteral("SELECT l.resource_pk, r.source_name, r.uid FROM "
                                   "sync_record_resources l JOIN sync_records r "
                                   "ON r.id = l.record_id WHERE l.resource = 'departments' ORDER "
                                   "BY r.source_name, r.uid")))
        return StoreError::fromSql(links.lastError());
    while (links.next()) {
        const auto found = index.constFind(links.value(0).toLongLong());
        if (found != index.constEnd())
            all[*found].links << Link{links.value(1).toString(), links.value(2).toString()};
    }
    for (const DepartmentEntry &entry : std::as_const(all)) {
        if (!visit(entry))
            break;
    }
    return {};
}
