#pragma once

#include <QJsonObject>
#include <QSet>
#include <QString>

// Which keys of a record go where. Whitelisted keys become columns, keys the engine itself uses
// or that must never be taken from a source (password, ids, timestamps) are ignored, and every
// other key is a custom field. Keys absent from a record are left alone.
namespace RecordFields {
// Keys of a user record that are never written to the user (NocoBase's list plus ours).
const QSet<QString> &userIgnored();
// Keys of a department record that are never written to the department.
const QSet<QString> &departmentIgnored();
// Column fields of users.
const QSet<QString> &userColumns();
// Column fields of departments.
const QSet<QString> &departmentColumns();

// `current` custom fields updated with every custom key present in `record`.
QJsonObject mergeCustom(const QJsonObject &current, const QJsonObject &record,
                        const QSet<QString> &ignored, const QSet<QString> &columns);
bool isDeleted(const QJsonObject &record);
// The non-empty string value of a key, or an empty string.
QString text(const QJsonObject &record, const QString &key);
} // namespace RecordFields
