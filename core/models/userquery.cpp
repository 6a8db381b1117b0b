#include "userquery.h"

#include "store/connection.h"
#include "store/inlist.h"
#include "store/sqlrow.h"
#include "store/sqlvalue.h"
#include "store/userrepository.h"

#include <QHash>
#include <QSqlQuery>

namespace {
QString orderColumn(UserQuery::Order order)
{
    switch (order) {
    case UserQuery::Order::Nickname:
        return QStringLiteral("nickname");
    case UserQuery::Order::Username:
        return QStringLiteral("username");
    case UserQuery::Order::Email:
        return QStringLiteral("email");
    case UserQuery::Order::Phone:
        return QStringLiteral("phone");
    case UserQuery::Order::Id:
        break;
    }
    return {};
}
DirectoryReader::UserEntry entryOf(const SqlRow &row)
{
    DirectoryReader::UserEntry entry;
    entry.user = UserRepository::fromRow(row);
    return entry;
}
} // namespace

namespace UserQuery {

QString orderBy(Order order, bool descending)
{
    const QString column = orderColumn(order);
    const QString direction = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    if (column.isEmpty())
        return QStringLiteral(" ORDER BY id") + direction;
    // Empty values last in both directions and on both engines, then by value, then by id.
    return QStringLiteral(" ORDER BY CASE WHEN %1 IS NULL OR %1 = '' THEN 1 ELSE 0 END, "
                          "lower(%1)%2, id%2")
        .arg(column, direction);
}

Result<qint64> count(Connection &db, const QString &search)
{
    return UserRepository(db).count(search);
}

Result<QList<DirectoryReader::UserEntry>> page(Connection &db, const QString &search, Order order,
                                               bool descending, int limit, int offset)
{
    QVariantList values;
    QString sql =
        QStringLiteral("SELECT ") + UserRepository::columns() + QStringLiteral(" FROM users");
    sql += UserRepository(db).searchClause(search, values); // the count's match
    sql += orderBy(order, descending);
    sql += QStringLiteral(" LIMIT ? OFFSET ?");
    values << limit << offset;
    QSqlQuery query(db.database());
    query.setForwardOnly(true);
    query.prepare(sql);
    if (StoreError error = db.run(query, values))
        return error;
    QList<DirectoryReader::UserEntry> users;
    while (query.next())
        users << entryOf(SqlRow(&query));
    query.finish();
    if (StoreError error = addRelations(db, users))
        return error;
    return users;
}

Result<QList<DirectoryReader::UserEntry>> byIds(Connection &db, const QList<qint64> &ids)
{
    QHash<qint64, DirectoryReader::UserEntry> found;
    QVariantList values;
    values.reserve(ids.size());
    for (qint64 id : ids)
        values << id;
    if (StoreError error = InList::select(db,
                                          QStringLiteral("SELECT ") + UserRepository::columns()
                                              + QStringLiteral(" FROM users WHERE id IN (%IN%)"),
                                          {}, values, [&](const SqlRow &row) {
                                              DirectoryReader::UserEntry entry = entryOf(row);
                                              found.insert(entry.user.id, entry);
                                          }))
        return error;
    // In the order asked for; a user deleted meanwhile is left out.
    QList<DirectoryReader::UserEntry> users;
    users.reserve(ids.size());
    for (qint64 id : ids) {
        const auto it = found.constFind(id);
        if (it != found.constEnd())
            users << *it;
    }
    if (StoreError error = addRelations(db, users))
        return error;
    return users;
}

StoreError addRelations(Connection &db, QList<DirectoryReader::UserEntry> &users)
{
    if (users.isEmpty())
        return {};
    QHash<qint64, int> index;
    QVariantList ids;
    QVariantList pks;
    for (int i = 0; i < users.size(); ++i) {
        index.insert(users.at(i).user.id, i);
        ids << users.at(i).user.id;
        pks << QString::number(users.at(i).user.id);
    }
    if (StoreError error = InList::select(
            db,
            QStringLiteral("SELECT du.user_id, d.id, d.title, du.is_owner, du.is_main FROM "
                           "department_users du JOIN departments d ON d.id = du.department_id "
                           "WHERE du.user_id IN (%IN%) ORDER BY du.user_id, du.is_main DESC, "
                           "d.title, d.id"),
            {}, ids, [&](const SqlRow &row) {
                users[index.value(row.value(0).toLongLong())].departments
                    << DirectoryReader::UserMembership{
                           row.value(1).toLongLong(), row.value(2).toString(),
                           row.value(3).toInt() != 0, row.value(4).toInt() != 0};
            }))
        return error;
    return InList::select(
        db,
        QStringLiteral("SELECT l.resource_pk, r.source_name, r.uid FROM sync_record_resources l "
                       "JOIN sync_records r ON r.id = l.record_id WHERE l.resource = 'users' "
                       "AND l.resource_pk IN (%IN%) ORDER BY r.source_name, r.uid"),
        {}, pks, [&](const SqlRow &row) {
            const auto found = index.constFind(row.value(0).toString().toLongLong());
            if (found != index.constEnd())
                users[*found].links
                    << DirectoryReader::Link{row.value(1).toString(), row.value(2).toString()};
        });
}

} // namespace UserQuery
