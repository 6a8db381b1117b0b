#pragma once

#include <QJsonObject>
#include <QString>

// The task messages an administrator reads in the task list: what happened, where, and what to
// do next.
namespace TaskMessages {
// "users: 12 created, 3 updated, 1,200 unchanged; departments: 2 created"
QString countsSummary(const QJsonObject &counts);
qint64 failedCount(const QJsonObject &counts);
QString failedBreakdown(const QJsonObject &counts); // "users: 1, departments: 2"

QString success(const QJsonObject &counts, qint64 records);
QString partial(const QJsonObject &counts);
// `reason` says what failed; pagesApplied pages (recordsApplied records) were committed before.
QString failed(const QString &reason, int pagesApplied, qint64 recordsApplied);
QString cancelled(int pagesApplied, qint64 recordsApplied);
} // namespace TaskMessages
