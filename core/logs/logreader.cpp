#include "logreader.h"

#include "logcategory.h"
#include "logfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

constexpr qsizetype SummaryLength = 120;

void chopNewline(QByteArray &line)
{
    if (line.endsWith('\n'))
        line.chop(1);
    if (line.endsWith('\r'))
        line.chop(1);
}

bool isBlank(const QByteArray &line)
{
    for (const char c : line) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n')
            return false;
    }
    return true;
}

// "YYYY-MM-DD HH:mm:ss", read by hand: QDateTime::fromString() with a format is slow and lenient.
QDateTime parseRawTimestamp(const QString &text)
{
    if (text.size() != 19 || text.at(4) != u'-' || text.at(7) != u'-' || text.at(10) != u' '
        || text.at(13) != u':' || text.at(16) != u':')
        return QDateTime::fromString(text, Qt::ISODateWithMs).toLocalTime();
    const QStringView view(text);
    bool ok[6] = {};
    const int numbers[6] = {view.mid(0, 4).toInt(&ok[0]),  view.mid(5, 2).toInt(&ok[1]),
                            view.mid(8, 2).toInt(&ok[2]),  view.mid(11, 2).toInt(&ok[3]),
                            view.mid(14, 2).toInt(&ok[4]), view.mid(17, 2).toInt(&ok[5])};
    for (const bool good : ok) {
        if (!good)
            return {};
    }
    const QDate date(numbers[0], numbers[1], numbers[2]);
    const QTime time(numbers[3], numbers[4], numbers[5]);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time);
}

QString userDataSummary(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    const QString dataType = object.value(QLatin1String("dataType")).toString();
    if (dataType.isEmpty())
        return {};
    const QJsonValue records = object.value(QLatin1String("records"));
    if (!records.isArray())
        return dataType;
    //: Summary of one batch of raw records in the log viewer: data type and record count,
    //: e.g. "user ×1000".
    return QCoreApplication::translate("LogReader", "%1 ×%2")
        .arg(dataType)
        .arg(records.toArray().size());
}

bool readSystem(const QJsonObject &object, LogEntry *entry)
{
    entry->time =
        QDateTime::fromString(object.value(QLatin1String("time")).toString(), Qt::ISODateWithMs)
            .toLocalTime();
    entry->level = object.value(QLatin1String("level")).toString();
    entry->category = object.value(QLatin1String("category")).toString();
    entry->message = object.value(QLatin1String("message")).toString();
    entry->source = object.value(QLatin1String("source")).toString();
    entry->batch = object.value(QLatin1String("batch")).toString();
    return entry->time.isValid();
}

bool readRaw(const QJsonObject &object, LogEntry *entry)
{
    entry->time = parseRawTimestamp(object.value(QLatin1String("timestamp")).toString());
    entry->level = object.value(QLatin1String("level")).toString();
    // NocoBase nests the logged fields under "message"; ours are at the top.
    const QJsonValue nested = object.value(QLatin1String("message"));
    const QJsonObject fields =
        !object.contains(QLatin1String("data")) && nested.isObject() ? nested.toObject() : object;
    entry->source = fields.value(QLatin1String("source")).toString();
    entry->sourceType = fields.value(QLatin1String("sourceType")).toString();
    entry->batch = fields.value(QLatin1String("batch")).toString();
    entry->data = fields.value(QLatin1String("data"));
    entry->message = LogReader::summarize(entry->data);
    return entry->time.isValid();
}

} // namespace

LogReader::LogReader(const QString &directory, const QString &kind)
    : m_directory(directory)
    , m_kind(kind)
{ }

QStringList LogReader::files() const
{
    return LogFiles::datedFiles(m_directory);
}

QString LogReader::summarize(const QJsonValue &data)
{
    QString summary;
    if (data.isArray()) {
        QStringList parts;
        for (const QJsonValue &item : data.toArray()) {
            const QString part = userDataSummary(item);
            if (!part.isEmpty())
                parts.append(part);
        }
        summary = parts.join(QStringLiteral(", "));
    } else if (data.isString()) {
        summary = data.toString();
    } else {
        summary = userDataSummary(data);
    }
    if (summary.isEmpty() && (data.isArray() || data.isObject())) {
        // Not UserData (a push refused for its shape, say): the start of the JSON.
        const QByteArray json = data.isArray()
            ? QJsonDocument(data.toArray()).toJson(QJsonDocument::Compact)
            : QJsonDocument(data.toObject()).toJson(QJsonDocument::Compact);
        summary = QString::fromUtf8(json.left(SummaryLength));
        if (json.size() > SummaryLength)
            summary += QChar(0x2026); // …
    }
    return summary;
}

std::optional<LogEntry> LogReader::parseLine(const QByteArray &line, const QString &kind)
{
    const bool raw = kind == LogEntry::Raw;
    if (!raw && kind != LogEntry::System)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    LogEntry entry;
    entry.kind = raw ? LogEntry::Raw : LogEntry::System;
    const QJsonObject object = document.object();
    if (!(raw ? readRaw(object, &entry) : readSystem(object, &entry)))
        return std::nullopt;
    entry.line = line;
    chopNewline(entry.line);
    return entry;
}

qint64 LogReader::forEach(const LogFilter &filter,
                          const std::function<bool(const LogEntry &)> &visit) const
{
    if (!filter.kind.isEmpty() && filter.kind != m_kind)
        return 0;
    qint64 skipped = 0;
    for (const QString &path : files()) {
        if (!filter.acceptsFileDate(LogFiles::dateOf(path)))
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcLogs).noquote()
                << QCoreApplication::translate("LogReader", "Cannot read the log file “%1”: %2")
                       .arg(QDir::toNativeSeparators(path), file.errorString());
            continue;
        }
        // QFile reads ahead in small blocks; one line at a time is in memory.
        while (!file.atEnd()) {
            QByteArray line = file.readLine();
            if (line.isEmpty())
                break; // read error
            const bool complete = line.endsWith('\n');
            chopNewline(line);
            if (isBlank(line))
                continue;
            const std::optional<LogEntry> entry = parseLine(line, m_kind);
            if (!entry) {
                // An unfinished last line is being written right now, not garbage.
                if (complete)
                    ++skipped;
            } else if (filter.matches(*entry) && !visit(*entry)) {
                return skipped;
            }
        }
    }
    return skipped;
}

LogReader::Chunk LogReader::readChunk(const QString &path, qint64 offset, qint64 maxBytes,
                                      const LogFilter &filter, const QString &kind)
{
    Chunk chunk;
    chunk.nextOffset = offset;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || offset < 0 || offset > file.size()
        || !file.seek(offset)) {
        chunk.atEnd = true;
        return chunk;
    }
    qint64 consumed = 0;
    do {
        QByteArray line = file.readLine();
        if (!line.endsWith('\n')) {
            // End of the file, or the start of a line still being written: stop before it.
            chunk.atEnd = true;
            break;
        }
        consumed += line.size();
        chunk.nextOffset += line.size();
        chopNewline(line);
        if (isBlank(line))
            continue;
        std::optional<LogEntry> entry = parseLine(line, kind);
        if (!entry)
            ++chunk.skipped;
        else if (filter.matches(*entry))
            chunk.entries.append(std::move(*entry));
    } while (consumed < maxBytes);
    if (!chunk.atEnd)
        chunk.atEnd = file.atEnd();
    return chunk;
}
