#pragma once

#include <QJsonValue>
#include <QString>

// JSON Pointer (RFC 6901): "/data/0/name" picks a value out of a document; "" is the document
// itself. Used for the http source's records pointer, next-page pointer and field map.
namespace JsonPointer {
bool isValid(const QString &pointer);
// The value `pointer` names, or an undefined QJsonValue when it names nothing.
QJsonValue resolve(const QJsonValue &document, const QString &pointer);
} // namespace JsonPointer
