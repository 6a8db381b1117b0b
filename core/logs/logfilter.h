#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

struct LogEntry;

// What `usersync-cli logs` and the log viewer ask for. Empty fields match everything.
struct LogFilter
{
    QString kind; // LogEntry::System or LogEntry::Raw
    QString source; // exact source name
    QString batch; // exact batch
    QDate since; // entries on or after this local date; older files are not even opened
    QString minimumLevel; // debug < info < warning < critical < fatal
    QString text; // case-insensitive, in the message, source, batch or the whole line

    bool matches(const LogEntry &entry) const;
    // False when no entry of a file dated `fileDate` can match (it is older than since).
    bool acceptsFileDate(const QDate &fileDate) const;

    // 0 (debug) … 4 (fatal); NocoBase's "warn" and "error" count as warning and critical.
    // -1 for anything else.
    static int levelRank(const QString &level);
    static QStringList levelNames();
};
