#pragma once

#include "logs/logfilter.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// Reads one log folder for the log viewer in bounded steps, keeping only what a row shows plus
// where its line is in the file: a 100 MB day never sits in memory, and the full line (with a raw
// page of a thousand records) is read again only when someone opens it.
namespace LogScanner {
struct Line
{
    QDateTime time;
    QString level;
    QString origin; // system: category; raw: source type
    QString source;
    QString batch;
    QString message; // system: the message; raw: a summary such as "user ×1000"
    QString file;
    qint64 offset = 0;
    qint64 length = 0;
};

// Where reading continues: a file of the folder and a byte offset in it.
struct Cursor
{
    QString file;
    qint64 offset = 0;
};

struct Step
{
    QList<Line> lines; // the matching ones
    Cursor cursor; // where the next step starts
    bool more = false; // complete lines are left: step again right away
    qint64 skipped = 0; // unparseable lines
    qint64 bytesTotal = 0; // of the files in scope
    qint64 bytesDone = 0; // before the cursor
    QStringList files; // the files in scope, oldest first
};

// The dated files of `directory` for `day` (invalid: every day), oldest first.
QStringList files(const QString &directory, const QDate &day);

// Reads about maxBytes of complete lines from the cursor (an empty cursor starts at the oldest
// file), moving on to the next file at the end of one. A line still being written is left for
// the next step.
Step read(const QString &directory, const QDate &day, const Cursor &cursor, qint64 maxBytes,
          const LogFilter &filter, const QString &kind);

// The full line at offset, indented for reading. Empty when it cannot be read.
QString readPretty(const QString &file, qint64 offset, qint64 length);
} // namespace LogScanner
