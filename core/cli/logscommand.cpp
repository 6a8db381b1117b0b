#include "logscommand.h"

#include "cliarguments.h"
#include "clicontext.h"
#include "clijson.h"
#include "exitcode.h"
#include "logs/logreader.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace LogsCommand {

int run(CliContext &context, const QStringList &arguments)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("LogsCommand", text);
    };
    const CliArguments args(arguments, {QStringLiteral("system")},
                            {QStringLiteral("source"), QStringLiteral("batch"),
                             QStringLiteral("since"), QStringLiteral("level"),
                             QStringLiteral("text")});
    if (!args.ok())
        return context.usageError(args.error());
    if (!args.positional().isEmpty())
        return context.usageError(
            tr("Usage: logs [--system] [--source NAME] [--batch BATCH] [--since YYYY-MM-DD] "
               "[--level LEVEL] [--text TEXT]"));
    LogFilter filter;
    filter.source = args.value(QStringLiteral("source"));
    filter.batch = args.value(QStringLiteral("batch"));
    filter.text = args.value(QStringLiteral("text"));
    filter.minimumLevel = args.value(QStringLiteral("level"));
    if (args.has(QStringLiteral("since"))) {
        filter.since = QDate::fromString(args.value(QStringLiteral("since")), Qt::ISODate);
        if (!filter.since.isValid())
            return context.usageError(tr("--since takes a date like 2026-12-01."));
    }
    const bool system = args.flag(QStringLiteral("system"));
    const QString kind = system ? LogEntry::System : LogEntry::Raw;
    const LogReader reader(
        system ? context.dataDir().systemLogDir() : context.dataDir().rawLogDir(), kind);
    bool first = true;
    if (context.json())
        context.out(QStringLiteral("["));
    const qint64 skipped = reader.forEach(filter, [&](const LogEntry &entry) {
        if (context.json()) {
            QJsonObject object{{QStringLiteral("kind"), entry.kind},
                               {QStringLiteral("time"), CliJson::time(entry.time)},
                               {QStringLiteral("level"), entry.level},
                               {QStringLiteral("source"), entry.source},
                               {QStringLiteral("batch"), entry.batch},
                               {QStringLiteral("message"), entry.message}};
            if (system)
                object.insert(QStringLiteral("category"), entry.category);
            else {
                object.insert(QStringLiteral("sourceType"), entry.sourceType);
                object.insert(QStringLiteral("data"), entry.data);
            }
            context.out(QString::fromUtf8((first ? QByteArray("\n") : QByteArray(",\n"))
                                          + QJsonDocument(object).toJson(QJsonDocument::Compact)));
        } else {
            context.out(
                QStringLiteral("%1 %2 [%3 %4] %5\n")
                    .arg(entry.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                         entry.level, entry.source, entry.batch, entry.message));
        }
        first = false;
        return true;
    });
    if (context.json())
        context.out(first ? QStringLiteral("]\n") : QStringLiteral("\n]\n"));
    if (skipped > 0)
        context.err(tr("%1 unreadable log lines were skipped.\n").arg(skipped));
    return ExitCode::Done;
}

} // namespace LogsCommand
