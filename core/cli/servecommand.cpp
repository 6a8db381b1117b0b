#include "servecommand.h"

#include "api/apiserver.h"
#include "cliarguments.h"
#include "clicontext.h"
#include "common/signalwatcher.h"
#include "exitcode.h"
#include "logs/logretention.h"
#include "logs/logretentiontimer.h"
#include "sync/taskrunner.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonObject>
#include <QSettings>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ServeCommand", text);
}
} // namespace

namespace ServeCommand {

int run(CliContext &context, const QStringList &arguments)
{
    const CliArguments args(
        arguments, {},
        {QStringLiteral("bind"), QStringLiteral("port"), QStringLiteral("max-body-mib")});
    if (!args.ok())
        return context.usageError(args.error());
    if (!args.positional().isEmpty())
        return context.usageError(
            tr("Usage: serve [--bind ADDRESS] [--port N] [--max-body-mib N]"));

    // The settings the application saved, with the command line on top. Running serve is what
    // turns the API on, whatever the "enabled" setting says.
    ApiServerSettings settings = ApiServerSettings::load(QSettings());
    if (args.has(QStringLiteral("bind")))
        settings.bindAddress = args.value(QStringLiteral("bind")).trimmed();
    if (args.has(QStringLiteral("port"))) {
        bool ok = false;
        const int port = args.value(QStringLiteral("port")).toInt(&ok);
        if (!ok || port < 0 || port > 65535)
            return context.usageError(tr("--port must be a number from 0 to 65535 (0 picks a "
                                         "free port)."));
        settings.port = quint16(port);
    }
    if (args.has(QStringLiteral("max-body-mib"))) {
        bool ok = false;
        const int mib = args.value(QStringLiteral("max-body-mib")).toInt(&ok);
        if (!ok || mib < 1 || mib > 4096)
            return context.usageError(tr("--max-body-mib must be a number from 1 to 4096."));
        settings.maxBodyBytes = qint64(mib) * 1024 * 1024;
    }
    settings.enabled = true;

    int exitCode = ExitCode::Done;
    if (!context.connection(&exitCode)) // also marks interrupted tasks and applies log retention
        return exitCode;
    const int keepDays =
        QSettings()
            .value(QStringLiteral("logs/retentionDays"), LogRetention::DefaultKeepDays)
            .toInt();
    // A server runs for days: retention goes on every night.
    LogRetentionTimer retention({context.dataDir().rawLogDir(), context.dataDir().systemLogDir()},
                                keepDays);

    ApiServer server(&context.runner(), context.openedConfig());
    QString problem;
    if (!server.start(settings, &problem)) {
        const QHostAddress check(settings.bindAddress);
        const bool badAddress = check.isNull()
            && settings.bindAddress.compare(QLatin1String("localhost"), Qt::CaseInsensitive) != 0;
        return context.fail(badAddress ? ExitCode::BadUsage : ExitCode::TaskFailed, problem);
    }

    context.err(tr("Listening on %1 (bodies up to %2 MiB). Stop with Ctrl-C or SIGTERM.\n")
                    .arg(server.url())
                    .arg(double(server.maxBodyBytes()) / (1024.0 * 1024.0)));
    if (!server.isLoopback())
        context.err(tr("Warning: %1 can be reached from other computers. Anyone who can reach "
                       "it and holds an API key can change your directory; the traffic is not "
                       "encrypted. Put a TLS proxy in front of it, or bind 127.0.0.1.\n")
                        .arg(server.url()));
    if (context.json())
        context.printJson(QJsonObject{{QStringLiteral("url"), server.url()},
                                      {QStringLiteral("address"), server.address().toString()},
                                      {QStringLiteral("port"), server.port()},
                                      {QStringLiteral("loopback"), server.isLoopback()},
                                      {QStringLiteral("maxBodyBytes"), server.maxBodyBytes()}});

    QEventLoop loop;
    bool keysReported = false;
    QObject::connect(&server, &ApiServer::keysReloaded, &loop, [&](int active) {
        if (keysReported)
            return;
        keysReported = true;
        if (active == 0)
            context.err(tr("No API key exists yet, so every request is refused (401). Create "
                           "one with: usersync-cli apikeys create NAME\n"));
        else if (active < 0)
            context.err(tr("Warning: the API keys cannot be read; requests are answered 503 "
                           "until they can.\n"));
    });
    QObject::connect(&server, &ApiServer::requestHandled, &loop,
                     [&](const QString &method, const QString &path, int status) {
                         context.err(QStringLiteral("%1 %2 %3\n").arg(method, path).arg(status));
                     });
    int signalCount = 0;
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::interrupted, &loop, [&](int) {
        ++signalCount;
        if (signalCount == 1) {
            server.stop();
            if (server.pendingRequests() == 0) {
                loop.quit();
                return;
            }
            context.err(tr("Stopping: answering the %1 request(s) in hand first (signal again to "
                           "stop at once).\n")
                            .arg(server.pendingRequests()));
        } else {
            context.err(tr("Stopping now; pushes being applied are finished first.\n"));
            exitCode = ExitCode::TaskFailed;
            loop.quit();
        }
    });
    QObject::connect(&server, &ApiServer::idle, &loop, [&]() {
        if (signalCount > 0)
            loop.quit();
    });
    loop.exec();
    if (exitCode == ExitCode::Done)
        context.err(tr("Stopped.\n"));
    return exitCode;
}

} // namespace ServeCommand
