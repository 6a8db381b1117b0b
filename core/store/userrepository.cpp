#include "userrepository.h"

#include "connection.h"
#include "sqlrow.h"
#include "sqlvalue.h"
#include "textsearch.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <limits>

namespace {
QString userLabel(const User &user)
{
    for (const QString &candidate : {user.username, user.email, user.nickname}) {
        if (!candidate.isEmpty())
            return candidate;
    }
    return QStringLiteral("#%1").arg(user.id);
}

} // namespace

QString UserRepository::columns()
{
    return QStringLiteral(
        "id, nickname, username, email, phone, enabled, protected, custom, created_at, updated_at");
}

User UserRepository::fromRow(const SqlRow &row, bool timestamps)
{
    User user;
    user.id = row.value(0).toLongLong();
    user.nickname = row.value(1).toString();
    user.username = row.value(2).toString();
    user.email = row.value(3).toString();
    user.phone = row.value(4).toString();
    user.enabled = row.value(5).toInt() != 0;
    user.isProtected = row.value(6).toInt() != 0;
    user.custom = SqlValue::toJsonObject(row.value(7));
    if (timestamps) {
        user.createdAt = SqlValue::toDateTime(row.value(8));
        user.updatedAt = SqlValue::toDateTime(row.value(9));
    }
    return user;
}

UserRepository::UserRepository(Connection &connection)
    : m_connection(connection)
{ }

Result<User> UserRepository::insert(const User &user)
{
    const QString now = Connection::nowText();
    QSqlQuery query(m_connection.database());
    query.prepare(QStringLiteral(
        "INSERT INTO users (nickname, username, email, phone, enabled, protected, custom, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    const QString context =
        QCoreApplication::translate("UserRepository", "Saving user “%1”").arg(userLabel(user));
    if (StoreError error = m_connection.run(
            query,
            {user.nickname, SqlValue::nullableText(user.username),
             SqlValue::nullableText(user.email), SqlValue::nullableText(user.phone),
             SqlValue::flag(user.enabled), SqlValue::flag(user.isProtected),
             SqlValue::jsonText(user.custom), now, now},
            context))
        return error;
    if (!query.next())
        return StoreError(StoreError::Kind::Query, context);
    return byId(query.value(0).toLongLong());
}

StoreError UserRepository::update(const User &user)
{
    QSqlQuery query(m_connection.database());
    query.prepare(QStringLiteral(
        "UPDATE users SET nickname = ?, username = ?, email = ?, phone = ?, enabled = ?, "
        "protected = ?, custom = ?, updated_at = ? WHERE id = ?"));
    if (StoreError error = m_connection.run(
            query,
            {user.nickname, SqlValue::nullableText(user.username),
             SqlValue::nullableText(user.email), SqlValue::nullableText(user.phone),
             SqlValue::flag(user.enabled), SqlValue::flag(user.isProtected),
             SqlValue::jsonText(user.custom), Connection::nowText(), user.id},
            QCoreApplication::translate("UserRepository", "Saving user “%1”").arg(userLabel(user))))
        return error;
    if (query.numRowsAffected() == 0)
        return StoreError(
            StoreError::Kind::NotFound,
            QCoreApplication::translate("UserRepository", "User #%1 does not exist.").arg(user.id));
    return {};
}

StoreError UserRepository::remove(qint64 id)
{
    return m_connection.exec(QStringLiteral("DELETE FROM users WHERE id = ?"), {id});
}

Result<User> UserRepository::byId(qint64 id)
{
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + columns()
                  + QStringLiteral(" FROM users WHERE id = ?"));
    if (StoreError error = m_connection.run(query, {id}))
        return error;
    if (!query.next())
        return StoreError(
            StoreError::Kind::NotFound,
            QCoreApplication::translate("UserRepository", "User #%1 does not exist.").arg(id));
    return fromRow(SqlRow(&query));
}

Result<User> UserRepository::byField(const QString &field, const QString &value)
{
    if (field != QLatin1String("username") && field != QLatin1String("email")
        && field != QLatin1String("phone"))
        return StoreError(
            StoreError::Kind::Query,
            QCoreApplication::translate("UserRepository", "Users cannot be looked up by “%1”.")
                .arg(field));
    if (value.isEmpty())
        return StoreError(
            StoreError::Kind::NotFound,
            QCoreApplication::translate("UserRepository", "An empty %1 matches no user.")
                .arg(field));
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    // Repeating the partial index's condition lets both engines use it.
    query.prepare(
        QStringLiteral("SELECT ") + columns()
        + QStringLiteral(" FROM users WHERE %1 = ? AND %1 IS NOT NULL AND %1 <> ''").arg(field));
    if (StoreError error = m_connection.run(query, {value}))
        return error;
    if (!query.next())
        return StoreError(StoreError::Kind::NotFound,
                          QCoreApplication::translate("UserRepository", "No user has %1 “%2”.")
                              .arg(field, value));
    return fromRow(SqlRow(&query));
}

QString UserRepository::searchClause(const QString &search, QVariantList &values) const
{
    const QString condition =
        TextSearch::condition(m_connection,
                              {QStringLiteral("nickname"), QStringLiteral("username"),
                               QStringLiteral("email"), QStringLiteral("phone")},
                              search, values);
    return condition.isEmpty() ? QString() : QStringLiteral(" WHERE ") + condition;
}

Result<QList<User>> UserRepository::list(int limit, int offset, const QString &search)
{
    QVariantList values;
    const QString where = searchClause(search, values);
    values << (limit < 0 ? std::numeric_limits<int>::max() : limit) << offset;
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + columns() + QStringLiteral(" FROM users") + where
                  + QStringLiteral(" ORDER BY id LIMIT ? OFFSET ?"));
    if (StoreError error = m_connection.run(query, values))
        return error;
    QList<User> users;
    while (query.next())
        users << fromRow(SqlRow(&query));
    return users;
}

Result<qint64> UserRepository::count(const QString &search)
{
    QVariantList values;
    const QString where = searchClause(search, values);
    auto value = m_connection.scalar(QStringLiteral("SELECT COUNT(*) FROM users") + where, values);
    if (!value)
        return value.error();
    return value->toLongLong();
}
