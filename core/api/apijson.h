#pragma once

#include <QByteArray>
#include <QJsonValue>

// Compact JSON as NocoBase (JSON.stringify) writes it. QJsonObject keeps its keys sorted, so the
// keys NocoBase's answers are known to carry come out in NocoBase's order ("resource" before
// "detail", "all, success, failed", ...); any other key follows, sorted. A script that compares
// answers byte for byte sees the same bytes.
namespace ApiJson {
QByteArray serialize(const QJsonValue &value);
} // namespace ApiJson
