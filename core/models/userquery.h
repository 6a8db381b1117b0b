#pragma once

#include "store/directoryreader.h"
#include "store/result.h"

#include <QList>
#include <QString>

class Connection;

// Pages of the users directory with their departments and source links, for the users view:
// searched like UserRepository (nickname, username, e-mail, phone) and ordered by a column.
namespace UserQuery {
enum class Order { Id, Nickname, Username, Email, Phone };

// " ORDER BY …" of the users view: empty values last, then by value, then by id.
QString orderBy(Order order, bool descending);
Result<QList<DirectoryReader::UserEntry>> page(Connection &db, const QString &search, Order order,
                                               bool descending, int limit, int offset);
// These users, in this order (for the pages of an in-memory search), with their relations.
Result<QList<DirectoryReader::UserEntry>> byIds(Connection &db, const QList<qint64> &ids);
Result<qint64> count(Connection &db, const QString &search);
// Fills in the departments and links of these users (looked up in chunks).
StoreError addRelations(Connection &db, QList<DirectoryReader::UserEntry> &users);
} // namespace UserQuery
