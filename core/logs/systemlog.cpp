#include "systemlog.h"

#include "dailylogfile.h"
#include "logcontext.h"
#include "logfiles.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>

#include <cstdio>

namespace {

struct State
{
    QMutex mutex;
    bool installed = false;
    bool echo = false;
    bool warned = false;
    QtMessageHandler previous = nullptr;
    DailyLogFile file;
};

// Allocated once and never destroyed: messages can still arrive while static objects are torn
// down at exit, and must not find a destroyed mutex.
State &state()
{
    static State *const s = new State;
    return *s;
}

// Set while this thread is inside the handler: a message raised by the handler itself (QFile
// complaining, say) goes straight to stderr instead of dead-locking on the mutex.
thread_local bool t_inHandler = false;

void writeStderr(const QByteArray &text)
{
    std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
    std::fflush(stderr);
}

QByteArray humanLine(QtMsgType type, const QString &message)
{
    return SystemLog::levelName(type).toUtf8() + ": " + message.toUtf8() + '\n';
}

// ISO 8601 with milliseconds and an explicit ±HH:MM offset (Qt writes none for local time and
// "Z" for UTC; one shape is easier to read and to parse).
QString isoTime(const QDateTime &local)
{
    const int offset = local.offsetFromUtc();
    const int minutes = qAbs(offset) / 60;
    return local.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz"))
        + (offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        + QStringLiteral("%1:%2")
              .arg(minutes / 60, 2, 10, QLatin1Char('0'))
              .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

void SystemLog::install(const QString &directory, bool echoToStderr)
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    s.file.setDirectory(QDir::cleanPath(QFileInfo(directory).absoluteFilePath()));
    s.echo = echoToStderr;
    s.warned = false;
    if (!s.installed) {
        s.previous = qInstallMessageHandler(&SystemLog::handle);
        s.installed = true;
    }
}

void SystemLog::uninstall()
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    if (!s.installed)
        return;
    qInstallMessageHandler(s.previous);
    s.installed = false;
    s.file.close();
}

bool SystemLog::isInstalled()
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    return s.installed;
}

QString SystemLog::currentFile()
{
    State &s = state();
    QMutexLocker lock(&s.mutex);
    if (!s.installed)
        return {};
    return LogFiles::filePath(s.file.directory(), QDate::currentDate());
}

QString SystemLog::levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return QStringLiteral("debug");
    case QtInfoMsg:
        return QStringLiteral("info");
    case QtWarningMsg:
        return QStringLiteral("warning");
    case QtCriticalMsg:
        return QStringLiteral("critical");
    case QtFatalMsg:
        return QStringLiteral("fatal");
    }
    return QStringLiteral("info");
}

void SystemLog::handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (t_inHandler) {
        writeStderr(humanLine(type, message));
        return;
    }
    t_inHandler = true;

    // Everything but the write happens outside the lock, so threads format in parallel.
    const QDateTime now = QDateTime::currentDateTime();
    const QString category = context.category && *context.category
        ? QString::fromUtf8(context.category)
        : QStringLiteral("default");
    const QJsonObject object{
        {QStringLiteral("time"), isoTime(now)},
        {QStringLiteral("level"), levelName(type)},
        {QStringLiteral("category"), category},
        {QStringLiteral("message"), message},
        {QStringLiteral("source"), LogContext::source()},
        {QStringLiteral("batch"), LogContext::batch()},
    };
    const QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';

    State &s = state();
    {
        QMutexLocker lock(&s.mutex);
        if (!s.installed) {
            // A thread that picked up the handler just before uninstall(): hand over.
            const QtMessageHandler previous = s.previous;
            lock.unlock();
            if (previous)
                previous(type, context, message);
            else
                writeStderr(humanLine(type, message));
            t_inHandler = false;
            return;
        }
        QString error;
        const bool written = s.file.append(now.date(), line, &error);
        if (!written && !s.warned) {
            // Straight to stderr: a qWarning() here would come back to this handler.
            writeStderr(humanLine(QtWarningMsg,
                                  QCoreApplication::translate("SystemLog",
                                                              "The system log cannot be written "
                                                              "(%1). Messages go to the standard "
                                                              "error output instead.")
                                      .arg(error)));
        }
        s.warned = !written;
        if (s.echo || !written || type == QtFatalMsg)
            writeStderr(humanLine(type, message));
    }
    t_inHandler = false;
}
