#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonValue>
#include <QString>

// One line of either log, parsed by LogReader for the CLI and the log viewer.
struct LogEntry
{
    static inline const QString System = QStringLiteral("system");
    static inline const QString Raw = QStringLiteral("raw");

    QString kind; // System or Raw
    QDateTime time; // local
    QString level;
    QString category; // system only
    QString source;
    QString sourceType; // raw only
    QString batch;
    QString message; // system: the message; raw: a summary such as "user ×1000"
    QJsonValue data; // raw only: the records as logged
    QByteArray line; // the original line, without its newline
};
