#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QVariant>

class QSqlDriver;

// Conversions between C++ values and the column types both engines share.
namespace SqlValue {
QVariant nullableText(const QString &text); // NULL for an empty string
QVariant nullableId(qint64 id); // NULL for 0
QVariant bindable(const QVariant &value); // '' for a null QString, anything else as is
QVariant flag(bool value); // INTEGER 0/1
QString timestamp(const QDateTime &time); // ISO-8601 UTC with milliseconds
QDateTime toDateTime(const QVariant &value);
QString jsonText(const QJsonObject &object); // compact JSON
QJsonObject toJsonObject(const QVariant &value);
// "?, ?, ?" — `count` placeholders for IN lists and multi-row VALUES.
QString placeholders(int count);
// `value` (after bindable()) quoted by the driver, as Qt's PostgreSQL driver quotes the
// parameters of a prepared statement when it executes one; appended to `text`.
void appendLiteral(QString &text, const QSqlDriver *driver, const QVariant &value);
} // namespace SqlValue
