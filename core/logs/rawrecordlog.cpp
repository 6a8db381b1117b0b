#include "rawrecordlog.h"

#include "logcategory.h"
#include "logfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

RawRecordLog::RawRecordLog(const QString &directory)
    : m_directory(QDir::cleanPath(QFileInfo(directory).absoluteFilePath()))
    , m_file(m_directory)
{ }

QString RawRecordLog::currentFile() const
{
    return LogFiles::filePath(m_directory, QDate::currentDate());
}

QByteArray RawRecordLog::formatLine(const QString &level, const QString &source,
                                    const QString &sourceType, const QString &batch,
                                    const QJsonValue &data, const QDateTime &time)
{
    const QJsonObject object{
        {QStringLiteral("level"), level},
        {QStringLiteral("source"), source},
        {QStringLiteral("sourceType"), sourceType},
        {QStringLiteral("batch"), batch},
        // An undefined value would drop the key; keep the shape stable.
        {QStringLiteral("data"), data.isUndefined() ? QJsonValue(QJsonValue::Null) : data},
        // NocoBase's format, local time, no offset.
        {QStringLiteral("timestamp"), time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray RawRecordLog::formatLineJson(const QString &level, const QString &source,
                                        const QString &sourceType, const QString &batch,
                                        const QByteArray &data, const QDateTime &time)
{
    // The line formatLine() makes, with the data spliced in as bytes: "batch" sorts before
    // "data", so the rest of the object follows it.
    const QByteArray head = formatLine(level, source, sourceType, batch, QJsonValue(), time);
    const QByteArray marker = "\"data\":null";
    const qsizetype at = head.indexOf(marker);
    Q_ASSERT(at > 0);
    QByteArray line;
    line.reserve(head.size() + data.size() + 1);
    line += QByteArrayView(head).first(at + 7); // up to and including "data":
    line += data;
    line += QByteArrayView(head).sliced(at + marker.size());
    return line;
}

void RawRecordLog::append(const QString &level, const QString &source, const QString &sourceType,
                          const QString &batch, const QJsonValue &data)
{
    // Serialising is the expensive part (lines of 100 KB); do it before taking the lock.
    const QDateTime now = QDateTime::currentDateTime();
    write(now.date(), formatLine(level, source, sourceType, batch, data, now) + '\n');
}

void RawRecordLog::appendJson(const QString &level, const QString &source,
                              const QString &sourceType, const QString &batch,
                              const QByteArray &data)
{
    const QDateTime now = QDateTime::currentDateTime();
    write(now.date(), formatLineJson(level, source, sourceType, batch, data, now) + '\n');
}

void RawRecordLog::write(const QDate &day, const QByteArray &line)
{
    QString error;
    bool reportNow = false;
    {
        QMutexLocker lock(&m_mutex);
        const bool written = m_file.append(day, line, &error);
        reportNow = !written && !m_warned;
        m_warned = !written;
    }
    // Outside the lock: the system log handler may take its own.
    if (reportNow)
        qCWarning(lcLogs).noquote()
            << QCoreApplication::translate("RawRecordLog",
                                           "The raw-record log cannot be written (%1). Raw "
                                           "records are not kept until this is fixed.")
                   .arg(error);
}
