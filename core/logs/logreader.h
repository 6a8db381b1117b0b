#pragma once

#include "logentry.h"
#include "logfilter.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

// Reads one log folder (the system log or the raw-record log) line by line, so that a 100 MB
// day is never in memory at once: forEach() streams every matching entry for the CLI,
// readChunk() hands a viewer bounded pieces of one file and lets it follow the file as it grows.
// Lines that are not valid log lines are skipped and counted, never fatal.
class LogReader
{
public:
    // kind: LogEntry::System or LogEntry::Raw, how the lines of this folder are read.
    LogReader(const QString &directory, const QString &kind);

    QString directory() const { return m_directory; }
    QString kind() const { return m_kind; }

    // Absolute paths of the YYYY-MM-DD.log files, oldest first.
    QStringList files() const;

    // Parses one line (a trailing newline is fine); nullopt for anything that is not a JSON
    // object with a valid time. Raw lines in NocoBase's own shape ({"message":{"source",…,
    // "data"}}) are read as well.
    static std::optional<LogEntry> parseLine(const QByteArray &line, const QString &kind);

    // Calls visit for every matching entry, oldest first, until it returns false. Returns the
    // number of unparseable lines skipped (blank lines and a last line still being written,
    // without its newline, do not count).
    qint64 forEach(const LogFilter &filter,
                   const std::function<bool(const LogEntry &)> &visit) const;

    struct Chunk
    {
        QList<LogEntry> entries; // the matching ones
        qint64 nextOffset = 0; // where the next call starts
        bool atEnd = false; // no complete line left after nextOffset for now
        qint64 skipped = 0; // unparseable lines
    };
    // Reads complete lines from offset until about maxBytes are consumed (at least one line,
    // at most one line more than maxBytes). A last line without its newline is still being
    // written: it is left alone and nextOffset points at its start, so calling again later picks
    // it up. A missing file is an empty chunk at its end (today's file may not exist yet); so is
    // an offset past the end (the file was replaced: start again at 0).
    static Chunk readChunk(const QString &file, qint64 offset, qint64 maxBytes,
                           const LogFilter &filter, const QString &kind);

    // The summary shown for raw data: "department ×5, user ×1000".
    static QString summarize(const QJsonValue &data);

private:
    QString m_directory;
    QString m_kind;
};
