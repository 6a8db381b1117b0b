#pragma once

#include "dailylogfile.h"

#include <QDateTime>
#include <QMutex>
#include <QString>

class QJsonValue;

// The raw-record log under <data>/logs/user-data-sync/: what every pull or push carried, as it
// arrived, one JSON line per call in <directory>/YYYY-MM-DD.log (local date), like NocoBase:
//   {"level":"info","source":"hr","sourceType":"api","batch":"…","data":{…},
//    "timestamp":"2024-05-01 10:00:00"}
// batch is "" for a push refused before a task exists. Thread-safe; several instances (or
// processes) on one folder are safe too, because each line is a single O_APPEND write.
// A failure never reaches the caller: it is reported with one qWarning until writing works again.
class RawRecordLog
{
public:
    explicit RawRecordLog(const QString &directory);
    RawRecordLog(const RawRecordLog &) = delete;
    RawRecordLog &operator=(const RawRecordLog &) = delete;

    QString directory() const { return m_directory; }
    // Today's file, where the next line goes.
    QString currentFile() const;

    void append(const QString &level, const QString &source, const QString &sourceType,
                const QString &batch, const QJsonValue &data);
    // The same with `data` already serialised as compact JSON (a page of records is serialised
    // once, for the store and for this log).
    void appendJson(const QString &level, const QString &source, const QString &sourceType,
                    const QString &batch, const QByteArray &data);

    // The line append() writes at `time`, without the newline.
    static QByteArray formatLine(const QString &level, const QString &source,
                                 const QString &sourceType, const QString &batch,
                                 const QJsonValue &data, const QDateTime &time);

private:
    static QByteArray formatLineJson(const QString &level, const QString &source,
                                     const QString &sourceType, const QString &batch,
                                     const QByteArray &data, const QDateTime &time);
    void write(const QDate &day, const QByteArray &line);

    const QString m_directory;
    QMutex m_mutex;
    DailyLogFile m_file;
    bool m_warned = false;
};
