#pragma once

#include "storeerror.h"

#include <QSet>
#include <QString>
#include <QVariantList>

#include <functional>

class Connection;
class SqlRow;

// SELECTs with a long IN (...) list, split into chunks both engines accept.
namespace InList {
// `sql` contains the marker %IN% where the placeholders go, e.g.
// "SELECT id, email FROM users WHERE email IN (%IN%)". `leading` values are bound before the list.
StoreError select(Connection &connection, const QString &sql, const QVariantList &leading,
                  const QVariantList &values, const std::function<void(const SqlRow &)> &row);
// The same for a statement that returns no rows (UPDATE, DELETE).
StoreError exec(Connection &connection, const QString &sql, const QVariantList &leading,
                const QVariantList &values);
// Which of `ids` (integer primary keys, as text) are rows of `table`.
StoreError existingIds(Connection &connection, const QString &table, const QStringList &ids,
                       QSet<QString> *existing);
constexpr int ChunkSize = 500;
} // namespace InList
