#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

// How numbers, times, durations and task counts read in the views, in one place.
namespace DisplayText {
QString number(qint64 value); // "12,345" in the current locale
QString duration(qint64 ms); // "850 ms", "3.2 s", "4 min 5 s", "1 h 2 min"; "" for < 0
// "just now", "5 min ago", "3 h ago", "yesterday 14:05", else the date.
QString relativeTime(const QDateTime &time, const QDateTime &now = QDateTime::currentDateTime());
QString dateTime(const QDateTime &time); // local "2024-05-01 10:00:05"
QString rate(double recordsPerSecond); // "5,120 records/s"

// Counts are {"users": {"created": n, ...}, "departments": {...}}; sums over the resources.
qint64 countOf(const QJsonObject &counts, const QString &action);
// "12 created · 3 updated · 2 failed"; "no changes" when nothing was created, updated, deleted
// or failed.
QString countsShort(const QJsonObject &counts);
// One line per resource, for tooltips.
QString countsDetail(const QJsonObject &counts);
// The title of a resource key ("users" → "Users").
QString resourceTitle(const QString &resource);
} // namespace DisplayText
