#pragma once

#include "storeerror.h"

#include <QString>
#include <QVariantList>

#include <functional>

class Connection;
class QSqlQuery;

// SELECTs with a long IN (...) list, split into chunks both engines accept.
namespace InList {
// `sql` contains the marker %IN% where the placeholders go, e.g.
// "SELECT id, email FROM users WHERE email IN (%IN%)". `leading` values are bound before the list.
StoreError select(Connection &connection, const QString &sql, const QVariantList &leading,
                  const QVariantList &values, const std::function<void(const QSqlQuery &)> &row);
constexpr int ChunkSize = 500;
} // namespace InList
