#pragma once

#include "result.h"
#include "user.h"

#include <QList>

class Connection;
class SqlRow;

// Reads and writes the users directory.
class UserRepository
{
public:
    explicit UserRepository(Connection &connection);

    // The columns of a user row, in the order fromRow() reads them.
    static QString columns();
    // Without `timestamps` the row may end after `custom` (the sync engine's lookups: parsing
    // dates it does not use cost time on every page).
    static User fromRow(const SqlRow &row, bool timestamps = true);

    Result<User> insert(const User &user);
    StoreError update(const User &user);
    StoreError remove(qint64 id);
    Result<User> byId(qint64 id);
    // field is "username", "email" or "phone"; an empty value never matches.
    Result<User> byField(const QString &field, const QString &value);
    // Ordered by id; `search` matches nickname, username, e-mail and phone (case-insensitive).
    Result<QList<User>> list(int limit = -1, int offset = 0, const QString &search = {});
    Result<qint64> count(const QString &search = {});
    // " WHERE ..." matching `search` as list() and count() do (empty when there is no search);
    // appends its values.
    QString searchClause(const QString &search, QVariantList &values) const;

private:
    Connection &m_connection;
};
