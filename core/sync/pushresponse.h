#pragma once

#include "store/result.h"

#include <QJsonObject>
#include <QStringList>

class Connection;

// NocoBase's answer to POST /api/userData:push, built from a finished push task:
// {"data": {"code": 0, "message": "success", "result": [{"resource": "users", "detail":
// {"count": {"all", "success", "failed"}, "failedRecords": [{"record", "message"}]}}, ...]}}.
namespace PushResponse {
Result<QJsonObject> success(Connection &connection, qint64 taskId, int attempt,
                            const QStringList &resources, const QStringList &uids);
// {"data": {"code": code, "message": message}}, NocoBase's error shape for push.
QJsonObject error(const QString &message, int code = 400);
} // namespace PushResponse
