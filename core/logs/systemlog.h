#pragma once

#include <QString>
#include <QtGlobal>

// The application's own log: a Qt message handler that turns every qDebug/qInfo/qWarning/
// qCritical/qFatal into one JSON line in <directory>/YYYY-MM-DD.log (local date at write time):
//   {"time":"2024-05-01T10:00:00.123+02:00","level":"warning","category":"usersync.sync",
//    "message":"…","source":"hr","batch":"20240501100000123456"}
// source and batch come from LogContext and are "" outside a scope, so every line has the same
// keys. Debug lines arrive only for enabled categories (QLoggingCategory filters before us).
// Thread-safe; when the folder cannot be written the lines go to stderr instead, with one warning.
class SystemLog
{
public:
    // Installs the handler (again: switches folder and echo). echoToStderr adds a short
    // "warning: message" line on stderr for a terminal; fatal messages always reach stderr.
    static void install(const QString &directory, bool echoToStderr);
    // Restores the handler that was active before install() and closes the file.
    static void uninstall();
    static bool isInstalled();
    // The file the next line goes to (today's); empty when not installed.
    static QString currentFile();

    static QString levelName(QtMsgType type);

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message);
};
