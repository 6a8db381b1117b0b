#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

// The naming rule shared by both logs: one file per local day, named exactly YYYY-MM-DD.log.
// Retention and the reader only ever touch files that follow it.
class LogFiles
{
public:
    static QString fileName(const QDate &date);
    static QString filePath(const QString &directory, const QDate &date);
    // The date in a file name (a path is fine); invalid unless the name is exactly YYYY-MM-DD.log
    // and the date exists (2020-13-45.log is not a log file).
    static QDate dateOf(const QString &fileNameOrPath);
    // Absolute paths of the dated files in directory, oldest first.
    static QStringList datedFiles(const QString &directory);
};
