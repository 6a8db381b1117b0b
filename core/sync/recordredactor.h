#pragma once

#include <QJsonObject>
#include <QJsonValue>

// Secrets must never reach a log or a table, even when a source sends them inside records (a
// "password" column in an HR export, say). Values of keys that name a secret are replaced,
// at any depth, before a record is logged or stored.
namespace RecordRedactor {
inline constexpr const char *Placeholder = "[redacted]";
bool isSecretKey(const QString &key);
QJsonObject redact(const QJsonObject &record);
QJsonValue redact(const QJsonValue &value);
// False when `json` (a serialised record) cannot hold a secret key, judged from its bytes: the
// cheap test that spares nearly every record the walk through its keys. True may be a false
// alarm (a value that mentions a token); redact() then decides.
bool mayHoldSecret(const QByteArray &json);
} // namespace RecordRedactor
