#pragma once

#include "storeerror.h"

#include <QVariant>

class Connection;
struct sqlite3;
struct sqlite3_stmt;

// The sqlite3 handle under a Qt SQLite connection, for the few hot loops where Qt's
// QSqlResult::bindValue() costs more than SQLite's own work (bulk inserts: README,
// "Performance"). Values follow Qt's binding rules, so both paths store the same.
namespace SqliteNative {
// nullptr for PostgreSQL (or a driver without a native handle).
sqlite3 *handle(Connection &connection);
// Binds `value` as Qt would after SqlValue::bindable(): invalid or null → NULL, text as UTF-8
// (a null QString as ''), byte arrays as blobs, integers, booleans and doubles as numbers.
bool bind(sqlite3_stmt *statement, int index, const QVariant &value);
// Registers usersync_contains(text, needle): 1 when `text`, case-folded over all of Unicode,
// contains `needle` (folded by the caller with QString::toCaseFolded()). SQLite's own LIKE and
// lower() fold ASCII only, so "Özlem" did not find "Özlem" once the search was lowercased.
bool addFunctions(sqlite3 *db);
// The connection's last error, classified like a QSqlError from Qt's driver.
StoreError lastError(sqlite3 *db, const QString &context = {});
} // namespace SqliteNative
