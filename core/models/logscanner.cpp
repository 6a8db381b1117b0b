#include "logscanner.h"

#include "logs/logfiles.h"
#include "logs/logreader.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace LogScanner {

QStringList files(const QString &directory, const QDate &day)
{
    if (!day.isValid())
        return LogFiles::datedFiles(directory);
    const QString path = LogFiles::filePath(directory, day);
    return QFileInfo::exists(path) ? QStringList{path} : QStringList();
}

Step read(const QString &directory, const QDate &day, const Cursor &cursor, qint64 maxBytes,
          const LogFilter &filter, const QString &kind)
{
    Step step;
    step.files = files(directory, day);
    QList<qint64> sizes;
    for (const QString &path : std::as_const(step.files)) {
        sizes << QFileInfo(path).size();
        step.bytesTotal += sizes.constLast();
    }
    step.cursor = cursor;
    if (step.files.isEmpty())
        return step;
    qsizetype index = cursor.file.isEmpty() ? 0 : step.files.indexOf(cursor.file);
    if (index < 0) {
        // The file went away (retention) or the day changed: continue with the first newer one.
        index = 0;
        while (index < step.files.size() && step.files.at(index) < cursor.file)
            ++index;
        if (index >= step.files.size())
            return step;
        step.cursor = Cursor{step.files.at(index), 0};
    } else if (cursor.file.isEmpty()) {
        step.cursor = Cursor{step.files.at(0), 0};
    }
    if (step.cursor.offset > sizes.at(index))
        step.cursor.offset = 0; // replaced by a shorter file: read it again

    QFile file(step.cursor.file);
    bool reachedEnd = true;
    if (file.open(QIODevice::ReadOnly) && file.seek(step.cursor.offset)) {
        reachedEnd = false;
        qint64 consumed = 0;
        while (consumed < maxBytes) {
            const qint64 start = file.pos();
            QByteArray line = file.readLine();
            if (!line.endsWith('\n')) {
                reachedEnd = true; // the end, or a line still being written
                break;
            }
            consumed += line.size();
            step.cursor.offset = file.pos();
            const std::optional<LogEntry> entry = LogReader::parseLine(line, kind);
            if (!entry) {
                if (!line.trimmed().isEmpty())
                    ++step.skipped;
                continue;
            }
            if (!filter.matches(*entry))
                continue;
            Line shown;
            shown.time = entry->time;
            shown.level = entry->level;
            shown.origin = kind == LogEntry::Raw ? entry->sourceType : entry->category;
            shown.source = entry->source;
            shown.batch = entry->batch;
            shown.message = entry->message;
            shown.file = step.cursor.file;
            shown.offset = start;
            shown.length = line.size();
            step.lines << shown;
        }
    }
    if (!reachedEnd && file.atEnd())
        reachedEnd = true;
    if (!reachedEnd)
        step.more = true;
    else if (index + 1 < step.files.size()) {
        step.cursor = Cursor{step.files.at(index + 1), 0};
        step.more = true;
    }
    for (qsizetype i = 0; i < step.files.size(); ++i) {
        if (step.files.at(i) == step.cursor.file) {
            step.bytesDone += step.cursor.offset;
            break;
        }
        step.bytesDone += sizes.at(i);
    }
    return step;
}

QString readPretty(const QString &path, qint64 offset, qint64 length)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(offset))
        return {};
    const QByteArray line = file.read(length).trimmed();
    const QJsonDocument document = QJsonDocument::fromJson(line);
    if (!document.isObject())
        return QString::fromUtf8(line);
    return QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

} // namespace LogScanner
